module go.mongodb.org/atlas-sdk/v20250312010

go 1.23

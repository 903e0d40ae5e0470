module go.mongodb.org/atlas-sdk/v20250312006

go 1.23

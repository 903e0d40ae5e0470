module go.mongodb.org/atlas-sdk/v20250312023

go 1.23

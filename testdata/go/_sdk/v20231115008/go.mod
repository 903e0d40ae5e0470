module go.mongodb.org/atlas-sdk/v20231115008

go 1.21

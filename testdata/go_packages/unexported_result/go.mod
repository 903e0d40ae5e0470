module example.com/unexported_result

go 1.23

require go.mongodb.org/atlas-sdk/v20250312006 v20250312006.0.0

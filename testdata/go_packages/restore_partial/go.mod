module example.com/restore_partial

go 1.23

require go.mongodb.org/atlas-sdk/v20250312010 v20250312010.0.0

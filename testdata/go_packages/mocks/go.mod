module example.com/mocks

go 1.23

require (
	github.com/stretchr/testify v1.10.0
	go.mongodb.org/atlas-sdk/v20250312006 v20250312006.0.0
)

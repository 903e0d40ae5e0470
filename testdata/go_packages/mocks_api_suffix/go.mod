module example.com/mocks_api_suffix

go 1.25

require (
	github.com/stretchr/testify v1.10.0
	go.mongodb.org/atlas-sdk/v20250312023 v20250312023.1.0
)

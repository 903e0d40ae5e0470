// Stand-in for the atlas-sdk-go admin package of v20250312010, written for tests: the same names and
// signatures as the real SDK for what the fixtures use, without any network code.

package admin

// APIClient manages communication with the MongoDB Atlas Administration API.
type APIClient struct {
	common service

	CloudBackupsApi               CloudBackupsApi
	FlexSnapshotsApi              FlexSnapshotsApi
	FlexRestoreJobsApi            FlexRestoreJobsApi
	ServerlessInstancesApi        ServerlessInstancesApi
	ServerlessPrivateEndpointsApi ServerlessPrivateEndpointsApi
}

type service struct {
	client *APIClient
}

// ClientModifier configures a client.
type ClientModifier func(*APIClient) error

// UseDigestAuth sets the API keys.
func UseDigestAuth(apiKey, apiSecret string) ClientModifier {
	return func(*APIClient) error { return nil }
}

// NewClient returns a client.
func NewClient(modifiers ...ClientModifier) (*APIClient, error) {
	c := &APIClient{}
	c.common.client = c
	c.CloudBackupsApi = (*CloudBackupsApiService)(&c.common)
	c.FlexSnapshotsApi = (*FlexSnapshotsApiService)(&c.common)
	c.ServerlessInstancesApi = (*ServerlessInstancesApiService)(&c.common)
	c.ServerlessPrivateEndpointsApi = (*ServerlessPrivateEndpointsApiService)(&c.common)
	c.FlexRestoreJobsApi = (*FlexRestoreJobsApiService)(&c.common)
	for _, m := range modifiers {
		if err := m(c); err != nil {
			return nil, err
		}
	}
	return c, nil
}

// Link is a related resource.
type Link struct {
	Href *string
	Rel  *string
}

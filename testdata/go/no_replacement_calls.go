// Serverless private endpoints through atlas-sdk-go: nothing replaces them on Flex, so they are
// reported with the guidance and never fixed.
package endpoints

import (
	"context"

	"go.mongodb.org/atlas-sdk/v20250312010/admin"
)

func Prune(ctx context.Context, client *admin.APIClient, groupID, name string) error {
	eps, _, err := client.ServerlessPrivateEndpointsApi.ListServerlessPrivateEndpoint(ctx, groupID, name).Execute()
	if err != nil {
		return err
	}
	for _, ep := range eps {
		if ep.GetStatus() == "FAILED" {
			if _, _, err := client.ServerlessPrivateEndpointsApi.DeleteServerlessPrivateEndpointWithParams(ctx, &admin.DeleteServerlessPrivateEndpointApiParams{
				GroupId:      groupID,
				InstanceName: name,
				EndpointId:   ep.GetId(),
			}).Execute(); err != nil {
				return err
			}
		}
	}
	return nil
}

// ListServerlessPrivateEndpoints of your own type is not the SDK's.
type fake struct{}

func (fake) ListServerlessPrivateEndpoints() {}

func use() { fake{}.ListServerlessPrivateEndpoints() }

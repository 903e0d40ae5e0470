// Serverless instance calls (atlas-sdk-go v20250312010): reported without a fix, because the models differ.
package inst

import (
	"context"

	"go.mongodb.org/atlas-sdk/v20250312010/admin"
)

func Srv(ctx context.Context, client *admin.APIClient, groupID, name string) (string, error) {
	inst, _, err := client.ServerlessInstancesApi.GetServerlessInstance(ctx, groupID, name).Execute()
	if err != nil {
		return "", err
	}
	all, _, _ := client.ServerlessInstancesApi.ListServerlessInstances(ctx, groupID).Execute()
	_ = all
	return inst.GetStateName(), nil
}

func Drop(ctx context.Context, client *admin.APIClient, groupID, name string) error {
	_, _, err := client.ServerlessInstancesApi.DeleteServerlessInstance(ctx, groupID, name).Execute()
	return err
}

func Describe(d *admin.ServerlessInstanceDescription) string { return d.GetName() }

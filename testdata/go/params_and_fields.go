// A params variable filled field by field, a status read through the struct field, and a service
// variable declared with its type.
package snapshots

import (
	"context"

	"go.mongodb.org/atlas-sdk/v20250312010/admin"
)

func ready(ctx context.Context, client *admin.APIClient, groupID, name, snapshotID string) (bool, error) {
	var params admin.GetServerlessBackupSnapshotApiParams
	params.GroupId = groupID
	params.ClusterName = name
	params.SnapshotId = snapshotID
	snap, _, err := client.CloudBackupsApi.GetServerlessBackupSnapshotWithParams(ctx, &params).Execute()
	if err != nil {
		return false, err
	}
	return snap.Status != nil && *snap.Status == "completed", nil
}

func typed(ctx context.Context, client *admin.APIClient) error {
	var api admin.CloudBackupsApi = client.CloudBackupsApi
	_, _, err := api.GetServerlessBackupSnapshot(ctx, "g", "c", "s").Execute()
	return err
}

func passedOn(ctx context.Context, client *admin.APIClient) error {
	api := client.CloudBackupsApi
	keep(api)
	_, _, err := api.GetServerlessBackupSnapshot(ctx, "g", "c", "s").Execute()
	return err
}

func keep(admin.CloudBackupsApi) {}

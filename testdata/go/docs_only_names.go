// Copied from the docs' Go sample: GetGroupServerlessBackupSnapshot* never existed in any SDK.
package snapshots

import (
	"context"

	"go.mongodb.org/atlas-sdk/v20250312010/admin"
)

// FromDocs is the docs sample as pasted.
func FromDocs(ctx context.Context, client *admin.APIClient) error {
	_, _, err := client.CloudBackupsApi.GetGroupServerlessBackupSnapshotWithParams(ctx, &admin.GetGroupServerlessBackupSnapshotApiParams{
		GroupId:     "32b6e34b3d91647abb20e7b8",
		ClusterName: "cluster0",
		SnapshotId:  "32b6e34b3d91647abb20e7b8",
	}).Execute()
	return err
}

// Plain is the docs' name without params.
func Plain(ctx context.Context, client *admin.APIClient) error {
	_, _, err := client.CloudBackupsApi.GetGroupServerlessBackupSnapshot(ctx, "g", "c", "s").Execute()
	return err
}

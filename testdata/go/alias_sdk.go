// The SDK imported under an alias.
package snapshots

import (
	"context"

	sdk "go.mongodb.org/atlas-sdk/v20250312006/admin"
)

// get returns one snapshot.
func get(ctx context.Context, c *sdk.APIClient, groupID, name, snapshotID string) (*sdk.ServerlessBackupSnapshot, error) {
	snap, _, err := c.CloudBackupsApi.GetServerlessBackupWithParams(ctx, &sdk.GetServerlessBackupApiParams{
		GroupId:     groupID,
		ClusterName: name,
		SnapshotId:  snapshotID,
	}).Execute()
	return snap, err
}

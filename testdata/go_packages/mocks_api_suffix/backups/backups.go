// Package backups reads snapshots with SDK v20250312023, whose services end in `API`.
package backups

import (
	"context"

	"go.mongodb.org/atlas-sdk/v20250312023/admin"
)

// Finished reports whether a snapshot has finished.
func Finished(ctx context.Context, client *admin.APIClient, groupID, cluster, id string) (bool, error) {
	snap, _, err := client.CloudBackupsAPI.GetServerlessBackupSnapshotWithParams(ctx, &admin.GetServerlessBackupSnapshotApiParams{
		GroupId:     groupID,
		ClusterName: cluster,
		SnapshotId:  id,
	}).Execute()
	if err != nil {
		return false, err
	}
	return snap.GetStatus() == "completed", nil
}

// SDK v20250312022+: the services end in API (CloudBackupsAPI / FlexSnapshotsAPI).
package snapshots

import (
	"context"
	"fmt"

	"go.mongodb.org/atlas-sdk/v20250312023/admin"
)

// Print prints one snapshot.
func Print(ctx context.Context, client *admin.APIClient, groupID, name, snapshotID string) error {
	snap, _, err := client.CloudBackupsAPI.GetServerlessBackupSnapshotWithParams(ctx, &admin.GetServerlessBackupSnapshotApiParams{
		GroupId:     groupID,
		ClusterName: name,
		SnapshotId:  snapshotID,
	}).Execute()
	if err != nil {
		return err
	}
	fmt.Println(snap.GetId(), snap.GetMongodVersion(), snap.GetStatus() != "failed")
	return nil
}

// SDK v20250312007..021: the methods are GetServerlessBackupSnapshot / GetFlexBackupSnapshot.
package snapshots

import (
	"context"

	"go.mongodb.org/atlas-sdk/v20250312010/admin"
)

// Ready tells whether the snapshot finished.
func Ready(ctx context.Context, client *admin.APIClient, groupID, name, snapshotID string) (bool, error) {
	snap, _, err := client.CloudBackupsApi.GetServerlessBackupSnapshot(ctx, groupID, name, snapshotID).Execute()
	if err != nil {
		return false, err
	}
	return snap.GetStatus() == "completed", nil
}

// WithParams builds the params struct first and passes it by name.
func WithParams(ctx context.Context, client *admin.APIClient, groupID, name, snapshotID string) (string, error) {
	params := &admin.GetServerlessBackupSnapshotApiParams{
		ClusterName: name,
		GroupId:     groupID,
		SnapshotId:  snapshotID,
	}
	snap, _, err := client.CloudBackupsApi.GetServerlessBackupSnapshotWithParams(ctx, params).Execute()
	if err != nil {
		return "", err
	}
	return snap.GetId(), nil
}

// OneLine passes the params on one line.
func OneLine(ctx context.Context, client *admin.APIClient) error {
	_, _, err := client.CloudBackupsApi.GetServerlessBackupSnapshotWithParams(ctx, &admin.GetServerlessBackupSnapshotApiParams{GroupId: "g", ClusterName: "c", SnapshotId: "s"}).Execute()
	return err
}

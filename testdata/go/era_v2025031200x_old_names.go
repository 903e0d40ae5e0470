// SDK v20250312006: the last release with the old names (GetServerlessBackup / GetFlexBackup).
package snapshots

import (
	"context"
	"fmt"

	"go.mongodb.org/atlas-sdk/v20250312006/admin"
)

// Describe prints one snapshot.
func Describe(ctx context.Context, client *admin.APIClient, groupID, name, snapshotID string) error {
	snap, _, err := client.CloudBackupsApi.GetServerlessBackup(ctx, groupID, name, snapshotID).Execute()
	if err != nil {
		return err
	}
	if snap.GetStatus() == "completed" {
		fmt.Println("ready", snap.GetMongodVersion())
	}
	return nil
}

// Chained builds the request over several lines, with the params struct.
func Chained(ctx context.Context, client *admin.APIClient, groupID, name, snapshotID string) (string, error) {
	snap, _, err := client.
		CloudBackupsApi.
		GetServerlessBackupWithParams(ctx, &admin.GetServerlessBackupApiParams{
			GroupId:     groupID,
			ClusterName: name,
			SnapshotId:  snapshotID,
		}).
		Execute()
	if err != nil {
		return "", err
	}
	switch snap.GetStatus() {
	case "queued", "inProgress":
		return "waiting", nil
	case "failed":
		return "failed", nil
	}
	v, ok := snap.GetMongodVersionOk()
	if !ok {
		return "", nil
	}
	return *v, nil
}

// stored keeps the request before executing it.
func stored(ctx context.Context, client *admin.APIClient, groupID, name, snapshotID string) (*admin.ServerlessBackupSnapshot, error) {
	req := client.CloudBackupsApi.GetServerlessBackup(ctx, groupID, name, snapshotID)
	snap, _, err := req.Execute()
	if err != nil {
		return nil, err
	}
	if snap.GetStatus() != "completed" {
		return nil, fmt.Errorf("snapshot %s is %s", snap.GetId(), snap.GetStatus())
	}
	return snap, nil
}

// request names the request type.
func request(client *admin.APIClient) admin.GetServerlessBackupApiRequest {
	return client.CloudBackupsApi.GetServerlessBackup(context.Background(), "g", "c", "s")
}

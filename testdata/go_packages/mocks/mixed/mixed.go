// Package mixed reads a serverless snapshot and a dedicated cluster's snapshot through one client;
// its test mocks both methods on one backups mock.
package mixed

import (
	"context"

	"go.mongodb.org/atlas-sdk/v20250312006/admin"
)

// Versions returns the serverless snapshot's MongoDB version and the replica set snapshot's id.
func Versions(ctx context.Context, client *admin.APIClient, groupID, cluster, id string) (string, string, error) {
	snap, _, err := client.CloudBackupsApi.GetServerlessBackup(ctx, groupID, cluster, id).Execute()
	if err != nil {
		return "", "", err
	}
	rs, _, err := client.CloudBackupsApi.GetReplicaSetBackup(ctx, groupID, cluster, id).Execute()
	if err != nil {
		return "", "", err
	}
	return snap.GetMongodVersion(), rs.GetId(), nil
}

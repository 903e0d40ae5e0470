// Package store reads snapshots.
package store

import (
	"context"

	"go.mongodb.org/atlas-sdk/v20250312006/admin"
)

// Snapshot returns one snapshot.
func Snapshot(ctx context.Context, client *admin.APIClient, groupID, name, id string) (*admin.ServerlessBackupSnapshot, error) {
	snap, _, err := client.CloudBackupsApi.GetServerlessBackup(ctx, groupID, name, id).Execute()
	return snap, err
}

// Exported signatures and fields that name the old types: other files and packages see the change,
// so the fix is unsafe.
package snapshots

import (
	"context"

	"go.mongodb.org/atlas-sdk/v20250312006/admin"
)

// Cache keeps the last snapshot read.
type Cache struct {
	Last *admin.ServerlessBackupSnapshot
}

// Fetch returns one snapshot.
func Fetch(ctx context.Context, client *admin.APIClient, groupID, name, snapshotID string) (*admin.ServerlessBackupSnapshot, error) {
	snap, _, err := client.CloudBackupsApi.GetServerlessBackup(ctx, groupID, name, snapshotID).Execute()
	return snap, err
}

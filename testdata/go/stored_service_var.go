// The service is stored in a variable that is used for nothing else: the fix changes what it holds.
package snapshots

import (
	"context"

	"go.mongodb.org/atlas-sdk/v20250312006/admin"
)

// Version reads through a stored service.
func Version(ctx context.Context, client *admin.APIClient, groupID, name, snapshotID string) (string, error) {
	api := client.CloudBackupsApi
	snap, _, err := api.GetServerlessBackup(ctx, groupID, name, snapshotID).Execute()
	if err != nil {
		return "", err
	}
	return snap.GetMongodVersion(), nil
}

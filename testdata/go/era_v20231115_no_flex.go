// SDK v20231115008 predates the Flex API: the fix must move the import to a newer SDK.
package snapshots

import (
	"context"

	"go.mongodb.org/atlas-sdk/v20231115008/admin"
)

// Version returns the MongoDB version of one snapshot.
func Version(ctx context.Context, client *admin.APIClient, groupID, name, snapshotID string) (string, error) {
	snap, _, err := client.CloudBackupsApi.GetServerlessBackup(ctx, groupID, name, snapshotID).Execute()
	if err != nil {
		return "", err
	}
	return snap.GetMongodVersion(), nil
}

// A Go file with a real syntax error (line 12): the retired calls outside it are still reported;
// the fix that would touch the broken line is withheld, the other needs --unsafe-fixes.
package snapshots

import (
	"context"

	"go.mongodb.org/atlas-sdk/v20250312010/admin"
)

func broken(ctx context.Context, client *admin.APIClient) {
	x, _, _ := client.CloudBackupsApi.GetServerlessBackupSnapshot(ctx, "g", "c", "s").Execute()
	_ = x.GetId() ]
}

// Ready tells whether the snapshot finished.
func Ready(ctx context.Context, client *admin.APIClient, groupID, name, snapshotID string) (bool, error) {
	snap, _, err := client.CloudBackupsApi.GetServerlessBackupSnapshot(ctx, groupID, name, snapshotID).Execute()
	if err != nil {
		return false, err
	}
	return snap.GetStatus() == "completed", nil
}

func Drop(ctx context.Context, client *admin.APIClient, groupID, name string) error {
	_, _, err := client.ServerlessInstancesApi.DeleteServerlessInstance(ctx, groupID, name).Execute()
	return err
}

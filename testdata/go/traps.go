// Nothing here is a call of the retired SDK method.
package snapshots

import (
	"context"
	"fmt"

	"go.mongodb.org/atlas-sdk/v20250312006/admin"
)

// store is our own type with a method of the same name.
type store struct{}

func (store) GetServerlessBackup(ctx context.Context, groupID, name, snapshotID string) (string, error) {
	return "", nil
}

// GetServerlessBackupOptions only looks like the SDK name.
func GetServerlessBackupOptions() []string { return nil }

// Traps calls look-alikes, a dedicated-cluster snapshot and already migrated code.
func Traps(ctx context.Context, client *admin.APIClient, s store) error {
	// We used to call client.CloudBackupsApi.GetServerlessBackup(ctx, g, c, id) here.
	/* client.CloudBackupsApi.GetServerlessBackupWithParams(ctx, &admin.GetServerlessBackupApiParams{}) */
	fmt.Println("client.CloudBackupsApi.GetServerlessBackup is gone")
	if _, err := s.GetServerlessBackup(ctx, "g", "c", "s"); err != nil {
		return err
	}
	fmt.Println(GetServerlessBackupOptions())
	if _, _, err := client.CloudBackupsApi.GetReplicaSetBackup(ctx, "g", "c", "s").Execute(); err != nil {
		return err
	}
	snap, _, err := client.FlexSnapshotsApi.GetFlexBackup(ctx, "g", "c", "s").Execute()
	if err != nil {
		return err
	}
	if snap.GetStatus() == "COMPLETED" {
		fmt.Println(snap.GetMongoDBVersion())
	}
	return nil
}

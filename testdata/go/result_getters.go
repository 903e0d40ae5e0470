// Uses of the result: renamed, approximate and removed getters and fields.
package snapshots

import (
	"context"
	"fmt"
	"time"

	"go.mongodb.org/atlas-sdk/v20250312006/admin"
)

// Report prints what the old response had.
func Report(ctx context.Context, client *admin.APIClient, groupID, name, snapshotID string) error {
	snap, _, err := client.CloudBackupsApi.GetServerlessBackup(ctx, groupID, name, snapshotID).Execute()
	if err != nil {
		return err
	}
	fmt.Println(snap.GetMongodVersion(), snap.GetStorageSizeBytes(), snap.GetFrequencyType())
	fmt.Println(snap.GetSnapshotType(), snap.GetServerlessInstanceName())
	return describe(snap)
}

func describe(s *admin.ServerlessBackupSnapshot) error {
	if s.GetExpiresAt().Before(time.Now()) {
		return fmt.Errorf("expired; taken %s", s.GetCreatedAt())
	}
	if s.MongodVersion != nil {
		fmt.Println(*s.MongodVersion)
	}
	return nil
}

// Approximate fields only: the fix is unsafe and compiles.
package snapshots

import (
	"context"
	"time"

	"go.mongodb.org/atlas-sdk/v20250312006/admin"
)

// Age says how old the snapshot is and how long it is kept.
func Age(ctx context.Context, client *admin.APIClient, groupID, name, snapshotID string) (time.Duration, time.Time, error) {
	snap, _, err := client.CloudBackupsApi.GetServerlessBackup(ctx, groupID, name, snapshotID).Execute()
	if err != nil {
		return 0, time.Time{}, err
	}
	return time.Since(snap.GetCreatedAt()), snap.GetExpiresAt(), nil
}

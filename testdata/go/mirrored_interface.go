// An interface of ours that mirrors the SDK method (for mocks), and a variable of that type
// holding the SDK service: only a person can move both.
package snapshots

import (
	"context"

	"go.mongodb.org/atlas-sdk/v20250312006/admin"
)

type snapshotGetter interface {
	GetServerlessBackup(ctx context.Context, groupID, name, snapshotID string) admin.GetServerlessBackupApiRequest
}

func viaInterface(ctx context.Context, client *admin.APIClient) error {
	var g snapshotGetter = client.CloudBackupsApi
	_, _, err := g.GetServerlessBackup(ctx, "g", "c", "s").Execute()
	return err
}

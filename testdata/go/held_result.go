// The call goes through a struct field that serves only it: the field's type, the call and the
// uses of its result change together (unsafe: the field is retyped).
package snapshots

import (
	"context"

	"go.mongodb.org/atlas-sdk/v20250312006/admin"
)

type reader struct {
	backups admin.CloudBackupsApi
}

func (r reader) version(ctx context.Context, groupID, name, snapshotID string) (string, error) {
	snap, _, err := r.backups.GetServerlessBackup(ctx, groupID, name, snapshotID).Execute()
	if err != nil || snap.GetStatus() != "completed" {
		return "", err
	}
	return snap.GetMongodVersion(), nil
}

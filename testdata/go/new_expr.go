// Go 1.26 `new(expr)` beside retired calls: the file is parsed whole, so every call is reported and
// the snapshot call is fixed.
package snapshots

import (
	"context"

	"go.mongodb.org/atlas-sdk/v20250312010/admin"
)

type options struct {
	Force *bool
	Name  *string
}

func flags(force bool, name string) options {
	return options{Force: new(force), Name: new(name + "-old")}
}

// Drop removes the instance.
func Drop(ctx context.Context, client *admin.APIClient, groupID string, o options) error {
	_, _, err := client.ServerlessInstancesApi.DeleteServerlessInstance(ctx, groupID, *new(*o.Name)).Execute()
	return err
}

// Ready tells whether the snapshot finished.
func Ready(ctx context.Context, client *admin.APIClient, groupID, name, snapshotID string) (*bool, error) {
	snap, _, err := client.CloudBackupsApi.GetServerlessBackupSnapshot(ctx, groupID, name, snapshotID).Execute()
	if err != nil {
		return nil, err
	}
	return new(snap.GetStatus() == "completed"), nil
}

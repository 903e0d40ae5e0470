// Services held in a variable used for other calls, a struct field and a parameter of the service
// type: their type must change, which a person decides.
package snapshots

import (
	"context"

	"go.mongodb.org/atlas-sdk/v20250312006/admin"
)

// Backups keeps the service in a field.
type Backups struct {
	api admin.CloudBackupsApi
}

// Snapshot reads through the field.
func (b *Backups) Snapshot(ctx context.Context, groupID, name, snapshotID string) error {
	_, _, err := b.api.GetServerlessBackup(ctx, groupID, name, snapshotID).Execute()
	return err
}

// Both uses one variable for a dedicated and a serverless snapshot.
func Both(ctx context.Context, client *admin.APIClient, groupID, name, snapshotID string) error {
	api := client.CloudBackupsApi
	if _, _, err := api.GetReplicaSetBackup(ctx, groupID, name, snapshotID).Execute(); err != nil {
		return err
	}
	_, _, err := api.GetServerlessBackup(ctx, groupID, name, snapshotID).Execute()
	return err
}

// Param takes the service as a parameter.
func Param(ctx context.Context, api admin.CloudBackupsApi) error {
	_, _, err := api.GetServerlessBackup(ctx, "g", "c", "s").Execute()
	return err
}

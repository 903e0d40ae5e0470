package restores

import (
	"context"

	"go.mongodb.org/atlas-sdk/v20250312010/admin"
)

// Restore starts an automated restore: the request body changes type, so a person rewrites it.
func Restore(ctx context.Context, client *admin.APIClient, groupID, name, snapshotID, target string) error {
	_, _, err := client.CloudBackupsApi.CreateServerlessRestoreJob(ctx, groupID, name, &admin.ServerlessBackupRestoreJob{
		DeliveryType:      "automated",
		SnapshotId:        &snapshotID,
		TargetClusterName: target,
		TargetGroupId:     groupID,
	}).Execute()
	return err
}

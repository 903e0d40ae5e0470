// Package restores starts a restore (a person rewrites its body) and reads restore jobs: the
// restore-job model is both, so none of its uses may change without the create call.
package restores

import (
	"context"

	"go.mongodb.org/atlas-sdk/v20250312010/admin"
)

func request(snapshotID, target, groupID string) *admin.ServerlessBackupRestoreJob {
	return &admin.ServerlessBackupRestoreJob{
		DeliveryType:      "automated",
		SnapshotId:        &snapshotID,
		TargetClusterName: target,
		TargetGroupId:     groupID,
	}
}

// Restore starts an automated restore.
func Restore(ctx context.Context, client *admin.APIClient, groupID, name, snapshotID, target string) error {
	_, _, err := client.CloudBackupsApi.CreateServerlessRestoreJob(ctx, groupID, name, request(snapshotID, target, groupID)).Execute()
	return err
}

func lastJob(ctx context.Context, client *admin.APIClient, groupID, name, jobID string) (*admin.ServerlessBackupRestoreJob, error) {
	job, _, err := client.CloudBackupsApi.GetServerlessRestoreJob(ctx, groupID, name, jobID).Execute()
	return job, err
}

// A function typed with the restore-job model: the get rule owns the type, not the create rule.
package restores

import (
	"context"

	"go.mongodb.org/atlas-sdk/v20250312010/admin"
)

func Get(ctx context.Context, client *admin.APIClient, groupID, name, jobID string) (*admin.ServerlessBackupRestoreJob, error) {
	job, _, err := client.CloudBackupsApi.GetServerlessRestoreJob(ctx, groupID, name, jobID).Execute()
	return job, err
}

package restores

import (
	"context"

	"go.mongodb.org/atlas-sdk/v20231115008/admin"
)

// Count is on an SDK without the Flex API: the fix moves the import and needs a review.
func Count(ctx context.Context, client *admin.APIClient, groupID, name string) (int, error) {
	jobs, _, err := client.CloudBackupsApi.ListServerlessBackupRestoreJobs(ctx, groupID, name).Execute()
	return jobs.GetTotalCount(), err
}

package restores

import (
	"context"

	"go.mongodb.org/atlas-sdk/v20250312023/admin"
)

// Targets lists restore jobs and reads one, on the SDK whose services end in API.
func Targets(ctx context.Context, client *admin.APIClient, groupID, name, jobID string) ([]string, error) {
	jobs, _, err := client.CloudBackupsAPI.ListServerlessRestoreJobs(ctx, groupID, name).IncludeCount(true).Execute()
	if err != nil {
		return nil, err
	}
	var out []string
	for _, job := range jobs.GetResults() {
		out = append(out, job.GetTargetClusterName())
	}
	one, _, err := client.CloudBackupsAPI.GetServerlessRestoreJobWithParams(ctx, &admin.GetServerlessRestoreJobApiParams{
		GroupId:      groupID,
		ClusterName:  name,
		RestoreJobId: jobID,
	}).Execute()
	if err != nil {
		return nil, err
	}
	return append(out, one.GetTargetGroupId()), nil
}

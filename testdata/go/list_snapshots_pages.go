package snapshots

import (
	"context"

	"go.mongodb.org/atlas-sdk/v20250312006/admin"
)

// Versions lists one page of snapshots and reads each one: the page's items follow the field map.
func Versions(ctx context.Context, client *admin.APIClient, groupID, name string) ([]string, error) {
	page, _, err := client.CloudBackupsApi.ListServerlessBackups(ctx, groupID, name).ItemsPerPage(100).PageNum(2).Execute()
	if err != nil {
		return nil, err
	}
	out := make([]string, 0, page.GetTotalCount())
	for _, snap := range page.GetResults() {
		if snap.GetStatus() == "completed" {
			out = append(out, snap.GetMongodVersion())
		}
	}
	return out, nil
}

package atlas

import (
	"fmt"
	"net/http"
)

// Snapshot reads /api/atlas/v2/groups/{groupId}/serverless/{clusterName}/backup/snapshots/{snapshotId}.
func Snapshot(base, group, name, id string) (*http.Request, error) {
	url := fmt.Sprintf("%s/api/atlas/v2/groups/%s/serverless/%s/backup/snapshots/%s", base, group, name, id)
	req, err := http.NewRequest(http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Accept", "application/vnd.atlas.2023-01-01+json")
	return req, nil
}

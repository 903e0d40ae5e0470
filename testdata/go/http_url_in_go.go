// A hand-rolled request: the URL detector reports the path in the string; the Go detector adds
// nothing, and comments are not calls.
package snapshots

import (
	"fmt"
	"net/http"
)

// snapshotRequest builds the request by hand.
// It used to call client.CloudBackupsApi.GetServerlessBackup(ctx, g, c, s).
func snapshotRequest(base, groupID, name, snapshotID string) (*http.Request, error) {
	url := fmt.Sprintf("%s/api/atlas/v2/groups/%s/serverless/%s/backup/snapshots/%s", base, groupID, name, snapshotID)
	req, err := http.NewRequest(http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Accept", "application/vnd.atlas.2023-01-01+json")
	return req, nil
}

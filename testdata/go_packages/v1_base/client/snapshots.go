package client

import (
	"fmt"
	"net/http"
)

// Snapshot builds the request for one serverless snapshot on the v1.0 base of base.go: it has no
// Flex endpoint, so no fix of any kind may move the path.
func Snapshot(host, groupID, name, id string) (*http.Request, error) {
	url := fmt.Sprintf("https://%s/%s/%s/serverless/%s/backup/snapshots/%s", host, base, groupID, name, id)
	return http.NewRequest(http.MethodGet, url, nil)
}

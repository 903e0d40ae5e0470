// Trailing comments stay aligned the way gofmt wants after names change length.
package snapshots

import (
	"context"
	"fmt"

	"go.mongodb.org/atlas-sdk/v20250312006/admin"
)

func aligned(ctx context.Context, client *admin.APIClient, groupID, name, snapshotID string) error {
	snap, _, err := client.CloudBackupsApi.GetServerlessBackupWithParams(ctx, &admin.GetServerlessBackupApiParams{
		GroupId:     groupID,    // the project
		ClusterName: name,       // the instance
		SnapshotId:  snapshotID, // the snapshot
	}).Execute() // one request
	if err != nil { // no snapshot
		return err
	}
	v := snap.GetMongodVersion()            // renamed getter
	done := snap.GetStatus() == "completed" // old status
	n := 1                                  // unrelated
	fmt.Println(v, done, n)
	return nil
}

type holder struct {
	snap *admin.ServerlessBackupSnapshot // last read
	n    int                             // reads
}

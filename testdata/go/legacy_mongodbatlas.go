// The older go.mongodb.org/atlas/mongodbatlas client.
package snapshots

import (
	"context"

	"go.mongodb.org/atlas/mongodbatlas"
)

// Old reads one snapshot and lists all with the older client.
func Old(ctx context.Context, client *mongodbatlas.Client) error {
	params := &mongodbatlas.SnapshotReqPathParameters{GroupID: "g", InstanceName: "c", SnapshotID: "s"}
	if _, _, err := client.CloudProviderSnapshots.GetOneServerlessSnapshot(ctx, params); err != nil {
		return err
	}
	_, _, err := client.CloudProviderSnapshots.GetAllServerlessSnapshots(ctx, params, nil)
	return err
}

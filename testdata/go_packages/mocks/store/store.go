// Package store reads backup snapshots through the Atlas client it is given; its tests hand it a
// client whose backups service is a mockery mock.
package store

import (
	"context"

	"go.mongodb.org/atlas-sdk/v20250312006/admin"
)

// Snapshot is what the operator keeps of a backup snapshot.
type Snapshot struct {
	ID      string
	Version string
	Ready   bool
}

// Snapshots reads the snapshots of one project.
type Snapshots struct {
	client  *admin.APIClient
	groupID string
}

// New returns a reader of the project's snapshots.
func New(client *admin.APIClient, groupID string) *Snapshots {
	return &Snapshots{client: client, groupID: groupID}
}

// Get returns one snapshot of a cluster.
func (s *Snapshots) Get(ctx context.Context, cluster, id string) (*Snapshot, error) {
	snap, _, err := s.client.CloudBackupsApi.GetServerlessBackup(ctx, s.groupID, cluster, id).Execute()
	if err != nil {
		return nil, err
	}
	return &Snapshot{
		ID:      snap.GetId(),
		Version: snap.GetMongodVersion(),
		Ready:   snap.GetStatus() == "completed",
	}, nil
}

// Package store keeps the backups service in struct fields.
package store

import (
	"context"

	"go.mongodb.org/atlas-sdk/v20250312006/admin"
)

// snapshots serves only the retired call: its field, the value stored in it, the call and the
// result type change together.
type snapshots struct {
	backups admin.CloudBackupsApi
}

func newSnapshots(c *admin.APIClient) *snapshots {
	return &snapshots{backups: c.CloudBackupsApi}
}

func (s *snapshots) get(ctx context.Context, groupID, name, id string) (*admin.ServerlessBackupSnapshot, error) {
	snap, _, err := s.backups.GetServerlessBackupWithParams(ctx, &admin.GetServerlessBackupApiParams{
		GroupId:     groupID,
		ClusterName: name,
		SnapshotId:  id,
	}).Execute()
	return snap, err
}

func (s *snapshots) version(ctx context.Context, groupID, name, id string) (string, error) {
	snap, _, err := s.backups.GetServerlessBackup(ctx, groupID, name, id).Execute()
	if err != nil {
		return "", err
	}
	return snap.GetMongodVersion(), nil
}

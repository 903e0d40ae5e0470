package store

import (
	"context"

	"go.mongodb.org/atlas-sdk/v20250312006/admin"
)

// mixed also reads dedicated-cluster snapshots through its field: the field keeps the old
// service, so the serverless call and the types it returns stay for a person.
type mixed struct {
	api admin.CloudBackupsApi
}

func newMixed(c *admin.APIClient) mixed {
	return mixed{api: c.CloudBackupsApi}
}

func (m mixed) serverless(ctx context.Context, groupID, name, id string) (*admin.ServerlessBackupSnapshot, error) {
	snap, _, err := m.api.GetServerlessBackup(ctx, groupID, name, id).Execute()
	return snap, err
}

func (m mixed) dedicated(ctx context.Context, groupID, name, id string) (*admin.DiskBackupReplicaSet, error) {
	snap, _, err := m.api.GetReplicaSetBackup(ctx, groupID, name, id).Execute()
	return snap, err
}

package store

import (
	"context"

	"go.mongodb.org/atlas-sdk/v20250312006/admin"
)

// fetch returns one snapshot. Its result type would change with the call, and version.go reads
// a getter of that result that the Flex model names differently: the unit is left for a person.
func fetch(ctx context.Context, c *admin.APIClient, group, name, id string) (*admin.ServerlessBackupSnapshot, error) {
	snap, _, err := c.CloudBackupsApi.GetServerlessBackup(ctx, group, name, id).Execute()
	return snap, err
}

// latest returns one snapshot too, but only this file uses it: still left, since its caller here
// reads the result.
func latest(ctx context.Context, c *admin.APIClient, group, name, id string) (*admin.ServerlessBackupSnapshot, error) {
	snap, _, err := c.CloudBackupsApi.GetServerlessBackup(ctx, group, name, id).Execute()
	return snap, err
}

func latestVersion(ctx context.Context, c *admin.APIClient) string {
	snap, err := latest(ctx, c, "g", "n", "s")
	if err != nil {
		return ""
	}
	return snap.GetMongodVersion()
}

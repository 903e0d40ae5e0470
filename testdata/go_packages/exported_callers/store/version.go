package store

import (
	"context"

	"go.mongodb.org/atlas-sdk/v20250312006/admin"
)

// Version reads the snapshot's MongoDB version.
func Version(ctx context.Context, client *admin.APIClient) (string, error) {
	snap, err := Snapshot(ctx, client, "g", "c", "s")
	if err != nil {
		return "", err
	}
	return snap.GetMongodVersion(), nil
}

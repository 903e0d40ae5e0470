package store

import (
	"context"

	"go.mongodb.org/atlas-sdk/v20250312006/admin"
)

// Version reads the snapshot that fetch returns.
func Version(ctx context.Context, c *admin.APIClient) string {
	snap, err := fetch(ctx, c, "g", "n", "s")
	if err != nil {
		return ""
	}
	return snap.GetMongodVersion()
}

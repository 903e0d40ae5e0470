// Same names, but this file does not import atlas-sdk-go: not SDK code.
package snapshots

import "context"

type backups struct{}

func (backups) GetServerlessBackup(ctx context.Context, g, c, s string) error { return nil }

// Client is our own client with a field named like the SDK's.
type Client struct{ CloudBackupsApi backups }

// Use calls our own method.
func Use(ctx context.Context, client Client) error {
	return client.CloudBackupsApi.GetServerlessBackup(ctx, "g", "c", "s")
}

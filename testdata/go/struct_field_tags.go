package snaps

import (
	"go.mongodb.org/atlas-sdk/v20250312006/admin"
)

type Holder struct {
	Snap *admin.ServerlessBackupSnapshot `json:"snap"`
	ID   string                          `json:"id"`
}

func use(h Holder) string { return h.Snap.GetId() }

package store

import (
	"testing"

	"go.mongodb.org/atlas-sdk/v20250312006/admin"
	"go.mongodb.org/atlas-sdk/v20250312006/mockadmin"
)

// The test's mocks of the retired method are reported with the mock names of the replacement.
func TestSnapshot(t *testing.T) {
	m := mockadmin.NewCloudBackupsApi(t)
	m.EXPECT().GetServerlessBackup("ctx", "g", "c", "s").Return(admin.GetServerlessBackupApiRequest{})
	m.EXPECT().GetServerlessBackupExecute("req")
	m.On("GetServerlessBackup", "ctx", "g", "c", "s")
	var expectation *mockadmin.CloudBackupsApi_GetServerlessBackup_Call
	_ = expectation
}

package mixed

import (
	"context"
	"testing"

	"github.com/stretchr/testify/mock"
	"go.mongodb.org/atlas-sdk/v20250312006/admin"
	"go.mongodb.org/atlas-sdk/v20250312006/mockadmin"
)

// The mock also expects a method that is not retired: it cannot simply move to the Flex service,
// so neither the test nor the code it tests is changed.
func TestVersions(t *testing.T) {
	backupsAPI := mockadmin.NewCloudBackupsApi(t)
	backupsAPI.EXPECT().GetServerlessBackup(mock.Anything, "p", "c", "s").
		Return(admin.GetServerlessBackupApiRequest{ApiService: backupsAPI})
	backupsAPI.EXPECT().GetServerlessBackupExecute(mock.Anything).
		Return(&admin.ServerlessBackupSnapshot{MongodVersion: admin.PtrString("8.0.4")}, nil, nil)
	backupsAPI.EXPECT().GetReplicaSetBackup(mock.Anything, "p", "c", "s").
		Return(admin.GetReplicaSetBackupApiRequest{ApiService: backupsAPI})
	backupsAPI.EXPECT().GetReplicaSetBackupExecute(mock.Anything).
		Return(&admin.DiskBackupReplicaSet{Id: admin.PtrString("r")}, nil, nil)

	v, id, err := Versions(context.Background(), &admin.APIClient{CloudBackupsApi: backupsAPI}, "p", "c", "s")
	if err != nil || v != "8.0.4" || id != "r" {
		t.Errorf("got %q %q %v", v, id, err)
	}
}

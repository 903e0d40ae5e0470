package backups_test

import (
	"context"
	"testing"

	"example.com/mocks_api_suffix/backups"
	"github.com/stretchr/testify/mock"
	"go.mongodb.org/atlas-sdk/v20250312023/admin"
	"go.mongodb.org/atlas-sdk/v20250312023/mockadmin"
)

// An external test of the package, on the `API` names: the mock moves to `FlexSnapshotsAPI`.
func TestFinished(t *testing.T) {
	api := mockadmin.NewCloudBackupsAPI(t)
	api.EXPECT().GetServerlessBackupSnapshotWithParams(mock.Anything, &admin.GetServerlessBackupSnapshotApiParams{
		GroupId:     "p",
		ClusterName: "c",
		SnapshotId:  "s",
	}).Return(admin.GetServerlessBackupSnapshotApiRequest{ApiService: api})
	api.On("GetServerlessBackupSnapshotExecute", mock.AnythingOfType("admin.GetServerlessBackupSnapshotApiRequest")).
		Return(&admin.ServerlessBackupSnapshot{Status: admin.PtrString("completed")}, nil, nil)
	defer api.AssertExpectations(t)

	done, err := backups.Finished(context.Background(), &admin.APIClient{CloudBackupsAPI: api}, "p", "c", "s")
	if err != nil || !done {
		t.Errorf("got %v %v", done, err)
	}
}

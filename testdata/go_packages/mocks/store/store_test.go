package store

import (
	"context"
	"errors"
	"testing"

	"github.com/stretchr/testify/mock"
	"go.mongodb.org/atlas-sdk/v20250312006/admin"
	"go.mongodb.org/atlas-sdk/v20250312006/mockadmin"
)

// The mock expects only the retired method: it moves to the Flex service with the code it tests.
func TestGet(t *testing.T) {
	backupsAPI := mockadmin.NewCloudBackupsApi(t)
	backupsAPI.EXPECT().GetServerlessBackup(mock.Anything, "project", "cluster", "snap").
		Return(admin.GetServerlessBackupApiRequest{ApiService: backupsAPI})
	backupsAPI.EXPECT().GetServerlessBackupExecute(mock.AnythingOfType("admin.GetServerlessBackupApiRequest")).
		Return(&admin.ServerlessBackupSnapshot{
			Id:            admin.PtrString("snap"),
			MongodVersion: admin.PtrString("8.0.4"),
			Status:        admin.PtrString("completed"),
		}, nil, nil)

	s := New(&admin.APIClient{CloudBackupsApi: backupsAPI}, "project")
	got, err := s.Get(context.Background(), "cluster", "snap")
	if err != nil {
		t.Fatal(err)
	}
	if got.Version != "8.0.4" || !got.Ready {
		t.Errorf("got %+v", got)
	}
	backupsAPI.AssertExpectations(t)
}

func TestGetFails(t *testing.T) {
	backupsAPI := mockadmin.NewCloudBackupsApi(t)
	var call *mockadmin.CloudBackupsApi_GetServerlessBackup_Call = backupsAPI.EXPECT().GetServerlessBackup(mock.Anything, mock.Anything, mock.Anything, mock.Anything)
	call.Return(admin.GetServerlessBackupApiRequest{ApiService: backupsAPI}).Once()
	backupsAPI.On("GetServerlessBackupExecute", mock.Anything).Return(nil, nil, errors.New("boom"))

	client := &admin.APIClient{
		CloudBackupsApi: backupsAPI,
	}
	if _, err := New(client, "project").Get(context.Background(), "cluster", "snap"); err == nil {
		t.Error("want an error")
	}
}

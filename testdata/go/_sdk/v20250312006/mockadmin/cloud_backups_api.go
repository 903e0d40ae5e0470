package mockadmin

import (
	"net/http"

	"go.mongodb.org/atlas-sdk/v20250312006/admin"
)

// CloudBackupsApi mocks admin.CloudBackupsApi.
type CloudBackupsApi struct {
	admin.CloudBackupsApi
	expectations
}

// NewCloudBackupsApi creates the mock.
func NewCloudBackupsApi(t testingT) *CloudBackupsApi {
	return &CloudBackupsApi{}
}

// On adds an expectation of the method named methodName.
func (_m *CloudBackupsApi) On(methodName string, arguments ...any) *Call {
	return _m.on(methodName, arguments...)
}

// AssertExpectations checks that every expectation was met.
func (_m *CloudBackupsApi) AssertExpectations(t testingT) bool { return true }

// CloudBackupsApi_Expecter builds typed expectations.
type CloudBackupsApi_Expecter struct{ mock *CloudBackupsApi }

// EXPECT starts a typed expectation.
func (_m *CloudBackupsApi) EXPECT() *CloudBackupsApi_Expecter {
	return &CloudBackupsApi_Expecter{mock: _m}
}

// CloudBackupsApi_GetServerlessBackup_Call is the typed expectation of GetServerlessBackup.
type CloudBackupsApi_GetServerlessBackup_Call struct{ *Call }

// GetServerlessBackup expects a call.
func (_e *CloudBackupsApi_Expecter) GetServerlessBackup(ctx any, groupId any, clusterName any, snapshotId any) *CloudBackupsApi_GetServerlessBackup_Call {
	return &CloudBackupsApi_GetServerlessBackup_Call{Call: _e.mock.On("GetServerlessBackup", ctx, groupId, clusterName, snapshotId)}
}

// Return sets the request the call returns.
func (_c *CloudBackupsApi_GetServerlessBackup_Call) Return(_a0 admin.GetServerlessBackupApiRequest) *CloudBackupsApi_GetServerlessBackup_Call {
	_c.Call.Return(_a0)
	return _c
}

// CloudBackupsApi_GetServerlessBackupWithParams_Call is the typed expectation of GetServerlessBackupWithParams.
type CloudBackupsApi_GetServerlessBackupWithParams_Call struct{ *Call }

// GetServerlessBackupWithParams expects a call.
func (_e *CloudBackupsApi_Expecter) GetServerlessBackupWithParams(ctx any, args any) *CloudBackupsApi_GetServerlessBackupWithParams_Call {
	return &CloudBackupsApi_GetServerlessBackupWithParams_Call{Call: _e.mock.On("GetServerlessBackupWithParams", ctx, args)}
}

// Return sets the request the call returns.
func (_c *CloudBackupsApi_GetServerlessBackupWithParams_Call) Return(_a0 admin.GetServerlessBackupApiRequest) *CloudBackupsApi_GetServerlessBackupWithParams_Call {
	_c.Call.Return(_a0)
	return _c
}

// CloudBackupsApi_GetServerlessBackupExecute_Call is the typed expectation of GetServerlessBackupExecute.
type CloudBackupsApi_GetServerlessBackupExecute_Call struct{ *Call }

// GetServerlessBackupExecute expects a call.
func (_e *CloudBackupsApi_Expecter) GetServerlessBackupExecute(r any) *CloudBackupsApi_GetServerlessBackupExecute_Call {
	return &CloudBackupsApi_GetServerlessBackupExecute_Call{Call: _e.mock.On("GetServerlessBackupExecute", r)}
}

// Return sets what the call returns.
func (_c *CloudBackupsApi_GetServerlessBackupExecute_Call) Return(_a0 *admin.ServerlessBackupSnapshot, _a1 *http.Response, _a2 error) *CloudBackupsApi_GetServerlessBackupExecute_Call {
	_c.Call.Return(_a0, _a1, _a2)
	return _c
}

// CloudBackupsApi_GetReplicaSetBackup_Call is the typed expectation of GetReplicaSetBackup.
type CloudBackupsApi_GetReplicaSetBackup_Call struct{ *Call }

// GetReplicaSetBackup expects a call.
func (_e *CloudBackupsApi_Expecter) GetReplicaSetBackup(ctx any, groupId any, clusterName any, snapshotId any) *CloudBackupsApi_GetReplicaSetBackup_Call {
	return &CloudBackupsApi_GetReplicaSetBackup_Call{Call: _e.mock.On("GetReplicaSetBackup", ctx, groupId, clusterName, snapshotId)}
}

// Return sets the request the call returns.
func (_c *CloudBackupsApi_GetReplicaSetBackup_Call) Return(_a0 admin.GetReplicaSetBackupApiRequest) *CloudBackupsApi_GetReplicaSetBackup_Call {
	_c.Call.Return(_a0)
	return _c
}

// CloudBackupsApi_GetReplicaSetBackupExecute_Call is the typed expectation of GetReplicaSetBackupExecute.
type CloudBackupsApi_GetReplicaSetBackupExecute_Call struct{ *Call }

// GetReplicaSetBackupExecute expects a call.
func (_e *CloudBackupsApi_Expecter) GetReplicaSetBackupExecute(r any) *CloudBackupsApi_GetReplicaSetBackupExecute_Call {
	return &CloudBackupsApi_GetReplicaSetBackupExecute_Call{Call: _e.mock.On("GetReplicaSetBackupExecute", r)}
}

// Return sets what the call returns.
func (_c *CloudBackupsApi_GetReplicaSetBackupExecute_Call) Return(_a0 *admin.DiskBackupReplicaSet, _a1 *http.Response, _a2 error) *CloudBackupsApi_GetReplicaSetBackupExecute_Call {
	_c.Call.Return(_a0, _a1, _a2)
	return _c
}

package mockadmin

import (
	"net/http"

	"go.mongodb.org/atlas-sdk/v20250312023/admin"
)

// CloudBackupsAPI mocks admin.CloudBackupsAPI.
type CloudBackupsAPI struct {
	admin.CloudBackupsAPI
	expectations
}

// NewCloudBackupsAPI creates the mock.
func NewCloudBackupsAPI(t testingT) *CloudBackupsAPI {
	return &CloudBackupsAPI{}
}

// On adds an expectation of the method named methodName.
func (_m *CloudBackupsAPI) On(methodName string, arguments ...any) *Call {
	return _m.on(methodName, arguments...)
}

// AssertExpectations checks that every expectation was met.
func (_m *CloudBackupsAPI) AssertExpectations(t testingT) bool { return true }

// CloudBackupsAPI_Expecter builds typed expectations.
type CloudBackupsAPI_Expecter struct{ mock *CloudBackupsAPI }

// EXPECT starts a typed expectation.
func (_m *CloudBackupsAPI) EXPECT() *CloudBackupsAPI_Expecter {
	return &CloudBackupsAPI_Expecter{mock: _m}
}

// CloudBackupsAPI_GetServerlessBackupSnapshot_Call is the typed expectation of GetServerlessBackupSnapshot.
type CloudBackupsAPI_GetServerlessBackupSnapshot_Call struct{ *Call }

// GetServerlessBackupSnapshot expects a call.
func (_e *CloudBackupsAPI_Expecter) GetServerlessBackupSnapshot(ctx any, groupId any, clusterName any, snapshotId any) *CloudBackupsAPI_GetServerlessBackupSnapshot_Call {
	return &CloudBackupsAPI_GetServerlessBackupSnapshot_Call{Call: _e.mock.On("GetServerlessBackupSnapshot", ctx, groupId, clusterName, snapshotId)}
}

// Return sets the request the call returns.
func (_c *CloudBackupsAPI_GetServerlessBackupSnapshot_Call) Return(_a0 admin.GetServerlessBackupSnapshotApiRequest) *CloudBackupsAPI_GetServerlessBackupSnapshot_Call {
	_c.Call.Return(_a0)
	return _c
}

// CloudBackupsAPI_GetServerlessBackupSnapshotWithParams_Call is the typed expectation of GetServerlessBackupSnapshotWithParams.
type CloudBackupsAPI_GetServerlessBackupSnapshotWithParams_Call struct{ *Call }

// GetServerlessBackupSnapshotWithParams expects a call.
func (_e *CloudBackupsAPI_Expecter) GetServerlessBackupSnapshotWithParams(ctx any, args any) *CloudBackupsAPI_GetServerlessBackupSnapshotWithParams_Call {
	return &CloudBackupsAPI_GetServerlessBackupSnapshotWithParams_Call{Call: _e.mock.On("GetServerlessBackupSnapshotWithParams", ctx, args)}
}

// Return sets the request the call returns.
func (_c *CloudBackupsAPI_GetServerlessBackupSnapshotWithParams_Call) Return(_a0 admin.GetServerlessBackupSnapshotApiRequest) *CloudBackupsAPI_GetServerlessBackupSnapshotWithParams_Call {
	_c.Call.Return(_a0)
	return _c
}

// CloudBackupsAPI_GetServerlessBackupSnapshotExecute_Call is the typed expectation of GetServerlessBackupSnapshotExecute.
type CloudBackupsAPI_GetServerlessBackupSnapshotExecute_Call struct{ *Call }

// GetServerlessBackupSnapshotExecute expects a call.
func (_e *CloudBackupsAPI_Expecter) GetServerlessBackupSnapshotExecute(r any) *CloudBackupsAPI_GetServerlessBackupSnapshotExecute_Call {
	return &CloudBackupsAPI_GetServerlessBackupSnapshotExecute_Call{Call: _e.mock.On("GetServerlessBackupSnapshotExecute", r)}
}

// Return sets what the call returns.
func (_c *CloudBackupsAPI_GetServerlessBackupSnapshotExecute_Call) Return(_a0 *admin.ServerlessBackupSnapshot, _a1 *http.Response, _a2 error) *CloudBackupsAPI_GetServerlessBackupSnapshotExecute_Call {
	_c.Call.Return(_a0, _a1, _a2)
	return _c
}

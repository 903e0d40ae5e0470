// Package mockadmin stands in for the SDK's mockery mocks: the names tests use (constructor,
// EXPECT, On, the typed call of each method), without testify.
package mockadmin

import "go.mongodb.org/atlas-sdk/v20250312006/admin"

// Call records one expectation.
type Call struct {
	Method    string
	Arguments []any
}

// Return sets what the expectation returns.
func (c *Call) Return(returnArguments ...any) *Call { return c }

// CloudBackupsApi mocks admin.CloudBackupsApi.
type CloudBackupsApi struct{ calls []*Call }

// NewCloudBackupsApi creates the mock.
func NewCloudBackupsApi(t interface{ Cleanup(func()) }) *CloudBackupsApi {
	return &CloudBackupsApi{}
}

// On adds an expectation.
func (_m *CloudBackupsApi) On(methodName string, arguments ...any) *Call {
	c := &Call{Method: methodName, Arguments: arguments}
	_m.calls = append(_m.calls, c)
	return c
}

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

// CloudBackupsApi_GetServerlessBackupExecute_Call is the typed expectation of GetServerlessBackupExecute.
type CloudBackupsApi_GetServerlessBackupExecute_Call struct{ *Call }

// GetServerlessBackupExecute expects a call.
func (_e *CloudBackupsApi_Expecter) GetServerlessBackupExecute(r any) *CloudBackupsApi_GetServerlessBackupExecute_Call {
	return &CloudBackupsApi_GetServerlessBackupExecute_Call{Call: _e.mock.On("GetServerlessBackupExecute", r)}
}

package mockadmin

import (
	"net/http"

	"go.mongodb.org/atlas-sdk/v20250312006/admin"
)

// FlexSnapshotsApi mocks admin.FlexSnapshotsApi.
type FlexSnapshotsApi struct {
	admin.FlexSnapshotsApi
	expectations
}

// NewFlexSnapshotsApi creates the mock.
func NewFlexSnapshotsApi(t testingT) *FlexSnapshotsApi {
	return &FlexSnapshotsApi{}
}

// On adds an expectation of the method named methodName.
func (_m *FlexSnapshotsApi) On(methodName string, arguments ...any) *Call {
	return _m.on(methodName, arguments...)
}

// AssertExpectations checks that every expectation was met.
func (_m *FlexSnapshotsApi) AssertExpectations(t testingT) bool { return true }

// FlexSnapshotsApi_Expecter builds typed expectations.
type FlexSnapshotsApi_Expecter struct{ mock *FlexSnapshotsApi }

// EXPECT starts a typed expectation.
func (_m *FlexSnapshotsApi) EXPECT() *FlexSnapshotsApi_Expecter {
	return &FlexSnapshotsApi_Expecter{mock: _m}
}

// FlexSnapshotsApi_GetFlexBackup_Call is the typed expectation of GetFlexBackup.
type FlexSnapshotsApi_GetFlexBackup_Call struct{ *Call }

// GetFlexBackup expects a call.
func (_e *FlexSnapshotsApi_Expecter) GetFlexBackup(ctx any, groupId any, name any, snapshotId any) *FlexSnapshotsApi_GetFlexBackup_Call {
	return &FlexSnapshotsApi_GetFlexBackup_Call{Call: _e.mock.On("GetFlexBackup", ctx, groupId, name, snapshotId)}
}

// Return sets the request the call returns.
func (_c *FlexSnapshotsApi_GetFlexBackup_Call) Return(_a0 admin.GetFlexBackupApiRequest) *FlexSnapshotsApi_GetFlexBackup_Call {
	_c.Call.Return(_a0)
	return _c
}

// FlexSnapshotsApi_GetFlexBackupWithParams_Call is the typed expectation of GetFlexBackupWithParams.
type FlexSnapshotsApi_GetFlexBackupWithParams_Call struct{ *Call }

// GetFlexBackupWithParams expects a call.
func (_e *FlexSnapshotsApi_Expecter) GetFlexBackupWithParams(ctx any, args any) *FlexSnapshotsApi_GetFlexBackupWithParams_Call {
	return &FlexSnapshotsApi_GetFlexBackupWithParams_Call{Call: _e.mock.On("GetFlexBackupWithParams", ctx, args)}
}

// Return sets the request the call returns.
func (_c *FlexSnapshotsApi_GetFlexBackupWithParams_Call) Return(_a0 admin.GetFlexBackupApiRequest) *FlexSnapshotsApi_GetFlexBackupWithParams_Call {
	_c.Call.Return(_a0)
	return _c
}

// FlexSnapshotsApi_GetFlexBackupExecute_Call is the typed expectation of GetFlexBackupExecute.
type FlexSnapshotsApi_GetFlexBackupExecute_Call struct{ *Call }

// GetFlexBackupExecute expects a call.
func (_e *FlexSnapshotsApi_Expecter) GetFlexBackupExecute(r any) *FlexSnapshotsApi_GetFlexBackupExecute_Call {
	return &FlexSnapshotsApi_GetFlexBackupExecute_Call{Call: _e.mock.On("GetFlexBackupExecute", r)}
}

// Return sets what the call returns.
func (_c *FlexSnapshotsApi_GetFlexBackupExecute_Call) Return(_a0 *admin.FlexBackupSnapshot20241113, _a1 *http.Response, _a2 error) *FlexSnapshotsApi_GetFlexBackupExecute_Call {
	_c.Call.Return(_a0, _a1, _a2)
	return _c
}

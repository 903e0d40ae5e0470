package mockadmin

import (
	"net/http"

	"go.mongodb.org/atlas-sdk/v20250312023/admin"
)

// FlexSnapshotsAPI mocks admin.FlexSnapshotsAPI.
type FlexSnapshotsAPI struct {
	admin.FlexSnapshotsAPI
	expectations
}

// NewFlexSnapshotsAPI creates the mock.
func NewFlexSnapshotsAPI(t testingT) *FlexSnapshotsAPI {
	return &FlexSnapshotsAPI{}
}

// On adds an expectation of the method named methodName.
func (_m *FlexSnapshotsAPI) On(methodName string, arguments ...any) *Call {
	return _m.on(methodName, arguments...)
}

// AssertExpectations checks that every expectation was met.
func (_m *FlexSnapshotsAPI) AssertExpectations(t testingT) bool { return true }

// FlexSnapshotsAPI_Expecter builds typed expectations.
type FlexSnapshotsAPI_Expecter struct{ mock *FlexSnapshotsAPI }

// EXPECT starts a typed expectation.
func (_m *FlexSnapshotsAPI) EXPECT() *FlexSnapshotsAPI_Expecter {
	return &FlexSnapshotsAPI_Expecter{mock: _m}
}

// FlexSnapshotsAPI_GetFlexBackupSnapshot_Call is the typed expectation of GetFlexBackupSnapshot.
type FlexSnapshotsAPI_GetFlexBackupSnapshot_Call struct{ *Call }

// GetFlexBackupSnapshot expects a call.
func (_e *FlexSnapshotsAPI_Expecter) GetFlexBackupSnapshot(ctx any, groupId any, name any, snapshotId any) *FlexSnapshotsAPI_GetFlexBackupSnapshot_Call {
	return &FlexSnapshotsAPI_GetFlexBackupSnapshot_Call{Call: _e.mock.On("GetFlexBackupSnapshot", ctx, groupId, name, snapshotId)}
}

// Return sets the request the call returns.
func (_c *FlexSnapshotsAPI_GetFlexBackupSnapshot_Call) Return(_a0 admin.GetFlexBackupSnapshotApiRequest) *FlexSnapshotsAPI_GetFlexBackupSnapshot_Call {
	_c.Call.Return(_a0)
	return _c
}

// FlexSnapshotsAPI_GetFlexBackupSnapshotWithParams_Call is the typed expectation of GetFlexBackupSnapshotWithParams.
type FlexSnapshotsAPI_GetFlexBackupSnapshotWithParams_Call struct{ *Call }

// GetFlexBackupSnapshotWithParams expects a call.
func (_e *FlexSnapshotsAPI_Expecter) GetFlexBackupSnapshotWithParams(ctx any, args any) *FlexSnapshotsAPI_GetFlexBackupSnapshotWithParams_Call {
	return &FlexSnapshotsAPI_GetFlexBackupSnapshotWithParams_Call{Call: _e.mock.On("GetFlexBackupSnapshotWithParams", ctx, args)}
}

// Return sets the request the call returns.
func (_c *FlexSnapshotsAPI_GetFlexBackupSnapshotWithParams_Call) Return(_a0 admin.GetFlexBackupSnapshotApiRequest) *FlexSnapshotsAPI_GetFlexBackupSnapshotWithParams_Call {
	_c.Call.Return(_a0)
	return _c
}

// FlexSnapshotsAPI_GetFlexBackupSnapshotExecute_Call is the typed expectation of GetFlexBackupSnapshotExecute.
type FlexSnapshotsAPI_GetFlexBackupSnapshotExecute_Call struct{ *Call }

// GetFlexBackupSnapshotExecute expects a call.
func (_e *FlexSnapshotsAPI_Expecter) GetFlexBackupSnapshotExecute(r any) *FlexSnapshotsAPI_GetFlexBackupSnapshotExecute_Call {
	return &FlexSnapshotsAPI_GetFlexBackupSnapshotExecute_Call{Call: _e.mock.On("GetFlexBackupSnapshotExecute", r)}
}

// Return sets what the call returns.
func (_c *FlexSnapshotsAPI_GetFlexBackupSnapshotExecute_Call) Return(_a0 *admin.FlexBackupSnapshot20241113, _a1 *http.Response, _a2 error) *FlexSnapshotsAPI_GetFlexBackupSnapshotExecute_Call {
	_c.Call.Return(_a0, _a1, _a2)
	return _c
}

// Stand-in for the atlas-sdk-go admin package of v20250312006, written for tests: the same names and
// signatures as the real SDK for what the fixtures use, without any network code.

package admin

import (
	"context"
	"errors"
	"net/http"
)

type FlexSnapshotsApi interface {
	FlexSnapshotsApiFamily
	GetFlexBackup(ctx context.Context, groupId string, name string, snapshotId string) GetFlexBackupApiRequest
	GetFlexBackupWithParams(ctx context.Context, args *GetFlexBackupApiParams) GetFlexBackupApiRequest
	GetFlexBackupExecute(r GetFlexBackupApiRequest) (*FlexBackupSnapshot20241113, *http.Response, error)
}

// FlexSnapshotsApiService implements FlexSnapshotsApi.
type FlexSnapshotsApiService service

type GetFlexBackupApiRequest struct {
	ctx        context.Context
	ApiService FlexSnapshotsApi
	groupId    string
	name       string
	snapshotId string
}

type GetFlexBackupApiParams struct {
	GroupId    string
	Name       string
	SnapshotId string
}

func (a *FlexSnapshotsApiService) GetFlexBackupWithParams(ctx context.Context, args *GetFlexBackupApiParams) GetFlexBackupApiRequest {
	return GetFlexBackupApiRequest{
		ApiService: a,
		ctx:        ctx,
		groupId:    args.GroupId,
		name:       args.Name,
		snapshotId: args.SnapshotId,
	}
}

func (r GetFlexBackupApiRequest) Execute() (*FlexBackupSnapshot20241113, *http.Response, error) {
	return r.ApiService.GetFlexBackupExecute(r)
}

func (a *FlexSnapshotsApiService) GetFlexBackup(ctx context.Context, groupId string, name string, snapshotId string) GetFlexBackupApiRequest {
	return GetFlexBackupApiRequest{
		ApiService: a,
		ctx:        ctx,
		groupId:    groupId,
		name:       name,
		snapshotId: snapshotId,
	}
}

func (a *FlexSnapshotsApiService) GetFlexBackupExecute(r GetFlexBackupApiRequest) (*FlexBackupSnapshot20241113, *http.Response, error) {
	return nil, nil, errors.New("stand-in SDK: no network")
}

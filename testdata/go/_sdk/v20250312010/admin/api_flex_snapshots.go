// Stand-in for the atlas-sdk-go admin package of v20250312010, written for tests: the same names and
// signatures as the real SDK for what the fixtures use, without any network code.

package admin

import (
	"context"
	"errors"
	"net/http"
)

type FlexSnapshotsApi interface {
	FlexSnapshotsApiFamily
	GetFlexBackupSnapshot(ctx context.Context, groupId string, name string, snapshotId string) GetFlexBackupSnapshotApiRequest
	GetFlexBackupSnapshotWithParams(ctx context.Context, args *GetFlexBackupSnapshotApiParams) GetFlexBackupSnapshotApiRequest
	GetFlexBackupSnapshotExecute(r GetFlexBackupSnapshotApiRequest) (*FlexBackupSnapshot20241113, *http.Response, error)
}

// FlexSnapshotsApiService implements FlexSnapshotsApi.
type FlexSnapshotsApiService service

type GetFlexBackupSnapshotApiRequest struct {
	ctx        context.Context
	ApiService FlexSnapshotsApi
	groupId    string
	name       string
	snapshotId string
}

type GetFlexBackupSnapshotApiParams struct {
	GroupId    string
	Name       string
	SnapshotId string
}

func (a *FlexSnapshotsApiService) GetFlexBackupSnapshotWithParams(ctx context.Context, args *GetFlexBackupSnapshotApiParams) GetFlexBackupSnapshotApiRequest {
	return GetFlexBackupSnapshotApiRequest{
		ApiService: a,
		ctx:        ctx,
		groupId:    args.GroupId,
		name:       args.Name,
		snapshotId: args.SnapshotId,
	}
}

func (r GetFlexBackupSnapshotApiRequest) Execute() (*FlexBackupSnapshot20241113, *http.Response, error) {
	return r.ApiService.GetFlexBackupSnapshotExecute(r)
}

func (a *FlexSnapshotsApiService) GetFlexBackupSnapshot(ctx context.Context, groupId string, name string, snapshotId string) GetFlexBackupSnapshotApiRequest {
	return GetFlexBackupSnapshotApiRequest{
		ApiService: a,
		ctx:        ctx,
		groupId:    groupId,
		name:       name,
		snapshotId: snapshotId,
	}
}

func (a *FlexSnapshotsApiService) GetFlexBackupSnapshotExecute(r GetFlexBackupSnapshotApiRequest) (*FlexBackupSnapshot20241113, *http.Response, error) {
	return nil, nil, errors.New("stand-in SDK: no network")
}

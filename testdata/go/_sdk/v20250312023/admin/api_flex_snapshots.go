// Stand-in for the atlas-sdk-go admin package of v20250312023, written for tests: the same names and
// signatures as the real SDK for what the fixtures use, without any network code.

package admin

import (
	"context"
	"errors"
	"net/http"
)

type FlexSnapshotsAPI interface {
	FlexSnapshotsAPIFamily
	GetFlexBackupSnapshot(ctx context.Context, groupId string, name string, snapshotId string) GetFlexBackupSnapshotApiRequest
	GetFlexBackupSnapshotWithParams(ctx context.Context, args *GetFlexBackupSnapshotApiParams) GetFlexBackupSnapshotApiRequest
	GetFlexBackupSnapshotExecute(r GetFlexBackupSnapshotApiRequest) (*FlexBackupSnapshot20241113, *http.Response, error)
}

// FlexSnapshotsAPIService implements FlexSnapshotsAPI.
type FlexSnapshotsAPIService service

type GetFlexBackupSnapshotApiRequest struct {
	ctx        context.Context
	ApiService FlexSnapshotsAPI
	groupId    string
	name       string
	snapshotId string
}

type GetFlexBackupSnapshotApiParams struct {
	GroupId    string
	Name       string
	SnapshotId string
}

func (a *FlexSnapshotsAPIService) GetFlexBackupSnapshotWithParams(ctx context.Context, args *GetFlexBackupSnapshotApiParams) GetFlexBackupSnapshotApiRequest {
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

func (a *FlexSnapshotsAPIService) GetFlexBackupSnapshot(ctx context.Context, groupId string, name string, snapshotId string) GetFlexBackupSnapshotApiRequest {
	return GetFlexBackupSnapshotApiRequest{
		ApiService: a,
		ctx:        ctx,
		groupId:    groupId,
		name:       name,
		snapshotId: snapshotId,
	}
}

func (a *FlexSnapshotsAPIService) GetFlexBackupSnapshotExecute(r GetFlexBackupSnapshotApiRequest) (*FlexBackupSnapshot20241113, *http.Response, error) {
	return nil, nil, errors.New("stand-in SDK: no network")
}

// Stand-in for the atlas-sdk-go admin package of v20250312010, written for tests: the same names and
// signatures as the real SDK for what the fixtures use, without any network code.

package admin

import (
	"context"
	"errors"
	"net/http"
)

// FlexSnapshotsApiFamily holds the list method of FlexSnapshotsApi (embedded there).
type FlexSnapshotsApiFamily interface {
	ListFlexBackupSnapshots(ctx context.Context, groupId string, name string) ListFlexBackupSnapshotsApiRequest
	ListFlexBackupSnapshotsWithParams(ctx context.Context, args *ListFlexBackupSnapshotsApiParams) ListFlexBackupSnapshotsApiRequest
	ListFlexBackupSnapshotsExecute(r ListFlexBackupSnapshotsApiRequest) (*PaginatedApiAtlasFlexBackupSnapshot20241113, *http.Response, error)
}

type ListFlexBackupSnapshotsApiRequest struct {
	ctx          context.Context
	ApiService   FlexSnapshotsApi
	groupId      string
	name         string
	includeCount *bool
	itemsPerPage *int
	pageNum      *int
}

type ListFlexBackupSnapshotsApiParams struct {
	GroupId      string
	Name         string
	IncludeCount *bool
	ItemsPerPage *int
	PageNum      *int
}

func (a *FlexSnapshotsApiService) ListFlexBackupSnapshotsWithParams(ctx context.Context, args *ListFlexBackupSnapshotsApiParams) ListFlexBackupSnapshotsApiRequest {
	return ListFlexBackupSnapshotsApiRequest{
		ApiService:   a,
		ctx:          ctx,
		groupId:      args.GroupId,
		name:         args.Name,
		includeCount: args.IncludeCount,
		itemsPerPage: args.ItemsPerPage,
		pageNum:      args.PageNum,
	}
}

func (a *FlexSnapshotsApiService) ListFlexBackupSnapshots(ctx context.Context, groupId string, name string) ListFlexBackupSnapshotsApiRequest {
	return ListFlexBackupSnapshotsApiRequest{
		ApiService: a,
		ctx:        ctx,
		groupId:    groupId,
		name:       name,
	}
}

func (r ListFlexBackupSnapshotsApiRequest) Execute() (*PaginatedApiAtlasFlexBackupSnapshot20241113, *http.Response, error) {
	return r.ApiService.ListFlexBackupSnapshotsExecute(r)
}

func (a *FlexSnapshotsApiService) ListFlexBackupSnapshotsExecute(r ListFlexBackupSnapshotsApiRequest) (*PaginatedApiAtlasFlexBackupSnapshot20241113, *http.Response, error) {
	return nil, nil, errors.New("stand-in SDK: no network")
}

func (r ListFlexBackupSnapshotsApiRequest) IncludeCount(includeCount bool) ListFlexBackupSnapshotsApiRequest {
	r.includeCount = &includeCount
	return r
}

func (r ListFlexBackupSnapshotsApiRequest) ItemsPerPage(itemsPerPage int) ListFlexBackupSnapshotsApiRequest {
	r.itemsPerPage = &itemsPerPage
	return r
}

func (r ListFlexBackupSnapshotsApiRequest) PageNum(pageNum int) ListFlexBackupSnapshotsApiRequest {
	r.pageNum = &pageNum
	return r
}

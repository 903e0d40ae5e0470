// Stand-in for the atlas-sdk-go admin package of v20250312006, written for tests: the same names and
// signatures as the real SDK for what the fixtures use, without any network code.

package admin

import (
	"context"
	"errors"
	"net/http"
)

// FlexSnapshotsApiFamily holds the list method of FlexSnapshotsApi (embedded there).
type FlexSnapshotsApiFamily interface {
	ListFlexBackups(ctx context.Context, groupId string, name string) ListFlexBackupsApiRequest
	ListFlexBackupsWithParams(ctx context.Context, args *ListFlexBackupsApiParams) ListFlexBackupsApiRequest
	ListFlexBackupsExecute(r ListFlexBackupsApiRequest) (*PaginatedApiAtlasFlexBackupSnapshot20241113, *http.Response, error)
}

type ListFlexBackupsApiRequest struct {
	ctx          context.Context
	ApiService   FlexSnapshotsApi
	groupId      string
	name         string
	includeCount *bool
	itemsPerPage *int
	pageNum      *int
}

type ListFlexBackupsApiParams struct {
	GroupId      string
	Name         string
	IncludeCount *bool
	ItemsPerPage *int
	PageNum      *int
}

func (a *FlexSnapshotsApiService) ListFlexBackupsWithParams(ctx context.Context, args *ListFlexBackupsApiParams) ListFlexBackupsApiRequest {
	return ListFlexBackupsApiRequest{
		ApiService:   a,
		ctx:          ctx,
		groupId:      args.GroupId,
		name:         args.Name,
		includeCount: args.IncludeCount,
		itemsPerPage: args.ItemsPerPage,
		pageNum:      args.PageNum,
	}
}

func (a *FlexSnapshotsApiService) ListFlexBackups(ctx context.Context, groupId string, name string) ListFlexBackupsApiRequest {
	return ListFlexBackupsApiRequest{
		ApiService: a,
		ctx:        ctx,
		groupId:    groupId,
		name:       name,
	}
}

func (r ListFlexBackupsApiRequest) Execute() (*PaginatedApiAtlasFlexBackupSnapshot20241113, *http.Response, error) {
	return r.ApiService.ListFlexBackupsExecute(r)
}

func (a *FlexSnapshotsApiService) ListFlexBackupsExecute(r ListFlexBackupsApiRequest) (*PaginatedApiAtlasFlexBackupSnapshot20241113, *http.Response, error) {
	return nil, nil, errors.New("stand-in SDK: no network")
}

func (r ListFlexBackupsApiRequest) IncludeCount(includeCount bool) ListFlexBackupsApiRequest {
	r.includeCount = &includeCount
	return r
}

func (r ListFlexBackupsApiRequest) ItemsPerPage(itemsPerPage int) ListFlexBackupsApiRequest {
	r.itemsPerPage = &itemsPerPage
	return r
}

func (r ListFlexBackupsApiRequest) PageNum(pageNum int) ListFlexBackupsApiRequest {
	r.pageNum = &pageNum
	return r
}

// Stand-in for the atlas-sdk-go admin package of v20250312010, written for tests: the same names and
// signatures as the real SDK for what the fixtures use, without any network code.

package admin

import (
	"context"
	"errors"
	"net/http"
)

type FlexRestoreJobsApi interface {
	ListFlexRestoreJobs(ctx context.Context, groupId string, name string) ListFlexRestoreJobsApiRequest
	ListFlexRestoreJobsWithParams(ctx context.Context, args *ListFlexRestoreJobsApiParams) ListFlexRestoreJobsApiRequest
	ListFlexRestoreJobsExecute(r ListFlexRestoreJobsApiRequest) (*PaginatedApiAtlasFlexBackupRestoreJob20241113, *http.Response, error)
	GetFlexRestoreJob(ctx context.Context, groupId string, name string, restoreJobId string) GetFlexRestoreJobApiRequest
	GetFlexRestoreJobWithParams(ctx context.Context, args *GetFlexRestoreJobApiParams) GetFlexRestoreJobApiRequest
	GetFlexRestoreJobExecute(r GetFlexRestoreJobApiRequest) (*FlexBackupRestoreJob20241113, *http.Response, error)
	CreateFlexRestoreJob(ctx context.Context, groupId string, name string, flexBackupRestoreJobCreate20241113 *FlexBackupRestoreJobCreate20241113) CreateFlexRestoreJobApiRequest
	CreateFlexRestoreJobWithParams(ctx context.Context, args *CreateFlexRestoreJobApiParams) CreateFlexRestoreJobApiRequest
	CreateFlexRestoreJobExecute(r CreateFlexRestoreJobApiRequest) (*FlexBackupRestoreJob20241113, *http.Response, error)
}

// FlexRestoreJobsApiService implements FlexRestoreJobsApi.
type FlexRestoreJobsApiService service

type ListFlexRestoreJobsApiRequest struct {
	ctx          context.Context
	ApiService   FlexRestoreJobsApi
	groupId      string
	name         string
	includeCount *bool
	itemsPerPage *int
	pageNum      *int
}

type ListFlexRestoreJobsApiParams struct {
	GroupId      string
	Name         string
	IncludeCount *bool
	ItemsPerPage *int
	PageNum      *int
}

func (a *FlexRestoreJobsApiService) ListFlexRestoreJobsWithParams(ctx context.Context, args *ListFlexRestoreJobsApiParams) ListFlexRestoreJobsApiRequest {
	return ListFlexRestoreJobsApiRequest{
		ApiService:   a,
		ctx:          ctx,
		groupId:      args.GroupId,
		name:         args.Name,
		includeCount: args.IncludeCount,
		itemsPerPage: args.ItemsPerPage,
		pageNum:      args.PageNum,
	}
}

func (a *FlexRestoreJobsApiService) ListFlexRestoreJobs(ctx context.Context, groupId string, name string) ListFlexRestoreJobsApiRequest {
	return ListFlexRestoreJobsApiRequest{
		ApiService: a,
		ctx:        ctx,
		groupId:    groupId,
		name:       name,
	}
}

func (r ListFlexRestoreJobsApiRequest) Execute() (*PaginatedApiAtlasFlexBackupRestoreJob20241113, *http.Response, error) {
	return r.ApiService.ListFlexRestoreJobsExecute(r)
}

func (a *FlexRestoreJobsApiService) ListFlexRestoreJobsExecute(r ListFlexRestoreJobsApiRequest) (*PaginatedApiAtlasFlexBackupRestoreJob20241113, *http.Response, error) {
	return nil, nil, errors.New("stand-in SDK: no network")
}

func (r ListFlexRestoreJobsApiRequest) IncludeCount(includeCount bool) ListFlexRestoreJobsApiRequest {
	r.includeCount = &includeCount
	return r
}

func (r ListFlexRestoreJobsApiRequest) ItemsPerPage(itemsPerPage int) ListFlexRestoreJobsApiRequest {
	r.itemsPerPage = &itemsPerPage
	return r
}

func (r ListFlexRestoreJobsApiRequest) PageNum(pageNum int) ListFlexRestoreJobsApiRequest {
	r.pageNum = &pageNum
	return r
}

type GetFlexRestoreJobApiRequest struct {
	ctx          context.Context
	ApiService   FlexRestoreJobsApi
	groupId      string
	name         string
	restoreJobId string
}

type GetFlexRestoreJobApiParams struct {
	GroupId      string
	Name         string
	RestoreJobId string
}

func (a *FlexRestoreJobsApiService) GetFlexRestoreJobWithParams(ctx context.Context, args *GetFlexRestoreJobApiParams) GetFlexRestoreJobApiRequest {
	return GetFlexRestoreJobApiRequest{
		ApiService:   a,
		ctx:          ctx,
		groupId:      args.GroupId,
		name:         args.Name,
		restoreJobId: args.RestoreJobId,
	}
}

func (a *FlexRestoreJobsApiService) GetFlexRestoreJob(ctx context.Context, groupId string, name string, restoreJobId string) GetFlexRestoreJobApiRequest {
	return GetFlexRestoreJobApiRequest{
		ApiService:   a,
		ctx:          ctx,
		groupId:      groupId,
		name:         name,
		restoreJobId: restoreJobId,
	}
}

func (r GetFlexRestoreJobApiRequest) Execute() (*FlexBackupRestoreJob20241113, *http.Response, error) {
	return r.ApiService.GetFlexRestoreJobExecute(r)
}

func (a *FlexRestoreJobsApiService) GetFlexRestoreJobExecute(r GetFlexRestoreJobApiRequest) (*FlexBackupRestoreJob20241113, *http.Response, error) {
	return nil, nil, errors.New("stand-in SDK: no network")
}

type CreateFlexRestoreJobApiRequest struct {
	ctx                                context.Context
	ApiService                         FlexRestoreJobsApi
	groupId                            string
	name                               string
	flexBackupRestoreJobCreate20241113 *FlexBackupRestoreJobCreate20241113
}

type CreateFlexRestoreJobApiParams struct {
	GroupId                            string
	Name                               string
	FlexBackupRestoreJobCreate20241113 *FlexBackupRestoreJobCreate20241113
}

func (a *FlexRestoreJobsApiService) CreateFlexRestoreJobWithParams(ctx context.Context, args *CreateFlexRestoreJobApiParams) CreateFlexRestoreJobApiRequest {
	return CreateFlexRestoreJobApiRequest{
		ApiService:                         a,
		ctx:                                ctx,
		groupId:                            args.GroupId,
		name:                               args.Name,
		flexBackupRestoreJobCreate20241113: args.FlexBackupRestoreJobCreate20241113,
	}
}

func (a *FlexRestoreJobsApiService) CreateFlexRestoreJob(ctx context.Context, groupId string, name string, flexBackupRestoreJobCreate20241113 *FlexBackupRestoreJobCreate20241113) CreateFlexRestoreJobApiRequest {
	return CreateFlexRestoreJobApiRequest{
		ApiService:                         a,
		ctx:                                ctx,
		groupId:                            groupId,
		name:                               name,
		flexBackupRestoreJobCreate20241113: flexBackupRestoreJobCreate20241113,
	}
}

func (r CreateFlexRestoreJobApiRequest) Execute() (*FlexBackupRestoreJob20241113, *http.Response, error) {
	return r.ApiService.CreateFlexRestoreJobExecute(r)
}

func (a *FlexRestoreJobsApiService) CreateFlexRestoreJobExecute(r CreateFlexRestoreJobApiRequest) (*FlexBackupRestoreJob20241113, *http.Response, error) {
	return nil, nil, errors.New("stand-in SDK: no network")
}

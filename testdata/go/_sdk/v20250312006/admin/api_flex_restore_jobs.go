// Stand-in for the atlas-sdk-go admin package of v20250312006, written for tests: the same names and
// signatures as the real SDK for what the fixtures use, without any network code.

package admin

import (
	"context"
	"errors"
	"net/http"
)

type FlexRestoreJobsApi interface {
	ListFlexBackupRestoreJobs(ctx context.Context, groupId string, name string) ListFlexBackupRestoreJobsApiRequest
	ListFlexBackupRestoreJobsWithParams(ctx context.Context, args *ListFlexBackupRestoreJobsApiParams) ListFlexBackupRestoreJobsApiRequest
	ListFlexBackupRestoreJobsExecute(r ListFlexBackupRestoreJobsApiRequest) (*PaginatedApiAtlasFlexBackupRestoreJob20241113, *http.Response, error)
	GetFlexBackupRestoreJob(ctx context.Context, groupId string, name string, restoreJobId string) GetFlexBackupRestoreJobApiRequest
	GetFlexBackupRestoreJobWithParams(ctx context.Context, args *GetFlexBackupRestoreJobApiParams) GetFlexBackupRestoreJobApiRequest
	GetFlexBackupRestoreJobExecute(r GetFlexBackupRestoreJobApiRequest) (*FlexBackupRestoreJob20241113, *http.Response, error)
	CreateFlexBackupRestoreJob(ctx context.Context, groupId string, name string, flexBackupRestoreJobCreate20241113 *FlexBackupRestoreJobCreate20241113) CreateFlexBackupRestoreJobApiRequest
	CreateFlexBackupRestoreJobWithParams(ctx context.Context, args *CreateFlexBackupRestoreJobApiParams) CreateFlexBackupRestoreJobApiRequest
	CreateFlexBackupRestoreJobExecute(r CreateFlexBackupRestoreJobApiRequest) (*FlexBackupRestoreJob20241113, *http.Response, error)
}

// FlexRestoreJobsApiService implements FlexRestoreJobsApi.
type FlexRestoreJobsApiService service

type ListFlexBackupRestoreJobsApiRequest struct {
	ctx          context.Context
	ApiService   FlexRestoreJobsApi
	groupId      string
	name         string
	includeCount *bool
	itemsPerPage *int
	pageNum      *int
}

type ListFlexBackupRestoreJobsApiParams struct {
	GroupId      string
	Name         string
	IncludeCount *bool
	ItemsPerPage *int
	PageNum      *int
}

func (a *FlexRestoreJobsApiService) ListFlexBackupRestoreJobsWithParams(ctx context.Context, args *ListFlexBackupRestoreJobsApiParams) ListFlexBackupRestoreJobsApiRequest {
	return ListFlexBackupRestoreJobsApiRequest{
		ApiService:   a,
		ctx:          ctx,
		groupId:      args.GroupId,
		name:         args.Name,
		includeCount: args.IncludeCount,
		itemsPerPage: args.ItemsPerPage,
		pageNum:      args.PageNum,
	}
}

func (a *FlexRestoreJobsApiService) ListFlexBackupRestoreJobs(ctx context.Context, groupId string, name string) ListFlexBackupRestoreJobsApiRequest {
	return ListFlexBackupRestoreJobsApiRequest{
		ApiService: a,
		ctx:        ctx,
		groupId:    groupId,
		name:       name,
	}
}

func (r ListFlexBackupRestoreJobsApiRequest) Execute() (*PaginatedApiAtlasFlexBackupRestoreJob20241113, *http.Response, error) {
	return r.ApiService.ListFlexBackupRestoreJobsExecute(r)
}

func (a *FlexRestoreJobsApiService) ListFlexBackupRestoreJobsExecute(r ListFlexBackupRestoreJobsApiRequest) (*PaginatedApiAtlasFlexBackupRestoreJob20241113, *http.Response, error) {
	return nil, nil, errors.New("stand-in SDK: no network")
}

func (r ListFlexBackupRestoreJobsApiRequest) IncludeCount(includeCount bool) ListFlexBackupRestoreJobsApiRequest {
	r.includeCount = &includeCount
	return r
}

func (r ListFlexBackupRestoreJobsApiRequest) ItemsPerPage(itemsPerPage int) ListFlexBackupRestoreJobsApiRequest {
	r.itemsPerPage = &itemsPerPage
	return r
}

func (r ListFlexBackupRestoreJobsApiRequest) PageNum(pageNum int) ListFlexBackupRestoreJobsApiRequest {
	r.pageNum = &pageNum
	return r
}

type GetFlexBackupRestoreJobApiRequest struct {
	ctx          context.Context
	ApiService   FlexRestoreJobsApi
	groupId      string
	name         string
	restoreJobId string
}

type GetFlexBackupRestoreJobApiParams struct {
	GroupId      string
	Name         string
	RestoreJobId string
}

func (a *FlexRestoreJobsApiService) GetFlexBackupRestoreJobWithParams(ctx context.Context, args *GetFlexBackupRestoreJobApiParams) GetFlexBackupRestoreJobApiRequest {
	return GetFlexBackupRestoreJobApiRequest{
		ApiService:   a,
		ctx:          ctx,
		groupId:      args.GroupId,
		name:         args.Name,
		restoreJobId: args.RestoreJobId,
	}
}

func (a *FlexRestoreJobsApiService) GetFlexBackupRestoreJob(ctx context.Context, groupId string, name string, restoreJobId string) GetFlexBackupRestoreJobApiRequest {
	return GetFlexBackupRestoreJobApiRequest{
		ApiService:   a,
		ctx:          ctx,
		groupId:      groupId,
		name:         name,
		restoreJobId: restoreJobId,
	}
}

func (r GetFlexBackupRestoreJobApiRequest) Execute() (*FlexBackupRestoreJob20241113, *http.Response, error) {
	return r.ApiService.GetFlexBackupRestoreJobExecute(r)
}

func (a *FlexRestoreJobsApiService) GetFlexBackupRestoreJobExecute(r GetFlexBackupRestoreJobApiRequest) (*FlexBackupRestoreJob20241113, *http.Response, error) {
	return nil, nil, errors.New("stand-in SDK: no network")
}

type CreateFlexBackupRestoreJobApiRequest struct {
	ctx                                context.Context
	ApiService                         FlexRestoreJobsApi
	groupId                            string
	name                               string
	flexBackupRestoreJobCreate20241113 *FlexBackupRestoreJobCreate20241113
}

type CreateFlexBackupRestoreJobApiParams struct {
	GroupId                            string
	Name                               string
	FlexBackupRestoreJobCreate20241113 *FlexBackupRestoreJobCreate20241113
}

func (a *FlexRestoreJobsApiService) CreateFlexBackupRestoreJobWithParams(ctx context.Context, args *CreateFlexBackupRestoreJobApiParams) CreateFlexBackupRestoreJobApiRequest {
	return CreateFlexBackupRestoreJobApiRequest{
		ApiService:                         a,
		ctx:                                ctx,
		groupId:                            args.GroupId,
		name:                               args.Name,
		flexBackupRestoreJobCreate20241113: args.FlexBackupRestoreJobCreate20241113,
	}
}

func (a *FlexRestoreJobsApiService) CreateFlexBackupRestoreJob(ctx context.Context, groupId string, name string, flexBackupRestoreJobCreate20241113 *FlexBackupRestoreJobCreate20241113) CreateFlexBackupRestoreJobApiRequest {
	return CreateFlexBackupRestoreJobApiRequest{
		ApiService:                         a,
		ctx:                                ctx,
		groupId:                            groupId,
		name:                               name,
		flexBackupRestoreJobCreate20241113: flexBackupRestoreJobCreate20241113,
	}
}

func (r CreateFlexBackupRestoreJobApiRequest) Execute() (*FlexBackupRestoreJob20241113, *http.Response, error) {
	return r.ApiService.CreateFlexBackupRestoreJobExecute(r)
}

func (a *FlexRestoreJobsApiService) CreateFlexBackupRestoreJobExecute(r CreateFlexBackupRestoreJobApiRequest) (*FlexBackupRestoreJob20241113, *http.Response, error) {
	return nil, nil, errors.New("stand-in SDK: no network")
}

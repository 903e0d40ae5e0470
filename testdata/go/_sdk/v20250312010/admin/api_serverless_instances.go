// Stand-in for the atlas-sdk-go admin package of v20250312010, written for tests: the same names and
// signatures as the real SDK for what the fixtures use, without any network code.

package admin

import (
	"context"
	"errors"
	"net/http"
)

type ServerlessInstancesApi interface {
	ListServerlessInstances(ctx context.Context, groupId string) ListServerlessInstancesApiRequest
	ListServerlessInstancesWithParams(ctx context.Context, args *ListServerlessInstancesApiParams) ListServerlessInstancesApiRequest
	ListServerlessInstancesExecute(r ListServerlessInstancesApiRequest) (*PaginatedServerlessInstanceDescription, *http.Response, error)
	GetServerlessInstance(ctx context.Context, groupId string, name string) GetServerlessInstanceApiRequest
	GetServerlessInstanceWithParams(ctx context.Context, args *GetServerlessInstanceApiParams) GetServerlessInstanceApiRequest
	GetServerlessInstanceExecute(r GetServerlessInstanceApiRequest) (*ServerlessInstanceDescription, *http.Response, error)
	DeleteServerlessInstance(ctx context.Context, groupId string, name string) DeleteServerlessInstanceApiRequest
	DeleteServerlessInstanceWithParams(ctx context.Context, args *DeleteServerlessInstanceApiParams) DeleteServerlessInstanceApiRequest
	DeleteServerlessInstanceExecute(r DeleteServerlessInstanceApiRequest) (any, *http.Response, error)
}

// ServerlessInstancesApiService implements ServerlessInstancesApi.
type ServerlessInstancesApiService service

type ListServerlessInstancesApiRequest struct {
	ctx          context.Context
	ApiService   ServerlessInstancesApi
	groupId      string
	includeCount *bool
	itemsPerPage *int
	pageNum      *int
}

type ListServerlessInstancesApiParams struct {
	GroupId      string
	IncludeCount *bool
	ItemsPerPage *int
	PageNum      *int
}

func (a *ServerlessInstancesApiService) ListServerlessInstancesWithParams(ctx context.Context, args *ListServerlessInstancesApiParams) ListServerlessInstancesApiRequest {
	return ListServerlessInstancesApiRequest{
		ApiService:   a,
		ctx:          ctx,
		groupId:      args.GroupId,
		includeCount: args.IncludeCount,
		itemsPerPage: args.ItemsPerPage,
		pageNum:      args.PageNum,
	}
}

func (a *ServerlessInstancesApiService) ListServerlessInstances(ctx context.Context, groupId string) ListServerlessInstancesApiRequest {
	return ListServerlessInstancesApiRequest{
		ApiService: a,
		ctx:        ctx,
		groupId:    groupId,
	}
}

func (r ListServerlessInstancesApiRequest) Execute() (*PaginatedServerlessInstanceDescription, *http.Response, error) {
	return r.ApiService.ListServerlessInstancesExecute(r)
}

func (a *ServerlessInstancesApiService) ListServerlessInstancesExecute(r ListServerlessInstancesApiRequest) (*PaginatedServerlessInstanceDescription, *http.Response, error) {
	return nil, nil, errors.New("stand-in SDK: no network")
}

func (r ListServerlessInstancesApiRequest) IncludeCount(includeCount bool) ListServerlessInstancesApiRequest {
	r.includeCount = &includeCount
	return r
}

func (r ListServerlessInstancesApiRequest) ItemsPerPage(itemsPerPage int) ListServerlessInstancesApiRequest {
	r.itemsPerPage = &itemsPerPage
	return r
}

func (r ListServerlessInstancesApiRequest) PageNum(pageNum int) ListServerlessInstancesApiRequest {
	r.pageNum = &pageNum
	return r
}

type GetServerlessInstanceApiRequest struct {
	ctx        context.Context
	ApiService ServerlessInstancesApi
	groupId    string
	name       string
}

type GetServerlessInstanceApiParams struct {
	GroupId string
	Name    string
}

func (a *ServerlessInstancesApiService) GetServerlessInstanceWithParams(ctx context.Context, args *GetServerlessInstanceApiParams) GetServerlessInstanceApiRequest {
	return GetServerlessInstanceApiRequest{
		ApiService: a,
		ctx:        ctx,
		groupId:    args.GroupId,
		name:       args.Name,
	}
}

func (a *ServerlessInstancesApiService) GetServerlessInstance(ctx context.Context, groupId string, name string) GetServerlessInstanceApiRequest {
	return GetServerlessInstanceApiRequest{
		ApiService: a,
		ctx:        ctx,
		groupId:    groupId,
		name:       name,
	}
}

func (r GetServerlessInstanceApiRequest) Execute() (*ServerlessInstanceDescription, *http.Response, error) {
	return r.ApiService.GetServerlessInstanceExecute(r)
}

func (a *ServerlessInstancesApiService) GetServerlessInstanceExecute(r GetServerlessInstanceApiRequest) (*ServerlessInstanceDescription, *http.Response, error) {
	return nil, nil, errors.New("stand-in SDK: no network")
}

type DeleteServerlessInstanceApiRequest struct {
	ctx        context.Context
	ApiService ServerlessInstancesApi
	groupId    string
	name       string
}

type DeleteServerlessInstanceApiParams struct {
	GroupId string
	Name    string
}

func (a *ServerlessInstancesApiService) DeleteServerlessInstanceWithParams(ctx context.Context, args *DeleteServerlessInstanceApiParams) DeleteServerlessInstanceApiRequest {
	return DeleteServerlessInstanceApiRequest{
		ApiService: a,
		ctx:        ctx,
		groupId:    args.GroupId,
		name:       args.Name,
	}
}

func (a *ServerlessInstancesApiService) DeleteServerlessInstance(ctx context.Context, groupId string, name string) DeleteServerlessInstanceApiRequest {
	return DeleteServerlessInstanceApiRequest{
		ApiService: a,
		ctx:        ctx,
		groupId:    groupId,
		name:       name,
	}
}

func (r DeleteServerlessInstanceApiRequest) Execute() (any, *http.Response, error) {
	return r.ApiService.DeleteServerlessInstanceExecute(r)
}

func (a *ServerlessInstancesApiService) DeleteServerlessInstanceExecute(r DeleteServerlessInstanceApiRequest) (any, *http.Response, error) {
	return nil, nil, errors.New("stand-in SDK: no network")
}

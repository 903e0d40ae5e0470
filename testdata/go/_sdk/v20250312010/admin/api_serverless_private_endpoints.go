// Stand-in for the atlas-sdk-go admin package of v20250312010, written for tests: the same names and
// signatures as the real SDK for what the fixtures use, without any network code.

package admin

import (
	"context"
	"errors"
	"net/http"
)

type ServerlessPrivateEndpointsApi interface {
	ListServerlessPrivateEndpoint(ctx context.Context, groupId string, instanceName string) ListServerlessPrivateEndpointApiRequest
	ListServerlessPrivateEndpointWithParams(ctx context.Context, args *ListServerlessPrivateEndpointApiParams) ListServerlessPrivateEndpointApiRequest
	ListServerlessPrivateEndpointExecute(r ListServerlessPrivateEndpointApiRequest) ([]ServerlessTenantEndpoint, *http.Response, error)
	DeleteServerlessPrivateEndpoint(ctx context.Context, groupId string, instanceName string, endpointId string) DeleteServerlessPrivateEndpointApiRequest
	DeleteServerlessPrivateEndpointWithParams(ctx context.Context, args *DeleteServerlessPrivateEndpointApiParams) DeleteServerlessPrivateEndpointApiRequest
	DeleteServerlessPrivateEndpointExecute(r DeleteServerlessPrivateEndpointApiRequest) (map[string]interface{}, *http.Response, error)
}

// ServerlessPrivateEndpointsApiService implements ServerlessPrivateEndpointsApi.
type ServerlessPrivateEndpointsApiService service

type ListServerlessPrivateEndpointApiRequest struct {
	ctx          context.Context
	ApiService   ServerlessPrivateEndpointsApi
	groupId      string
	instanceName string
}

type ListServerlessPrivateEndpointApiParams struct {
	GroupId      string
	InstanceName string
}

func (a *ServerlessPrivateEndpointsApiService) ListServerlessPrivateEndpointWithParams(ctx context.Context, args *ListServerlessPrivateEndpointApiParams) ListServerlessPrivateEndpointApiRequest {
	return ListServerlessPrivateEndpointApiRequest{
		ApiService:   a,
		ctx:          ctx,
		groupId:      args.GroupId,
		instanceName: args.InstanceName,
	}
}

func (a *ServerlessPrivateEndpointsApiService) ListServerlessPrivateEndpoint(ctx context.Context, groupId string, instanceName string) ListServerlessPrivateEndpointApiRequest {
	return ListServerlessPrivateEndpointApiRequest{
		ApiService:   a,
		ctx:          ctx,
		groupId:      groupId,
		instanceName: instanceName,
	}
}

func (r ListServerlessPrivateEndpointApiRequest) Execute() ([]ServerlessTenantEndpoint, *http.Response, error) {
	return r.ApiService.ListServerlessPrivateEndpointExecute(r)
}

func (a *ServerlessPrivateEndpointsApiService) ListServerlessPrivateEndpointExecute(r ListServerlessPrivateEndpointApiRequest) ([]ServerlessTenantEndpoint, *http.Response, error) {
	return nil, nil, errors.New("stand-in SDK: no network")
}

type DeleteServerlessPrivateEndpointApiRequest struct {
	ctx          context.Context
	ApiService   ServerlessPrivateEndpointsApi
	groupId      string
	instanceName string
	endpointId   string
}

type DeleteServerlessPrivateEndpointApiParams struct {
	GroupId      string
	InstanceName string
	EndpointId   string
}

func (a *ServerlessPrivateEndpointsApiService) DeleteServerlessPrivateEndpointWithParams(ctx context.Context, args *DeleteServerlessPrivateEndpointApiParams) DeleteServerlessPrivateEndpointApiRequest {
	return DeleteServerlessPrivateEndpointApiRequest{
		ApiService:   a,
		ctx:          ctx,
		groupId:      args.GroupId,
		instanceName: args.InstanceName,
		endpointId:   args.EndpointId,
	}
}

func (a *ServerlessPrivateEndpointsApiService) DeleteServerlessPrivateEndpoint(ctx context.Context, groupId string, instanceName string, endpointId string) DeleteServerlessPrivateEndpointApiRequest {
	return DeleteServerlessPrivateEndpointApiRequest{
		ApiService:   a,
		ctx:          ctx,
		groupId:      groupId,
		instanceName: instanceName,
		endpointId:   endpointId,
	}
}

func (r DeleteServerlessPrivateEndpointApiRequest) Execute() (map[string]interface{}, *http.Response, error) {
	return r.ApiService.DeleteServerlessPrivateEndpointExecute(r)
}

func (a *ServerlessPrivateEndpointsApiService) DeleteServerlessPrivateEndpointExecute(r DeleteServerlessPrivateEndpointApiRequest) (map[string]interface{}, *http.Response, error) {
	return nil, nil, errors.New("stand-in SDK: no network")
}

// Stand-in for the atlas-sdk-go admin package of v20250312006, written for tests: the same names and
// signatures as the real SDK for what the fixtures use, without any network code.

package admin

import (
	"context"
	"errors"
	"net/http"
)

type CloudBackupsApi interface {
	CloudBackupsApiFamily
	GetServerlessBackup(ctx context.Context, groupId string, clusterName string, snapshotId string) GetServerlessBackupApiRequest
	GetServerlessBackupWithParams(ctx context.Context, args *GetServerlessBackupApiParams) GetServerlessBackupApiRequest
	GetServerlessBackupExecute(r GetServerlessBackupApiRequest) (*ServerlessBackupSnapshot, *http.Response, error)
	GetReplicaSetBackup(ctx context.Context, groupId string, clusterName string, snapshotId string) GetReplicaSetBackupApiRequest
	GetReplicaSetBackupWithParams(ctx context.Context, args *GetReplicaSetBackupApiParams) GetReplicaSetBackupApiRequest
	GetReplicaSetBackupExecute(r GetReplicaSetBackupApiRequest) (*DiskBackupReplicaSet, *http.Response, error)
}

// CloudBackupsApiService implements CloudBackupsApi.
type CloudBackupsApiService service

type GetServerlessBackupApiRequest struct {
	ctx         context.Context
	ApiService  CloudBackupsApi
	groupId     string
	clusterName string
	snapshotId  string
}

type GetServerlessBackupApiParams struct {
	GroupId     string
	ClusterName string
	SnapshotId  string
}

func (a *CloudBackupsApiService) GetServerlessBackupWithParams(ctx context.Context, args *GetServerlessBackupApiParams) GetServerlessBackupApiRequest {
	return GetServerlessBackupApiRequest{
		ApiService:  a,
		ctx:         ctx,
		groupId:     args.GroupId,
		clusterName: args.ClusterName,
		snapshotId:  args.SnapshotId,
	}
}

func (r GetServerlessBackupApiRequest) Execute() (*ServerlessBackupSnapshot, *http.Response, error) {
	return r.ApiService.GetServerlessBackupExecute(r)
}

func (a *CloudBackupsApiService) GetServerlessBackup(ctx context.Context, groupId string, clusterName string, snapshotId string) GetServerlessBackupApiRequest {
	return GetServerlessBackupApiRequest{
		ApiService:  a,
		ctx:         ctx,
		groupId:     groupId,
		clusterName: clusterName,
		snapshotId:  snapshotId,
	}
}

func (a *CloudBackupsApiService) GetServerlessBackupExecute(r GetServerlessBackupApiRequest) (*ServerlessBackupSnapshot, *http.Response, error) {
	return nil, nil, errors.New("stand-in SDK: no network")
}

type GetReplicaSetBackupApiRequest struct {
	ctx         context.Context
	ApiService  CloudBackupsApi
	groupId     string
	clusterName string
	snapshotId  string
}

type GetReplicaSetBackupApiParams struct {
	GroupId     string
	ClusterName string
	SnapshotId  string
}

func (a *CloudBackupsApiService) GetReplicaSetBackupWithParams(ctx context.Context, args *GetReplicaSetBackupApiParams) GetReplicaSetBackupApiRequest {
	return GetReplicaSetBackupApiRequest{
		ApiService:  a,
		ctx:         ctx,
		groupId:     args.GroupId,
		clusterName: args.ClusterName,
		snapshotId:  args.SnapshotId,
	}
}

func (r GetReplicaSetBackupApiRequest) Execute() (*DiskBackupReplicaSet, *http.Response, error) {
	return r.ApiService.GetReplicaSetBackupExecute(r)
}

func (a *CloudBackupsApiService) GetReplicaSetBackup(ctx context.Context, groupId string, clusterName string, snapshotId string) GetReplicaSetBackupApiRequest {
	return GetReplicaSetBackupApiRequest{
		ApiService:  a,
		ctx:         ctx,
		groupId:     groupId,
		clusterName: clusterName,
		snapshotId:  snapshotId,
	}
}

func (a *CloudBackupsApiService) GetReplicaSetBackupExecute(r GetReplicaSetBackupApiRequest) (*DiskBackupReplicaSet, *http.Response, error) {
	return nil, nil, errors.New("stand-in SDK: no network")
}

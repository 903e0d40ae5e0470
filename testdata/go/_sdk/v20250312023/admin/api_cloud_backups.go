// Stand-in for the atlas-sdk-go admin package of v20250312023, written for tests: the same names and
// signatures as the real SDK for what the fixtures use, without any network code.

package admin

import (
	"context"
	"errors"
	"net/http"
)

type CloudBackupsAPI interface {
	CloudBackupsAPIFamily
	GetServerlessBackupSnapshot(ctx context.Context, groupId string, clusterName string, snapshotId string) GetServerlessBackupSnapshotApiRequest
	GetServerlessBackupSnapshotWithParams(ctx context.Context, args *GetServerlessBackupSnapshotApiParams) GetServerlessBackupSnapshotApiRequest
	GetServerlessBackupSnapshotExecute(r GetServerlessBackupSnapshotApiRequest) (*ServerlessBackupSnapshot, *http.Response, error)
	GetClusterBackupSnapshot(ctx context.Context, groupId string, clusterName string, snapshotId string) GetClusterBackupSnapshotApiRequest
	GetClusterBackupSnapshotWithParams(ctx context.Context, args *GetClusterBackupSnapshotApiParams) GetClusterBackupSnapshotApiRequest
	GetClusterBackupSnapshotExecute(r GetClusterBackupSnapshotApiRequest) (*DiskBackupReplicaSet, *http.Response, error)
}

// CloudBackupsAPIService implements CloudBackupsAPI.
type CloudBackupsAPIService service

type GetServerlessBackupSnapshotApiRequest struct {
	ctx         context.Context
	ApiService  CloudBackupsAPI
	groupId     string
	clusterName string
	snapshotId  string
}

type GetServerlessBackupSnapshotApiParams struct {
	GroupId     string
	ClusterName string
	SnapshotId  string
}

func (a *CloudBackupsAPIService) GetServerlessBackupSnapshotWithParams(ctx context.Context, args *GetServerlessBackupSnapshotApiParams) GetServerlessBackupSnapshotApiRequest {
	return GetServerlessBackupSnapshotApiRequest{
		ApiService:  a,
		ctx:         ctx,
		groupId:     args.GroupId,
		clusterName: args.ClusterName,
		snapshotId:  args.SnapshotId,
	}
}

func (r GetServerlessBackupSnapshotApiRequest) Execute() (*ServerlessBackupSnapshot, *http.Response, error) {
	return r.ApiService.GetServerlessBackupSnapshotExecute(r)
}

func (a *CloudBackupsAPIService) GetServerlessBackupSnapshot(ctx context.Context, groupId string, clusterName string, snapshotId string) GetServerlessBackupSnapshotApiRequest {
	return GetServerlessBackupSnapshotApiRequest{
		ApiService:  a,
		ctx:         ctx,
		groupId:     groupId,
		clusterName: clusterName,
		snapshotId:  snapshotId,
	}
}

func (a *CloudBackupsAPIService) GetServerlessBackupSnapshotExecute(r GetServerlessBackupSnapshotApiRequest) (*ServerlessBackupSnapshot, *http.Response, error) {
	return nil, nil, errors.New("stand-in SDK: no network")
}

type GetClusterBackupSnapshotApiRequest struct {
	ctx         context.Context
	ApiService  CloudBackupsAPI
	groupId     string
	clusterName string
	snapshotId  string
}

type GetClusterBackupSnapshotApiParams struct {
	GroupId     string
	ClusterName string
	SnapshotId  string
}

func (a *CloudBackupsAPIService) GetClusterBackupSnapshotWithParams(ctx context.Context, args *GetClusterBackupSnapshotApiParams) GetClusterBackupSnapshotApiRequest {
	return GetClusterBackupSnapshotApiRequest{
		ApiService:  a,
		ctx:         ctx,
		groupId:     args.GroupId,
		clusterName: args.ClusterName,
		snapshotId:  args.SnapshotId,
	}
}

func (r GetClusterBackupSnapshotApiRequest) Execute() (*DiskBackupReplicaSet, *http.Response, error) {
	return r.ApiService.GetClusterBackupSnapshotExecute(r)
}

func (a *CloudBackupsAPIService) GetClusterBackupSnapshot(ctx context.Context, groupId string, clusterName string, snapshotId string) GetClusterBackupSnapshotApiRequest {
	return GetClusterBackupSnapshotApiRequest{
		ApiService:  a,
		ctx:         ctx,
		groupId:     groupId,
		clusterName: clusterName,
		snapshotId:  snapshotId,
	}
}

func (a *CloudBackupsAPIService) GetClusterBackupSnapshotExecute(r GetClusterBackupSnapshotApiRequest) (*DiskBackupReplicaSet, *http.Response, error) {
	return nil, nil, errors.New("stand-in SDK: no network")
}

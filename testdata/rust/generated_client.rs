//! Uses a client generated with openapi-generator (rust, useSingleRequestParameter) from an older spec.
use atlas_admin::apis::cloud_backups_api::{self, GetServerlessBackupParams};
use atlas_admin::apis::configuration::Configuration;
use atlas_admin::apis::Error;
use atlas_admin::models::ServerlessBackupSnapshot;

pub async fn snapshot(
    cfg: &Configuration,
    group_id: String,
    cluster_name: String,
    snapshot_id: String,
) -> Result<ServerlessBackupSnapshot, Error<cloud_backups_api::GetServerlessBackupError>> {
    cloud_backups_api::get_serverless_backup(
        cfg,
        GetServerlessBackupParams {
            group_id,
            cluster_name,
            snapshot_id,
        },
    )
    .await
}

pub async fn buckets(cfg: &Configuration, group_id: String) {
    let _ = cloud_backups_api::list_export_buckets(cfg, group_id).await;
}

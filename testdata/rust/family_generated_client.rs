//! A client generated from the v1.49+ spec: every family operation moves to its Flex module.
use atlas_admin::apis::cloud_backups_api;
use atlas_admin::models;

async fn jobs(cfg: &Configuration, g: &str, n: &str) {
    let page: models::PaginatedApiAtlasServerlessBackupRestoreJobView = cloud_backups_api::list_serverless_restore_jobs(cfg, g, n, None, None, None).await.unwrap();
    let one = cloud_backups_api::get_serverless_restore_job(cfg, g, n, "r").await;
    let snaps = cloud_backups_api::list_serverless_backup_snapshots(cfg, g, n, None, None, None).await;
    let made = cloud_backups_api::create_serverless_restore_job(cfg, g, n, body).await;
}

//! A client generated from a spec with the short operationIds: the legacy call moves to the newer name.
use atlas_admin::apis::cloud_backups_api::get_serverless_backup;
use atlas_admin::apis::configuration::Configuration;
use atlas_admin::apis::flex_snapshots_api;

pub async fn snapshot(cfg: &Configuration, g: &str, c: &str, s: &str) {
    let _ = get_serverless_backup(cfg, g, c, s).await;
    let _ = flex_snapshots_api::list_flex_backup_snapshots(cfg, g, c).await;
}

pub async fn other(cfg: &Configuration, g: &str, c: &str, s: &str) {
    let _ = atlas_admin::apis::cloud_backups_api::get_serverless_backup_snapshot(cfg, g, c, s).await;
}

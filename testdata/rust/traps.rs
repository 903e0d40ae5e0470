//! Fetches /api/atlas/v2/groups/{groupId}/serverless/{clusterName}/backup/snapshots/{snapshotId}
//! (this module doc is not a call).
#![doc = "/api/atlas/v2/groups/{groupId}/serverless/{clusterName}/backup/snapshots/{snapshotId}"]

/// Old: `/api/atlas/v2/groups/{g}/serverless/{c}/backup/snapshots/{s}`.
#[doc = "/api/atlas/v2/groups/{g}/serverless/{c}/backup/snapshots/{s}"]
pub fn get_serverless_backup(serverless_backup_snapshot_id: &str) -> String {
    // let url = "/api/atlas/v2/groups/g/serverless/c/backup/snapshots/s";
    /* "/api/atlas/v2/groups/g/serverless/c/backup/snapshots/s" */
    format!("/api/atlas/v2/groups/g/clusters/c/backup/snapshots/{serverless_backup_snapshot_id}")
}

pub struct ServerlessBackupSnapshotCache {
    pub serverless_instance_name: String,
}

pub fn flex(g: &str) -> String {
    let serverless = "npx serverless deploy";
    let _ = get_serverless_backup("x");
    format!("/api/atlas/v2/groups/{g}/flexClusters/c/backup/snapshots/s {serverless}")
}

macro_rules! documented {
    () => {
        /// Docs inside a macro: /api/atlas/v2/groups/g/serverless/c/backup/snapshots/s
        fn inner() {}
    };
}
documented!();

//! Calls /api/atlas/v2/groups/{groupId}/serverless/{clusterName}/backup/snapshots/{snapshotId}.

const SNAPSHOT: &str = "/api/atlas/v2/groups/{}/serverless/{}/backup/snapshots/{}";

pub fn snapshot_url(base: &str, group: &str, name: &str, id: &str) -> String {
    // format!("{base}/api/atlas/v2/groups/{group}/serverless/{name}/backup/snapshots/{id}")
    format!("{base}/api/atlas/v2/groups/{group}/serverless/{name}/backup/snapshots/{id}")
}

pub fn raw() -> &'static str {
    r#"/api/atlas/v2/groups/{groupId}/serverless/{clusterName}/backup/snapshots/{snapshotId}"#
}

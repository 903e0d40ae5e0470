//! Restore jobs and instances with reqwest.

const API: &str = "https://cloud.mongodb.com/api/atlas/v2";

async fn restore_job(c: &reqwest::Client, g: &str, n: &str, id: &str) -> reqwest::Result<reqwest::Response> {
    c.get(format!("{API}/groups/{g}/serverless/{n}/backup/restoreJobs/{id}"))
        .header(reqwest::header::ACCEPT, "application/vnd.atlas.2023-01-01+json")
        .send()
        .await
}

async fn restore_jobs(c: &reqwest::Client, g: &str, n: &str) -> reqwest::Result<reqwest::Response> {
    c.get(format!("{API}/groups/{g}/serverless/{n}/backup/restoreJobs?pageNum=1"))
        .header(reqwest::header::ACCEPT, "application/vnd.atlas.2023-01-01+json")
        .send()
        .await
}

async fn drop_instance(c: &reqwest::Client, g: &str, n: &str) -> reqwest::Result<reqwest::Response> {
    c.delete(format!("{API}/groups/{g}/serverless/{n}"))
        .header(reqwest::header::ACCEPT, "application/vnd.atlas.2023-01-01+json")
        .send()
        .await
}

async fn instance(c: &reqwest::Client, g: &str, n: &str) -> reqwest::Result<reqwest::Response> {
    c.get(format!("{API}/groups/{g}/serverless/{n}"))
        .header(reqwest::header::ACCEPT, "application/vnd.atlas.2023-01-01+json")
        .send()
        .await
}

async fn restore(c: &reqwest::Client, g: &str, n: &str, s: &str, t: &str) -> reqwest::Result<reqwest::Response> {
    c.post(format!("{API}/groups/{g}/serverless/{n}/backup/restoreJobs"))
        .header(reqwest::header::CONTENT_TYPE, "application/vnd.atlas.2023-01-01+json")
        .json(&serde_json::json!({ "deliveryType": "automated", "snapshotId": s, "targetClusterName": t, "targetGroupId": g }))
        .send()
        .await
}

async fn restore_in_time(c: &reqwest::Client, g: &str, n: &str, ts: u64) -> reqwest::Result<reqwest::Response> {
    c.post(format!("{API}/groups/{g}/serverless/{n}/backup/restoreJobs"))
        .json(&serde_json::json!({ "deliveryType": "pointInTime", "pointInTimeUTCSeconds": ts, "targetClusterName": n, "targetGroupId": g }))
        .send()
        .await
}

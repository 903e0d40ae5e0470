//! One `Accept` constant for every request: changing it for the snapshot request changes the others.
use reqwest::header::ACCEPT;

const ATLAS_ACCEPT: &str = "application/vnd.atlas.2023-01-01+json";

pub async fn snapshot(c: &reqwest::Client, g: &str, n: &str, s: &str) -> reqwest::Result<reqwest::Response> {
    c.get(format!("https://cloud.mongodb.com/api/atlas/v2/groups/{g}/serverless/{n}/backup/snapshots/{s}"))
        .header(ACCEPT, ATLAS_ACCEPT)
        .send()
        .await
}

pub async fn clusters(c: &reqwest::Client, g: &str) -> reqwest::Result<reqwest::Response> {
    c.get(format!("https://cloud.mongodb.com/api/atlas/v2/groups/{g}/clusters"))
        .header(ACCEPT, ATLAS_ACCEPT)
        .send()
        .await
}

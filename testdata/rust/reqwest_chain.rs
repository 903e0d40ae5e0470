//! Snapshot client built on reqwest: every string form of the retired path.
use reqwest::header::{HeaderValue, ACCEPT};
use std::fmt::Write as _;

/// Sent with the snapshot request only.
const SNAPSHOT_ACCEPT: &str = "application/vnd.atlas.2023-01-01+json";
const SNAPSHOT_PATH: &str = "/api/atlas/v2/groups/{}/serverless/{}/backup/snapshots/{}";

pub struct Endpoint {
    pub path: &'static str,
    pub accept: &'static str,
}

pub static SNAPSHOT_ENDPOINT: Endpoint = Endpoint {
    path: r#"/api/atlas/v2/groups/{groupId}/serverless/{clusterName}/backup/snapshots/{snapshotId}"#,
    accept: "application/vnd.atlas.2023-01-01+json",
};

macro_rules! atlas_get {
    ($client:expr, $url:expr) => {
        $client.get($url)
    };
}

pub async fn chain(c: &reqwest::Client, base: &str, g: &str, n: &str, s: &str) -> reqwest::Result<String> {
    let resp = c
        .get(format!("{base}/api/atlas/v2/groups/{g}/serverless/{n}/backup/snapshots/{s}"))
        .header(ACCEPT, "application/vnd.atlas.2023-01-01+json")
        .send()
        .await?;
    resp.text().await
}

pub async fn header_by_name(c: &reqwest::Client, g: &str, n: &str, s: &str) -> reqwest::Result<reqwest::Response> {
    c.get(format!(concat!("https://cloud.mongodb.com", "/api/atlas/v2/groups/{}/serverless/{}/backup/snapshots/{}"), g, n, s))
        .header("Accept", HeaderValue::from_static("application/vnd.atlas.2023-01-01+json"))
        .send()
        .await
}

pub async fn via_binding(c: &reqwest::Client, base: &str, g: &str, n: &str, s: &str) -> reqwest::Result<reqwest::Response> {
    let url = format!("{base}{}", SNAPSHOT_PATH.replacen("{}", g, 1).replacen("{}", n, 1).replacen("{}", s, 1));
    c.get(&url).header(ACCEPT, SNAPSHOT_ACCEPT).send().await
}

pub async fn user_macro(c: &reqwest::Client) -> reqwest::Result<reqwest::Response> {
    atlas_get!(c, "https://cloud.mongodb.com/api/atlas/v2/groups/g1/serverless/c1/backup/snapshots/s1")
        .send()
        .await
}

pub fn logging(out: &mut String, g: &str) {
    println!("GET /api/atlas/v2/groups/{g}/serverless/c/backup/snapshots/s");
    let _ = write!(out, "/groups/{}/serverless/{}/backup/snapshots/{}", g, "c", "s");
    let _bytes: &[u8] = b"/api/atlas/v2/groups/g/serverless/c/backup/snapshots/s";
}

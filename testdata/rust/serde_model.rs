//! A hand-written model of the snapshot response.
use serde::Deserialize;

#[derive(Debug, Deserialize)]
pub struct Snap {
    pub id: String,
    #[serde(rename = "mongodVersion")]
    pub mongod_version: String,
    #[serde(rename = "createdAt")]
    pub created_at: String,
    pub status: String,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ServerlessSnapshotDetails {
    pub mongod_version: String,
    pub expires_at: Option<String>,
    pub frequency_type: String,
    pub snapshot_type: String,
    pub serverless_instance_name: String,
    pub storage_size_bytes: i64,
}

#[derive(Debug, Deserialize)]
pub struct Cluster {
    pub name: String,
    pub mongod_version: String,
}

pub async fn get(c: &reqwest::Client, g: &str, n: &str, s: &str) -> reqwest::Result<Snap> {
    c.get(format!("https://cloud.mongodb.com/api/atlas/v2/groups/{g}/serverless/{n}/backup/snapshots/{s}"))
        .header("Accept", "application/vnd.atlas.2023-01-01+json")
        .send()
        .await?
        .json::<Snap>()
        .await
}

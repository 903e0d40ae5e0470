const BASE = "https://cloud.mongodb.com/api/atlas/v2";

export async function getSnapshot(groupId: string, cluster: string, snapshotId: string) {
  // old: `${BASE}/groups/${groupId}/serverless/${cluster}/backup/snapshots/${snapshotId}`
  const res = await fetch(`${BASE}/groups/${groupId}/serverless/${cluster}/backup/snapshots/${snapshotId}`, {
    headers: { Accept: "application/vnd.atlas.2023-01-01+json" },
  });
  return res.json();
}

export const legacyPath = "/groups/" + groupId + "/serverless/" + cluster + "/backup/snapshots/" + snapshotId;

#!/bin/sh
atlas serverless backups snapshots describe --clusterName "$CLUSTER" --snapshotId "$SNAPSHOT_ID" --projectId "$PROJECT" -o json > snap.json
STATUS=$(jq -r '.status' snap.json)
jq -e 'select(.status == "completed") | .createdAt, .expiresAt' snap.json

atlas sl backup snapshot watch \
  --snapshotId "$SNAPSHOT_ID" \
  --clusterName "$CLUSTER"

atlas -P prod serverless backups snapshots describe --snapshotId=abc123 --clusterName reports
# atlas serverless backups snapshots describe --clusterName x --snapshotId y
atlas backups snapshots describe "$SNAPSHOT_ID" --clusterName "$CLUSTER"
echo "atlas serverless backups snapshots describe is gone"

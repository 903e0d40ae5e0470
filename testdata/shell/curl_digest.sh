#!/usr/bin/env bash
# Fetch one snapshot of a serverless instance.
set -euo pipefail

GROUP_ID="${ATLAS_GROUP_ID}"
SNAPSHOT_ID="$1"

curl --fail --silent --digest \
  --user "${ATLAS_PUBLIC_KEY}:${ATLAS_PRIVATE_KEY}" \
  --header "Accept: application/vnd.atlas.2023-01-01+json" \
  "https://cloud.mongodb.com/api/atlas/v2/groups/${GROUP_ID}/serverless/${CLUSTER_NAME}/backup/snapshots/${SNAPSHOT_ID}?pretty=true" \
  | jq .

# Dedicated clusters are not retired:
curl --digest --user "${ATLAS_PUBLIC_KEY}:${ATLAS_PRIVATE_KEY}" \
  -H 'Accept: application/vnd.atlas.2023-01-01+json' \
  "https://cloud.mongodb.com/api/atlas/v2/groups/${GROUP_ID}/clusters/${CLUSTER_NAME}/backup/snapshots/${SNAPSHOT_ID}"

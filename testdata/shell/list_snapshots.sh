#!/usr/bin/env bash
set -euo pipefail
curl -s --digest -u "$PUB:$PRIV" --header 'Accept: application/vnd.atlas.2023-01-01+json' \
  "$ATLAS/api/atlas/v2/groups/$GROUP_ID/serverless/$CLUSTER/backup/snapshots?includeCount=true&itemsPerPage=500" \
  | jq -r '.results[] | select(.status == "inProgress") | [.id, .mongodVersion, .snapshotType] | @tsv'

atlas sl backups snapshots list "$CLUSTER" --projectId "$GROUP_ID" -o json > list.json
jq '.results | map(.createdAt)' list.json
atlas api cloudBackups listServerlessBackupSnapshots --groupId "$GROUP_ID" --clusterName "$CLUSTER" --version 2023-01-01

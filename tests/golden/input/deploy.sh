#!/bin/sh
# Reads the last snapshot before a deploy.
curl --digest -u "$PUB:$PRIV" -H 'Accept: application/vnd.atlas.2023-01-01+json' \
  "https://cloud.mongodb.com/api/atlas/v2/groups/$GROUP_ID/serverless/$CLUSTER/backup/snapshots/$SNAPSHOT_ID" | jq -r .mongodVersion
atlas serverless backups snapshots list "$CLUSTER" # atlas-sunset: ignore[serverless-backup-snapshots-list] -- decommissioned with this script

#!/bin/sh
# Every restore-job operation of one serverless instance, as scripts wrote them.
set -eu

# List, with pagination: the query string is kept.
curl --digest -u "$PUB:$PRIV" -H 'Accept: application/vnd.atlas.2023-01-01+json' \
  "https://cloud.mongodb.com/api/atlas/v2/groups/$GROUP_ID/serverless/$CLUSTER/backup/restoreJobs?itemsPerPage=50&pageNum=2"

# One job.
curl --digest -u "$PUB:$PRIV" -H 'Accept: application/vnd.atlas.2023-01-01+json' \
  "https://cloud.mongodb.com/api/atlas/v2/groups/$GROUP_ID/serverless/$CLUSTER/backup/restoreJobs/$JOB_ID"

# Create: the body keys are renamed and deliveryType goes.
curl --digest -u "$PUB:$PRIV" -X POST \
  -H 'Accept: application/vnd.atlas.2023-01-01+json' -H 'Content-Type: application/vnd.atlas.2023-01-01+json' \
  -d '{"deliveryType": "automated", "snapshotId": "'"$SNAPSHOT_ID"'", "targetClusterName": "'"$TARGET"'", "targetGroupId": "'"$GROUP_ID"'"}' \
  "https://cloud.mongodb.com/api/atlas/v2/groups/$GROUP_ID/serverless/$CLUSTER/backup/restoreJobs"

# Create from a file: the body is not in sight.
curl --digest -u "$PUB:$PRIV" --request POST --data @restore.json \
  "https://cloud.mongodb.com/api/atlas/v2/groups/$GROUP_ID/serverless/$CLUSTER/backup/restoreJobs"

# A point-in-time restore has no Flex equivalent.
curl --digest -u "$PUB:$PRIV" -X POST \
  -d '{"deliveryType": "pointInTime", "pointInTimeUTCSeconds": 1700000000, "targetClusterName": "c2", "targetGroupId": "g"}' \
  "https://cloud.mongodb.com/api/atlas/v2/groups/$GROUP_ID/serverless/$CLUSTER/backup/restoreJobs"

atlas api cloudBackups listServerlessBackupRestoreJobs --groupId "$GROUP_ID" --clusterName "$CLUSTER" --pageNum 2
atlas api cloudBackups getServerlessRestoreJob --groupId "$GROUP_ID" --clusterName "$CLUSTER" --restoreJobId "$JOB_ID" --version 2023-01-01
atlas api cloudBackups createGroupServerlessBackupRestoreJob --groupId "$GROUP_ID" --clusterName "$CLUSTER" --file restore.json

atlas serverless backups restores list "$CLUSTER" -o json
atlas serverless backups restores describe --restoreJobId "$JOB_ID" --clusterName "$CLUSTER"
atlas sl backup restore watch --restoreJobId "$JOB_ID" --clusterName "$CLUSTER"
atlas serverless backups restores create --deliveryType automated --clusterName "$CLUSTER" \
  --snapshotId "$SNAPSHOT_ID" --targetClusterName "$TARGET" --targetProjectId "$GROUP_ID"
atlas serverless backups restores create --deliveryType pointInTime --clusterName "$CLUSTER" --pointInTimeUTCSeconds 1700000000

# Already on Flex.
atlas backups restores list "$CLUSTER"
curl "https://cloud.mongodb.com/api/atlas/v2/groups/$GROUP_ID/flexClusters/$CLUSTER/backup/restoreJobs/$JOB_ID"

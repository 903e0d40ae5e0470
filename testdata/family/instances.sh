#!/bin/sh
# Serverless instance operations: list and get warn until 2027-01-18, the others are retired.
set -eu
API="https://cloud.mongodb.com/api/atlas/v2"

curl -H 'Accept: application/vnd.atlas.2023-01-01+json' "$API/groups/$GROUP_ID/serverless?itemsPerPage=100"
curl -H 'Accept: application/vnd.atlas.2023-01-01+json' "$API/groups/$GROUP_ID/serverless/$NAME"
curl -X DELETE -H 'Accept: application/vnd.atlas.2023-01-01+json' "$API/groups/$GROUP_ID/serverless/$NAME"
curl -X PATCH -H 'Content-Type: application/vnd.atlas.2023-01-01+json' \
  -d '{"terminationProtectionEnabled": false}' "$API/groups/$GROUP_ID/serverless/$NAME"
curl -X PATCH -d '{"serverlessBackupOptions": {"serverlessContinuousBackupEnabled": true}}' \
  "$API/groups/$GROUP_ID/serverless/$NAME"
curl -X POST -H 'Content-Type: application/vnd.atlas.2023-01-01+json' \
  -d '{"name": "app", "providerSettings": {"backingProviderName": "AWS", "providerName": "SERVERLESS", "regionName": "US_EAST_1"}}' \
  "$API/groups/$GROUP_ID/serverless"

atlas api serverlessInstances listServerlessInstances --groupId "$GROUP_ID"
atlas api serverlessInstances deleteServerlessInstance --groupId "$GROUP_ID" --name "$NAME" --version 2023-01-01

atlas serverless list --projectId "$GROUP_ID"
atlas serverless describe "$NAME" -o json
atlas sl watch "$NAME"
atlas serverless create "$NAME" --provider AWS --region US_EAST_1
atlas serverless update "$NAME" --disableTerminationProtection
atlas serverless delete "$NAME" --force

# A sub-path lands on its own rule (snapshots); Flex is already migrated.
curl "$API/groups/$GROUP_ID/serverless/$NAME/backup/snapshots"
curl "$API/groups/$GROUP_ID/flexClusters/$NAME"

#!/bin/sh
# Every credential below is fake; none may appear in any report.
ATLAS_PRIVATE_KEY=4f0c1e2d-9a8b-4c7d-8e6f-5a4b3c2d1e0f curl --digest -u "qwertyui:4f0c1e2d-9a8b-4c7d-8e6f-5a4b3c2d1e0f" -H 'Accept: application/vnd.atlas.2023-01-01+json' "https://cloud.mongodb.com/api/atlas/v2/groups/$G/serverless/$C/backup/snapshots/$S"
curl -H "Authorization: Bearer eyJhbGciOiJSUzI1NiJ9.fakepayload.fakesignature" \
  "https://cloud.mongodb.com/api/atlas/v2/groups/$G/serverless/$C/backup/snapshots/$S"
curl --user abcdefgh:s3cr3t-P4ssw0rd-value "https://cloud.mongodb.com/api/atlas/v2/groups/$G/serverless/$C/backup/snapshots/$S"
curl "https://svc-user:hunter2-hunter2@cloud.mongodb.com/api/atlas/v2/groups/$G/serverless/$C/backup/snapshots/$S"
export MONGODB_ATLAS_PRIVATE_API_KEY=9e8d7c6b-5a4f-3e2d-1c0b-a9f8e7d6c5b4; atlas api cloudBackups getServerlessBackupSnapshot --groupId "$G" --clusterName "$C" --snapshotId "$S"

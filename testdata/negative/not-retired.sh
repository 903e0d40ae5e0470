#!/bin/sh
# Nothing here is a call to a retired serverless endpoint.
npx serverless deploy --stage prod
serverless invoke --function backup
curl "https://cloud.mongodb.com/api/atlas/v2/groups/$G/flexClusters/$N/backup/snapshots/$S"
curl "https://cloud.mongodb.com/api/atlas/v2/groups/$G/clusters/$C/backup/snapshots/$S"
curl "https://cloud.mongodb.com/api/atlas/v2/groups/$G/flexClusters/$N"
echo "our serverless backup snapshots are migrated"
# curl https://cloud.mongodb.com/api/atlas/v2/groups/$G/serverless/$N/backup/snapshots/$S

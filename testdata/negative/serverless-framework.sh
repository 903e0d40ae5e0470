#!/bin/sh
npx serverless deploy --stage prod
serverless backups snapshots describe --clusterName x --snapshotId y
sls deploy
serverless create --template aws-nodejs --path svc
echo "atlas serverless backups snapshots describe --clusterName x --snapshotId y"

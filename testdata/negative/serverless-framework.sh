#!/bin/sh
npx serverless deploy --stage prod
serverless backups snapshots describe --clusterName x --snapshotId y
sls deploy
atlas serverless list
echo "atlas serverless backups snapshots describe --clusterName x --snapshotId y"

#!/bin/sh
curl -H 'Accept: application/vnd.atlas.2023-01-01+json' https://cloud.mongodb.com/api/atlas/v2/groups/5f1a2b3c4d5e6f7a8b9c0d1e/serverless/reports-prod/backup/snapshots/65a1b2c3d4e5f6a7b8c9d0e1

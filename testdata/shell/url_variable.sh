#!/bin/sh
BASE=https://cloud.mongodb.com/api/atlas/v2
URL="$BASE/groups/$GROUP/serverless/$INSTANCE/backup/snapshots/$SNAP"
curl -s --digest -u "$PUB:$PRIV" -H "Accept: application/vnd.atlas.2023-01-01+json" "$URL"

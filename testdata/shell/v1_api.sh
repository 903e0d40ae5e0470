#!/bin/sh
curl --digest -u "$PUB:$PRIV" "https://cloud.mongodb.com/api/atlas/v1.0/groups/$G/serverless/$NAME/backup/snapshots/$SNAP"

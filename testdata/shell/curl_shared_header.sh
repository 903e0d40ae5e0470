#!/bin/sh
H="Accept: application/vnd.atlas.2023-01-01+json"
curl -H "$H" "$BASE/groups/$G/serverless/$C/backup/snapshots/$S"
curl -H "$H" "$BASE/groups/$G/clusters/$C/backup/snapshots/$S"

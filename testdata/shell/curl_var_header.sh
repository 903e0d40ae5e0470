#!/bin/bash
ACCEPT="Accept: application/vnd.atlas.2023-01-01+json"
export SNAP_URL="https://cloud.mongodb.com/api/atlas/v2/groups/${GROUP}/serverless/${NAME}/backup/snapshots/${SNAP}"

snapshot=$(curl -sf --digest --user "${PUBLIC_KEY}:${PRIVATE_KEY}" -H "$ACCEPT" "$SNAP_URL")
echo "$snapshot" | jq -r '.mongodVersion'
jq '.frequencyType' <<< "$snapshot"

curl -s $'-H' $'Accept: application/vnd.atlas.2023-01-01+json' \
  "https://cloud.mongodb.com/api/atlas/v2/groups/$G/serverless/$C/backup/snapshots/$S" -o out.json
jq '.serverlessInstanceName' out.json

cat <<EOF2 > request.txt
GET /api/atlas/v2/groups/$G/serverless/$C/backup/snapshots/$S
EOF2
echo "GET /api/atlas/v2/groups/$G/serverless/$C/backup/snapshots/$S is retired"

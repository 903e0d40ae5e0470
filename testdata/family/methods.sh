#!/bin/sh
# One path, several operations: the method of the command that sends the URL picks the rule.
URL="https://cloud.mongodb.com/api/atlas/v2/groups/$G/serverless/$C/backup/restoreJobs"
curl -X POST -d @body.json "$URL"
curl "https://cloud.mongodb.com/api/atlas/v2/groups/$G/serverless/$C/backup/restoreJobs" && curl -X DELETE "https://cloud.mongodb.com/api/atlas/v2/groups/$G/serverless/$NAME"

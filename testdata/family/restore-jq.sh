#!/bin/sh
# jq filters read the restore-job field map: renamed keys are fixed, removed flags need a person.
curl -s -H 'Accept: application/vnd.atlas.2023-01-01+json' "https://cloud.mongodb.com/api/atlas/v2/groups/$G/serverless/$C/backup/restoreJobs/$R" | jq -r '.targetClusterName, .failed'
atlas api cloudBackups listServerlessRestoreJobs --groupId "$G" --clusterName "$C" | jq -r '.results[].deliveryUrl'

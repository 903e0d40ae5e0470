# We used to call /api/atlas/v2/groups/{groupId}/serverless/{clusterName}/backup/snapshots/{snapshotId}
# before the Flex migration; see docs/flex.md.
URL = "https://cloud.mongodb.com/api/atlas/v2/groups/{g}/flexClusters/{n}/backup/snapshots/{s}"  # was /serverless/{n}/backup/snapshots/{s}

#!/usr/bin/env bash
set -euo pipefail

# CLI v1.38-v1.48 spelling, flags in any order, across continuation lines
atlas api cloudBackups getServerlessBackup \
  --snapshotId "$SNAPSHOT_ID" \
  --clusterName "$CLUSTER" \
  --groupId "$GROUP_ID" \
  --version 2023-01-01 \
  --output json --outputFile snapshot.json

# v1.49+ short name, --projectId alias and = forms
atlas api cloudBackups getServerlessBackupSnapshot --projectId="$GROUP_ID" --clusterName="$CLUSTER" --snapshotId="$SNAPSHOT_ID" -o json | jq -r '.mongodVersion, .storageSizeBytes'

# the long IPA alias, no version pinned
VERSION=$(atlas api cloudBackups getGroupServerlessBackupSnapshot --groupId "$G" --clusterName "$C" --snapshotId "$S" | jq -r .mongodVersion)
echo "$VERSION"

# already migrated, and a dedicated cluster command: not reported
atlas api flexSnapshots getFlexBackupSnapshot --groupId "$G" --name "$C" --snapshotId "$S" --version 2024-11-13
atlas api cloudBackups getBackupSnapshot --groupId "$G" --clusterName "$C" --snapshotId "$S"

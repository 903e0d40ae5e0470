import os

import requests
from requests.auth import HTTPDigestAuth

BASE = "https://cloud.mongodb.com"


def get_snapshot(group_id: str, name: str, snapshot_id: str) -> dict:
    # GET /api/atlas/v2/groups/{groupId}/serverless/{clusterName}/backup/snapshots/{snapshotId}
    resp = requests.get(
        f"{BASE}/api/atlas/v2/groups/{group_id}/serverless/{name}/backup/snapshots/{snapshot_id}",
        headers={"Accept": "application/vnd.atlas.2023-01-01+json"},
        auth=HTTPDigestAuth(os.environ["PUB"], os.environ["PRIV"]),
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()


def get_snapshot_percent(group_id, name, snapshot_id):
    url = "%s/api/atlas/v2/groups/%s/serverless/%s/backup/snapshots/%s" % (BASE, group_id, name, snapshot_id)
    return requests.get(url, headers={"Accept": "application/vnd.atlas.2023-01-01+json"})


def get_snapshot_format(group_id, name, snapshot_id):
    path = "/api/atlas/v2/groups/{}/serverless/{}/backup/snapshots/{}".format(group_id, name, snapshot_id)
    return BASE + path

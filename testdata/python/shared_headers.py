import requests

HEADERS = {"Accept": "application/vnd.atlas.2023-01-01+json"}


def get_snapshot(group_id, name, snapshot_id):
    url = f"https://cloud.mongodb.com/api/atlas/v2/groups/{group_id}/serverless/{name}/backup/snapshots/{snapshot_id}"
    return requests.get(url, headers=HEADERS)

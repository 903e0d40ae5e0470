import requests
r = requests.get("https://cloud.mongodb.com/api/atlas/v2/groups/g1/serverless/c1/backup/snapshots/s1", headers={"Accept": "application/vnd.atlas.2023-01-01+json"})

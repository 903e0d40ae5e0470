import requests
from requests.auth import HTTPDigestAuth

r = requests.get(
    "https://cloud.mongodb.com/api/atlas/v2/groups/g/serverless/c/backup/snapshots/s",
    auth=HTTPDigestAuth("qwertyui", "7b6a5f4e-3d2c-1b0a-9f8e-7d6c5b4a3f2e"),
    headers={"Authorization": "Bearer tok_live_51HxFakeTokenValue", "Accept": "application/vnd.atlas.2023-01-01+json"},
)

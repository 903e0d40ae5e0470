import requests

V1 = "https://cloud.mongodb.com/api/atlas/v1.0"


def snapshot(g, c, s):
    return requests.get(V1 + f"/groups/{g}/serverless/{c}/backup/snapshots/{s}")

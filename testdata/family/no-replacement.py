"""Serverless features Flex does not have: reported with guidance, never fixed."""
import requests

BASE = "https://cloud.mongodb.com/api/atlas/v2"


def auto_indexing(gid, name, auth):
    on = requests.get(f"{BASE}/groups/{gid}/serverless/{name}/performanceAdvisor/autoIndexing", auth=auth)
    requests.post(f"{BASE}/groups/{gid}/serverless/{name}/performanceAdvisor/autoIndexing?enable=false", auth=auth)
    return on


def private_endpoints(gid, name, endpoint_id, auth):
    url = f"{BASE}/groups/{gid}/privateEndpoint/serverless/instance/{name}/endpoint"
    requests.post(f"{BASE}/groups/{gid}/privateEndpoint/serverless/instance/{name}/endpoint", json={"comment": "app"}, auth=auth)
    requests.get(f"{BASE}/groups/{gid}/privateEndpoint/serverless/instance/{name}/endpoint/{endpoint_id}", auth=auth)
    requests.patch(f"{BASE}/groups/{gid}/privateEndpoint/serverless/instance/{name}/endpoint/{endpoint_id}", json={}, auth=auth)
    requests.delete(f"{BASE}/groups/{gid}/privateEndpoint/serverless/instance/{name}/endpoint/{endpoint_id}", auth=auth)
    return requests.get(url, auth=auth)

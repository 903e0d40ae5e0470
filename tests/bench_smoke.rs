//! The benchmark harness in its smallest mode (`bench/run.sh --quick`): it runs, checks what it
//! measures, and prints every ratio line. No timing is asserted. A missing tool fails the test
//! (`scripts/test` installs them); it is never skipped.

use std::path::Path;
use std::process::Command;

use atlas_sunset::rules::RuleSet;

#[test]
fn the_quick_harness_prints_every_ratio() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new("bash")
        .arg(repo.join("bench/run.sh"))
        .arg("--quick")
        .current_dir(repo)
        .env("ATLAS_SUNSET_BIN", env!("CARGO_BIN_EXE_atlas-sunset"))
        .env("BENCH_DIR", dir.path())
        .env("BENCH_NO_INSTALL", "1")
        .env("CARGO_TARGET_DIR", dir.path().join("target"))
        .output()
        .expect("run bench/run.sh");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "bench/run.sh --quick failed ({}):\n{stdout}\n{stderr}",
        out.status
    );
    for prefix in [
        "ratio full-scan scan-1 (atlas-sunset check / rg): ",
        "ratio full-scan scan-2 (atlas-sunset check / rg): ",
        "ratio full-scan-floor scan-1 (atlas-sunset check / rg with one literal): ",
        "ratio one-file (atlas-sunset check / rg): ",
        "ratio fix (atlas-sunset check --fix / read-and-rewrite, 500 call sites): ",
        "ratio fix-atomic-floor (atlas-sunset check --fix / read, write a temporary file, fsync, rename): ",
        "ratio fix-without-write (atlas-sunset check --diff / read-and-rewrite): ",
        "ratio scaling check (time scan-2 / scan-1): ",
        "ratio scaling rg (time scan-2 / scan-1): ",
        "peak-rss check scan-1 ",
        "peak-rss check scan-2 ",
        "ratio peak-rss (check scan-2 / scan-1): ",
        "one-line 3000 findings on one line: ",
        "peak-rss check one-line: ",
    ] {
        let line = stdout.lines().find(|l| l.starts_with(prefix));
        let Some(line) = line else {
            panic!("no line starting with {prefix:?} in:\n{stdout}");
        };
        let value = line.split_once(": ").map_or("", |(_, v)| v);
        let number = value.split_whitespace().next().unwrap_or("");
        assert!(
            number.trim_end_matches('x').parse::<f64>().is_ok(),
            "no number in {line:?}"
        );
    }
    assert!(stdout
        .contains("verify dense: --fix applied 500 fixes for 500 call sites; 0 findings remain"));
    let report = std::fs::read_to_string(dir.path().join("BENCHMARKS.md")).unwrap();
    assert!(report.contains("ratio full-scan scan-1"));
    assert!(report.contains("## Generated corpus"));
}

/// `rg` in the harness searches for exactly the prefilter's literals.
#[test]
fn the_rg_patterns_are_the_prefilter_literals() {
    let rules = RuleSet::builtin().unwrap();
    let mut want: Vec<String> = rules.rules.iter().flat_map(|r| r.triggers()).collect();
    want.push("atlas-sunset:".to_string());
    want.sort();
    want.dedup();
    let text =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("bench/patterns.txt"))
            .unwrap();
    let have: Vec<String> = text.lines().map(str::to_string).collect();
    assert_eq!(have, want, "regenerate bench/patterns.txt from the rules");
}

/// The corpus generator is deterministic: two builds with the same seed are byte-identical.
#[test]
fn the_corpus_is_deterministic() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = tempfile::tempdir().unwrap();
    let script = "import sys, corpus\n\
                  for i in (0, 1):\n\
                  \x20   t = corpus.generate(sys.argv[1] + '/' + str(i), 7, 40, 2000)\n\
                  \x20   print(t.files, t.bytes, t.sites)\n";
    let out = Command::new("python3")
        .args(["-c", script])
        .arg(dir.path())
        .current_dir(repo.join("bench"))
        .output()
        .expect("run python3");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0], lines[1]);
    assert!(lines[0].starts_with("40 "));
    for entry in walk(&dir.path().join("0")) {
        let rel = entry.strip_prefix(dir.path().join("0")).unwrap();
        let other = dir.path().join("1").join(rel);
        assert_eq!(
            std::fs::read(&entry).unwrap(),
            std::fs::read(&other).unwrap(),
            "{}",
            rel.display()
        );
    }
}

fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else {
            out.push(p);
        }
    }
    out
}

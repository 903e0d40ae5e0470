//! Bulk migrations through the real binary: statistics, grouping by CODEOWNERS owner or folder,
//! split patches that apply with `git apply`, the interactive review driven in a tmux pseudo-terminal,
//! the progress line, and the migration report rendered by headless Chromium.
//!
//! tmux, git and chromium must be installed (`scripts/test` installs them): a missing tool fails
//! these tests, never skips them.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant};

mod support;
use support::git::git;
use support::{artefacts, atlas, chromium, stderr, stdout, tree, write_tree};

const TODAY: &str = "2026-11-28";

/// A safe fix: URL and header in the same command.
const SAFE: &str = "curl -u key:s3cretvalue -H 'Accept: application/vnd.atlas.2023-01-01+json' \\\n  \"https://cloud.mongodb.com/api/atlas/v2/groups/$G/serverless/$C/backup/snapshots/$S\"\n";
/// An unsafe fix: the header variable is shared with another request.
const UNSAFE: &str = "#!/bin/sh\nH=\"Accept: application/vnd.atlas.2023-01-01+json\"\ncurl -H \"$H\" \"$BASE/groups/$G/serverless/$C/backup/snapshots/$S\"\ncurl -H \"$H\" \"$BASE/groups/$G/clusters/$C/backup/snapshots/$S\"\n";
/// A safe fix for the URL and a field with no replacement: a person is needed.
const MANUAL: &str = "#!/bin/sh\ncurl -s \"https://cloud.mongodb.com/api/atlas/v2/groups/$G/serverless/$C/backup/snapshots/$S\" | jq -r .storageSizeBytes\n";

const CODEOWNERS: &str = "\
# Owners of the monorepo; the last matching line wins.
*                 @org/platform
*.sh              @org/shell
/ops/             @org/ops
docs/*            @org/docs
**/legacy         @org/legacy
/vendor/
";

fn bin() -> &'static str {
    env!("CARGO_BIN_EXE_atlas-sunset")
}

/// A monorepo with owners: every kind of fix, and paths for each CODEOWNERS edge case.
fn monorepo() -> tempfile::TempDir {
    let dir = tree(&[
        (".github/CODEOWNERS", CODEOWNERS),
        ("ops/deploy.sh", SAFE),        // /ops/ comes after *.sh: @org/ops
        ("ops/deep/shared.sh", UNSAFE), // anything under /ops/: @org/ops
        ("tools/backup.sh", MANUAL),    // *.sh: @org/shell
        ("docs/guide.md", SAFE_MD),     // docs/*: @org/docs
        ("docs/deep/more.md", SAFE_MD), // docs/* is not recursive: @org/platform
        ("lib/legacy/old.py", SAFE_PY), // **/legacy: @org/legacy
        ("vendor/thirdparty.sh", SAFE), // /vendor/ has no owners: unowned
        ("api.py", SAFE_PY),            // *: @org/platform
    ]);
    std::fs::create_dir(dir.path().join(".git")).unwrap();
    dir
}

const SAFE_MD: &str = "# Backups\n\n```sh\ncurl -H 'Accept: application/vnd.atlas.2023-01-01+json' \\\n  \"https://cloud.mongodb.com/api/atlas/v2/groups/$G/serverless/$C/backup/snapshots/$S\"\n```\n";
const SAFE_PY: &str = "import requests\n\nr = requests.get(f\"https://cloud.mongodb.com/api/atlas/v2/groups/{g}/serverless/{c}/backup/snapshots/{s}\",\n                 headers={\"Accept\": \"application/vnd.atlas.2023-01-01+json\"})\n";

fn json(dir: &Path, args: &[&str]) -> serde_json::Value {
    let mut all = vec!["check", "--today", TODAY, "--format", "json"];
    all.extend_from_slice(args);
    let o = atlas(dir, &all);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("{e}: {}", stdout(&o)))
}

fn row<'a>(rows: &'a serde_json::Value, key: &str) -> &'a serde_json::Value {
    rows.as_array()
        .unwrap()
        .iter()
        .find(|r| r["key"] == key)
        .unwrap_or_else(|| panic!("no row {key} in {rows}"))
}

fn counts(r: &serde_json::Value) -> [u64; 4] {
    ["findings", "safe", "unsafe", "manual"].map(|k| r[k].as_u64().unwrap())
}

#[test]
fn statistics_table_counts_per_rule_language_folder_and_owner_by_what_fixes_them() {
    let dir = monorepo();
    let o = atlas(dir.path(), &["check", "--today", TODAY, "--statistics"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let out = stdout(&o);
    // The table replaces the code frames; the summary stays.
    assert!(!out.contains("┌─"), "{out}");
    let line = |label: &str| {
        out.lines()
            .find(|l| l.trim_start().starts_with(label))
            .unwrap_or_else(|| panic!("no line {label} in\n{out}"))
            .split_whitespace()
            .skip(label.split_whitespace().count())
            .map(|n| n.parse::<u64>().unwrap())
            .collect::<Vec<_>>()
    };
    // findings, --fix, --unsafe-fixes, a person
    assert_eq!(line("total"), [9, 7, 1, 1], "{out}");
    assert_eq!(line("serverless-backup-snapshot-get"), [9, 7, 1, 1]);
    assert_eq!(line("shell"), [7, 5, 1, 1], "{out}");
    assert_eq!(line("python"), [2, 2, 0, 0], "{out}");
    assert_eq!(line("ops/"), [2, 1, 1, 0], "{out}");
    assert_eq!(line("@org/ops"), [2, 1, 1, 0], "{out}");
    assert_eq!(line("@org/shell"), [2, 1, 0, 1], "{out}");
    assert_eq!(line("(unowned)"), [1, 1, 0, 0], "{out}");
    assert!(out.contains("Found 9 findings"), "{out}");
}

#[test]
fn json_statistics_object_extends_the_documented_keys() {
    let dir = monorepo();
    let plain = json(dir.path(), &[]);
    assert!(plain.get("statistics").is_none());
    assert!(plain["findings"][0].get("group").is_none());

    let doc = json(dir.path(), &["--statistics"]);
    for key in ["version", "findings", "summary"] {
        assert_eq!(doc[key], plain[key], "{key} changed");
    }
    let s = &doc["statistics"];
    assert_eq!(counts(&s["total"]), [9, 7, 1, 1]);
    assert_eq!(
        counts(row(&s["by_rule"], "serverless-backup-snapshot-get")),
        [9, 7, 1, 1]
    );
    assert_eq!(counts(row(&s["by_language"], "shell")), [7, 5, 1, 1]);
    assert_eq!(counts(row(&s["by_folder"], "docs/")), [2, 2, 0, 0]);
    assert_eq!(counts(row(&s["by_folder"], "(root)")), [1, 1, 0, 0]);
    assert_eq!(counts(row(&s["by_owner"], "@org/legacy")), [1, 1, 0, 0]);
    // Most findings first.
    let owners: Vec<u64> = s["by_owner"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["findings"].as_u64().unwrap())
        .collect();
    assert!(owners.windows(2).all(|w| w[0] >= w[1]), "{owners:?}");
}

#[test]
fn group_by_owner_follows_codeowners_edge_cases() {
    let dir = monorepo();
    let doc = json(dir.path(), &["--group-by", "owner"]);
    let group_of = |path: &str| -> String {
        doc["findings"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["path"] == path)
            .unwrap_or_else(|| panic!("no finding in {path}"))["group"]
            .as_str()
            .unwrap()
            .to_string()
    };
    assert_eq!(
        group_of("ops/deploy.sh"),
        "@org/ops",
        "last match wins over *.sh"
    );
    assert_eq!(
        group_of("ops/deep/shared.sh"),
        "@org/ops",
        "a directory owns its subfolders"
    );
    assert_eq!(group_of("tools/backup.sh"), "@org/shell");
    assert_eq!(group_of("docs/guide.md"), "@org/docs");
    assert_eq!(
        group_of("docs/deep/more.md"),
        "@org/platform",
        "docs/* is not recursive"
    );
    assert_eq!(
        group_of("lib/legacy/old.py"),
        "@org/legacy",
        "** matches any depth"
    );
    assert_eq!(
        group_of("vendor/thirdparty.sh"),
        "(unowned)",
        "an entry without owners"
    );
    assert_eq!(group_of("api.py"), "@org/platform");

    // Concise output: one heading per owner, each owner's findings under it.
    let o = atlas(
        dir.path(),
        &[
            "check",
            "--today",
            TODAY,
            "--format",
            "concise",
            "--group-by",
            "owner",
        ],
    );
    let out = stdout(&o);
    let ops = out.find("== owner @org/ops: 2 findings ==").expect(&out);
    let deploy = out.find("ops/deploy.sh:").unwrap();
    let shell = out.find("== owner @org/shell: 2 findings ==").expect(&out);
    assert!(ops < deploy && (deploy < shell || shell < ops), "{out}");
    assert!(out.contains("== owner (unowned): 1 finding =="), "{out}");

    let o = atlas(
        dir.path(),
        &[
            "check",
            "--today",
            TODAY,
            "--format",
            "concise",
            "--group-by",
            "folder",
        ],
    );
    assert!(
        stdout(&o).contains("== folder docs/: 2 findings =="),
        "{}",
        stdout(&o)
    );
}

#[test]
fn group_by_owner_without_a_codeowners_file_is_a_usage_error() {
    let dir = tree(&[("a.sh", SAFE)]);
    std::fs::create_dir(dir.path().join(".git")).unwrap();
    let o = atlas(dir.path(), &["check", "--group-by", "owner"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("no CODEOWNERS file"), "{}", stderr(&o));
}

#[test]
fn split_by_needs_diff_and_an_out_folder() {
    let dir = monorepo();
    for args in [
        &["check", "--split-by", "owner", "--out", "p"][..],
        &["check", "--diff", "--split-by", "owner"][..],
        &["check", "--diff", "--out", "p"][..],
    ] {
        let o = atlas(dir.path(), args);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
    }
    assert!(!dir.path().join("p").exists());
}

fn copy_tree(from: &Path, to: &Path) {
    for entry in walk(from) {
        let rel = entry.strip_prefix(from).unwrap();
        let dest = to.join(rel);
        std::fs::create_dir_all(dest.parent().unwrap()).unwrap();
        std::fs::copy(&entry, dest).unwrap();
    }
}

fn walk(dir: &Path) -> Vec<PathBuf> {
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

#[test]
fn split_patches_per_owner_and_folder_each_apply_cleanly_on_a_fresh_copy() {
    let dir = monorepo();
    let fixed = tempfile::tempdir().unwrap();
    copy_tree(dir.path(), fixed.path());
    let o = atlas(fixed.path(), &["check", "--today", TODAY, "--fix"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));

    for (by, expected) in [
        (
            "owner",
            &[
                "org-docs.patch",
                "org-legacy.patch",
                "org-ops.patch",
                "org-platform.patch",
                "org-shell.patch",
                "unowned.patch",
            ][..],
        ),
        (
            "folder",
            &[
                "docs.patch",
                "lib.patch",
                "ops.patch",
                "root.patch",
                "tools.patch",
                "vendor.patch",
            ][..],
        ),
    ] {
        let out_dir = tempfile::tempdir().unwrap();
        let out_str = out_dir.path().to_str().unwrap();
        let o = atlas(
            dir.path(),
            &[
                "check",
                "--today",
                TODAY,
                "--diff",
                "--split-by",
                by,
                "--out",
                out_str,
            ],
        );
        assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
        assert!(
            stdout(&o).is_empty(),
            "the patches go to files: {}",
            stdout(&o)
        );
        let mut names: Vec<String> = std::fs::read_dir(out_dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        assert_eq!(names, expected, "{}", stderr(&o));

        // Each patch applies alone on a fresh copy; all of them together give the --fix result.
        let all = tempfile::tempdir().unwrap();
        copy_tree(dir.path(), all.path());
        for name in &names {
            let patch = out_dir.path().join(name);
            let fresh = tempfile::tempdir().unwrap();
            copy_tree(dir.path(), fresh.path());
            git(fresh.path(), &["apply", "--check", patch.to_str().unwrap()]);
            git(all.path(), &["apply", patch.to_str().unwrap()]);
        }
        for file in walk(fixed.path()) {
            let rel = file.strip_prefix(fixed.path()).unwrap();
            assert_eq!(
                std::fs::read_to_string(all.path().join(rel)).unwrap(),
                std::fs::read_to_string(&file).unwrap(),
                "{by}: {}",
                rel.display()
            );
        }
    }
    // The owner patch holds only that owner's files.
    let out_dir = tempfile::tempdir().unwrap();
    atlas(
        dir.path(),
        &[
            "check",
            "--today",
            TODAY,
            "--diff",
            "--split-by",
            "owner",
            "--out",
            out_dir.path().to_str().unwrap(),
        ],
    );
    let ops = std::fs::read_to_string(out_dir.path().join("org-ops.patch")).unwrap();
    assert!(
        ops.contains("diff --git a/ops/deploy.sh b/ops/deploy.sh"),
        "{ops}"
    );
    assert!(!ops.contains("tools/"), "{ops}");
}

/// A tmux server of its own (a socket per session), removed when dropped.
struct Tmux {
    socket: String,
}

impl Tmux {
    fn start(dir: &Path, command: &str) -> Tmux {
        static SERVERS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let n = SERVERS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let socket = format!("atlas-sunset-test-{}-{n}", std::process::id());
        let t = Tmux { socket };
        let o = t.run(&[
            "new-session",
            "-d",
            "-x",
            "200",
            "-y",
            "60",
            "-s",
            "t",
            "-c",
            dir.to_str().unwrap(),
            command,
        ]);
        assert!(o.status.success(), "tmux new-session: {}", stderr(&o));
        t
    }

    fn run(&self, args: &[&str]) -> Output {
        Command::new("tmux")
            .args(["-L", &self.socket, "-f", "/dev/null"])
            .args(args)
            .output()
            .expect("tmux must be installed (apt-get install tmux)")
    }

    fn screen(&self) -> String {
        stdout(&self.run(&["capture-pane", "-p", "-J", "-S", "-", "-t", "t"]))
    }

    fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", "t"];
        args.extend_from_slice(keys);
        assert!(self.run(&args).status.success());
    }

    /// Waits until the screen shows `text` `times` times; panics with the screen after 30 s.
    fn wait_for(&self, text: &str, times: usize) -> String {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if screen.matches(text).count() >= times {
                return screen;
            }
            assert!(
                start.elapsed() < Duration::from_secs(30),
                "waited for {text:?} x{times}; the screen:\n{screen}"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = self.run(&["kill-server"]);
    }
}

fn two_requests(a: &str, b: &str) -> String {
    format!(
        "#!/bin/sh\ncurl -H 'Accept: application/vnd.atlas.2023-01-01+json' \"https://cloud.mongodb.com/api/atlas/v2/groups/{a}/serverless/c/backup/snapshots/s\"\n\ncurl -H 'Accept: application/vnd.atlas.2023-01-01+json' \"https://cloud.mongodb.com/api/atlas/v2/groups/{b}/serverless/c/backup/snapshots/s\"\n"
    )
}

#[test]
fn interactive_review_in_a_terminal_writes_only_the_accepted_fixes() {
    let dir = tree(&[
        ("a.sh", &two_requests("first", "second")),
        ("b.sh", &two_requests("third", "fourth")),
        ("c.sh", SAFE),
    ]);
    let cmd = format!(
        "{} check --interactive --today {TODAY}; echo EXIT=$?; sleep 60",
        bin()
    );
    let tmux = Tmux::start(dir.path(), &cmd);
    let prompt = "[y,n,a,q,?]?";

    let screen = tmux.wait_for("Apply this fix to a.sh", 1);
    // The code frame and the diff of this one fix.
    assert!(screen.contains("── fix 1 of 5 ──"), "{screen}");
    assert!(screen.contains("┌─ a.sh:2:"), "{screen}");
    assert!(screen.contains("+curl -H 'Accept: application/vnd.atlas.2024-11-13+json' \"https://cloud.mongodb.com/api/atlas/v2/groups/first/flexClusters/"), "{screen}");
    tmux.keys(&["y", "Enter"]);
    tmux.wait_for(prompt, 2);
    tmux.keys(&["n", "Enter"]);
    tmux.wait_for("Apply this fix to b.sh", 1);
    // `a`: this fix and the rest of the file.
    tmux.keys(&["a", "Enter"]);
    let screen = tmux.wait_for("Apply this fix to c.sh", 1);
    assert!(
        !screen.contains("s3cretvalue"),
        "credentials are masked:\n{screen}"
    );
    tmux.keys(&["q", "Enter"]);
    let screen = tmux.wait_for("EXIT=", 1);
    assert!(screen.contains("Fixed 3 findings in 2 files."), "{screen}");
    assert!(screen.contains("EXIT=1"), "findings remain: {screen}");

    let a = std::fs::read_to_string(dir.path().join("a.sh")).unwrap();
    assert!(a.contains("groups/first/flexClusters/"), "{a}");
    assert!(a.contains("groups/second/serverless/"), "{a}");
    assert_eq!(a.matches("2024-11-13").count(), 1, "{a}");
    let b = std::fs::read_to_string(dir.path().join("b.sh")).unwrap();
    assert_eq!(
        b,
        two_requests("third", "fourth")
            .replace("serverless", "flexClusters")
            .replace("2023-01-01", "2024-11-13")
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join("c.sh")).unwrap(),
        SAFE
    );
    // Written atomically: no temporary file left behind.
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names.len(), 3, "{names:?}");
}

#[test]
fn progress_line_is_drawn_on_a_terminal_and_never_in_pipes_ci_or_quiet_runs() {
    let files: Vec<(String, &str)> = (0..300)
        .map(|i| (format!("d{}/f{i}.sh", i % 7), SAFE))
        .collect();
    let refs: Vec<(&str, &str)> = files.iter().map(|(n, t)| (n.as_str(), *t)).collect();
    let dir = tree(&refs);
    let log = dir.path().join("terminal.log");
    // Everything written to the terminal is recorded (pipe-pane), including lines later cleared;
    // the command waits for the recording to start.
    let run_in_terminal = |env: &str, flags: &str| -> String {
        let _ = std::fs::remove_file(&log);
        let cmd = format!(
            "while [ ! -e {log} ]; do sleep 0.05; done; env -u CI {env} {bin} check --today {TODAY} {flags} d0 d1 d2 d3 d4 d5 d6 > /dev/null; echo DONE; sleep 60",
            log = log.display(),
            bin = bin()
        );
        let tmux = Tmux::start(dir.path(), &cmd);
        let o = tmux.run(&["pipe-pane", "-t", "t", &format!("cat >> {}", log.display())]);
        assert!(o.status.success());
        std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&log)
            .unwrap();
        tmux.wait_for("DONE", 1);
        std::thread::sleep(Duration::from_millis(300));
        drop(tmux);
        std::fs::read_to_string(&log).unwrap_or_default()
    };
    let shown = run_in_terminal("", "--format concise");
    assert!(shown.contains("files checked,"), "{shown:?}");
    assert!(shown.contains("so far, 0:0"), "{shown:?}");
    // The last drawing is cleared.
    assert!(shown.contains("\r\x1b[2K"), "{shown:?}");

    // The negatives: the recording must hold the run's end (`DONE`, echoed after it), so an empty
    // or failed recording cannot pass for "no progress line".
    for (env, flags) in [
        ("", "--format concise --quiet"),
        ("CI=true", "--format concise"),
        ("", "--format json"),
    ] {
        let recorded = run_in_terminal(env, flags);
        assert!(
            recorded.contains("DONE"),
            "{env} {flags}: nothing recorded: {recorded:?}"
        );
        assert!(
            !recorded.contains("files checked"),
            "{env} {flags}: {recorded:?}"
        );
    }

    let o = atlas(dir.path(), &["check", "--today", TODAY]);
    assert!(!stderr(&o).contains("files checked"), "never in pipes");
    assert_eq!(o.status.code(), Some(1));
}

/// A repository whose source holds markup and a credential next to a finding.
fn hostile_monorepo() -> tempfile::TempDir {
    let dir = monorepo();
    write_tree(
        dir.path(),
        &[(
            "ops/<b>markup</b>.sh",
            "# </pre><script>alert(1)</script>\ncurl -u key:s3cretvalue -H 'Accept: application/vnd.atlas.2023-01-01+json' \\\n  \"https://cloud.mongodb.com/api/atlas/v2/groups/$G/serverless/$C/backup/snapshots/$S\"\n",
        )],
    );
    dir
}

#[test]
fn html_report_is_self_contained_escaped_masked_and_renders_in_headless_chromium() {
    let dir = hostile_monorepo();
    let o = atlas(
        dir.path(),
        &[
            "report",
            "--today",
            TODAY,
            "--format",
            "html",
            "-o",
            "report.html",
            ".",
        ],
    );
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(stdout(&o).is_empty(), "the report goes to the file");
    let html = std::fs::read_to_string(dir.path().join("report.html")).unwrap();

    // Self-contained: nothing to fetch, no script.
    for banned in ["<script", "<link", " src=", " href=", "url(", "@import"] {
        assert!(!html.contains(banned), "{banned} in the report");
    }
    assert!(html.contains("&lt;/pre&gt;&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(html.contains("ops/&lt;b&gt;markup&lt;/b&gt;.sh"));
    assert!(!html.contains("s3cretvalue"), "credentials are masked");
    assert!(html.contains("retired 310 days ago (2026-01-22)"));
    assert!(html.contains("<svg id=\"chart-rule\""));
    assert!(html.contains("<svg id=\"chart-group\""));
    assert!(html.contains("@org/ops"));
    // The person's list says why.
    assert!(html.contains("storageSizeBytes"), "manual finding listed");
    assert!(
        html.contains("review the unsafe fix"),
        "unsafe fix listed for review"
    );

    let page = dir.path().join("report.html");
    let url = format!("file://{}", page.display());
    let dom = chromium(&["--dump-dom", &url]);
    let dom_text = stdout(&dom);
    let log = stderr(&dom);
    assert!(dom.status.success(), "{log}");
    assert!(
        dom_text.contains("<b id=\"total-findings\">10</b>"),
        "the page renders its totals: {dom_text}"
    );
    assert!(dom_text.contains("Findings per owner"));
    assert!(
        !dom_text.contains("<script"),
        "the markup in the source stayed text"
    );
    for bad in [
        ":CONSOLE",
        "CONSOLE(",
        "Uncaught",
        "ERR_FILE_NOT_FOUND",
        "net::ERR",
    ] {
        assert!(!log.contains(bad), "console error {bad}: {log}");
    }

    let shot = artefacts().join("report.png");
    let _ = std::fs::remove_file(&shot);
    let o = chromium(&[
        &format!("--screenshot={}", shot.display()),
        "--window-size=1200,2000",
        &url,
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let png = std::fs::read(&shot).expect("the screenshot is written");
    assert!(
        png.starts_with(b"\x89PNG") && png.len() > 10_000,
        "{} bytes",
        png.len()
    );
    std::fs::copy(&page, artefacts().join("report.html")).unwrap();
}

#[test]
fn markdown_report_has_totals_tables_diffs_and_the_list_for_a_person() {
    let dir = hostile_monorepo();
    let o = atlas(
        dir.path(),
        &["report", "--today", TODAY, "-o", "report.md", "."],
    );
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let md = std::fs::read_to_string(dir.path().join("report.md")).unwrap();
    assert!(
        md.starts_with("# Retired Atlas endpoints: migration report\n"),
        "{md}"
    );
    assert!(md.contains("**10 findings** in"), "{md}");
    assert!(md.contains("retired 310 days ago (2026-01-22)"), "{md}");
    assert!(
        md.contains("| owner | findings | `--fix` | `--unsafe-fixes` | a person |"),
        "{md}"
    );
    assert!(md.contains("| @org/ops | 3 | 2 | 1 | 0 |"), "{md}");
    assert!(
        md.contains("- [ ] `tools/backup.sh:2` (@org/shell): "),
        "{md}"
    );
    assert!(
        md.contains("```diff\ndiff --git a/ops/deploy.sh b/ops/deploy.sh\n"),
        "{md}"
    );
    assert!(!md.contains("s3cretvalue"), "credentials are masked");
    // Source text sits in code fences only, where Markdown shows it as text.
    let inside_fences = md.lines().filter(|l| l.contains('<')).all(|l| {
        l.ends_with("# </pre><script>alert(1)</script>")
            || l.starts_with("### ")
            || ["diff --git ", "--- a/", "+++ b/"]
                .iter()
                .any(|p| l.starts_with(p))
    });
    assert!(inside_fences, "{md}");
    assert!(md.contains("`ops/<b>markup</b>.sh:3:43`"), "{md}");

    // --group-by folder switches the grouping; stdout without -o.
    let o = atlas(
        dir.path(),
        &[
            "report",
            "--today",
            TODAY,
            "--format",
            "markdown",
            "--group-by",
            "folder",
            ".",
        ],
    );
    assert!(
        stdout(&o).contains("| ops/ | 3 | 2 | 1 | 0 |"),
        "{}",
        stdout(&o)
    );
    let o = atlas(dir.path(), &["report", "--format", "json"]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn report_of_a_clean_repository_says_so_and_exits_0() {
    let dir = tree(&[("ok.sh", "echo fine\n")]);
    let o = atlas(dir.path(), &["report", "--today", TODAY, "-o", "r.html"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let html = std::fs::read_to_string(dir.path().join("r.html")).unwrap();
    assert!(html.contains("<b id=\"total-findings\">0</b>"), "{html}");
    assert!(html.contains("No retired Atlas endpoints found."), "{html}");
    // The deadline is shown even when nothing is left to migrate.
    assert!(html.contains("retired 310 days ago (2026-01-22)"), "{html}");
}

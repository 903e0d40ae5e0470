//! What CI and editors rely on: every output format against golden files, SARIF validated by
//! Microsoft's SARIF Multitool, GitHub annotation syntax, suppressions, the config file, baselines
//! that survive moved lines, `--changed-since`, standard input, completions and the man page.
//!
//! `UPDATE_EXPECT=1 cargo test --test ci_native` rewrites the golden files; review the diff.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

mod support;
use support::sarif_problems;

const TODAY: &str = "2026-11-28";
const RETIRED: &str = "curl -H 'Accept: application/vnd.atlas.2023-01-01+json' \"https://cloud.mongodb.com/api/atlas/v2/groups/$G/serverless/$C/backup/snapshots/$S\"\n";

fn atlas_in(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_atlas-sunset"))
        .args(args)
        .current_dir(dir)
        .env_remove("NO_COLOR")
        .output()
        .expect("run atlas-sunset")
}

fn out(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn err(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn golden_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden")
}

fn tree(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in files {
        let p = dir.path().join(name);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    }
    dir
}

#[test]
fn every_format_matches_its_golden_file() {
    // A copy outside any git work tree, in a folder named `input`: the JSON report's repository
    // record (name, remote, commit) is then the same on every checkout and commit.
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("input");
    let cp = Command::new("cp")
        .arg("-R")
        .arg(golden_dir().join("input"))
        .arg(&input)
        .status()
        .expect("cp");
    assert!(cp.success());
    let mut failures = Vec::new();
    for format in [
        "human", "concise", "json", "sarif", "github", "gitlab", "junit",
    ] {
        let o = atlas_in(
            &input,
            &[
                "check",
                "--format",
                format,
                "--today",
                TODAY,
                "--color",
                "never",
                "--threads",
                "1",
                ".",
            ],
        );
        assert_eq!(o.status.code(), Some(1), "{format}: {}", err(&o));
        let path = golden_dir().join(format!("{format}.out"));
        let actual = out(&o);
        if std::env::var_os("UPDATE_EXPECT").is_some() {
            std::fs::write(&path, &actual).unwrap();
            continue;
        }
        let expected = std::fs::read_to_string(&path).unwrap_or_default();
        if expected != actual {
            failures.push(format!(
                "{format}:\n--- expected\n{expected}\n--- actual\n{actual}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn sarif_output_passes_the_sarif_multitool_with_github_rules() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let o = atlas_in(
        root,
        &[
            "check",
            "--format",
            "sarif",
            "--today",
            TODAY,
            "testdata",
            "tests/golden/input",
        ],
    );
    assert_eq!(o.status.code(), Some(1), "{}", err(&o));
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("out.sarif");
    std::fs::write(&file, &o.stdout).unwrap();
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert!(v["runs"][0]["results"].as_array().unwrap().len() > 30);
    assert!(
        v["runs"][0]["results"][0]["fixes"][0]["artifactChanges"][0]["replacements"][0]
            ["insertedContent"]["text"]
            .is_string()
    );
    let problems = sarif_problems(&file);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    // The validator does catch a broken file (so the check above can fail).
    let mut broken = v.clone();
    broken["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"] =
        serde_json::json!(0);
    std::fs::write(&file, serde_json::to_vec(&broken).unwrap()).unwrap();
    assert!(!sarif_problems(&file).is_empty());
}

#[test]
fn sarif_fingerprints_survive_unrelated_line_moves() {
    let a = tree(&[("a.sh", RETIRED)]);
    let b = tree(&[("a.sh", &format!("#!/bin/sh\n\necho start\n{RETIRED}"))]);
    let print = |d: &Path| {
        let v: serde_json::Value = serde_json::from_slice(
            &atlas_in(d, &["check", "--format", "sarif", "--today", TODAY]).stdout,
        )
        .unwrap();
        v["runs"][0]["results"][0]["partialFingerprints"]["primaryLocationLineHash"]
            .as_str()
            .unwrap()
            .to_string()
    };
    assert_eq!(print(a.path()), print(b.path()));
}

#[test]
fn github_annotations_have_the_workflow_command_shape() {
    let text = format!("{RETIRED}atlas api \\\n  cloudBackups getServerlessBackupSnapshot --groupId g --clusterName c --snapshotId s\n");
    let dir = tree(&[("dir,x/a.sh", &text)]);
    let o = atlas_in(
        dir.path(),
        &["check", "--format", "github", "--today", TODAY],
    );
    let lines: Vec<&str> = std::str::from_utf8(&o.stdout).unwrap().lines().collect();
    assert_eq!(lines.len(), 2, "{lines:?}");
    assert!(
        lines[0].starts_with("::error file=dir%2Cx/a.sh,line=1,col="),
        "{}",
        lines[0]
    );
    assert!(lines[0].contains(",endLine=1,endColumn="), "{}", lines[0]);
    // A span over two lines carries no column fields.
    assert!(
        lines[1].starts_with("::error file=dir%2Cx/a.sh,line=2,endLine=3,title="),
        "{}",
        lines[1]
    );
    assert!(
        lines[0]
            .contains(",title=atlas-sunset serverless-backup-snapshot-get::`getServerlessBackup`"),
        "{}",
        lines[0]
    );
    assert!(lines[0].contains("%0AUse instead: GET"), "{}", lines[0]);
    assert!(!lines.iter().any(|l| l.contains('\r')));
}

#[test]
fn suppressions_hide_findings_and_report_their_own_problems() {
    let text = format!(
        "# atlas-sunset: ignore[serverless-backup-snapshot-get] -- mock server fixture\n{RETIRED}\
         {} # atlas-sunset: ignore[serverless-backup-snapshot-get]\n\
         echo ok # atlas-sunset: ignore[no-such-rule] -- typo\n\
         echo ok # atlas-sunset: ignore[serverless-backup-snapshot-get] -- stale\n",
        RETIRED.trim_end()
    );
    let dir = tree(&[("a.sh", &text)]);
    let o = atlas_in(
        dir.path(),
        &["check", "--format", "concise", "--today", TODAY],
    );
    let report = out(&o);
    assert!(
        !report.contains("a.sh:2:"),
        "suppressed by the line above: {report}"
    );
    assert!(
        !report.contains("error[serverless-backup-snapshot-get]"),
        "{report}"
    );
    assert!(
        report.contains("a.sh:3:") && report.contains("suppression gives no reason"),
        "{report}"
    );
    assert!(report.contains("unknown rule `no-such-rule`"), "{report}");
    assert!(
        report.contains("a.sh:5:") && report.contains("warning[suppression-unused]"),
        "{report}"
    );
    // --fix removes the stale suppression and keeps the code.
    atlas_in(dir.path(), &["check", "--fix", "--today", TODAY]);
    let fixed = std::fs::read_to_string(dir.path().join("a.sh")).unwrap();
    assert!(
        fixed.ends_with("echo ok # atlas-sunset: ignore[no-such-rule] -- typo\necho ok\n"),
        "{fixed}"
    );
    assert!(
        fixed.contains("/serverless/"),
        "suppressed calls are not fixed: {fixed}"
    );
}

#[test]
fn config_file_is_found_merged_printed_and_validated() {
    let dir = tree(&[
        (".atlas-sunset.toml", "exclude = [\"vendor\"]\nfail-on = \"error\"\n[per-file-ignores]\n\"docs/*\" = [\"ALL\"]\n[severity]\nserverless-backup-snapshot-get = \"warning\"\n"),
        ("vendor/a.sh", RETIRED),
        ("docs/a.sh", RETIRED),
        ("src/a.sh", RETIRED),
        ("src/deep/.keep", ""),
    ]);
    let sub = dir.path().join("src/deep");
    let o = atlas_in(
        &sub,
        &["check", "--format", "concise", "--today", TODAY, "../.."],
    );
    let report = out(&o);
    assert!(
        report.contains("src/a.sh:1:")
            && report.contains("warning[serverless-backup-snapshot-get]"),
        "{report}"
    );
    assert!(
        !report.contains("vendor/a.sh") && !report.contains("docs/a.sh"),
        "{report}"
    );
    assert_eq!(
        o.status.code(),
        Some(0),
        "warnings do not fail with fail-on = error"
    );
    let o = atlas_in(
        &sub,
        &[
            "check",
            "--format",
            "concise",
            "--today",
            TODAY,
            "--fail-on",
            "warning",
            "../..",
        ],
    );
    assert_eq!(o.status.code(), Some(1), "flags override the file");
    let shown = out(&atlas_in(&sub, &["config"]));
    assert!(
        shown.contains(".atlas-sunset.toml") && shown.contains("fail-on = \"error\""),
        "{shown}"
    );
    assert!(shown.contains("[per-file-ignores]"), "{shown}");

    std::fs::write(dir.path().join(".atlas-sunset.toml"), "exclude = [\n").unwrap();
    let o = atlas_in(&sub, &["check", "."]);
    assert_eq!(o.status.code(), Some(2));
    assert!(err(&o).contains(".atlas-sunset.toml:"), "{}", err(&o));
    std::fs::write(dir.path().join(".atlas-sunset.toml"), "exclud = []\n").unwrap();
    let o = atlas_in(&sub, &["check", "."]);
    assert_eq!(o.status.code(), Some(2));
    assert!(err(&o).contains("unknown field `exclud`"), "{}", err(&o));
    std::fs::write(
        dir.path().join(".atlas-sunset.toml"),
        "ignore = [\"nope\"]\n",
    )
    .unwrap();
    let o = atlas_in(&sub, &["check", "."]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        err(&o).contains("`ignore`: unknown rule `nope`"),
        "{}",
        err(&o)
    );
}

#[test]
fn baseline_round_trip_survives_moved_lines_and_reports_new_findings() {
    let dir = tree(&[("a.sh", RETIRED), ("b.sh", RETIRED)]);
    let o = atlas_in(
        dir.path(),
        &[
            "check",
            "--today",
            TODAY,
            "--write-baseline",
            "baseline.json",
        ],
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(err(&o).contains("Recorded 2 findings"), "{}", err(&o));
    // Lines move, one finding is fixed, one is new.
    std::fs::write(dir.path().join("a.sh"), format!("#!/bin/sh\n\n\n{RETIRED}")).unwrap();
    std::fs::write(dir.path().join("b.sh"), "echo fixed\n").unwrap();
    std::fs::write(dir.path().join("c.sh"), RETIRED).unwrap();
    let o = atlas_in(
        dir.path(),
        &[
            "check",
            "--format",
            "concise",
            "--today",
            TODAY,
            "--baseline",
            "baseline.json",
        ],
    );
    let report = out(&o);
    assert!(!report.contains("a.sh"), "{report}");
    assert!(report.contains("c.sh:1:"), "{report}");
    assert!(
        err(&o).contains("1 baseline entries match nothing"),
        "{}",
        err(&o)
    );
    assert_eq!(o.status.code(), Some(1));
}

#[test]
fn changed_since_reports_only_changed_lines_and_new_files() {
    let dir = tree(&[("old.sh", &format!("{RETIRED}echo hi\n"))]);
    let git = |args: &[&str]| {
        let o = Command::new("git")
            .args(args)
            .current_dir(dir.path())
            .output()
            .expect("git");
        assert!(
            o.status.success(),
            "git {args:?}: {}",
            String::from_utf8_lossy(&o.stderr)
        );
    };
    git(&["init", "-q"]);
    git(&["add", "-A"]);
    git(&[
        "-c",
        "user.name=t",
        "-c",
        "user.email=t@t",
        "commit",
        "-qm",
        "base",
    ]);
    std::fs::write(
        dir.path().join("old.sh"),
        format!("{RETIRED}echo hi\n{RETIRED}"),
    )
    .unwrap();
    std::fs::write(dir.path().join("new.sh"), RETIRED).unwrap();
    let o = atlas_in(
        dir.path(),
        &[
            "check",
            "--format",
            "concise",
            "--today",
            TODAY,
            "--changed-since",
            "HEAD",
        ],
    );
    let report = out(&o);
    assert!(!report.contains("old.sh:1:"), "{report}");
    assert!(report.contains("old.sh:3:"), "{report}");
    assert!(report.contains("new.sh:1:"), "{report}");
    let o = atlas_in(dir.path(), &["check", "--changed-since", "no-such-rev"]);
    assert_eq!(o.status.code(), Some(2));
}

fn atlas_stdin(args: &[&str], input: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_atlas-sunset"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn stdin_is_checked_under_its_given_name_and_fixed_to_stdout() {
    let o = atlas_stdin(
        &[
            "check",
            "--format",
            "concise",
            "--today",
            TODAY,
            "--stdin-filename",
            "ops/snap.sh",
            "-",
        ],
        RETIRED,
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(out(&o).starts_with("ops/snap.sh:1:"), "{}", out(&o));
    let o = atlas_stdin(
        &[
            "check",
            "--fix",
            "--today",
            TODAY,
            "--stdin-filename",
            "snap.sh",
            "-",
        ],
        RETIRED,
    );
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    assert!(
        out(&o).contains("/flexClusters/") && out(&o).contains("2024-11-13"),
        "{}",
        out(&o)
    );
    assert!(!std::path::Path::new("snap.sh").exists());
}

#[test]
fn completions_and_man_page_come_from_the_cli_definition() {
    let here = Path::new(env!("CARGO_MANIFEST_DIR"));
    let o = atlas_in(here, &["completions", "bash"]);
    assert_eq!(o.status.code(), Some(0));
    assert!(
        out(&o).contains("--unsafe-fixes") && out(&o).contains("_atlas__sunset()"),
        "bash completion"
    );
    let o = atlas_in(here, &["man"]);
    assert_eq!(o.status.code(), Some(0));
    assert!(
        out(&o).starts_with(".ie") || out(&o).contains(".TH atlas-sunset"),
        "{}",
        &out(&o)[..200.min(out(&o).len())]
    );
}

#[test]
fn rules_list_as_json() {
    let o = atlas_in(
        Path::new(env!("CARGO_MANIFEST_DIR")),
        &["rules", "--format", "json"],
    );
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let ids: Vec<&str> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    assert!(ids.contains(&"serverless-backup-snapshot-get"));
    assert!(ids.contains(&"serverless-backup-snapshots-list"));
}

#[test]
fn junit_and_gitlab_outputs_are_well_formed() {
    let dir = tree(&[("a.sh", RETIRED)]);
    let o = atlas_in(
        dir.path(),
        &["check", "--format", "junit", "--today", TODAY],
    );
    let file = dir.path().join("junit.xml");
    std::fs::write(&file, &o.stdout).unwrap();
    let parsed = Command::new("python3")
        .args(["-c", "import sys, xml.dom.minidom as m; d = m.parse(sys.argv[1]); print(len(d.getElementsByTagName('failure')))"])
        .arg(&file)
        .output()
        .expect("python3");
    assert_eq!(
        String::from_utf8_lossy(&parsed.stdout).trim(),
        "1",
        "{}",
        String::from_utf8_lossy(&parsed.stderr)
    );
    let o = atlas_in(
        dir.path(),
        &["check", "--format", "gitlab", "--today", TODAY],
    );
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let issue = &v[0];
    for key in [
        "description",
        "check_name",
        "fingerprint",
        "severity",
        "location",
    ] {
        assert!(issue.get(key).is_some(), "{key}");
    }
    assert_eq!(issue["location"]["lines"]["begin"], 1);
}

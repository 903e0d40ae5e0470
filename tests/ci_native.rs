//! What CI and editors rely on: every output format against golden files, SARIF validated by
//! Microsoft's SARIF Multitool, GitHub annotation syntax, suppressions, the config file, baselines
//! that survive moved lines, `--changed-since`, standard input, completions and the man page.
//!
//! `UPDATE_EXPECT=1 cargo test --test ci_native` rewrites the golden files; review the diff.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

mod bless;
mod support;

use support::git::git;
use support::sarif_multitool;
use support::{atlas, stderr, stdout, tree};

const TODAY: &str = "2026-11-28";
const RETIRED: &str = "curl -H 'Accept: application/vnd.atlas.2023-01-01+json' \"https://cloud.mongodb.com/api/atlas/v2/groups/$G/serverless/$C/backup/snapshots/$S\"\n";

fn golden_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden")
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
        let o = atlas(
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
        assert_eq!(o.status.code(), Some(1), "{format}: {}", stderr(&o));
        let path = golden_dir().join(format!("{format}.out"));
        let actual = stdout(&o);
        if bless::blessing() {
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
    let o = atlas(
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
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
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
    sarif_multitool::assert_valid_and_validator_alive(&file);
}

#[test]
fn sarif_fingerprints_survive_unrelated_line_moves() {
    let prints = |d: &Path| -> Vec<String> {
        let v: serde_json::Value = serde_json::from_slice(
            &atlas(d, &["check", "--format", "sarif", "--today", TODAY]).stdout,
        )
        .unwrap();
        v["runs"][0]["results"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| {
                r["partialFingerprints"]["primaryLocationLineHash"]
                    .as_str()
                    .unwrap()
                    .to_string()
            })
            .collect()
    };
    let a = tree(&[("a.sh", RETIRED)]);
    let b = tree(&[("a.sh", &format!("#!/bin/sh\n\necho start\n{RETIRED}"))]);
    let one = prints(a.path());
    assert_eq!(one.len(), 1);
    assert_eq!(one, prints(b.path()), "moved down three lines");
    // ... yet a fingerprint tells findings apart: another call, the same call again, the same
    // call in another file.
    let list = "curl \"https://cloud.mongodb.com/api/atlas/v2/groups/$G/serverless/$C/backup/snapshots\"\n";
    let c = tree(&[
        ("a.sh", &format!("{RETIRED}{list}{RETIRED}")),
        ("b.sh", RETIRED),
    ]);
    let all = prints(c.path());
    assert_eq!(all.len(), 4, "{all:?}");
    assert_eq!(all[0], one[0], "the first call keeps its fingerprint");
    for (i, x) in all.iter().enumerate() {
        for y in &all[i + 1..] {
            assert_ne!(x, y, "two findings share a fingerprint: {all:?}");
        }
    }
}

#[test]
fn github_annotations_have_the_workflow_command_shape() {
    let text = format!("{RETIRED}atlas api \\\n  cloudBackups getServerlessBackupSnapshot --groupId g --clusterName c --snapshotId s\n");
    let dir = tree(&[("dir,x/a.sh", &text)]);
    let o = atlas(
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
    let o = atlas(
        dir.path(),
        &["check", "--format", "concise", "--today", TODAY],
    );
    let report = stdout(&o);
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
    atlas(dir.path(), &["check", "--fix", "--today", TODAY]);
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
    let o = atlas(
        &sub,
        &["check", "--format", "concise", "--today", TODAY, "../.."],
    );
    let report = stdout(&o);
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
    let o = atlas(
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
    let shown = stdout(&atlas(&sub, &["config"]));
    assert!(
        shown.contains(".atlas-sunset.toml") && shown.contains("fail-on = \"error\""),
        "{shown}"
    );
    assert!(shown.contains("[per-file-ignores]"), "{shown}");

    std::fs::write(dir.path().join(".atlas-sunset.toml"), "exclude = [\n").unwrap();
    let o = atlas(&sub, &["check", "."]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains(".atlas-sunset.toml:"), "{}", stderr(&o));
    std::fs::write(dir.path().join(".atlas-sunset.toml"), "exclud = []\n").unwrap();
    let o = atlas(&sub, &["check", "."]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("unknown field `exclud`"),
        "{}",
        stderr(&o)
    );
    std::fs::write(
        dir.path().join(".atlas-sunset.toml"),
        "ignore = [\"nope\"]\n",
    )
    .unwrap();
    let o = atlas(&sub, &["check", "."]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("`ignore`: unknown rule `nope`"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn baseline_round_trip_survives_moved_lines_and_reports_new_findings() {
    let dir = tree(&[("a.sh", RETIRED), ("b.sh", RETIRED)]);
    let o = atlas(
        dir.path(),
        &[
            "check",
            "--today",
            TODAY,
            "--write-baseline",
            "baseline.json",
        ],
    );
    assert_eq!(o.status.code(), Some(0));
    assert!(
        stdout(&o).starts_with("Recorded 2 findings"),
        "{}",
        stdout(&o)
    );
    // Lines move, one finding is fixed, one is new.
    std::fs::write(dir.path().join("a.sh"), format!("#!/bin/sh\n\n\n{RETIRED}")).unwrap();
    std::fs::write(dir.path().join("b.sh"), "echo fixed\n").unwrap();
    std::fs::write(dir.path().join("c.sh"), RETIRED).unwrap();
    let o = atlas(
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
    let report = stdout(&o);
    assert!(!report.contains("a.sh"), "{report}");
    assert!(report.contains("c.sh:1:"), "{report}");
    assert!(
        stderr(&o).contains("1 baseline entry matches nothing"),
        "{}",
        stderr(&o)
    );
    assert_eq!(o.status.code(), Some(1));
}

#[test]
fn changed_since_reports_only_changed_lines_and_new_files() {
    let dir = tree(&[("old.sh", &format!("{RETIRED}echo hi\n"))]);
    git(dir.path(), &["init", "-q"]);
    git(dir.path(), &["add", "-A"]);
    git(dir.path(), &["commit", "-qm", "base"]);
    std::fs::write(
        dir.path().join("old.sh"),
        format!("{RETIRED}echo hi\n{RETIRED}"),
    )
    .unwrap();
    std::fs::write(dir.path().join("new.sh"), RETIRED).unwrap();
    let o = atlas(
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
    let report = stdout(&o);
    assert!(!report.contains("old.sh:1:"), "{report}");
    assert!(report.contains("old.sh:3:"), "{report}");
    assert!(report.contains("new.sh:1:"), "{report}");
    let o = atlas(dir.path(), &["check", "--changed-since", "no-such-rev"]);
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
    assert!(stdout(&o).starts_with("ops/snap.sh:1:"), "{}", stdout(&o));
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
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stdout(&o).contains("/flexClusters/") && stdout(&o).contains("2024-11-13"),
        "{}",
        stdout(&o)
    );
    assert!(!std::path::Path::new("snap.sh").exists());
}

#[test]
fn completions_and_man_page_come_from_the_cli_definition() {
    let here = Path::new(env!("CARGO_MANIFEST_DIR"));
    let o = atlas(here, &["completions", "bash"]);
    assert_eq!(o.status.code(), Some(0));
    assert!(
        stdout(&o).contains("--unsafe-fixes") && stdout(&o).contains("_atlas__sunset()"),
        "bash completion"
    );
    let o = atlas(here, &["man"]);
    assert_eq!(o.status.code(), Some(0));
    let man = stdout(&o);
    for line in [
        ".TH atlas-sunset 1 ",
        ".SH NAME",
        "atlas\\-sunset \\- Find and fix calls to retired MongoDB Atlas Admin API endpoints",
        ".SH SYNOPSIS",
        ".SH OPTIONS",
        ".SH SUBCOMMANDS",
        "atlas\\-sunset\\-check(1)",
        "atlas\\-sunset\\-report(1)",
    ] {
        assert!(
            man.lines().any(|l| l.starts_with(line)),
            "the man page lacks a line starting with {line:?}:\n{man}"
        );
    }
}

#[test]
fn rules_list_as_json() {
    let o = atlas(
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
    let o = atlas(
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
    let o = atlas(
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

//! The command line on temporary directories: exit codes, modes, formats, walking rules and
//! the file-safety promises of `--fix`.

use std::os::unix::fs::PermissionsExt;
use std::process::Command;

mod support;
use support::{atlas, stderr, stdout, tree};

const RETIRED: &str = "curl -H 'Accept: application/vnd.atlas.2023-01-01+json' \\\n  \"https://cloud.mongodb.com/api/atlas/v2/groups/$G/serverless/$C/backup/snapshots/$S\"\n";
const MIGRATED: &str = "curl -H 'Accept: application/vnd.atlas.2024-11-13+json' \\\n  \"https://cloud.mongodb.com/api/atlas/v2/groups/$G/flexClusters/$C/backup/snapshots/$S\"\n";

#[test]
fn exit_0_when_nothing_is_found() {
    let dir = tree(&[("ok.sh", MIGRATED)]);
    let o = atlas(dir.path(), &["check", "--today", "2026-11-28"]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    assert!(stdout(&o).contains("No retired Atlas endpoints found"));
}

#[test]
fn exit_1_when_findings_remain() {
    let dir = tree(&[("a.sh", RETIRED)]);
    let o = atlas(
        dir.path(),
        &["check", "--today", "2026-11-28", "--format", "concise"],
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stdout(&o).starts_with("a.sh:2:43: error[serverless-backup-snapshot-get]"),
        "{}",
        stdout(&o)
    );
}

#[test]
fn exit_2_on_usage_errors_and_bad_dates() {
    let dir = tree(&[("a.sh", RETIRED)]);
    assert_eq!(
        atlas(dir.path(), &["check", "--no-such-flag"])
            .status
            .code(),
        Some(2)
    );
    let o = atlas(dir.path(), &["check", "--today", "2026-02-30"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("--today"), "{}", stderr(&o));
    assert_eq!(
        atlas(dir.path(), &["check", "--fix", "--diff"])
            .status
            .code(),
        Some(2)
    );
}

#[test]
fn exit_2_on_unreadable_path_but_other_files_are_still_reported() {
    let dir = tree(&[("a.sh", RETIRED)]);
    let o = atlas(
        dir.path(),
        &[
            "check",
            "--today",
            "2026-11-28",
            "--format",
            "concise",
            "missing.sh",
            "a.sh",
        ],
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("missing.sh: cannot read"),
        "{}",
        stderr(&o)
    );
    assert!(stdout(&o).contains("a.sh:2:43"), "{}", stdout(&o));
}

#[test]
fn severity_follows_the_sunset_date() {
    let dir = tree(&[("a.sh", RETIRED)]);
    let before = stdout(&atlas(
        dir.path(),
        &["check", "--today", "2026-01-21", "--format", "concise"],
    ));
    assert!(
        before.contains("warning[serverless-backup-snapshot-get]"),
        "{before}"
    );
    assert!(before.contains("retires on 2026-01-22"), "{before}");
    let on = stdout(&atlas(
        dir.path(),
        &["check", "--today", "2026-01-22", "--format", "concise"],
    ));
    assert!(on.contains("error[serverless-backup-snapshot-get]"), "{on}");
    assert!(on.contains("retired on 2026-01-22; calls now fail"), "{on}");
}

#[test]
fn fail_on_error_ignores_warnings() {
    let dir = tree(&[("a.sh", RETIRED)]);
    let args = |today| {
        [
            "check",
            "--format",
            "concise",
            "--today",
            today,
            "--fail-on",
            "error",
        ]
    };
    // Before the sunset the finding is a warning: reported, yet the run passes.
    let o = atlas(dir.path(), &args("2026-01-01"));
    assert_eq!(o.status.code(), Some(0));
    assert!(
        stdout(&o).starts_with("a.sh:2:43: warning[serverless-backup-snapshot-get]"),
        "{}",
        stdout(&o)
    );
    assert!(
        stdout(&o).contains("(0 errors, 1 warning)"),
        "{}",
        stdout(&o)
    );
    // From the sunset on it is an error and fails the run.
    let o = atlas(dir.path(), &args("2026-06-01"));
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stdout(&o).starts_with("a.sh:2:43: error[serverless-backup-snapshot-get]"),
        "{}",
        stdout(&o)
    );
}

#[test]
fn diff_applies_with_git_apply_and_writes_nothing() {
    let dir = tree(&[
        ("scripts/a.sh", RETIRED),
        ("docs/run.md", &format!("```sh\n{RETIRED}```\n")),
    ]);
    let git = |args: &[&str]| {
        Command::new("git")
            .args(args)
            .current_dir(dir.path())
            .output()
            .unwrap()
    };
    assert!(git(&["init", "-q"]).status.success());
    let o = atlas(dir.path(), &["check", "--diff", "--today", "2026-11-28"]);
    assert_eq!(o.status.code(), Some(1));
    let diff = stdout(&o);
    assert!(
        diff.contains("--- a/scripts/a.sh\n+++ b/scripts/a.sh"),
        "{diff}"
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join("scripts/a.sh")).unwrap(),
        RETIRED
    );
    std::fs::write(dir.path().join("fix.patch"), &diff).unwrap();
    let check = git(&["apply", "--check", "fix.patch"]);
    assert!(
        check.status.success(),
        "{}",
        String::from_utf8_lossy(&check.stderr)
    );
    assert!(git(&["apply", "fix.patch"]).status.success());
    assert_eq!(
        std::fs::read_to_string(dir.path().join("scripts/a.sh")).unwrap(),
        MIGRATED
    );
}

#[test]
fn fix_writes_then_a_second_run_changes_nothing() {
    let dir = tree(&[("a.sh", RETIRED)]);
    let o = atlas(dir.path(), &["check", "--fix", "--today", "2026-11-28"]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    assert!(
        stdout(&o).contains("Fixed 1 finding in 1 file."),
        "{}",
        stdout(&o)
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join("a.sh")).unwrap(),
        MIGRATED
    );
    let again = atlas(dir.path(), &["check", "--fix", "--today", "2026-11-28"]);
    assert_eq!(again.status.code(), Some(0));
    assert!(
        stdout(&again).contains("No retired Atlas endpoints found (1 file scanned)."),
        "{}",
        stdout(&again)
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join("a.sh")).unwrap(),
        MIGRATED
    );
}

#[test]
fn fix_summary_says_what_remains_and_why() {
    let text = "H = {'Accept': 'application/vnd.atlas.2023-01-01+json'}\n\nu = f'/api/atlas/v2/groups/{g}/serverless/{c}/backup/snapshots/{s}'\n";
    let dir = tree(&[("a.py", text)]);
    let o = atlas(
        dir.path(),
        &[
            "check",
            "--fix",
            "--today",
            "2026-11-28",
            "--format",
            "concise",
        ],
    );
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    assert!(!out.contains("Fixed"), "nothing was fixed: {out}");
    assert!(out.contains("1 fixable with --fix --unsafe-fixes"), "{out}");
    let o = atlas(
        dir.path(),
        &["check", "--fix", "--unsafe-fixes", "--today", "2026-11-28"],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
}

#[test]
fn crlf_bom_and_permissions_survive_a_fix() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("a.sh");
    let crlf = format!("\u{feff}{}", RETIRED.replace('\n', "\r\n"));
    std::fs::write(&p, &crlf).unwrap();
    std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o750)).unwrap();
    let o = atlas(dir.path(), &["check", "--fix", "--today", "2026-11-28"]);
    assert_eq!(o.status.code(), Some(0), "{}{}", stdout(&o), stderr(&o));
    let after = std::fs::read_to_string(&p).unwrap();
    assert_eq!(after, format!("\u{feff}{}", MIGRATED.replace('\n', "\r\n")));
    assert_eq!(
        std::fs::metadata(&p).unwrap().permissions().mode() & 0o777,
        0o750
    );
}

#[test]
fn read_only_file_is_reported_and_the_run_goes_on() {
    let dir = tree(&[("ro.sh", RETIRED), ("rw.sh", RETIRED)]);
    let ro = dir.path().join("ro.sh");
    std::fs::set_permissions(&ro, std::fs::Permissions::from_mode(0o444)).unwrap();
    let o = atlas(dir.path(), &["check", "--fix", "--today", "2026-11-28"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("ro.sh: is read-only; not fixed"),
        "{}",
        stderr(&o)
    );
    assert_eq!(std::fs::read_to_string(&ro).unwrap(), RETIRED);
    assert_eq!(
        std::fs::read_to_string(dir.path().join("rw.sh")).unwrap(),
        MIGRATED
    );
}

#[test]
fn binary_and_invalid_utf8_files_are_skipped_with_a_verbose_notice() {
    let dir = tree(&[]);
    let mut bin = b"\x00\x01ELF".to_vec();
    bin.extend_from_slice(RETIRED.as_bytes());
    std::fs::write(dir.path().join("tool.bin"), &bin).unwrap();
    let mut latin1 = RETIRED.as_bytes().to_vec();
    latin1.extend_from_slice(b"# caf\xe9\n");
    std::fs::write(dir.path().join("latin1.sh"), &latin1).unwrap();
    let o = atlas(dir.path(), &["check", "-v", "--today", "2026-11-28"]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    let err = stderr(&o);
    assert!(err.contains("tool.bin: skipped: binary file"), "{err}");
    assert!(err.contains("latin1.sh: skipped: not valid UTF-8"), "{err}");
    let quiet = atlas(dir.path(), &["check", "--today", "2026-11-28"]);
    assert_eq!(stderr(&quiet), "");
}

#[test]
fn oversized_files_are_skipped() {
    let dir = tree(&[("a.sh", RETIRED)]);
    let o = atlas(
        dir.path(),
        &[
            "check",
            "-v",
            "--max-filesize",
            "10",
            "--today",
            "2026-11-28",
        ],
    );
    assert_eq!(o.status.code(), Some(0));
    assert!(stderr(&o).contains("a.sh: skipped:"), "{}", stderr(&o));
}

#[test]
fn gitignore_hidden_and_excludes_are_honoured() {
    let dir = tree(&[
        (".gitignore", "build/\n"),
        ("build/gen.sh", RETIRED),
        (".hidden/a.sh", RETIRED),
        (
            ".github/workflows/ci.yml",
            &format!(
                "jobs:\n  x:\n    steps:\n      - run: {}",
                RETIRED.replace("\\\n  ", "")
            ),
        ),
        ("vendor/x.sh", RETIRED),
        ("src/a.sh", RETIRED),
    ]);
    let o = atlas(
        dir.path(),
        &[
            "check",
            "--format",
            "concise",
            "--exclude",
            "vendor",
            "--today",
            "2026-11-28",
        ],
    );
    let out = stdout(&o);
    assert!(out.contains("src/a.sh:"), "{out}");
    assert!(out.contains(".github/workflows/ci.yml:"), "{out}");
    assert!(!out.contains("build/gen.sh"), "{out}");
    assert!(!out.contains(".hidden/a.sh"), "{out}");
    assert!(!out.contains("vendor/x.sh"), "{out}");
    let all = stdout(&atlas(
        dir.path(),
        &[
            "check",
            "--format",
            "concise",
            "--no-ignore",
            "--hidden",
            "--today",
            "2026-11-28",
        ],
    ));
    for f in ["build/gen.sh", ".hidden/a.sh", "vendor/x.sh"] {
        assert!(all.contains(f), "{f} missing from {all}");
    }
}

#[test]
fn explicit_files_are_checked_unless_force_exclude() {
    let dir = tree(&[(".gitignore", "gen/\n"), ("gen/a.sh", RETIRED)]);
    let o = atlas(
        dir.path(),
        &[
            "check",
            "--format",
            "concise",
            "--exclude",
            "gen",
            "--today",
            "2026-11-28",
            "gen/a.sh",
        ],
    );
    assert_eq!(o.status.code(), Some(1), "{}", stdout(&o));
    let o = atlas(
        dir.path(),
        &[
            "check",
            "--format",
            "concise",
            "--exclude",
            "gen",
            "--force-exclude",
            "--today",
            "2026-11-28",
            "gen/a.sh",
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
}

#[test]
fn json_output_has_the_documented_keys() {
    let dir = tree(&[("a.sh", RETIRED)]);
    let o = atlas(
        dir.path(),
        &["check", "--format", "json", "--today", "2026-11-28"],
    );
    assert_eq!(o.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("valid JSON");
    assert_eq!(v["version"], 1);
    let f = &v["findings"][0];
    for key in [
        "rule",
        "severity",
        "path",
        "line",
        "column",
        "end_line",
        "end_column",
        "language",
        "message",
        "replacement",
        "fix",
        "notes",
    ] {
        assert!(f.get(key).is_some(), "missing {key} in {f}");
    }
    assert_eq!(f["path"], "a.sh");
    assert_eq!(
        (f["line"].as_u64(), f["column"].as_u64()),
        (Some(2), Some(43))
    );
    assert_eq!(f["severity"], "error");
    assert_eq!(f["language"], "shell");
    assert_eq!(f["fix"]["applicability"], "safe");
    assert_eq!(f["fix"]["edits"].as_array().unwrap().len(), 2);
    assert_eq!(v["summary"]["findings"], 1);
    assert_eq!(v["summary"]["fixable_safe"], 1);
}

#[test]
fn output_is_sorted_and_identical_across_thread_counts() {
    let files: Vec<(String, &str)> = (0..40)
        .map(|i| (format!("d{}/f{i:02}.sh", i % 7), RETIRED))
        .collect();
    let refs: Vec<(&str, &str)> = files.iter().map(|(a, b)| (a.as_str(), *b)).collect();
    let dir = tree(&refs);
    let one = atlas(
        dir.path(),
        &[
            "check",
            "--format",
            "json",
            "--threads",
            "1",
            "--today",
            "2026-11-28",
        ],
    );
    let many = atlas(
        dir.path(),
        &[
            "check",
            "--format",
            "json",
            "--threads",
            "8",
            "--today",
            "2026-11-28",
        ],
    );
    assert_eq!(one.stdout, many.stdout);
    let v: serde_json::Value = serde_json::from_slice(&one.stdout).unwrap();
    let paths: Vec<&str> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["path"].as_str().unwrap())
        .collect();
    let mut sorted = paths.clone();
    sorted.sort();
    assert_eq!(paths, sorted);
    assert_eq!(paths.len(), 40);
}

#[test]
fn human_output_has_a_code_frame_and_colour_only_when_asked() {
    let dir = tree(&[("a.sh", RETIRED)]);
    let o = atlas(dir.path(), &["check", "--today", "2026-11-28"]);
    let out = stdout(&o);
    assert!(out.contains("┌─ a.sh:2:43"), "{out}");
    assert!(out.contains("safe fix, applied by --fix"), "{out}");
    assert!(
        out.contains("+ curl -H 'Accept: application/vnd.atlas.2024-11-13+json'"),
        "{out}"
    );
    assert!(!out.contains('\u{1b}'), "no colour in a pipe");
    let coloured = stdout(&atlas(
        dir.path(),
        &["check", "--color", "always", "--today", "2026-11-28"],
    ));
    assert!(coloured.contains('\u{1b}'));
}

#[test]
fn rules_and_explain_document_the_rule() {
    let dir = tree(&[]);
    let o = atlas(dir.path(), &["rules"]);
    assert_eq!(o.status.code(), Some(0));
    for row in [
        "serverless-backup-snapshot-get        2026-01-22  getServerlessBackup                 getFlexBackup                yes",
        "serverless-instance-get               2027-01-18  getServerlessInstance               getFlexCluster               yes",
        "serverless-instance-create            2026-01-22  createServerlessInstance            createFlexCluster            review",
        "serverless-private-endpoint-create    2026-01-22  createServerlessPrivateEndpoint     no replacement               no",
    ] {
        assert!(stdout(&o).lines().any(|l| l == row), "{row}\n{}", stdout(&o));
    }
    let o = atlas(dir.path(), &["explain", "serverless-backup-snapshot-get"]);
    let out = stdout(&o);
    for needle in [
        "getServerlessBackup",
        "getGroupServerlessBackupSnapshot",
        "getFlexBackup",
        "2024-11-13",
        "mongoDBVersion",
        "Before:",
        "After:",
    ] {
        assert!(out.contains(needle), "explain lacks {needle}");
    }
    let o = atlas(
        dir.path(),
        &["explain", "serverless-private-endpoint-create"],
    );
    assert!(
        stdout(&o).contains("Replacement: none. Flex clusters do not support private endpoints"),
        "{}",
        stdout(&o)
    );
    let o = atlas(
        dir.path(),
        &["explain", "serverless-backup-restore-job-create"],
    );
    for needle in [
        "Request body (ServerlessBackupRestoreJob -> FlexBackupRestoreJobCreate20241113)",
        "targetClusterName        -> targetDeploymentItemName renamed",
        "pointInTimeUTCSeconds    -> -                no equivalent: not fixed",
    ] {
        assert!(
            stdout(&o).contains(needle),
            "explain lacks {needle}\n{}",
            stdout(&o)
        );
    }
    let o = atlas(dir.path(), &["explain", "serverless-instance-create"]);
    assert!(
        stdout(&o).contains("After --fix --unsafe-fixes (review it):\n    atlas clusters create c0 --provider AWS --region US_EAST_1 --tier FLEX"),
        "{}",
        stdout(&o)
    );
    assert!(
        stdout(&o).contains(
            "Terraform: resource \"mongodbatlas_serverless_instance\" -> mongodbatlas_flex_cluster"
        ),
        "{}",
        stdout(&o)
    );
    let o = atlas(dir.path(), &["explain", "nope"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("unknown rule `nope`"));
}

#[test]
fn a_broken_user_rule_file_is_a_clear_error() {
    let dir = tree(&[("rules/bad.toml", "id = \"x\"\ntitel = \"typo\"\n")]);
    let o = atlas(dir.path(), &["check", "--rules", "rules", "."]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(
        err.contains("rules/bad.toml:2: rule `x`, field `titel`: unknown field"),
        "{err}"
    );
}

#[test]
fn rust_that_syn_cannot_parse_is_checked_as_text_with_a_verbose_notice() {
    let text = "const U: &str = \"/api/atlas/v2/groups/g/serverless/c/backup/snapshots/s\";\nfn main() { {% if x %} }\n";
    let dir = tree(&[("tpl.rs", text)]);
    let quiet = atlas(
        dir.path(),
        &["check", "--today", "2026-11-28", "--format", "concise"],
    );
    assert_eq!(quiet.status.code(), Some(1), "{}", stderr(&quiet));
    assert!(
        stdout(&quiet).starts_with("tpl.rs:1:"),
        "{}",
        stdout(&quiet)
    );
    assert!(!stderr(&quiet).contains("not parsed"), "{}", stderr(&quiet));
    let verbose = atlas(
        dir.path(),
        &[
            "check",
            "--today",
            "2026-11-28",
            "--format",
            "concise",
            "--verbose",
        ],
    );
    assert!(
        stderr(&verbose).contains("note: tpl.rs: Rust from line 1 is not parsed"),
        "{}",
        stderr(&verbose)
    );
}

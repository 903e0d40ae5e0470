//! What a new user hit on a first run (issue 15): suppression scope, `--diff` that applies,
//! Markdown prompts, messages, flags a ruff or semgrep user expects.

use std::path::Path;
use std::process::Output;

mod support;
use support::git::git;
use support::{atlas, stderr, stdout, tree};

const TODAY: &str = "2026-11-28";

fn concise(dir: &Path, extra: &[&str]) -> Output {
    let mut args = vec!["check", "--today", TODAY, "--format", "concise"];
    args.extend_from_slice(extra);
    atlas(dir, &args)
}

const MOCKED_THEN_REAL_SH: &str = "curl \"$MOCK/api/atlas/v2/groups/g/serverless/c/backup/snapshots/s\"  # atlas-sunset: ignore[serverless-backup-snapshot-get] -- mock\n\
curl \"https://cloud.mongodb.com/api/atlas/v2/groups/g/serverless/c/backup/snapshots/s\"\n";

const MOCKED_THEN_REAL_PY: &str = "requests.get(f\"{MOCK}/api/atlas/v2/groups/g/serverless/c/backup/snapshots/s\")  # atlas-sunset: ignore[serverless-backup-snapshot-get] -- mock\n\
requests.get(f\"{BASE}/api/atlas/v2/groups/g/serverless/c/backup/snapshots/s\")\n";

#[test]
fn a_trailing_suppression_covers_its_own_line_only() {
    let dir = tree(&[("a.sh", MOCKED_THEN_REAL_SH), ("b.py", MOCKED_THEN_REAL_PY)]);
    let o = concise(dir.path(), &[]);
    assert_eq!(o.status.code(), Some(1), "{}", stdout(&o));
    let out = stdout(&o);
    assert!(
        out.contains("a.sh:2:") && out.contains("b.py:2:"),
        "the unsuppressed second lines are reported:\n{out}"
    );
    assert!(
        !out.contains("a.sh:1:") && !out.contains("b.py:1:"),
        "{out}"
    );
}

#[test]
fn fix_keeps_a_used_trailing_suppression_and_fixes_the_next_line() {
    let both = format!(
        "{}{}",
        MOCKED_THEN_REAL_SH.lines().next().unwrap(),
        "\ncurl \"https://cloud.mongodb.com/api/atlas/v2/groups/g/serverless/c/backup/snapshots/s\"  # atlas-sunset: ignore[serverless-backup-snapshot-get] -- second mock\n"
    );
    let dir = tree(&[("a.sh", &both)]);
    let o = concise(dir.path(), &["--fix"]);
    assert_eq!(o.status.code(), Some(0), "{}{}", stdout(&o), stderr(&o));
    let after = std::fs::read_to_string(dir.path().join("a.sh")).unwrap();
    assert_eq!(
        after, both,
        "both suppressions are used: nothing is removed"
    );

    let dir = tree(&[("a.sh", MOCKED_THEN_REAL_SH)]);
    let o = concise(dir.path(), &["--fix"]);
    assert_eq!(o.status.code(), Some(0), "{}{}", stdout(&o), stderr(&o));
    let after = std::fs::read_to_string(dir.path().join("a.sh")).unwrap();
    assert!(after.lines().next().unwrap().contains("ignore["), "{after}");
    assert!(
        after.lines().nth(1).unwrap().contains("/flexClusters/"),
        "{after}"
    );
}

fn repo(files: &[(&str, &[u8])]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (name, bytes) in files {
        let p = dir.path().join(name);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, bytes).unwrap();
    }
    git(dir.path(), &["init", "-q"]);
    git(dir.path(), &["add", "-A"]);
    git(dir.path(), &["commit", "-qm", "start"]);
    dir
}

const REAL_SH: &str =
    "curl \"https://cloud.mongodb.com/api/atlas/v2/groups/g/serverless/c/backup/snapshots/s\"\n";

#[test]
fn diff_keeps_the_bom_of_unchanged_lines_so_git_apply_takes_it() {
    let with_bom = format!("\u{feff}#!/bin/sh\n{REAL_SH}");
    let dir = repo(&[("a.sh", with_bom.as_bytes()), ("b.sh", REAL_SH.as_bytes())]);
    let o = atlas(dir.path(), &["check", "--today", TODAY, "--diff"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    std::fs::write(dir.path().join("p.patch"), &o.stdout).unwrap();
    git(dir.path(), &["apply", "p.patch"]);
    let after = std::fs::read(dir.path().join("a.sh")).unwrap();
    assert!(after.starts_with(b"\xef\xbb\xbf#!/bin/sh\n"));
    assert!(String::from_utf8(after).unwrap().contains("/flexClusters/"));
}

#[test]
fn diff_paths_are_relative_to_the_git_top_and_the_summary_says_so() {
    let dir = repo(&[("scripts/a.sh", REAL_SH.as_bytes())]);
    let o = atlas(
        &dir.path().join("scripts"),
        &["check", "--today", TODAY, "--diff"],
    );
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(
        stdout(&o).starts_with("diff --git a/scripts/a.sh b/scripts/a.sh\n"),
        "{}",
        stdout(&o)
    );
    assert!(
        stderr(&o).contains("apply it with `git apply` from the top of the git work tree"),
        "{}",
        stderr(&o)
    );
    std::fs::write(dir.path().join("p.patch"), &o.stdout).unwrap();
    git(dir.path(), &["apply", "p.patch"]);
    let after = std::fs::read_to_string(dir.path().join("scripts/a.sh")).unwrap();
    assert!(after.contains("/flexClusters/"), "{after}");
}

#[test]
fn diff_outside_a_work_tree_is_relative_to_this_folder_and_says_so() {
    let dir = tree(&[("scripts/a.sh", REAL_SH)]);
    let o = atlas(
        &dir.path().join("scripts"),
        &["check", "--today", TODAY, "--diff"],
    );
    assert!(
        stdout(&o).starts_with("diff --git a/a.sh b/a.sh\n"),
        "{}",
        stdout(&o)
    );
    assert!(
        stderr(&o).contains("from this folder (not in a git work tree"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn a_missing_path_prints_the_error_and_no_summary() {
    let dir = tree(&[]);
    let o = concise(dir.path(), &["missing.sh"]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(stdout(&o), "", "no summary of a run that read nothing");
    assert!(
        stderr(&o).contains("missing.sh: cannot read"),
        "{}",
        stderr(&o)
    );

    let dir = tree(&[("ok.sh", "echo hi\n")]);
    let o = concise(dir.path(), &["missing.sh", "ok.sh"]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(
        stdout(&o),
        "No retired Atlas endpoints found in the 1 file scanned; 1 file could not be read (see the errors).\n"
    );
}

#[test]
fn summaries_are_grammatical_and_true() {
    let one = "curl -H 'Accept: application/vnd.atlas.2023-01-01+json' https://cloud.mongodb.com/api/atlas/v2/groups/g/serverless/c/performanceAdvisor/autoIndexing\n";
    let dir = tree(&[("a.sh", one)]);
    let o = concise(dir.path(), &["--fix"]);
    let out = stdout(&o);
    assert!(
        out.contains("\n1 finding remains (1 error, 0 warnings)")
            || out.starts_with("1 finding remains (1 error, 0 warnings)"),
        "{out}"
    );
    assert!(out.contains("1 needs a person"), "{out}");
    assert!(!out.contains("Fixed 0"), "{out}");

    let dir = tree(&[("ok.sh", "echo hi\n")]);
    let o = concise(dir.path(), &["--fix"]);
    assert_eq!(
        stdout(&o),
        "No retired Atlas endpoints found (1 file scanned).\n"
    );
}

#[test]
fn fix_refused_on_a_read_only_file_is_not_called_fixable_with_fix() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tree(&[("a.sh", REAL_SH)]);
    let p = dir.path().join("a.sh");
    std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o444)).unwrap();
    let o = concise(dir.path(), &["--fix"]);
    assert_eq!(o.status.code(), Some(2));
    let out = stdout(&o);
    assert!(!out.contains("fixable with --fix"), "{out}");
    assert!(
        out.contains("1 with a safe fix not applied (see the errors)"),
        "{out}"
    );
}

#[test]
fn split_by_names_the_patches_it_wrote() {
    let dir = repo(&[
        ("ops/a.sh", REAL_SH.as_bytes()),
        ("web/b.sh", REAL_SH.as_bytes()),
    ]);
    let o = atlas(
        dir.path(),
        &[
            "check",
            "--today",
            TODAY,
            "--diff",
            "--split-by",
            "folder",
            "--out",
            "patches",
        ],
    );
    assert!(
        stderr(&o).contains("The 2 patches hold 2 fixes in 2 files; apply each with `git apply`"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn a_missing_rules_folder_is_named_without_a_placeholder_rule() {
    let dir = tree(&[("ok.sh", "echo hi\n")]);
    let o = concise(dir.path(), &["--rules", "nonexistent"]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(!err.contains("rule `?`"), "{err}");
    assert!(
        err.contains("/nonexistent: cannot read this rule folder"),
        "{err}"
    );
}

#[test]
fn the_jq_field_message_is_a_whole_sentence() {
    let sh = "curl -H 'Accept: application/vnd.atlas.2024-11-13+json' \"https://cloud.mongodb.com/api/atlas/v2/groups/g/flexClusters/c/backup/snapshots/s\" >/dev/null\ncurl \"https://cloud.mongodb.com/api/atlas/v2/groups/g/serverless/c/backup/snapshots/s\" | jq -r .mongodVersion\n";
    let dir = tree(&[("a.sh", sh)]);
    let o = concise(dir.path(), &[]);
    assert!(
        stdout(&o).contains("is `mongoDBVersion` in the `getFlexBackup` response\n"),
        "{}",
        stdout(&o)
    );
}

const SESSION_MD: &str = "# Notes\n\n\
```sh\n$ atlas serverless backups snapshots describe s1 --clusterName c\n```\n\n\
```bash\n$ atlas serverless backups snapshots describe s2 --clusterName c\n```\n\n\
```shell\n$ atlas serverless backups snapshots describe s3 --clusterName c\n```\n\n\
```zsh\n% atlas serverless backups snapshots describe s4 --clusterName c\n```\n\n\
```\n$ atlas serverless backups snapshots describe s5 --clusterName c\n{ \"id\": \"s5\" }\n```\n\n\
```sh\n# atlas serverless backups snapshots describe s6 is what we used to run\n```\n";

#[test]
fn prompts_in_shell_and_unlabelled_markdown_fences_are_read() {
    let dir = tree(&[("README.md", SESSION_MD)]);
    let o = concise(dir.path(), &[]);
    let out = stdout(&o);
    let lines: Vec<&str> = out
        .lines()
        .filter(|l| l.starts_with("README.md:"))
        .collect();
    let at: Vec<&str> = lines.iter().map(|l| l.split(' ').next().unwrap()).collect();
    assert_eq!(
        at,
        vec![
            "README.md:4:3:",
            "README.md:8:3:",
            "README.md:12:3:",
            "README.md:16:3:",
            "README.md:20:3:"
        ],
        "each prompted command is read; a comment in a sh fence is not a root prompt:\n{out}"
    );
}

const PROSE_MD: &str = "# Migration\n\n\
The old endpoint was `GET /api/atlas/v2/groups/{groupId}/serverless/{clusterName}/backup/snapshots/{snapshotId}`.\n\n\
```sh\ncurl \"https://cloud.mongodb.com/api/atlas/v2/groups/g/serverless/c/backup/snapshots/s\"\n```\n";

#[test]
fn a_url_in_markdown_prose_gets_an_unsafe_fix_and_fenced_code_keeps_its_rules() {
    let dir = tree(&[("MIGRATION.md", PROSE_MD)]);
    let o = concise(dir.path(), &["--fix"]);
    let after = std::fs::read_to_string(dir.path().join("MIGRATION.md")).unwrap();
    assert!(
        after.contains("The old endpoint was `GET /api/atlas/v2/groups/{groupId}/serverless/"),
        "prose is not rewritten by --fix:\n{after}"
    );
    assert!(
        after.contains("curl \"https://cloud.mongodb.com/api/atlas/v2/groups/g/flexClusters/c/"),
        "the sh fence is fixed as shell:\n{after}"
    );
    assert!(
        stdout(&o).contains("1 fixable with --fix --unsafe-fixes"),
        "{}",
        stdout(&o)
    );
    let o = atlas(dir.path(), &["check", "--today", TODAY, "MIGRATION.md"]);
    assert!(stdout(&o).contains("= Markdown prose:"), "{}", stdout(&o));
}

#[test]
fn explain_finds_a_rule_by_any_spelling_and_suggests_near_misses() {
    let dir = tree(&[]);
    for name in [
        "getServerlessBackup",
        "getGroupServerlessBackupSnapshot",
        "getServerlessBackupSnapshot",
        "GetServerlessBackupSnapshotWithParams",
    ] {
        let o = atlas(dir.path(), &["explain", name]);
        assert_eq!(o.status.code(), Some(0), "{name}: {}", stderr(&o));
        assert!(
            stdout(&o).starts_with(
                "Return One Snapshot of One Serverless Instance (serverless-backup-snapshot-get)"
            ),
            "{name}: {}",
            stdout(&o)
        );
    }
    let o = atlas(dir.path(), &["explain", "getServerlesBackup"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("Did you mean `serverless-backup-snapshot-get` (`"),
        "{}",
        stderr(&o)
    );
}

const SNAPSHOT_AND_LIST: &str =
    "curl \"https://cloud.mongodb.com/api/atlas/v2/groups/g/serverless/c/backup/snapshots/s\"\n\
curl \"https://cloud.mongodb.com/api/atlas/v2/groups/g/serverless/c\"\n";

fn rules_reported(o: &Output) -> Vec<String> {
    stdout(o)
        .lines()
        .filter_map(|l| l.split_once('[').and_then(|(_, r)| r.split_once(']')))
        .map(|(rule, _)| rule.to_string())
        .collect()
}

#[test]
fn select_and_ignore_take_prefixes_and_globs() {
    let dir = tree(&[("a.sh", SNAPSHOT_AND_LIST)]);
    let both = rules_reported(&concise(dir.path(), &[]));
    assert_eq!(
        both,
        vec!["serverless-backup-snapshot-get", "serverless-instance-get"]
    );
    for select in [
        "serverless-backup-*",
        "serverless-backup",
        "serverless-backup-",
    ] {
        let o = concise(dir.path(), &["--select", select]);
        assert_eq!(
            rules_reported(&o),
            vec!["serverless-backup-snapshot-get"],
            "{select}: {}",
            stderr(&o)
        );
    }
    let o = concise(dir.path(), &["--ignore", "serverless-"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let o = concise(dir.path(), &["--ignore", "*-get"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let o = concise(dir.path(), &["--select", "serverless-bakup"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("Did you mean"), "{}", stderr(&o));
}

#[test]
fn write_baseline_prints_one_line_and_exits_0_and_baseline_says_what_it_left_out() {
    let dir = tree(&[("a.sh", SNAPSHOT_AND_LIST)]);
    let o = atlas(
        dir.path(),
        &["check", "--today", TODAY, "--write-baseline", "base.json"],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(
        stdout(&o),
        "Recorded 2 findings in the baseline base.json; runs with --baseline base.json report only new ones.\n"
    );
    let o = concise(dir.path(), &["--baseline", "base.json"]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    assert!(
        stderr(&o).contains("note: 2 findings recorded in the baseline base.json left out."),
        "{}",
        stderr(&o)
    );
}

#[test]
fn config_shows_the_flags_of_check_merged() {
    let dir = tree(&[(
        "atlas-sunset.toml",
        "ignore = [\"serverless-instances-list\"]\nfail-on = \"warning\"\n",
    )]);
    let o = atlas(
        dir.path(),
        &[
            "config",
            "--select",
            "serverless-backup-*",
            "--ignore",
            "serverless-instance-get",
            "--fail-on",
            "error",
            "--exclude",
            "vendor",
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.contains("select = [\"serverless-backup-*\"]"), "{out}");
    assert!(out.contains("\"serverless-instances-list\""), "{out}");
    assert!(out.contains("\"serverless-instance-get\""), "{out}");
    assert!(out.contains("fail-on = \"error\""), "{out}");
    assert!(out.contains("\"vendor\""), "{out}");
    let o = atlas(dir.path(), &["config", "--select", "nope"]);
    assert_eq!(o.status.code(), Some(2), "a bad flag is an error here too");
}

const FIELDS_PY: &str = "import requests\n\n\ndef snapshot(base, g, c, s):\n    r = requests.get(f\"{base}/api/atlas/v2/groups/{g}/serverless/{c}/backup/snapshots/{s}\")\n    version = r.json()[\"mongodVersion\"]\n    expires = r.json().get(\"expiresAt\")\n    size = r.json()[\"storageSizeBytes\"]\n    # r.json()[\"mongodVersion\"] in a comment\n    return version, expires, size\n\n\ndef other(doc):\n    return doc[\"mongodVersion\"]\n";

const FIELDS_JS: &str = "async function snapshot(base, g, c, s) {\n  const res = await fetch(`${base}/api/atlas/v2/groups/${g}/serverless/${c}/backup/snapshots/${s}`);\n  const snap = await res.json();\n  return { v: snap.mongodVersion, e: snap.expiresAt, f: snap.frequencyType };\n}\n\nfunction other(doc) {\n  return doc.mongodVersion;\n}\n";

#[test]
fn python_and_javascript_field_reads_of_a_retired_response_follow_the_field_map() {
    let dir = tree(&[("s.py", FIELDS_PY), ("s.js", FIELDS_JS)]);
    let o = concise(dir.path(), &[]);
    let out = stdout(&o);
    for want in [
        "s.py:6:25: error[serverless-backup-snapshot-get] `mongodVersion` of the retired `getServerlessBackup` response is `mongoDBVersion`",
        "s.py:7:29: error[serverless-backup-snapshot-get] `expiresAt` of the retired `getServerlessBackup` response has no exact Flex equivalent; the closest is `expiration`",
        "s.py:8:22: error[serverless-backup-snapshot-get] `storageSizeBytes` of the retired `getServerlessBackup` response does not exist",
        "s.js:4:20: error[serverless-backup-snapshot-get] `mongodVersion`",
        "s.js:4:43: error[serverless-backup-snapshot-get] `expiresAt`",
        "s.js:4:62: error[serverless-backup-snapshot-get] `frequencyType`",
    ] {
        assert!(out.contains(want), "{want}\n{out}");
    }
    assert!(
        !out.contains("s.py:9:") && !out.contains("s.py:14:") && !out.contains("s.js:8:"),
        "comments and other functions are not reads of the response:\n{out}"
    );
    // The renames are unsafe fixes: --fix leaves them, --fix --unsafe-fixes applies them.
    concise(dir.path(), &["--fix"]);
    let py = std::fs::read_to_string(dir.path().join("s.py")).unwrap();
    assert!(py.contains("r.json()[\"mongodVersion\"]"), "{py}");
    let dir = tree(&[("s.py", FIELDS_PY), ("s.js", FIELDS_JS)]);
    concise(dir.path(), &["--fix", "--unsafe-fixes"]);
    let py = std::fs::read_to_string(dir.path().join("s.py")).unwrap();
    assert!(
        py.contains("r.json()[\"mongoDBVersion\"]") && py.contains(".get(\"expiration\")"),
        "{py}"
    );
    assert!(py.contains("doc[\"mongodVersion\"]"), "{py}");
    let js = std::fs::read_to_string(dir.path().join("s.js")).unwrap();
    assert!(
        js.contains("snap.mongoDBVersion") && js.contains("doc.mongodVersion"),
        "{js}"
    );
}

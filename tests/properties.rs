//! Property tests of the invariants in `atlas_sunset::invariants` (no panic, spans and edits in
//! bounds on character boundaries, no overlapping edits, idempotent fixes, fixed files still
//! parse, no fix rejected by the engine's parse check) on texts built from the pieces real call
//! sites are made of, in every language, on arbitrary text with those pieces mixed in, and on valid
//! Rust and Go files; and fixed shell still passes `bash -n` when the original did. The tests that
//! run their own counting loop also prove how many cases had findings or fixes.

use std::process::Command;

use atlas_sunset::invariants;
use atlas_sunset::rules::RuleSet;
use proptest::prelude::*;
use proptest::test_runner::{TestCaseError, TestRunner};

const PIECES: &[&str] = &[
    "curl -H 'Accept: application/vnd.atlas.2023-01-01+json' ",
    "\"https://cloud.mongodb.com/api/atlas/v2/groups/$G/serverless/$C/backup/snapshots/$S\"",
    "/api/atlas/v1.0/groups/{g}/serverless/{c}/backup/snapshots/{s}",
    "groups/{groupId}/serverless/{name}/backup/restoreJobs/{id}",
    "/serverless/x/backup/snapshots",
    "atlas api cloudBackups getServerlessBackupSnapshot --clusterName c --snapshotId s --version 2023-01-01",
    "atlas sl backups snapshots describe --snapshotId=s --clusterName c",
    "| jq '.mongodVersion, .createdAt' ",
    "X=$(curl -s \"$U\")",
    "URL=\"$B/groups/$G/serverless/$C/backup/snapshots/$S\"",
    "client.CloudBackupsApi.GetServerlessBackup(ctx, g, c, s).Execute()",
    "admin.ServerlessBackupSnapshot",
    "snap.GetMongodVersion()",
    "format!(\"{b}/api/atlas/v2/groups/{g}/serverless/{c}/backup/snapshots/{s}\")",
    "cloud_backups_api::get_serverless_backup(cfg, g, c, s)",
    "# atlas-sunset: ignore[serverless-backup-snapshot-get] -- why",
    "// comment ",
    "# comment ",
    "/* block */",
    "\"",
    "'",
    "`",
    "\\\n",
    "\n",
    "\r\n",
    "{",
    "}",
    "(",
    ")",
    "é漢🦀",
    "<<EOF\n",
    "EOF\n",
    "```bash\n",
    "```\n",
    "  run: |\n    ",
    "\t",
    "$(",
    "${",
    "%s",
];

const NAMES: &[&str] = &[
    "a.sh",
    "a.py",
    "a.md",
    "ci.yml",
    "Makefile",
    "Dockerfile",
    "a.js",
    "a.go",
    "a.rs",
    "a.tf",
    "a.txt",
];

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(0..PIECES.len(), 0..40)
        .prop_map(|ix| ix.into_iter().map(|i| PIECES[i]).collect())
}

/// Statements that are valid Rust inside the body of [`RUST_HEAD`]: most of them call or name a
/// retired endpoint, so a file built from them is valid Rust that the fixes rewrite.
const RUST_STATEMENTS: &[&str] = &[
    "let _u = format!(\"{b}/api/atlas/v2/groups/{g}/serverless/{c}/backup/snapshots/{s}\");",
    "let _p = \"/api/atlas/v2/groups/{groupId}/serverless/{clusterName}/backup/snapshots/{snapshotId}\";",
    "let _q = r#\"/api/atlas/v1.0/groups/{g}/serverless/{c}/backup/snapshots/{s}\"#;",
    "let _a = \"application/vnd.atlas.2023-01-01+json\";",
    "let _r = cloud_backups_api::get_serverless_backup(cfg, g, c, s);",
    "let _f = c.get(format!(\"{b}/api/atlas/v2/groups/{g}/serverless/{c}/backup/snapshots\")).header(ACCEPT, \"application/vnd.atlas.2023-01-01+json\");",
    "// see /serverless/x/backup/snapshots",
    "let _e = \"é漢🦀\";",
    "{ let _n = 1; }",
];
const RUST_HEAD: &str = "use atlas_admin::apis::cloud_backups_api;\n\nasync fn f(cfg: &Configuration, c: &Client, b: &str, g: &str, s: &str) {\n    ";
const RUST_TAIL: &str = "\n}\n";

/// Statements that are valid Go inside the body of [`GO_HEAD`], in the same spirit.
const GO_STATEMENTS: &[&str] = &[
    "_, _, _ = client.CloudBackupsApi.GetServerlessBackupSnapshot(ctx, g, c, s).Execute()",
    "_, _, _ = client.CloudBackupsApi.GetServerlessBackupSnapshotWithParams(ctx, &admin.GetServerlessBackupSnapshotApiParams{GroupId: g, ClusterName: c, SnapshotId: s}).Execute()",
    "_ = &admin.GetServerlessBackupSnapshotApiParams{\n\t\tClusterName: c,\n\t\tGroupId:     g,\n\t}",
    "_ = \"/api/atlas/v2/groups/\" + g + \"/serverless/\" + c + \"/backup/snapshots/\" + s",
    "_ = \"application/vnd.atlas.2023-01-01+json\"",
    "// see /serverless/x/backup/snapshots",
    "_ = \"é漢🦀\"",
    "if g == \"\" {\n\t\treturn\n\t}",
];
const GO_HEAD: &str = "package p\n\nimport (\n\t\"context\"\n\n\t\"go.mongodb.org/atlas-sdk/v20250312010/admin\"\n)\n\nfunc f(ctx context.Context, client *admin.APIClient, g, c, s string) {\n\t";
const GO_TAIL: &str = "\n}\n";

/// A valid Rust (`a.rs`) or Go (`a.go`) file made of 1 to 8 of the statements above.
fn valid_program() -> impl Strategy<Value = (&'static str, String)> {
    let rust = prop::collection::vec(prop::sample::select(RUST_STATEMENTS), 1..8).prop_map(|s| {
        (
            "a.rs",
            format!("{RUST_HEAD}{}{RUST_TAIL}", s.join("\n    ")),
        )
    });
    let go = prop::collection::vec(prop::sample::select(GO_STATEMENTS), 1..8)
        .prop_map(|s| ("a.go", format!("{GO_HEAD}{}{GO_TAIL}", s.join("\n\t"))));
    prop_oneof![rust, go]
}

fn rules() -> &'static RuleSet {
    static RULES: std::sync::OnceLock<RuleSet> = std::sync::OnceLock::new();
    RULES.get_or_init(|| RuleSet::builtin().expect("rules"))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, .. ProptestConfig::default() })]

    #[test]
    fn invariants_hold_on_pieces_of_call_sites(t in text(), name in 0..NAMES.len()) {
        if let Err(why) = invariants::check(rules(), NAMES[name], &t) {
            prop_assert!(false, "{} in {}: {:?}", why, NAMES[name], t);
        }
    }
}

fn bash_n(text: &str) -> bool {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("t.sh");
    std::fs::write(&p, text).unwrap();
    Command::new("bash")
        .arg("-n")
        .arg(&p)
        .output()
        .expect("bash")
        .status
        .success()
}

/// Runs `test` on `cases` values of `strategy` (failures shrink as usual) and returns how many of
/// them `test` said were meaningful, so a property can prove it tested what its name says.
fn run_counting<S: Strategy>(
    cases: u32,
    strategy: S,
    test: impl Fn(S::Value) -> Result<bool, TestCaseError>,
) -> usize {
    let meaningful = std::sync::atomic::AtomicUsize::new(0);
    let mut runner = TestRunner::new(ProptestConfig {
        cases,
        max_global_rejects: cases * 16,
        failure_persistence: None,
        ..ProptestConfig::default()
    });
    let result = runner.run(&strategy, |v| {
        if test(v)? {
            meaningful.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        }
        Ok(())
    });
    if let Err(e) = result {
        panic!("{e}");
    }
    meaningful.into_inner()
}

/// Arbitrary text with call-site pieces mixed in, so most cases hold a trigger and have findings.
fn arbitrary_text_with_call_sites() -> impl Strategy<Value = String> {
    let chunk = prop_oneof![
        "\\PC{0,40}",
        prop::sample::select(PIECES).prop_map(str::to_string)
    ];
    prop::collection::vec(chunk, 0..16).prop_map(|c| c.concat())
}

#[test]
fn invariants_hold_on_arbitrary_text_mixed_with_call_sites() {
    let ctx_rules = rules();
    let with_findings = run_counting(
        256,
        (arbitrary_text_with_call_sites(), 0..NAMES.len()),
        |(t, name)| {
            if let Err(why) = invariants::check(ctx_rules, NAMES[name], &t) {
                prop_assert!(false, "{} in {}: {:?}", why, NAMES[name], t);
            }
            Ok(findings(NAMES[name], &t) > 0)
        },
    );
    // Without the pieces, arbitrary text almost never holds a trigger: this was a no-panic test.
    assert!(
        with_findings >= 64,
        "only {with_findings} of 256 cases had a finding"
    );
}

/// Shell lines that call a retired endpoint, each valid on its own.
const SHELL_CALLS: &[&str] = &[
    "curl -H 'Accept: application/vnd.atlas.2023-01-01+json' \"https://cloud.mongodb.com/api/atlas/v2/groups/$G/serverless/$C/backup/snapshots/$S\"",
    "X=$(curl -s \"$B/api/atlas/v2/groups/$G/serverless/$C/backup/snapshots\")",
    "atlas api cloudBackups getServerlessBackupSnapshot --groupId \"$G\" --clusterName c --snapshotId s --version 2023-01-01",
    "atlas serverless backups snapshots describe --snapshotId=s --clusterName c",
    "atlas serverless backups snapshots list --clusterName \"$C\" -o json",
    "URL=\"$B/api/atlas/v2/groups/$G/serverless/$C/backup/snapshots/$S\"",
    "curl -X DELETE \"https://cloud.mongodb.com/api/atlas/v2/groups/$G/serverless/$C\"",
];

/// How a call is written into the script: `{}` stands for the call.
const SHELL_FORMS: &[&str] = &[
    "{}",
    "{} | jq '.mongodVersion, .createdAt'",
    "if true; then\n  {}\nfi",
    "f() {\n  {}\n}",
    "{} \\\n  -o out.json",
    "# before\n{} # after",
    "for i in 1 2; do {}; done",
    "echo \"é漢🦀\"; {}",
];

/// A shell script of 1 to 5 calls, each in one of the forms above.
fn shell_script() -> impl Strategy<Value = String> {
    let line = (
        prop::sample::select(SHELL_CALLS),
        prop::sample::select(SHELL_FORMS),
    )
        .prop_map(|(call, form)| form.replace("{}", call));
    prop::collection::vec(line, 1..6).prop_map(|l| format!("#!/bin/sh\n{}\n", l.join("\n")))
}

/// `text` read as a file called `name`: the run's context, policy and file, and its findings.
fn analyzed(
    name: &str,
    text: &str,
) -> (
    atlas_sunset::detect::Context<'static>,
    atlas_sunset::config::Policy,
    atlas_sunset::source::SourceFile,
    Vec<atlas_sunset::finding::Finding>,
) {
    let ctx = atlas_sunset::detect::Context {
        rules: rules(),
        today: "2026-11-28".parse().unwrap(),
    };
    let policy = atlas_sunset::config::Policy::all(rules());
    let language = atlas_sunset::language::classify(std::path::Path::new(name), text.as_bytes());
    let file = atlas_sunset::source::SourceFile::new(
        name.into(),
        name.into(),
        text.to_string(),
        false,
        language,
    );
    let findings = atlas_sunset::engine::analyze(&ctx, &policy, &file);
    (ctx, policy, file, findings)
}

fn findings(name: &str, text: &str) -> usize {
    analyzed(name, text).3.len()
}

/// The text of `name` after every fix, unsafe ones included.
fn fix_unsafe(name: &str, text: &str) -> String {
    let (ctx, policy, file, findings) = analyzed(name, text);
    atlas_sunset::engine::fix_file(
        &ctx,
        &policy,
        &file,
        findings,
        atlas_sunset::fix::Applicability::Unsafe,
    )
    .text
}

/// Valid Rust and Go stay valid after fixing, and the engine's guard never has to reject a fix
/// (a rejection means a detector produced a breaking edit). Counted, so that most cases really
/// fix something in each language.
#[test]
fn fixes_of_valid_rust_and_go_are_never_rejected() {
    let changed = std::sync::Mutex::new(std::collections::BTreeMap::<&str, usize>::new());
    run_counting(256, valid_program(), |(name, t)| {
        let language = atlas_sunset::language::classify(std::path::Path::new(name), t.as_bytes());
        prop_assert!(
            atlas_sunset::engine::verify(language, &t).is_ok(),
            "the generator made an invalid {}:\n{}",
            name,
            t
        );
        if let Err(why) = invariants::check(rules(), name, &t) {
            prop_assert!(false, "{} in {}:\n{}", why, name, t);
        }
        let fixed = fix_unsafe(name, &t) != t;
        if fixed {
            *changed.lock().unwrap().entry(name).or_default() += 1;
        }
        Ok(fixed)
    });
    let changed = changed.into_inner().unwrap();
    for name in ["a.rs", "a.go"] {
        let n = changed.get(name).copied().unwrap_or(0);
        assert!(
            n >= 48,
            "only {n} of the {name} cases were changed by a fix: {changed:?}"
        );
    }
}

#[test]
fn fixed_shell_still_passes_bash_n() {
    // Scripts built from valid calls (so few are rejected) and, as before, from raw pieces.
    let scripts = prop_oneof![3 => shell_script(), 1 => text()];
    let fixed = run_counting(96, scripts, |t| {
        prop_assume!(bash_n(&t), "not valid shell to begin with");
        let fixed = fix_unsafe("t.sh", &t);
        prop_assert!(
            bash_n(&fixed),
            "fixing broke the shell syntax:\n{}\n=>\n{}",
            t,
            fixed
        );
        Ok(fixed != t)
    });
    assert!(
        fixed >= 64,
        "only {fixed} of 96 cases were changed by a fix"
    );
}

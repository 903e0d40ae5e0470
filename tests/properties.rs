//! Property tests of the invariants in `atlas_sunset::invariants` (no panic, spans and edits in
//! bounds on character boundaries, no overlapping edits, idempotent fixes, fixed files still
//! parse) on texts built from the pieces real call sites are made of, in every language; and fixed
//! shell still passes `bash -n` when the original did.

use std::process::Command;

use atlas_sunset::invariants;
use atlas_sunset::rules::RuleSet;
use proptest::prelude::*;

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

    /// Valid Rust and Go stay valid after fixing, and the engine's guard never has to reject a fix
    /// (a rejection means a detector produced a breaking edit).
    #[test]
    fn fixes_of_valid_rust_and_go_are_never_rejected((name, t) in valid_program()) {
        let language = atlas_sunset::language::classify(std::path::Path::new(name), t.as_bytes());
        prop_assert!(atlas_sunset::engine::verify(language, &t).is_ok(), "the generator made an invalid {}:\n{}", name, t);
        if let Err(why) = invariants::check(rules(), name, &t) {
            prop_assert!(false, "{} in {}:\n{}", why, name, t);
        }
    }

    #[test]
    fn invariants_hold_on_arbitrary_text(t in "\\PC{0,300}", name in 0..NAMES.len()) {
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

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, .. ProptestConfig::default() })]

    #[test]
    fn fixed_shell_still_passes_bash_n(t in text()) {
        if !bash_n(&t) {
            return Ok(());
        }
        let ctx = atlas_sunset::detect::Context { rules: rules(), today: "2026-11-28".parse().unwrap() };
        let policy = atlas_sunset::config::Policy::all(rules());
        let file = atlas_sunset::source::SourceFile::new(
            "t.sh".into(), "t.sh".into(), t.clone(), false, atlas_sunset::language::Language::Shell,
        );
        let findings = atlas_sunset::engine::analyze(&ctx, &policy, &file);
        let fixed = atlas_sunset::engine::fix_file(&ctx, &policy, &file, findings, atlas_sunset::fix::Applicability::Unsafe).text;
        prop_assert!(bash_n(&fixed), "fixing broke the shell syntax:\n{}\n=>\n{}", t, fixed);
    }
}

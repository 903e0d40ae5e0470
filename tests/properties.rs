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

//! The real `pre-commit` runs this repository's hooks (`.pre-commit-hooks.yaml`, `language: rust`)
//! in a temporary git repository: the check hook fails on a staged retired call and passes on a
//! clean tree, the fix hook rewrites the file and pre-commit reports it modified, and the config
//! file's excludes hold for staged files. Needs `git` and `pre-commit` (`pip install pre-commit`);
//! a missing tool fails the test.

#[path = "support/git.rs"]
mod git;
use git::git;

use std::path::Path;
use std::process::{Command, Output};

const RETIRED: &str = "curl -H 'Accept: application/vnd.atlas.2023-01-01+json' \"https://cloud.mongodb.com/api/atlas/v2/groups/$G/serverless/$C/backup/snapshots/$S\"\n";
const MIGRATED: &str = "curl -H 'Accept: application/vnd.atlas.2024-11-13+json' \"https://cloud.mongodb.com/api/atlas/v2/groups/$G/flexClusters/$C/backup/snapshots/$S\"\n";

fn run(dir: &Path, program: &str, args: &[&str], env: &[(&str, &Path)]) -> Output {
    let mut cmd = Command::new(program);
    cmd.args(args).current_dir(dir);
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output()
        .unwrap_or_else(|e| panic!("{program} must be installed: {e}"))
}

fn text(o: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

/// A committed snapshot of this project's working tree (what `pre-commit try-repo` would use), so
/// one hook environment serves every scenario.
fn hook_repo(into: &Path) -> String {
    let project = Path::new(env!("CARGO_MANIFEST_DIR"));
    let listed = run(
        project,
        "git",
        &["ls-files", "-co", "--exclude-standard"],
        &[],
    );
    assert!(listed.status.success());
    for f in String::from_utf8_lossy(&listed.stdout).lines() {
        let from = project.join(f);
        if !from.is_file() || f.starts_with("testdata/") || f.starts_with("bench/") {
            continue;
        }
        let to = into.join(f);
        std::fs::create_dir_all(to.parent().unwrap()).unwrap();
        std::fs::copy(&from, &to).unwrap();
    }
    git(into, &["init", "-q"]);
    git(into, &["add", "-A"]);
    git(into, &["commit", "-qm", "hooks"]);
    let rev = git(into, &["rev-parse", "HEAD"]);
    String::from_utf8_lossy(&rev.stdout).trim().to_string()
}

#[test]
fn hooks_run_under_real_pre_commit() {
    let tmp = tempfile::tempdir().unwrap();
    let hooks = tmp.path().join("hooks");
    let work = tmp.path().join("work");
    std::fs::create_dir_all(&hooks).unwrap();
    std::fs::create_dir_all(&work).unwrap();
    let rev = hook_repo(&hooks);
    // Share one cargo build directory and pre-commit cache across the scenarios.
    let target = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/pre-commit");
    let home = tmp.path().join("pre-commit-home");
    // The `language: rust` hook builds the tool with `cargo install` (a release build): without
    // optimisation here, which the hooks' behaviour does not depend on (as the wheel test builds
    // with the dev profile), so the test costs a debug build's time, not a release build's.
    let no_opt = Path::new("0");
    let no_lto = Path::new("false");
    let env: [(&str, &Path); 4] = [
        ("CARGO_TARGET_DIR", &target),
        ("PRE_COMMIT_HOME", &home),
        ("CARGO_PROFILE_RELEASE_OPT_LEVEL", no_opt),
        ("CARGO_PROFILE_RELEASE_LTO", no_lto),
    ];

    git(&work, &["init", "-q"]);
    git(&work, &["config", "user.email", "t@t"]);
    git(&work, &["config", "user.name", "t"]);
    let config = format!(
        "repos:\n  - repo: {}\n    rev: {rev}\n    hooks:\n      - id: atlas-sunset\n        args: [--today, \"2026-11-28\"]\n      - id: atlas-sunset-fix\n        stages: [manual]\n        args: [--today, \"2026-11-28\"]\n",
        hooks.display()
    );
    std::fs::write(work.join(".pre-commit-config.yaml"), config).unwrap();
    std::fs::write(work.join("atlas-sunset.toml"), "exclude = [\"legacy\"]\n").unwrap();
    let pre_commit = |args: &[&str]| run(&work, "pre-commit", args, &env);

    // 1. A staged retired call fails the check hook.
    std::fs::write(work.join("snapshot.sh"), RETIRED).unwrap();
    git(&work, &["add", "-A"]);
    let o = pre_commit(&["run", "atlas-sunset"]);
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    assert!(text(&o).contains("snapshot.sh:1:"), "{}", text(&o));
    assert!(
        text(&o).contains("error[serverless-backup-snapshot-get]"),
        "{}",
        text(&o)
    );

    // 2. The fix hook rewrites it and pre-commit says the hook modified files.
    let o = pre_commit(&["run", "--hook-stage", "manual", "atlas-sunset-fix"]);
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    assert!(
        text(&o).contains("files were modified by this hook"),
        "{}",
        text(&o)
    );
    assert_eq!(
        std::fs::read_to_string(work.join("snapshot.sh")).unwrap(),
        MIGRATED
    );

    // 3. A clean tree passes.
    git(&work, &["add", "-A"]);
    let o = pre_commit(&["run", "atlas-sunset"]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    assert!(text(&o).contains("Passed"), "{}", text(&o));

    // 4. Staged files under a configured exclude are skipped (--force-exclude).
    std::fs::create_dir_all(work.join("legacy")).unwrap();
    std::fs::write(work.join("legacy/old.sh"), RETIRED).unwrap();
    git(&work, &["add", "-A"]);
    let o = pre_commit(&["run", "atlas-sunset"]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
}

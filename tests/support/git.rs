//! git for the tests: one runner, with a fixed identity, that fails the test when git fails.

use std::path::Path;
use std::process::{Command, Output};

/// Runs `git ARGS` in `dir` as author and committer `t`; git must be installed and succeed.
pub fn git(dir: &Path, args: &[&str]) -> Output {
    let o = Command::new("git")
        .args(["-c", "user.name=t", "-c", "user.email=t@example.com"])
        .args(args)
        .current_dir(dir)
        .output()
        .expect("git must be installed");
    assert!(
        o.status.success(),
        "git {args:?} in {}: {}",
        dir.display(),
        String::from_utf8_lossy(&o.stderr)
    );
    o
}

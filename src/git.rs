//! Asking git about the work tree (`--changed-since`, where a report was made): one way to run it
//! and read its answer.

use std::path::Path;
use std::process::Command;

/// The standard output of `git ARGS` run in `cwd`; the error says why when git is missing or fails.
pub fn output(cwd: &Path, args: &[&str]) -> Result<String, String> {
    let out = Command::new("git")
        .args(args)
        .current_dir(cwd)
        .output()
        .map_err(|e| format!("needs git: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "git {} failed: {}",
            args.join(" "),
            String::from_utf8_lossy(&out.stderr).trim()
        ));
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

/// The trimmed answer of `git ARGS`, when git runs, succeeds and says something.
pub fn answer(cwd: &Path, args: &[&str]) -> Option<String> {
    let text = output(cwd, args).ok()?;
    let text = text.trim();
    (!text.is_empty()).then(|| text.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_failing_command_names_itself_and_has_no_answer() {
        let dir = tempfile::tempdir().unwrap();
        let err = output(
            dir.path(),
            &["rev-parse", "--verify", "--quiet", "no-such-rev"],
        );
        assert!(
            err.as_ref()
                .is_err_and(|e| e.starts_with("git rev-parse --verify --quiet no-such-rev failed")),
            "{err:?}"
        );
        assert_eq!(answer(dir.path(), &["rev-parse", "--show-toplevel"]), None);
    }
}

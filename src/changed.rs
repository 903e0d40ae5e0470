//! `--changed-since REV`: the lines changed since a git revision (and every line of files git does
//! not track yet), so a check on a branch reports only what the branch touched.

use std::collections::HashMap;
use std::ops::RangeInclusive;
use std::path::{Path, PathBuf};

use crate::engine::FileReport;
use crate::globs;

/// Changed line ranges (1-based) per absolute path; `None` means the whole file is new.
#[derive(Debug, Default)]
pub struct Changes {
    files: HashMap<PathBuf, Option<Vec<RangeInclusive<usize>>>>,
}

fn git(cwd: &Path, args: &[&str]) -> Result<String, String> {
    crate::git::output(cwd, args).map_err(|e| format!("--changed-since: {e}"))
}

impl Changes {
    pub fn since(cwd: &Path, rev: &str) -> Result<Changes, String> {
        let root = PathBuf::from(git(cwd, &["rev-parse", "--show-toplevel"])?.trim());
        let diff = git(
            &root,
            &[
                "diff",
                "--no-color",
                "--no-ext-diff",
                "--unified=0",
                rev,
                "--",
            ],
        )?;
        let mut changes = Changes::default();
        changes.parse_diff(&root, &diff);
        for f in git(&root, &["ls-files", "--others", "--exclude-standard"])?.lines() {
            changes.files.insert(root.join(f), None);
        }
        Ok(changes)
    }

    fn parse_diff(&mut self, root: &Path, diff: &str) {
        let mut current: Option<PathBuf> = None;
        for line in diff.lines() {
            if let Some(p) = line.strip_prefix("+++ ") {
                current = p.strip_prefix("b/").map(|p| root.join(p));
                if let Some(c) = &current {
                    self.files
                        .entry(c.clone())
                        .or_insert_with(|| Some(Vec::new()));
                }
                continue;
            }
            let (Some(file), Some(hunk)) = (&current, line.strip_prefix("@@ ")) else {
                continue;
            };
            // @@ -a,b +c,d @@
            let Some(new) = hunk.split_whitespace().find(|w| w.starts_with('+')) else {
                continue;
            };
            let mut nums = new[1..].split(',');
            let start: usize = nums.next().and_then(|n| n.parse().ok()).unwrap_or(0);
            let count: usize = nums.next().and_then(|n| n.parse().ok()).unwrap_or(1);
            if count == 0 {
                continue;
            }
            if let Some(Some(ranges)) = self.files.get_mut(file) {
                ranges.push(start..=start + count - 1);
            }
        }
    }

    fn contains(&self, abs: &Path, line: usize) -> bool {
        match self.files.get(abs) {
            Some(None) => true,
            Some(Some(ranges)) => ranges.iter().any(|r| r.contains(&line)),
            None => false,
        }
    }

    /// Keeps only findings on changed lines.
    pub fn filter(&self, reports: &mut [FileReport], cwd: &Path) {
        for r in reports.iter_mut() {
            let Some(src) = r.source() else { continue };
            let abs = globs::absolute(&src.path, cwd);
            let abs = std::fs::canonicalize(&abs).unwrap_or(abs);
            let keep: Vec<bool> = r
                .findings
                .iter()
                .map(|f| self.contains(&abs, src.lines.line_of(f.span.start) + 1))
                .collect();
            drop(src);
            let mut flags = keep.into_iter();
            r.findings.retain(|_| flags.next().unwrap_or(false));
            r.invalidate_positions();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_hunks_of_the_new_side() {
        let diff = "diff --git a/x.sh b/x.sh\n--- a/x.sh\n+++ b/x.sh\n@@ -1,0 +2,3 @@\n+a\n@@ -9 +12 @@\n-x\n+y\n@@ -20,2 +22,0 @@\n";
        let mut c = Changes::default();
        c.parse_diff(Path::new("/r"), diff);
        let p = Path::new("/r/x.sh");
        assert!(!c.contains(p, 1));
        assert!(c.contains(p, 2) && c.contains(p, 4));
        assert!(!c.contains(p, 5));
        assert!(c.contains(p, 12));
        assert!(!c.contains(p, 22));
        assert!(!c.contains(Path::new("/r/other.sh"), 1));
    }
}

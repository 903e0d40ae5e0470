//! Unified diffs of fixes, with `a/` and `b/` prefixes and paths relative to the git work tree's top
//! (as `git diff` writes them), so `git apply` takes them from there whatever folder the scan ran in.

use std::path::{Path, PathBuf};

use similar::TextDiff;

/// The unified diff turning `old` into `new` for the file shown as `display`; empty when equal.
pub fn unified(display: &str, old: &str, new: &str) -> String {
    if old == new {
        return String::new();
    }
    let diff = TextDiff::from_lines(old, new);
    let mut out = format!("diff --git a/{display} b/{display}\n");
    out.push_str(
        &diff
            .unified_diff()
            .context_radius(3)
            .header(&format!("a/{display}"), &format!("b/{display}"))
            .to_string(),
    );
    out
}

/// The patch of one file for `git apply`: its path as seen from `base`, and its UTF-8 BOM (if it has
/// one) kept on the first line, where `git apply` expects to find it.
pub fn file_patch(base: &PatchBase, display: &str, bom: bool, old: &str, new: &str) -> String {
    let path = base.path(display);
    if !bom {
        return unified(&path, old, new);
    }
    unified(&path, &format!("\u{feff}{old}"), &format!("\u{feff}{new}"))
}

/// Where the paths of a patch start: the top of the git work tree holding the working directory,
/// or the working directory itself outside a work tree.
#[derive(Debug, Clone)]
pub struct PatchBase {
    cwd: PathBuf,
    /// The work tree's top, when the working directory is inside one.
    top: Option<PathBuf>,
}

impl PatchBase {
    /// The nearest folder at or above `cwd` holding `.git` (a folder, or a file in a linked work tree).
    pub fn discover(cwd: &Path) -> PatchBase {
        let top = cwd
            .ancestors()
            .find(|d| d.join(".git").exists())
            .map(Path::to_path_buf);
        PatchBase {
            cwd: cwd.to_path_buf(),
            top,
        }
    }

    /// Paths as they are shown (relative to the working directory).
    pub fn here(cwd: &Path) -> PatchBase {
        PatchBase {
            cwd: cwd.to_path_buf(),
            top: None,
        }
    }

    /// The path of the file shown as `display` (relative to the working directory, or absolute) in
    /// the patch; unchanged when the file is outside the work tree.
    pub fn path(&self, display: &str) -> String {
        let Some(top) = &self.top else {
            return display.to_string();
        };
        let absolute = crate::globs::absolute(Path::new(display), &self.cwd);
        match absolute.strip_prefix(top) {
            Ok(rel) => rel.to_string_lossy().replace('\\', "/"),
            Err(_) => display.to_string(),
        }
    }

    /// Where to run `git apply`, for the summary.
    pub fn apply_from(&self) -> String {
        match &self.top {
            Some(top) if *top == self.cwd => {
                "from this folder, the top of the git work tree".to_string()
            }
            Some(top) => format!(
                "from the top of the git work tree, {} (paths are relative to it)",
                top.display()
            ),
            None => {
                "from this folder (not in a git work tree: paths are relative to it)".to_string()
            }
        }
    }
}

/// The closing line of `--diff`: what the patch (or the `patches` of `--split-by`) holds, and
/// where `git apply` takes it.
pub fn write_summary(
    out: &mut dyn std::io::Write,
    base: &PatchBase,
    fixes: usize,
    files: usize,
    patches: Option<usize>,
) -> std::io::Result<()> {
    if fixes == 0 {
        return writeln!(out, "No fix to show: the diff is empty.");
    }
    let plural =
        |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    let what = match patches {
        Some(p) => format!(
            "The {} {}",
            plural(p, "patch", "patches"),
            if p == 1 { "holds" } else { "hold" }
        ),
        None => "The diff holds".to_string(),
    };
    let them = if patches.is_some_and(|p| p > 1) {
        "each"
    } else {
        "it"
    };
    writeln!(
        out,
        "{what} {} in {}; apply {them} with `git apply` {}.",
        plural(fixes, "fix", "fixes"),
        plural(files, "file", "files"),
        base.apply_from()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn has_git_headers_and_hunks() {
        let d = unified("x/y.sh", "a\nb\nc\n", "a\nB\nc\n");
        assert!(
            d.starts_with(
                "diff --git a/x/y.sh b/x/y.sh\n--- a/x/y.sh\n+++ b/x/y.sh\n@@ -1,3 +1,3 @@\n"
            ),
            "{d}"
        );
        assert!(d.contains("-b\n+B\n"));
    }

    #[test]
    fn marks_missing_final_newline() {
        let d = unified("f", "a\nb", "a\nc");
        assert!(d.contains("\\ No newline at end of file"), "{d}");
    }

    #[test]
    fn equal_texts_give_no_diff() {
        assert_eq!(unified("f", "a", "a"), "");
    }

    #[test]
    fn a_bom_stays_on_the_first_line_of_the_patch() {
        // Regression (issue 15): the context line lost its BOM, and `git apply` rejected the patch.
        let base = PatchBase::here(Path::new("/w"));
        let d = file_patch(&base, "f", true, "a\nb\n", "a\nB\n");
        assert!(d.contains("\n \u{feff}a\n-b\n+B\n"), "{d}");
    }

    #[test]
    fn paths_are_relative_to_the_work_tree_top() {
        let base = PatchBase {
            cwd: PathBuf::from("/repo/scripts"),
            top: Some(PathBuf::from("/repo")),
        };
        assert_eq!(base.path("a.sh"), "scripts/a.sh");
        assert_eq!(base.path("../docs/x.md"), "docs/x.md");
        assert_eq!(base.path("/repo/ops/y.sh"), "ops/y.sh");
        assert_eq!(base.path("/elsewhere/z.sh"), "/elsewhere/z.sh");
    }
}

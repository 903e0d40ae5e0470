//! Unified diffs of fixes, with `a/` and `b/` prefixes so `git apply` takes them from the repo root.

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
}

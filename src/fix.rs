//! The edit model (shaped like ruff's): edits splice the original text, fixes carry an applicability,
//! and the planner applies non-overlapping fixes.

use std::ops::Range;

/// How much a fix can be trusted. Ordered: `DisplayOnly < Unsafe < Safe`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Applicability {
    /// Shown to explain the migration; never applied.
    DisplayOnly,
    /// Applied only with `--unsafe-fixes`: the result needs a person's review.
    Unsafe,
    /// Applied by `--fix`.
    Safe,
}

impl Applicability {
    pub fn name(self) -> &'static str {
        match self {
            Applicability::DisplayOnly => "display-only",
            Applicability::Unsafe => "unsafe",
            Applicability::Safe => "safe",
        }
    }
}

/// Replace the bytes in `range` with `content`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Edit {
    pub range: Range<usize>,
    pub content: String,
}

impl Edit {
    pub fn replace(range: Range<usize>, content: impl Into<String>) -> Edit {
        Edit {
            range,
            content: content.into(),
        }
    }
}

/// A set of edits that belong together, applied all or none.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fix {
    pub applicability: Applicability,
    /// Sorted by start offset; never overlapping.
    pub edits: Vec<Edit>,
    /// One line saying what the fix does ("replace `serverless` with `flexClusters`").
    pub title: String,
}

impl Fix {
    pub fn new(
        applicability: Applicability,
        mut edits: Vec<Edit>,
        title: impl Into<String>,
    ) -> Fix {
        edits.sort_by_key(|e| (e.range.start, e.range.end));
        edits.dedup();
        Fix {
            applicability,
            edits,
            title: title.into(),
        }
    }

    /// The byte range covering every edit.
    pub fn range(&self) -> Range<usize> {
        let start = self.edits.first().map_or(0, |e| e.range.start);
        let end = self
            .edits
            .iter()
            .map(|e| e.range.end)
            .max()
            .unwrap_or(start);
        start..end
    }

    /// True when applying this fix to `text` changes nothing.
    pub fn is_noop(&self, text: &str) -> bool {
        self.edits
            .iter()
            .all(|e| text.get(e.range.clone()) == Some(e.content.as_str()))
    }
}

fn overlaps(a: &Range<usize>, b: &Range<usize>) -> bool {
    // Two insertions at the same point also conflict: their order would be arbitrary.
    (a.start < b.end && b.start < a.end) || (a.start == b.start && (a.is_empty() || b.is_empty()))
}

/// Picks the fixes to apply together: in order, each fix whose edits neither overlap an edit already
/// chosen nor fall outside the text. An edit identical to one already chosen is shared, not a conflict.
/// Returns the chosen edits (sorted) and how many fixes were taken.
pub fn plan<'a>(text: &str, fixes: impl IntoIterator<Item = &'a Fix>) -> (Vec<Edit>, usize) {
    let mut chosen: Vec<Edit> = Vec::new();
    let mut taken = 0;
    for fix in fixes {
        let valid = fix.edits.iter().all(|e| {
            e.range.start <= e.range.end
                && e.range.end <= text.len()
                && text.is_char_boundary(e.range.start)
                && text.is_char_boundary(e.range.end)
        });
        if !valid || fix.is_noop(text) {
            continue;
        }
        let conflict = fix.edits.iter().any(|e| {
            chosen
                .iter()
                .any(|c| c != e && overlaps(&c.range, &e.range))
        });
        if conflict {
            continue;
        }
        for e in &fix.edits {
            if !chosen.contains(e) {
                chosen.push(e.clone());
            }
        }
        taken += 1;
    }
    chosen.sort_by_key(|e| (e.range.start, e.range.end));
    (chosen, taken)
}

/// Splices sorted, non-overlapping edits into `text`.
pub fn apply(text: &str, edits: &[Edit]) -> String {
    let mut out = String::with_capacity(text.len() + 64);
    let mut pos = 0;
    for e in edits {
        out.push_str(&text[pos..e.range.start]);
        out.push_str(&e.content);
        pos = e.range.end;
    }
    out.push_str(&text[pos..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fix(edits: Vec<Edit>) -> Fix {
        Fix::new(Applicability::Safe, edits, "t")
    }

    #[test]
    fn applicability_is_ordered_display_unsafe_safe() {
        assert!(Applicability::DisplayOnly < Applicability::Unsafe);
        assert!(Applicability::Unsafe < Applicability::Safe);
    }

    #[test]
    fn overlapping_fixes_are_never_both_applied() {
        let text = "abcdef";
        let a = fix(vec![Edit::replace(1..3, "X")]);
        let b = fix(vec![Edit::replace(2..4, "Y")]);
        let c = fix(vec![Edit::replace(4..5, "Z")]);
        let (edits, taken) = plan(text, [&a, &b, &c]);
        assert_eq!(taken, 2);
        assert_eq!(apply(text, &edits), "aXdZf");
    }

    #[test]
    fn identical_edits_in_two_fixes_are_shared() {
        let text = "url hdr url";
        let a = fix(vec![Edit::replace(0..3, "U"), Edit::replace(4..7, "H")]);
        let b = fix(vec![Edit::replace(8..11, "U"), Edit::replace(4..7, "H")]);
        let (edits, taken) = plan(text, [&a, &b]);
        assert_eq!(taken, 2);
        assert_eq!(apply(text, &edits), "U H U");
    }

    #[test]
    fn out_of_range_and_noop_fixes_are_skipped() {
        let text = "abc";
        let bad = fix(vec![Edit::replace(2..9, "x")]);
        let noop = fix(vec![Edit::replace(0..1, "a")]);
        let (edits, taken) = plan(text, [&bad, &noop]);
        assert_eq!((edits.len(), taken), (0, 0));
    }

    #[test]
    fn adjacent_edits_do_not_conflict() {
        let text = "abcd";
        let a = fix(vec![Edit::replace(0..2, "X")]);
        let b = fix(vec![Edit::replace(2..4, "Y")]);
        let (edits, taken) = plan(text, [&a, &b]);
        assert_eq!(taken, 2);
        assert_eq!(apply(text, &edits), "XY");
    }
}

//! The properties every run must keep, whatever the input: checked by the fuzz targets
//! (`fuzz/`) and the property tests (`tests/properties.rs`). A violation is returned as a message.
//!
//! - no panic (the caller runs this under the fuzzer or proptest);
//! - every finding's span and every edit lie inside the text, on character boundaries;
//! - a fix's edits are sorted and never overlap, and the edits chosen together never overlap;
//! - fixing twice gives the same text as fixing once;
//! - a file that parsed before a fix still parses after it (Rust, Go), without the engine's guard
//!   having to reject the fixes (a rejected fix is a detector's breaking edit, so it is a violation).

use std::path::PathBuf;

use crate::config::Policy;
use crate::detect::Context;
use crate::engine;
use crate::fix::{self, Applicability};
use crate::language;
use crate::rules::RuleSet;
use crate::source::SourceFile;

/// Checks every invariant on `text` read as a file called `name`.
pub fn check(rules: &RuleSet, name: &str, text: &str) -> Result<(), String> {
    let ctx = Context {
        rules,
        today: "2026-11-28".parse().expect("valid date"),
    };
    let policy = Policy::all(rules);
    let language = language::classify(&PathBuf::from(name), text.as_bytes());
    let file = SourceFile::new(name.into(), name.into(), text.to_string(), false, language);
    let findings = engine::analyze(&ctx, &policy, &file);
    let in_text = |r: &std::ops::Range<usize>| {
        r.start <= r.end
            && r.end <= text.len()
            && text.is_char_boundary(r.start)
            && text.is_char_boundary(r.end)
    };
    for f in &findings {
        if !in_text(&f.span) {
            return Err(format!(
                "finding span {:?} outside the text or off a char boundary",
                f.span
            ));
        }
        let Some(fix) = &f.fix else { continue };
        for w in fix.edits.windows(2) {
            if w[0].range.end > w[1].range.start {
                return Err(format!(
                    "edits of one fix overlap: {:?} and {:?}",
                    w[0].range, w[1].range
                ));
            }
        }
        if let Some(e) = fix.edits.iter().find(|e| !in_text(&e.range)) {
            return Err(format!(
                "edit {:?} outside the text or off a char boundary",
                e.range
            ));
        }
    }
    let (chosen, _) = fix::plan(text, findings.iter().filter_map(|f| f.fix.as_ref()));
    for w in chosen.windows(2) {
        if w[0].range.end > w[1].range.start {
            return Err(format!(
                "planned edits overlap: {:?} and {:?}",
                w[0].range, w[1].range
            ));
        }
    }
    for threshold in [Applicability::Safe, Applicability::Unsafe] {
        let outcome = engine::fix_file(&ctx, &policy, &file, findings.clone(), threshold);
        // `fix_file` keeps the original text when the fixed one fails `verify`: that guard hides
        // a detector's breaking edit, so a rejection is itself a violation.
        if let Some(why) = outcome.rejected {
            return Err(format!("a fix was rejected ({threshold:?}): {why}"));
        }
        let once = outcome.text;
        let mut fixed = file.clone();
        fixed.set_text(once.clone());
        let again_findings = engine::analyze(&ctx, &policy, &fixed);
        let again = engine::fix_file(&ctx, &policy, &fixed, again_findings, threshold);
        if let Some(why) = again.rejected {
            return Err(format!(
                "fixing a second time was rejected ({threshold:?}): {why}"
            ));
        }
        let twice = again.text;
        if twice != once {
            return Err(format!(
                "fixing twice differs from fixing once ({threshold:?})"
            ));
        }
        if engine::verify(language, text).is_ok() {
            if let Err(why) = engine::verify(language, &once) {
                return Err(format!("a valid file no longer parses after fixing: {why}"));
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The generated-client fixture (also the rust fuzz target's seed4): a file whose first lines
    /// are `//!` doc comments keeps every invariant, fixes included.
    #[test]
    fn a_generated_client_with_inner_doc_comments_keeps_the_invariants() {
        let rules = RuleSet::builtin().unwrap();
        let text = include_str!("../testdata/rust/generated_client_newer.rs");
        assert_eq!(check(&rules, "a.rs", text), Ok(()));
    }
}

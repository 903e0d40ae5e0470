//! Fuzz target: the URL detector (and everything else that runs on prose and scripts) keeps the invariants.
#![no_main]

use std::sync::OnceLock;

use atlas_sunset::{invariants, rules::RuleSet};
use libfuzzer_sys::fuzz_target;

/// The file names the input is checked as (the first byte picks one).
const NAMES: &[&str] = &["a.py", "a.md", "ci.yml", "a.js", "a.ts", "a.txt", "a.json", "a.tf"];

fn rules() -> &'static RuleSet {
    static RULES: OnceLock<RuleSet> = OnceLock::new();
    RULES.get_or_init(|| RuleSet::builtin().expect("built-in rules load"))
}

fuzz_target!(|data: &[u8]| {
    let Some((&pick, rest)) = data.split_first() else { return };
    let Ok(text) = std::str::from_utf8(rest) else { return };
    let name = NAMES[usize::from(pick) % NAMES.len()];
    if let Err(why) = invariants::check(rules(), name, text) {
        panic!("{why} (as {name})");
    }
});

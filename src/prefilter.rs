//! The prefilter: whether a file holds any rule's trigger literal, at the speed of reading memory.
//!
//! A file is worth decoding and handing to the detectors only when some trigger occurs in it. The
//! rules have well over a hundred triggers, too many for a SIMD multi-literal search (aho-corasick's
//! Teddy serves small sets only), so the automaton would walk every byte of every file. Most
//! triggers share a substring (`erverless`), so the search runs in two stages:
//!
//! 1. the **gate**: a handful of needles such that every trigger contains at least one of them
//!    (a shared substring for the many, the trigger itself for the few that share nothing), found
//!    with Teddy at memory speed. Almost every file misses here.
//! 2. the **exact** search for the triggers themselves, from just before the gate's first hit (no
//!    trigger can start earlier: it would hold a needle before the first one).
//!
//! So a file passes exactly when a trigger occurs in it, as with one search for all triggers.

use std::collections::HashMap;

use aho_corasick::{AhoCorasick, MatchKind};

/// The length of the shared substrings the gate looks for: long enough to be rare in code, short
/// enough to be shared by many triggers.
const SHARED_LEN: usize = 8;

/// Every trigger of a rule set, searched in two stages (see the module's documentation).
#[derive(Debug, Clone)]
pub struct Prefilter {
    gate: AhoCorasick,
    exact: AhoCorasick,
    /// The longest trigger, in bytes: how far before the gate's first hit a trigger may start.
    longest: usize,
}

impl Prefilter {
    pub fn new(triggers: &[String]) -> Result<Prefilter, aho_corasick::BuildError> {
        let needles = needles(triggers);
        // Only whether some literal occurs matters, and that is the same under every match kind;
        // leftmost-first is the one that gets the SIMD (Teddy) search.
        let build = |pats: &[String]| {
            AhoCorasick::builder()
                .match_kind(MatchKind::LeftmostFirst)
                .build(pats)
        };
        Ok(Prefilter {
            gate: build(&needles)?,
            exact: build(triggers)?,
            longest: triggers.iter().map(String::len).max().unwrap_or(0),
        })
    }

    /// The longest trigger, in bytes.
    pub fn longest(&self) -> usize {
        self.longest
    }

    /// True when some trigger occurs in `bytes`.
    pub fn hit(&self, bytes: &[u8]) -> bool {
        let Some(first) = self.gate.find(bytes) else {
            return false;
        };
        let from = first.start().saturating_sub(self.longest);
        self.exact.is_match(&bytes[from..])
    }
}

/// Few needles such that every trigger contains one: greedily the `SHARED_LEN`-byte substring that
/// most of the triggers not yet covered share, while one is shared by two or more; then each trigger
/// left is its own needle.
fn needles(triggers: &[String]) -> Vec<String> {
    let mut left: Vec<&str> = triggers.iter().map(String::as_str).collect();
    let mut needles = Vec::new();
    loop {
        let mut shared: HashMap<&str, usize> = HashMap::new();
        for t in &left {
            let mut grams: Vec<&str> = (0..=t.len().saturating_sub(SHARED_LEN))
                .filter_map(|i| t.get(i..i + SHARED_LEN))
                .collect();
            grams.sort_unstable();
            grams.dedup();
            for g in grams {
                *shared.entry(g).or_default() += 1;
            }
        }
        // The most shared, and of equally shared ones the first in byte order: deterministic.
        let best = shared
            .into_iter()
            .filter(|&(_, n)| n >= 2)
            .max_by(|a, b| a.1.cmp(&b.1).then_with(|| b.0.cmp(a.0)));
        let Some((gram, _)) = best else { break };
        let gram = gram.to_string();
        left.retain(|t| !t.contains(gram.as_str()));
        needles.push(gram);
    }
    needles.extend(left.into_iter().map(str::to_string));
    needles
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn every_trigger_holds_a_needle_and_shared_ones_are_few() {
        let triggers = strings(&[
            "GetServerlessBackup",
            "listServerlessInstances",
            "/serverless/",
            "mongodbatlas_serverless_instance",
            "sl list",
            "GetFrequencyType",
        ]);
        let n = needles(&triggers);
        for t in &triggers {
            assert!(n.iter().any(|x| t.contains(x.as_str())), "{t} in {n:?}");
        }
        assert!(n.len() <= 4, "{n:?}");
        assert!(n.contains(&"sl list".to_string()), "{n:?}");
    }

    #[test]
    fn the_built_in_rules_need_few_needles_and_each_trigger_holds_one() {
        let set = crate::rules::RuleSet::builtin().unwrap();
        let triggers: Vec<String> = set
            .rules
            .iter()
            .flat_map(crate::rules::Rule::triggers)
            .collect();
        let n = needles(&triggers);
        for t in &triggers {
            assert!(n.iter().any(|x| t.contains(x.as_str())), "{t} in {n:?}");
        }
        // Few enough for the SIMD search (the 100-odd triggers themselves are not).
        assert!(n.len() <= 16, "{} needles: {n:?}", n.len());
        assert!(triggers.len() > 3 * n.len(), "{n:?}");
    }

    #[test]
    fn a_file_passes_exactly_when_a_trigger_occurs() {
        let p = Prefilter::new(&strings(&[
            "/serverless/",
            "GetServerlessBackup",
            "sl list",
        ]))
        .unwrap();
        let filler = "x".repeat(300);
        assert!(p.hit(format!("{filler}GetServerlessBackup").as_bytes()));
        // A needle alone is not a trigger.
        assert!(!p.hit(format!("{filler}npx serverless deploy{filler}").as_bytes()));
        // A trigger after an earlier needle-only occurrence, and one straddling the gate's hit.
        assert!(p.hit(format!("serverless {filler} atlas sl list").as_bytes()));
        assert!(p.hit(format!("{filler}/v2/serverless/x").as_bytes()));
        assert!(!p.hit(b""));
        assert!(!p.hit(b"sl lis"));
    }

    #[test]
    fn triggers_sharing_nothing_and_short_ones_are_their_own_needles() {
        let triggers = strings(&["ab", "a", "zzzzzzzzzz"]);
        let p = Prefilter::new(&triggers).unwrap();
        for t in &triggers {
            assert!(p.hit(t.as_bytes()), "{t}");
        }
        assert!(!p.hit(b"zzzz"));
        assert!(!Prefilter::new(&[]).unwrap().hit(b"anything"));
    }
}

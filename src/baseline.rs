//! Baselines: record today's findings (`--write-baseline`) so later runs report only new ones
//! (`--baseline`). Entries are keyed by rule, path and a fingerprint that survives line moves.

use std::collections::HashSet;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::engine::FileReport;
use crate::fingerprint;
use crate::rules::RuleSet;

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Baseline {
    pub version: u32,
    pub findings: Vec<Entry>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, Hash)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    pub rule: String,
    pub path: String,
    pub fingerprint: String,
    /// Where it was when recorded: for people reading the file, not for matching.
    #[serde(default)]
    pub line: usize,
}

/// The entries for every finding in `reports`.
pub fn entries(reports: &[FileReport], rules: &RuleSet) -> Vec<Entry> {
    let mut out = Vec::new();
    for r in reports {
        let prints = fingerprint::fingerprints(r, |i| rules.info(i).id.to_string());
        for (f, print) in r.findings.iter().zip(prints) {
            let line = r.position_of(f).start.line;
            out.push(Entry {
                rule: rules.info(f.rule).id.to_string(),
                path: r.display.clone(),
                fingerprint: print,
                line,
            });
        }
    }
    out
}

pub fn write(path: &Path, reports: &[FileReport], rules: &RuleSet) -> Result<usize, String> {
    let doc = Baseline {
        version: 1,
        findings: entries(reports, rules),
    };
    let text = serde_json::to_string_pretty(&doc).map_err(|e| e.to_string())?;
    std::fs::write(path, text + "\n")
        .map_err(|e| format!("{}: cannot write the baseline: {e}", path.display()))?;
    Ok(doc.findings.len())
}

pub fn read(path: &Path) -> Result<Baseline, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("{}: cannot read the baseline: {e}", path.display()))?;
    serde_json::from_str(&text).map_err(|e| format!("{}: not a baseline file: {e}", path.display()))
}

/// The one line `--write-baseline` prints.
pub fn describe_written(n: usize, path: &Path) -> String {
    let s = if n == 1 { "" } else { "s" };
    format!(
        "Recorded {n} finding{s} in the baseline {p}; runs with --baseline {p} report only new ones.",
        p = path.display()
    )
}

/// What `--baseline` did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Filtered {
    /// Findings left out because the baseline holds them.
    pub left_out: usize,
    /// Baseline entries that match nothing any more (fixed since).
    pub stale: usize,
}

impl Filtered {
    /// The note a run with `--baseline` prints.
    pub fn describe(&self, path: &Path) -> String {
        let s = if self.left_out == 1 { "" } else { "s" };
        let mut line = format!(
            "note: {} finding{s} recorded in the baseline {} left out",
            self.left_out,
            path.display()
        );
        if self.stale > 0 {
            let (s, verb) = if self.stale == 1 {
                ("y", "matches")
            } else {
                ("ies", "match")
            };
            line.push_str(&format!(
                "; {} baseline entr{s} {verb} nothing any more (fixed): refresh the baseline with --write-baseline",
                self.stale
            ));
        }
        line + "."
    }
}

/// Removes findings recorded in `baseline`; says how many, and how many baseline entries matched
/// nothing (fixed since).
pub fn filter(reports: &mut [FileReport], rules: &RuleSet, baseline: &Baseline) -> Filtered {
    let mut left_out = 0;
    let known: HashSet<(&str, &str, &str)> = baseline
        .findings
        .iter()
        .map(|e| (e.rule.as_str(), e.path.as_str(), e.fingerprint.as_str()))
        .collect();
    let mut matched: HashSet<(String, String, String)> = HashSet::new();
    for r in reports.iter_mut() {
        let prints = fingerprint::fingerprints(r, |i| rules.info(i).id.to_string());
        let mut keep = Vec::new();
        for (f, print) in std::mem::take(&mut r.findings).into_iter().zip(prints) {
            let id = rules.info(f.rule).id;
            if known.contains(&(id, r.display.as_str(), print.as_str())) {
                left_out += 1;
                matched.insert((id.to_string(), r.display.clone(), print));
            } else {
                keep.push(f);
            }
        }
        r.findings = keep;
        r.invalidate_positions();
    }
    Filtered {
        left_out,
        stale: baseline.findings.len() - matched.len().min(baseline.findings.len()),
    }
}

//! `--statistics`: the burn-down table of a bulk migration. Findings per rule, language, top-level
//! folder and owner, each split by what can fix them: `--fix`, `--unsafe-fixes` or a person.

use std::collections::BTreeMap;
use std::io::{self, Write};

use serde::Serialize;

use super::Outcome;
use crate::engine::FileReport;
use crate::finding::Finding;
use crate::fix::Applicability;
use crate::group::Grouper;

/// One line of a table: a key and its counts.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Row {
    pub key: String,
    pub findings: usize,
    /// Fixed by `--fix`.
    pub safe: usize,
    /// Fixed by `--fix --unsafe-fixes` (after review).
    #[serde(rename = "unsafe")]
    pub unsafe_: usize,
    /// No automatic fix: a person must change the code.
    pub manual: usize,
}

impl Row {
    fn add(&mut self, f: &Finding) {
        self.findings += 1;
        match f.fix.as_ref().map(|x| x.applicability) {
            Some(Applicability::Safe) => self.safe += 1,
            Some(Applicability::Unsafe) => self.unsafe_ += 1,
            _ => self.manual += 1,
        }
    }
}

/// The whole table; `by_owner` is present when the repository has a CODEOWNERS file.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Statistics {
    pub total: Row,
    pub by_rule: Vec<Row>,
    pub by_language: Vec<Row>,
    pub by_folder: Vec<Row>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub by_owner: Option<Vec<Row>>,
}

/// Counts the findings of `o`; folders and owners come from `grouper`.
pub fn compute(o: &Outcome<'_>, grouper: &Grouper) -> Statistics {
    let mut total = Row {
        key: "total".into(),
        ..Row::default()
    };
    let mut rule = BTreeMap::new();
    let mut lang = BTreeMap::new();
    let mut folder = BTreeMap::new();
    let mut owner = BTreeMap::new();
    let has_owners = grouper.codeowners.is_some();
    for report in o.reports {
        let keys = file_keys(report, grouper);
        for f in &report.findings {
            total.add(f);
            bump(&mut rule, o.rules.info(f.rule).id, f);
            bump(&mut lang, f.language.name(), f);
            bump(&mut folder, &keys.0, f);
            if let Some(k) = &keys.1 {
                bump(&mut owner, k, f);
            }
        }
    }
    Statistics {
        total,
        by_rule: sorted(rule),
        by_language: sorted(lang),
        by_folder: sorted(folder),
        by_owner: has_owners.then(|| sorted(owner)),
    }
}

fn file_keys(report: &FileReport, grouper: &Grouper) -> (String, Option<String>) {
    (
        grouper.folder(&report.display),
        grouper.owner(&report.display),
    )
}

fn bump(map: &mut BTreeMap<String, Row>, key: &str, f: &Finding) {
    map.entry(key.to_string())
        .or_insert_with(|| Row {
            key: key.to_string(),
            ..Row::default()
        })
        .add(f);
}

/// Most findings first; ties by key.
fn sorted(map: BTreeMap<String, Row>) -> Vec<Row> {
    let mut rows: Vec<Row> = map.into_values().collect();
    rows.sort_by(|a, b| b.findings.cmp(&a.findings).then_with(|| a.key.cmp(&b.key)));
    rows
}

/// The table for people.
pub fn write_table(out: &mut dyn Write, s: &Statistics) -> io::Result<()> {
    let sections: Vec<(&str, &[Row])> = [
        Some(("rule", s.by_rule.as_slice())),
        Some(("language", s.by_language.as_slice())),
        Some(("folder", s.by_folder.as_slice())),
        s.by_owner.as_deref().map(|r| ("owner", r)),
    ]
    .into_iter()
    .flatten()
    .collect();
    let width = sections
        .iter()
        .flat_map(|(_, rows)| rows.iter().map(|r| r.key.chars().count() + 2))
        .chain([12])
        .max()
        .unwrap_or(12);
    writeln!(out, "Statistics")?;
    for (title, rows) in sections {
        writeln!(
            out,
            "{title:<width$} {:>8} {:>8} {:>8} {:>8}",
            "findings", "--fix", "--unsafe", "a person"
        )?;
        for r in rows {
            write_row(out, &format!("  {}", r.key), r, width)?;
        }
    }
    write_row(out, "total", &s.total, width)?;
    writeln!(out)
}

fn write_row(out: &mut dyn Write, label: &str, r: &Row, width: usize) -> io::Result<()> {
    writeln!(
        out,
        "{label:<width$} {:>8} {:>8} {:>8} {:>8}",
        r.findings, r.safe, r.unsafe_, r.manual
    )
}

//! The data of a migration report (`report --format html|markdown`): totals, the deadline, counts
//! per rule and group, and each finding with its code frame and proposed diff. Source text is
//! masked for credentials here, once, so no renderer can show it unmasked.

use super::stats::{self, Row, Statistics};
use super::{position, Outcome};
use crate::cli::GroupBy;
use crate::date::Date;
use crate::engine::FileReport;
use crate::finding::Finding;
use crate::fix::{self, Applicability};
use crate::group::Grouper;
use crate::{diff, secrets};

/// Lines of context around a finding in its code frame.
const FRAME_CONTEXT: usize = 2;

/// Everything a migration report shows.
pub struct Migration {
    pub today: Date,
    pub statistics: Statistics,
    /// `owner` or `folder`.
    pub group_title: &'static str,
    /// The counts per group (owner or folder).
    pub by_group: Vec<Row>,
    pub deadlines: Vec<Deadline>,
    pub files_scanned: usize,
    pub items: Vec<Item>,
}

/// A sunset date, the rules retired on it, and how far today is from it.
pub struct Deadline {
    /// The rule ids, comma-separated.
    pub rule: String,
    pub sunset: Date,
    /// Days since the sunset (negative: days until it).
    pub days_since: i64,
}

impl Deadline {
    /// "retired 310 days ago (2026-01-22)" or "retires in 5 days (2026-01-22)".
    pub fn describe(&self) -> String {
        let days = |n: i64| format!("{n} day{}", if n == 1 { "" } else { "s" });
        match self.days_since {
            0 => format!("retired today ({})", self.sunset),
            n if n > 0 => format!("retired {} ago ({}): calls now fail", days(n), self.sunset),
            n => format!("retires in {} ({})", days(-n), self.sunset),
        }
    }
}

/// One finding, ready to show.
pub struct Item {
    pub group: String,
    pub path: String,
    pub line: usize,
    pub column: usize,
    pub rule: String,
    pub severity: &'static str,
    pub message: String,
    pub replacement: String,
    /// `safe`, `unsafe`, `display-only` or `none`.
    pub fix_kind: &'static str,
    pub fix_title: Option<String>,
    /// Masked source lines: (1-based line number, text, inside the finding).
    pub frame: Vec<(usize, String, bool)>,
    /// The unified diff of this finding's fix alone, masked; empty without an applicable fix.
    pub diff: String,
    pub notes: Vec<String>,
    /// Why a person is needed (no automatic fix, or an unsafe one to review); `None` for safe fixes.
    pub needs_person: Option<String>,
}

/// Builds the report's data; `by` defaults to owners when there is a CODEOWNERS file.
pub fn build(o: &Outcome<'_>, grouper: &Grouper, by: Option<GroupBy>) -> Migration {
    let by = by.unwrap_or(if grouper.codeowners.is_some() {
        GroupBy::Owner
    } else {
        GroupBy::Folder
    });
    let statistics = stats::compute(o, grouper);
    let (group_title, by_group) = match (by, &statistics.by_owner) {
        (GroupBy::Owner, Some(rows)) => ("owner", rows.clone()),
        _ => ("folder", statistics.by_folder.clone()),
    };
    let mut items = Vec::new();
    for report in o.reports {
        let Some(src) = report.source() else { continue };
        let src = &*src;
        let masked = secrets::mask(&src.text);
        let group = grouper.key(
            if group_title == "owner" {
                GroupBy::Owner
            } else {
                GroupBy::Folder
            },
            &report.display,
        );
        for f in &report.findings {
            items.push(item(o, report, f, &masked, group.clone()));
        }
    }
    // One line per sunset date: the rules with findings, or every rule when nothing was found.
    let found = |id: &str| statistics.by_rule.iter().any(|row| row.key == id);
    let any_found = o.rules.rules.iter().any(|r| found(&r.id));
    let mut by_date: std::collections::BTreeMap<Date, Vec<String>> = Default::default();
    for r in o.rules.rules.iter().filter(|r| !any_found || found(&r.id)) {
        by_date.entry(r.sunset).or_default().push(r.id.clone());
    }
    let deadlines = by_date
        .into_iter()
        .map(|(sunset, ids)| Deadline {
            rule: ids.join(", "),
            sunset,
            days_since: o.today.days_since_epoch() - sunset.days_since_epoch(),
        })
        .collect();
    Migration {
        today: o.today,
        statistics,
        group_title,
        by_group,
        deadlines,
        files_scanned: o.files_scanned,
        items,
    }
}

fn item(o: &Outcome<'_>, report: &FileReport, f: &Finding, masked: &str, group: String) -> Item {
    let (start, end) = position(report, f);
    let rule = o.rules.info(f.rule);
    let applicability = f.fix.as_ref().map(|x| x.applicability);
    let fix_kind = applicability.map_or("none", Applicability::name);
    let diff = match &f.fix {
        Some(fx) => {
            let (edits, _) = fix::plan(masked, [fx]);
            let after = secrets::mask(&fix::apply(masked, &edits));
            diff::unified(&report.display, masked, &after)
        }
        None => String::new(),
    };
    let mut reason = f.notes.join(" ");
    let needs_person = match applicability {
        Some(Applicability::Safe) => None,
        Some(Applicability::Unsafe) => Some(format!(
            "review the unsafe fix ({}){}",
            f.fix.as_ref().map_or("", |x| x.title.as_str()),
            if reason.is_empty() {
                String::new()
            } else {
                format!(": {reason}")
            }
        )),
        _ => {
            if reason.is_empty() {
                reason = format!("no automatic fix; use instead: {}", f.replacement);
            }
            Some(reason)
        }
    };
    let lines: Vec<&str> = masked.lines().collect();
    let first = start.line.saturating_sub(FRAME_CONTEXT).max(1);
    let last = (end.line + FRAME_CONTEXT).min(lines.len());
    let frame = (first..=last)
        .filter_map(|n| {
            let text = lines.get(n - 1)?.trim_end_matches('\r').to_string();
            Some((n, text, n >= start.line && n <= end.line.max(start.line)))
        })
        .collect();
    let needs_person = needs_person.map(|r| secrets::mask(&r));
    Item {
        group,
        path: report.display.clone(),
        line: start.line,
        column: start.column,
        rule: rule.id.to_string(),
        severity: f.severity.name(),
        message: secrets::mask(&f.message),
        replacement: f.replacement.clone(),
        fix_kind,
        fix_title: f.fix.as_ref().map(|x| secrets::mask(&x.title)),
        frame,
        diff,
        notes: f.notes.iter().map(|n| secrets::mask(n)).collect(),
        needs_person,
    }
}

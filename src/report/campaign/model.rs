//! The campaign view: many reports merged into counts per repository and per rule, by what each
//! finding needs, the worst retirement dates first, with the warnings a reader must see (reports
//! of different tool or rule versions, unreadable files, repositories counted twice). Message text
//! is masked for credentials here, once, so no renderer can show it unmasked.

use std::collections::BTreeMap;

use super::load::{Finding, Need, Report};
use super::origin::Repository;
use crate::date::Date;
use crate::report::migration::Deadline;
use crate::rules::RuleSet;
use crate::secrets;

/// Findings counted by what they need.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub findings: usize,
    pub fix: usize,
    pub review: usize,
    pub person: usize,
    pub errors: usize,
}

impl Counts {
    fn add(&mut self, need: Need, error: bool) {
        self.findings += 1;
        self.errors += usize::from(error);
        match need {
            Need::Fix => self.fix += 1,
            Need::Review => self.review += 1,
            Need::Person => self.person += 1,
        }
    }

    fn absorb(&mut self, other: &Counts) {
        self.findings += other.findings;
        self.fix += other.fix;
        self.review += other.review;
        self.person += other.person;
        self.errors += other.errors;
    }

    pub fn of(&self, need: Need) -> usize {
        match need {
            Need::Fix => self.fix,
            Need::Review => self.review,
            Need::Person => self.person,
        }
    }
}

/// One rule's counts (in one repository or over the campaign).
#[derive(Debug, Clone)]
pub struct RuleRow {
    pub id: String,
    pub title: String,
    /// `None` for atlas-sunset's own rules (suppression comments).
    pub sunset: Option<Date>,
    pub counts: Counts,
}

/// One finding, ready to show.
#[derive(Debug, Clone)]
pub struct Item {
    pub rule: String,
    pub severity: String,
    pub path: String,
    pub line: usize,
    pub column: usize,
    pub need: Need,
    /// Masked.
    pub message: String,
    /// The fix's title, or the replacement when there is no fix; masked.
    pub action: String,
    /// The file and line on the forge.
    pub link: Option<String>,
}

/// One merged report.
#[derive(Debug, Clone)]
pub struct Repo {
    /// The report file, as named on the command line.
    pub source: String,
    pub repository: Repository,
    pub tool_version: String,
    pub rules_version: String,
    pub date: String,
    /// `check`, `diff` or `fix` (then `applied` fixes are already in the code).
    pub mode: String,
    pub files_scanned: usize,
    pub applied: usize,
    /// Files the run could not read or skipped: the counts miss what they hold.
    pub unread: usize,
    pub counts: Counts,
    /// Worst (earliest) retirement first.
    pub rules: Vec<RuleRow>,
    /// By need (a person first), then path and line.
    pub items: Vec<Item>,
    /// The earliest sunset among its findings.
    pub worst: Option<Date>,
    /// The report as read, for formats that carry every detail (SARIF).
    pub report: Report,
}

/// Everything a campaign report shows.
#[derive(Debug, Clone)]
pub struct Campaign {
    pub today: Date,
    pub warnings: Vec<String>,
    /// Worst retirement first, then most findings.
    pub repos: Vec<Repo>,
    pub rules: Vec<RuleRow>,
    pub total: Counts,
    pub files_scanned: usize,
    pub applied: usize,
}

impl Campaign {
    /// One line per sunset date of the rules with findings.
    pub fn deadlines(&self) -> Vec<Deadline> {
        let mut by_date: BTreeMap<Date, Vec<String>> = BTreeMap::new();
        for r in &self.rules {
            if let Some(d) = r.sunset {
                by_date.entry(d).or_default().push(r.id.clone());
            }
        }
        by_date
            .into_iter()
            .map(|(sunset, ids)| Deadline {
                rule: ids.join(", "),
                sunset,
                days_since: self.today.days_since_epoch() - sunset.days_since_epoch(),
            })
            .collect()
    }
}

/// Sorts rows the worst retirement first (no date last), then by findings, then by id.
fn sort_rules(rows: &mut [RuleRow]) {
    rows.sort_by(|a, b| {
        (
            a.sunset.is_none(),
            a.sunset,
            std::cmp::Reverse(a.counts.findings),
            &a.id,
        )
            .cmp(&(
                b.sunset.is_none(),
                b.sunset,
                std::cmp::Reverse(b.counts.findings),
                &b.id,
            ))
    });
}

fn item(f: &Finding, repository: &Repository) -> Item {
    let action = match &f.fix {
        Some(fix) => fix.message.clone(),
        None if f.replacement.is_empty() => "no automatic fix".into(),
        None => format!("no automatic fix; use instead: {}", f.replacement),
    };
    Item {
        rule: f.rule.clone(),
        severity: f.severity.clone(),
        path: f.path.clone(),
        line: f.line,
        column: f.column,
        need: Need::of(f),
        message: secrets::mask(&f.message),
        action: secrets::mask(&action),
        link: repository.link(&f.path, f.line),
    }
}

/// Merges `(file name, report)` pairs, in the order given; rules a report does not describe take
/// their title and sunset from `fallback` (this binary's rules).
pub fn merge(reports: Vec<(String, Report)>, today: Date, fallback: &RuleSet) -> Campaign {
    let mut warnings = Vec::new();
    let mut repos = Vec::new();
    let mut tools: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut rule_sets: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut names: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut all_rules: BTreeMap<String, RuleRow> = BTreeMap::new();
    for (source, report) in reports {
        let mut repository = report.repository.clone().unwrap_or_else(|| {
            warnings.push(format!(
                "{source} records no repository (made by an atlas-sunset before campaigns?): it is named after the file"
            ));
            Repository {
                name: source.clone(),
                ..Repository::default()
            }
        });
        // A hand-made or edited report may hold a remote with a token: it is never shown.
        repository.remote = repository
            .remote
            .map(|r| super::origin::strip_credentials(&r));
        let (tool_version, rules_version) = report.tool.as_ref().map_or_else(
            || ("unknown".to_string(), "unknown".to_string()),
            |t| (t.version.clone(), t.rules_version.clone()),
        );
        tools
            .entry(tool_version.clone())
            .or_default()
            .push(source.clone());
        rule_sets
            .entry(rules_version.clone())
            .or_default()
            .push(source.clone());
        names
            .entry(repository.name.clone())
            .or_default()
            .push(source.clone());
        let unread = report.summary.io_errors.len() + report.summary.skipped;
        if unread > 0 {
            warnings.push(format!(
                "{source} ({}): {} file{} could not be read or {} skipped; the counts miss what they hold",
                repository.name,
                unread,
                if unread == 1 { "" } else { "s" },
                if unread == 1 { "was" } else { "were" },
            ));
        }

        let mut rows: BTreeMap<String, RuleRow> = BTreeMap::new();
        let mut counts = Counts::default();
        let mut items = Vec::with_capacity(report.findings.len());
        for f in &report.findings {
            let need = Need::of(f);
            let error = f.severity == "error";
            counts.add(need, error);
            let row = rows.entry(f.rule.clone()).or_insert_with(|| {
                let meta = report.rules.get(&f.rule);
                let known = fallback.get(&f.rule).map(|(_, r)| r);
                RuleRow {
                    id: f.rule.clone(),
                    title: meta
                        .map(|m| m.title.clone())
                        .or_else(|| known.map(|r| r.title.clone()))
                        .unwrap_or_default(),
                    sunset: meta
                        .and_then(|m| m.sunset.as_deref()?.parse().ok())
                        .or_else(|| known.map(|r| r.sunset)),
                    counts: Counts::default(),
                }
            });
            row.counts.add(need, error);
            items.push(item(f, &repository));
        }
        items.sort_by(|a, b| {
            (std::cmp::Reverse(a.need), &a.path, a.line, a.column).cmp(&(
                std::cmp::Reverse(b.need),
                &b.path,
                b.line,
                b.column,
            ))
        });
        let mut rules: Vec<RuleRow> = rows.into_values().collect();
        for r in &rules {
            let all = all_rules.entry(r.id.clone()).or_insert_with(|| RuleRow {
                counts: Counts::default(),
                ..r.clone()
            });
            all.counts.absorb(&r.counts);
        }
        sort_rules(&mut rules);
        repos.push(Repo {
            worst: rules.iter().filter_map(|r| r.sunset).min(),
            source,
            repository,
            tool_version,
            rules_version,
            date: report.date.clone().unwrap_or_else(|| "unknown".into()),
            mode: report.mode.clone().unwrap_or_else(|| "check".into()),
            files_scanned: report.summary.files_scanned,
            applied: report.summary.fixed,
            unread,
            counts,
            rules,
            items,
            report,
        });
    }
    if tools.len() > 1 {
        warnings.push(format!(
            "reports from different atlas-sunset versions were merged: {}; findings may differ because the tool did, not the code",
            describe(&tools)
        ));
    }
    if rule_sets.len() > 1 {
        warnings.push(format!(
            "reports from different rule sets were merged: {}; a rule may count in one repository and not in another",
            describe(&rule_sets)
        ));
    }
    for (name, sources) in names.iter().filter(|(_, s)| s.len() > 1) {
        warnings.push(format!(
            "repository {name} appears in {} reports ({}): each is counted",
            sources.len(),
            sources.join(", ")
        ));
    }
    repos.sort_by(|a, b| {
        (
            a.worst.is_none(),
            a.worst,
            std::cmp::Reverse(a.counts.findings),
            &a.repository.name,
        )
            .cmp(&(
                b.worst.is_none(),
                b.worst,
                std::cmp::Reverse(b.counts.findings),
                &b.repository.name,
            ))
    });
    let mut rules: Vec<RuleRow> = all_rules.into_values().collect();
    sort_rules(&mut rules);
    let mut total = Counts::default();
    for r in &repos {
        total.absorb(&r.counts);
    }
    Campaign {
        today,
        warnings,
        files_scanned: repos.iter().map(|r| r.files_scanned).sum(),
        applied: repos.iter().map(|r| r.applied).sum(),
        repos,
        rules,
        total,
    }
}

/// `0.1.0 (a.json, b.json); 0.2.0 (c.json)`.
fn describe(groups: &BTreeMap<String, Vec<String>>) -> String {
    groups
        .iter()
        .map(|(v, s)| format!("{v} ({})", s.join(", ")))
        .collect::<Vec<_>>()
        .join("; ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finding(rule: &str, applicability: Option<&str>) -> serde_json::Value {
        serde_json::json!({
            "rule": rule, "severity": "error", "path": "a.sh", "line": 1, "column": 1,
            "end_line": 1, "end_column": 2, "message": "m", "replacement": "r",
            "fix": applicability.map(|a| serde_json::json!({"applicability": a, "message": "f", "edits": []})),
            "notes": [], "docs": null,
        })
    }

    fn report(
        name: &str,
        remote: &str,
        findings: Vec<serde_json::Value>,
        sunsets: &[(&str, &str)],
    ) -> Report {
        let rules: serde_json::Map<String, serde_json::Value> = sunsets
            .iter()
            .map(|(id, d)| {
                (
                    id.to_string(),
                    serde_json::json!({"title": id, "sunset": d}),
                )
            })
            .collect();
        serde_json::from_value(serde_json::json!({
            "version": 1,
            "repository": {"name": name, "remote": remote, "commit": "c0ffee", "prefix": ""},
            "tool": {"name": "atlas-sunset", "version": "1", "rules_version": "builtin-1"},
            "date": "2026-11-28", "mode": "check",
            "summary": {"files_scanned": 3, "findings": findings.len(), "errors": findings.len(), "warnings": 0},
            "findings": findings,
            "rules": rules,
        }))
        .unwrap()
    }

    #[test]
    fn worst_retirement_dates_come_first_then_most_findings() {
        let late = report(
            "o/late",
            "https://github.com/o/late",
            vec![
                finding("b", Some("safe")),
                finding("b", None),
                finding("b", Some("unsafe")),
            ],
            &[("b", "2027-03-01")],
        );
        let early = report(
            "o/early",
            "https://github.com/o/early",
            vec![finding("a", Some("safe"))],
            &[("a", "2026-01-22")],
        );
        let c = merge(
            vec![("late.json".into(), late), ("early.json".into(), early)],
            "2026-11-28".parse().unwrap(),
            &RuleSet::builtin().unwrap(),
        );
        let names: Vec<&str> = c.repos.iter().map(|r| r.repository.name.as_str()).collect();
        assert_eq!(names, ["o/early", "o/late"]);
        let rules: Vec<&str> = c.rules.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(rules, ["a", "b"]);
        assert_eq!(
            c.total,
            Counts {
                findings: 4,
                fix: 2,
                review: 1,
                person: 1,
                errors: 4
            }
        );
        // Within a repository, what needs a person comes first.
        let needs: Vec<Need> = c.repos[1].items.iter().map(|i| i.need).collect();
        assert_eq!(needs, [Need::Person, Need::Review, Need::Fix]);
        assert!(c.warnings.is_empty(), "{:?}", c.warnings);
        assert_eq!(c.deadlines().len(), 2);
    }

    #[test]
    fn a_token_in_a_recorded_remote_is_dropped() {
        let r = report(
            "o/r",
            "https://me:t0ken@github.com/o/r.git",
            vec![finding("a", None)],
            &[],
        );
        let c = merge(
            vec![("r.json".into(), r)],
            "2026-11-28".parse().unwrap(),
            &RuleSet::builtin().unwrap(),
        );
        assert_eq!(
            c.repos[0].repository.remote.as_deref(),
            Some("https://github.com/o/r.git")
        );
        assert!(!c.repos[0].items[0]
            .link
            .as_deref()
            .unwrap()
            .contains("t0ken"));
    }
}

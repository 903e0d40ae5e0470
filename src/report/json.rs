//! `--format json`: one object, `{"version": 1, "repository": {...}, "tool": {...}, "date",
//! "findings": [...], "rules": {...}, "summary": {...}}`, keys stable and documented in the README.
//! Lines and columns are 1-based; columns count characters. `report --merge` reads it back.

use std::io::{self, Write};

use serde::Serialize;

use super::{position, Outcome};
use crate::source::LineCol;

#[derive(Serialize)]
struct Document<'a> {
    version: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    repository: Option<&'a super::campaign::origin::Repository>,
    tool: Tool<'a>,
    date: String,
    mode: &'static str,
    findings: Vec<JsonFinding<'a>>,
    /// The title and sunset date of each rule with findings.
    rules: std::collections::BTreeMap<&'a str, JsonRule<'a>>,
    summary: JsonSummary<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    statistics: Option<&'a super::stats::Statistics>,
}

#[derive(Serialize)]
struct Tool<'a> {
    name: &'static str,
    version: &'static str,
    rules_version: &'a str,
}

#[derive(Serialize)]
struct JsonRule<'a> {
    title: &'a str,
    sunset: Option<String>,
}

/// Additions to the document for bulk migrations: each finding's group (`--group-by`) and the
/// `statistics` object (`--statistics`).
#[derive(Default)]
pub struct Extras<'a> {
    /// The repository the run checked (`check` records it; in-process callers may not).
    pub repository: Option<&'a super::campaign::origin::Repository>,
    pub group: Option<&'a dyn Fn(&crate::engine::FileReport) -> String>,
    pub statistics: Option<&'a super::stats::Statistics>,
}

#[derive(Serialize)]
struct JsonFinding<'a> {
    rule: &'a str,
    severity: &'static str,
    path: &'a str,
    line: usize,
    column: usize,
    end_line: usize,
    end_column: usize,
    language: &'static str,
    message: &'a str,
    replacement: &'a str,
    fix: Option<JsonFix<'a>>,
    notes: &'a [String],
    docs: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    group: Option<String>,
}

#[derive(Serialize)]
struct JsonFix<'a> {
    applicability: &'static str,
    message: &'a str,
    edits: Vec<JsonEdit<'a>>,
}

#[derive(Serialize)]
struct JsonEdit<'a> {
    content: &'a str,
    location: Loc,
    end_location: Loc,
}

#[derive(Serialize)]
struct Loc {
    line: usize,
    column: usize,
}

impl From<LineCol> for Loc {
    fn from(p: LineCol) -> Loc {
        Loc {
            line: p.line,
            column: p.column,
        }
    }
}

#[derive(Serialize)]
struct JsonSummary<'a> {
    files_scanned: usize,
    files_with_findings: usize,
    findings: usize,
    errors: usize,
    warnings: usize,
    fixable_safe: usize,
    fixable_unsafe: usize,
    manual: usize,
    fixed: usize,
    skipped: usize,
    io_errors: Vec<IoError<'a>>,
    /// Files whose fixes were not applied: the fixed text would not parse.
    fixes_rejected: Vec<IoError<'a>>,
    /// Files checked only outside syntax their parser could not read.
    partial: Vec<JsonPartial<'a>>,
}

#[derive(Serialize)]
struct JsonPartial<'a> {
    path: &'a str,
    language: &'static str,
    lines: &'a [usize],
    message: String,
}

#[derive(Serialize)]
struct IoError<'a> {
    path: &'a str,
    message: &'a str,
}

pub fn write(out: &mut dyn Write, o: &Outcome<'_>) -> io::Result<()> {
    write_with(out, o, &Extras::default())
}

/// [`write`] with the bulk-migration additions.
pub fn write_with(out: &mut dyn Write, o: &Outcome<'_>, extras: &Extras<'_>) -> io::Result<()> {
    let findings = o
        .findings()
        .map(|(report, f)| {
            let (start, end) = position(report, f);
            let rule = o.rules.info(f.rule);
            let edit_positions = report.position_of(f).edits;
            let fix = f.fix.as_ref().map(|fix| JsonFix {
                applicability: fix.applicability.name(),
                message: &fix.title,
                edits: fix
                    .edits
                    .iter()
                    .zip(edit_positions)
                    .map(|(e, (start, end))| JsonEdit {
                        content: &e.content,
                        location: start.into(),
                        end_location: end.into(),
                    })
                    .collect(),
            });
            JsonFinding {
                rule: rule.id,
                severity: f.severity.name(),
                path: &report.display,
                line: start.line,
                column: start.column,
                end_line: end.line,
                end_column: end.column,
                language: f.language.name(),
                message: &f.message,
                replacement: &f.replacement,
                fix,
                notes: &f.notes,
                docs: rule.docs,
                group: extras.group.map(|g| g(report)),
            }
        })
        .collect();
    let mut rules = std::collections::BTreeMap::new();
    for (_, f) in o.findings() {
        let info = o.rules.info(f.rule);
        rules.entry(info.id).or_insert_with(|| JsonRule {
            title: info.title,
            sunset: o.rules.rules.get(f.rule).map(|r| r.sunset.to_string()),
        });
    }
    let s = o.summary();
    let doc = Document {
        version: 1,
        repository: extras.repository,
        tool: Tool {
            name: "atlas-sunset",
            version: env!("CARGO_PKG_VERSION"),
            rules_version: &o.rules.version,
        },
        date: o.today.to_string(),
        mode: match o.mode {
            crate::engine::Mode::Check => "check",
            crate::engine::Mode::Diff => "diff",
            crate::engine::Mode::Fix => "fix",
        },
        findings,
        rules,
        summary: JsonSummary {
            files_scanned: s.files_scanned,
            files_with_findings: s.files_with_findings,
            findings: s.findings,
            errors: s.errors,
            warnings: s.warnings,
            fixable_safe: s.fixable_safe,
            fixable_unsafe: s.fixable_unsafe,
            manual: s.manual,
            fixed: s.fixed,
            skipped: s.skipped,
            io_errors: o
                .reports
                .iter()
                .filter_map(|r| {
                    r.error.as_deref().map(|m| IoError {
                        path: &r.display,
                        message: m,
                    })
                })
                .collect(),
            fixes_rejected: o
                .reports
                .iter()
                .filter_map(|r| {
                    r.fix_rejected.as_deref().map(|m| IoError {
                        path: &r.display,
                        message: m,
                    })
                })
                .collect(),
            partial: o
                .reports
                .iter()
                .flat_map(|r| {
                    r.partial.iter().map(|p| JsonPartial {
                        path: &r.display,
                        language: p.language.name(),
                        lines: &p.lines,
                        message: p.to_string(),
                    })
                })
                .collect(),
        },
        statistics: extras.statistics,
    };
    serde_json::to_writer_pretty(&mut *out, &doc).map_err(io::Error::other)?;
    writeln!(out)
}

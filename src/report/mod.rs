//! Reporters: one per output format, each turning the run's results into bytes on a writer.

pub mod campaign;
pub mod concise;
pub mod github;
pub mod gitlab;
pub mod grouped;
pub mod html;
pub mod human;
pub mod json;
pub mod junit;
pub mod markdown;
pub mod migration;
pub mod sarif;
pub mod stats;

use std::io::{self, Write};

use crate::engine::{FileReport, Mode};
use crate::finding::{Finding, Severity};
use crate::fix::Applicability;
use crate::rules::RuleSet;
use crate::source::LineCol;

/// Everything a reporter may show.
pub struct Outcome<'a> {
    pub rules: &'a RuleSet,
    pub reports: &'a [FileReport],
    pub files_scanned: usize,
    pub mode: Mode,
    pub unsafe_fixes: bool,
    pub today: crate::date::Date,
}

/// Counts for the closing summary and the JSON `summary` object.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Summary {
    pub files_scanned: usize,
    pub files_with_findings: usize,
    pub findings: usize,
    pub errors: usize,
    pub warnings: usize,
    /// Remaining findings `--fix` would fix.
    pub fixable_safe: usize,
    /// Remaining findings that `--unsafe-fixes` would add.
    pub fixable_unsafe: usize,
    /// Remaining findings with no automatic fix (display-only or none).
    pub manual: usize,
    /// Fixes applied (`--fix`) or shown in the diff (`--diff`).
    pub fixed: usize,
    pub io_errors: usize,
    pub skipped: usize,
    /// Files whose fixes were not applied because the fixed text failed its language's check.
    pub fixes_rejected: usize,
    /// Files checked only outside syntax their parser could not read.
    pub partial: usize,
}

impl Outcome<'_> {
    pub fn findings(&self) -> impl Iterator<Item = (&FileReport, &Finding)> {
        self.reports
            .iter()
            .flat_map(|r| r.findings.iter().map(move |f| (r, f)))
    }

    pub fn summary(&self) -> Summary {
        let mut s = Summary {
            files_scanned: self.files_scanned,
            ..Summary::default()
        };
        for r in self.reports {
            s.fixed += r.fixed;
            s.io_errors += usize::from(r.error.is_some());
            s.skipped += usize::from(r.skipped.is_some());
            s.fixes_rejected += usize::from(r.fix_rejected.is_some());
            s.partial += usize::from(!r.partial.is_empty());
            s.files_with_findings += usize::from(!r.findings.is_empty());
        }
        for (_, f) in self.findings() {
            s.findings += 1;
            match f.severity {
                Severity::Error => s.errors += 1,
                Severity::Warning => s.warnings += 1,
            }
            match f.fix.as_ref().map(|x| x.applicability) {
                Some(Applicability::Safe) => s.fixable_safe += 1,
                Some(Applicability::Unsafe) => s.fixable_unsafe += 1,
                _ => s.manual += 1,
            }
        }
        s
    }
}

/// Start and end of a finding, 1-based, columns in characters.
pub fn position(report: &FileReport, f: &Finding) -> (LineCol, LineCol) {
    let p = report.position_of(f);
    (p.start, p.end)
}

/// The closing lines for people (human and concise formats), then what could not be fully
/// checked: that is said whatever else is.
pub fn write_summary(out: &mut dyn Write, o: &Outcome<'_>) -> io::Result<()> {
    write_counts(out, o)?;
    write_partial(out, o)
}

/// One line per language: how many files hold syntax its parser does not know.
pub fn write_partial(out: &mut dyn Write, o: &Outcome<'_>) -> io::Result<()> {
    let mut by_language: Vec<(crate::language::Language, usize)> = Vec::new();
    for p in o.reports.iter().flat_map(|r| &r.partial) {
        match by_language.iter_mut().find(|(l, _)| *l == p.language) {
            Some((_, n)) => *n += 1,
            None => by_language.push((p.language, 1)),
        }
    }
    by_language.sort_by_key(|(l, _)| l.name());
    for (language, n) in by_language {
        let files = if n == 1 { "file has" } else { "files have" };
        writeln!(
            out,
            "{n} {} {files} syntax this parser does not know; checked outside the errors \
             (fixes touching them withheld; --verbose says where).",
            language.title()
        )?;
    }
    Ok(())
}

fn write_counts(out: &mut dyn Write, o: &Outcome<'_>) -> io::Result<()> {
    let s = o.summary();
    let plural = |n: usize, word: &str| {
        let suffix = match (n, word.ends_with('x')) {
            (1, _) => "",
            (_, true) => "es",
            _ => "s",
        };
        format!("{n} {word}{suffix}")
    };
    let fixed_files = o.reports.iter().filter(|r| r.fixed > 0).count();
    if o.mode == Mode::Fix && s.fixed > 0 {
        writeln!(
            out,
            "Fixed {} in {}.",
            plural(s.fixed, "finding"),
            plural(fixed_files, "file")
        )?;
    }
    let unread = if o.mode == Mode::Fix {
        "could not be read or written"
    } else {
        "could not be read"
    };
    if s.findings == 0 {
        match (s.io_errors, s.files_scanned) {
            // Nothing was read: a summary would only hide the error above.
            (1.., 0) => {}
            (0, _) => writeln!(
                out,
                "No retired Atlas endpoints {} ({} scanned).",
                if s.fixed > 0 { "remain" } else { "found" },
                plural(s.files_scanned, "file")
            )?,
            (errors, _) => writeln!(
                out,
                "No retired Atlas endpoints found in the {} scanned; {} {unread} (see the errors).",
                plural(s.files_scanned, "file"),
                plural(errors, "file")
            )?,
        }
        return Ok(());
    }
    let (found, remain) = match (o.mode, s.findings) {
        (Mode::Fix, 1) => ("", " remains"),
        (Mode::Fix, _) => ("", " remain"),
        _ => ("Found ", ""),
    };
    writeln!(
        out,
        "{found}{}{remain} ({}, {}) in {} ({} scanned).",
        plural(s.findings, "finding"),
        plural(s.errors, "error"),
        plural(s.warnings, "warning"),
        plural(s.files_with_findings, "file"),
        plural(s.files_scanned, "file"),
    )?;
    if s.io_errors > 0 {
        writeln!(
            out,
            "{} {unread} (see the errors).",
            plural(s.io_errors, "file")
        )?;
    }
    if o.mode == Mode::Diff {
        // The caller says what the diff holds and where it applies.
        return Ok(());
    }
    let mut parts = Vec::new();
    if s.fixable_safe > 0 && o.mode == Mode::Fix {
        let errors = o
            .reports
            .iter()
            .any(|r| r.error.is_some() || r.fix_rejected.is_some());
        let why = if errors { " (see the errors)" } else { "" };
        parts.push(format!(
            "{} with a safe fix not applied{why}",
            s.fixable_safe
        ));
    } else if s.fixable_safe > 0 {
        parts.push(format!("{} fixable with --fix", s.fixable_safe));
    }
    let need = |n: usize| if n == 1 { "needs" } else { "need" };
    if s.fixable_unsafe > 0 {
        let review = format!(
            "{} review (unsafe fixes were not applied)",
            need(s.fixable_unsafe)
        );
        let how = if o.unsafe_fixes {
            review.as_str()
        } else {
            "fixable with --fix --unsafe-fixes (review the result)"
        };
        parts.push(format!("{} {how}", s.fixable_unsafe));
    }
    if s.manual > 0 {
        parts.push(format!(
            "{} {} a person (no automatic fix)",
            s.manual,
            need(s.manual)
        ));
    }
    if !parts.is_empty() {
        writeln!(out, "{}.", parts.join("; "))?;
    }
    Ok(())
}

//! `--format human`: code frames (codespan-reporting) with the fix previewed under each frame.
//! Source text is masked for credentials before it is shown.

use std::io::{self, Write};

use codespan_reporting::diagnostic::{Diagnostic, Label, Severity as CsSeverity};
use codespan_reporting::files::SimpleFile;
use codespan_reporting::term::{self, termcolor, Config, Styles, StylesWriter};

use super::Outcome;
use crate::engine::FileReport;
use crate::finding::{Finding, Severity};
use crate::fix::{self, Applicability, Fix};
use crate::secrets;
use crate::source::LineIndex;

pub fn write(out: &mut dyn Write, o: &Outcome<'_>, color: bool) -> io::Result<()> {
    let config = Config::default();
    let styles = Styles::default();
    for report in o.reports {
        let Some(src) = &report.source else { continue };
        if report.findings.is_empty() {
            continue;
        }
        let masked = secrets::mask(&src.text);
        let file = SimpleFile::new(report.display.as_str(), masked.as_str());
        for f in &report.findings {
            let diagnostic = diagnostic(o, report, f, &masked, &src.lines);
            let result = if color {
                let mut ansi = termcolor::Ansi::new(&mut *out);
                let mut w = StylesWriter::new(&mut ansi, &styles);
                term::emit_to_write_style(&mut w, &config, &file, &diagnostic)
            } else {
                term::emit_to_io_write(&mut *out, &config, &file, &diagnostic)
            };
            result.map_err(|e| io::Error::other(e.to_string()))?;
        }
    }
    Ok(())
}

fn diagnostic(
    o: &Outcome<'_>,
    report: &FileReport,
    f: &Finding,
    masked: &str,
    lines: &LineIndex,
) -> Diagnostic<()> {
    let rule = o.rules.info(f.rule);
    let severity = match f.severity {
        Severity::Error => CsSeverity::Error,
        Severity::Warning => CsSeverity::Warning,
    };
    let label = match &f.fix {
        Some(fix) if fix.applicability > Applicability::DisplayOnly => {
            format!("fix: {}", fix.title)
        }
        _ if rule.docs.is_none() => String::new(),
        _ => "retired endpoint".to_string(),
    };
    let mut notes: Vec<String> = f.notes.clone();
    if !f.replacement.is_empty() {
        notes.push(format!("use instead: {}", f.replacement));
    }
    if let Some(fix) = &f.fix {
        notes.push(preview(fix, masked, lines, o.unsafe_fixes));
    }
    if let Some(docs) = rule.docs {
        notes.push(format!("docs: {docs} (atlas-sunset explain {})", rule.id));
    }
    let _ = report;
    Diagnostic::new(severity)
        .with_code(rule.id.to_string())
        .with_message(f.message.clone())
        .with_labels(vec![Label::primary((), f.span.clone()).with_message(label)])
        .with_notes(notes)
}

/// The lines the fix changes, before and after, with how to apply it.
fn preview(fix: &Fix, text: &str, lines: &LineIndex, unsafe_fixes: bool) -> String {
    let how = match fix.applicability {
        Applicability::Safe => "safe fix, applied by --fix",
        Applicability::Unsafe if unsafe_fixes => {
            "unsafe fix, applied by --fix --unsafe-fixes: review it"
        }
        Applicability::Unsafe => "unsafe fix: review it, apply with --fix --unsafe-fixes",
        Applicability::DisplayOnly => "suggested change, not applied automatically",
    };
    let range = fix.range();
    let first = lines.line_of(range.start);
    let last = lines.line_of(range.end.saturating_sub(1).max(range.start));
    let block = lines.line_start(first)..lines.line_range(text, last).end;
    let local: Vec<fix::Edit> = fix
        .edits
        .iter()
        .map(|e| {
            fix::Edit::replace(
                e.range.start - block.start..e.range.end - block.start,
                e.content.clone(),
            )
        })
        .collect();
    let old = &text[block.clone()];
    let new = fix::apply(old, &local);
    let mut out = format!("{how}: {}", fix.title);
    for (i, (a, b)) in old.lines().zip(new.lines()).enumerate() {
        if a != b {
            let n = first + i + 1;
            out.push_str(&format!(
                "\n  {n:>4} - {}\n  {n:>4} + {}",
                a.trim_end_matches('\r'),
                b.trim_end_matches('\r')
            ));
        }
    }
    out
}

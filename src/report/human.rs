//! `--format human`: code frames (codespan-reporting) with the fix previewed under each frame.
//! Source text is masked for credentials before it is shown.

use std::io::{self, Write};

use codespan_reporting::diagnostic::{Diagnostic, Label, Severity as CsSeverity};
use codespan_reporting::files::SimpleFile;
use codespan_reporting::term::{self, termcolor, Config, Styles, StylesWriter};

use super::Outcome;
use crate::finding::{Finding, Severity};
use crate::fix::{self, Applicability, Fix};
use crate::secrets;
use crate::source::LineIndex;

pub fn write(out: &mut dyn Write, o: &Outcome<'_>, color: bool) -> io::Result<()> {
    let config = Config::default();
    let styles = Styles::default();
    for report in o.reports {
        let Some(src) = report.source() else { continue };
        let src = &*src;
        if report.findings.is_empty() {
            continue;
        }
        let masked = secrets::mask(&src.text);
        let file = SimpleFile::new(report.display.as_str(), masked.as_str());
        for f in &report.findings {
            let diagnostic = diagnostic(o, f, &masked, &src.lines);
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

fn diagnostic(o: &Outcome<'_>, f: &Finding, masked: &str, lines: &LineIndex) -> Diagnostic<()> {
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
    let first = lines.line_of(range.start.min(text.len()));
    let last = lines.line_of(range.end.saturating_sub(1).max(range.start).min(text.len()));
    let block = lines.line_start(first)
        ..lines
            .line_range(text, last)
            .end
            .max(range.end)
            .min(text.len());
    let mut out = format!("{how}: {}", fix.title);
    let inside = fix
        .edits
        .iter()
        .all(|e| e.range.start >= block.start && e.range.end <= block.end);
    if !inside || !text.is_char_boundary(block.start) || !text.is_char_boundary(block.end) {
        return out;
    }
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
    let old_lines: Vec<&str> = old.lines().collect();
    let new_lines: Vec<&str> = new.lines().collect();
    let row =
        |sign: char, n: usize, l: &str| format!("\n  {n:>4} {sign} {}", l.trim_end_matches('\r'));
    if old_lines.len() == new_lines.len() {
        for (i, (a, b)) in old_lines.iter().zip(&new_lines).enumerate() {
            if a != b {
                out.push_str(&row('-', first + i + 1, a));
                out.push_str(&row('+', first + i + 1, b));
            }
        }
    } else {
        for (i, a) in old_lines.iter().enumerate() {
            out.push_str(&row('-', first + i + 1, a));
        }
        for (i, b) in new_lines.iter().enumerate() {
            out.push_str(&row('+', first + i + 1, b));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fix::Edit;

    #[test]
    fn preview_of_a_fix_that_deletes_a_whole_line_does_not_panic() {
        // Regression: an edit ending after the line's newline sliced past the previewed block.
        let text = "a\n<!-- atlas-sunset: ignore[x] -->\n";
        let lines = LineIndex::new(text);
        let fix = Fix::new(
            Applicability::Safe,
            vec![Edit::replace(2..text.len(), "")],
            "remove",
        );
        let p = preview(&fix, text, &lines, false);
        assert!(p.contains("2 - <!-- atlas-sunset: ignore[x] -->"), "{p}");
    }
}

//! `--format github`: GitHub Actions workflow commands, one annotation per finding
//! (`::error file=...,line=...,col=...,endLine=...,endColumn=...,title=...::message`).

use std::io::{self, Write};

use super::{position, Outcome};
use crate::finding::Severity;

/// Escapes the message part of a workflow command.
fn escape_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a property value (also `:` and `,`).
fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

pub fn write(out: &mut dyn Write, o: &Outcome<'_>) -> io::Result<()> {
    for (report, f) in o.findings() {
        let (start, end) = position(report, f);
        let kind = match f.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let rule = o.rules.info(f.rule);
        let mut props = format!(
            "file={},line={}",
            escape_property(&report.display),
            start.line
        );
        if start.line == end.line {
            props.push_str(&format!(
                ",col={},endLine={},endColumn={}",
                start.column, end.line, end.column
            ));
        } else {
            props.push_str(&format!(",endLine={}", end.line));
        }
        props.push_str(&format!(
            ",title={}",
            escape_property(&format!("atlas-sunset {}", rule.id))
        ));
        let mut message = f.message.clone();
        if !f.replacement.is_empty() {
            message.push_str(&format!("\nUse instead: {}", f.replacement));
        }
        writeln!(out, "::{kind} {props}::{}", escape_data(&message))?;
    }
    for (report, p) in o
        .reports
        .iter()
        .flat_map(|r| r.partial.iter().map(move |p| (r, p)))
    {
        let props = format!(
            "file={},line={},title={}",
            escape_property(&report.display),
            p.lines.first().copied().unwrap_or(1),
            escape_property("atlas-sunset: checked partially")
        );
        writeln!(out, "::warning {props}::{}", escape_data(&p.to_string()))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_what_github_requires() {
        assert_eq!(escape_data("50% a\r\nb"), "50%25 a%0D%0Ab");
        assert_eq!(escape_property("a:b,c"), "a%3Ab%2Cc");
    }
}

//! `--format junit`: JUnit XML, one failing test case per finding (one passing case when there are
//! none), for CI systems that show test reports.

use std::io::{self, Write};

use super::{position, Outcome};

fn xml(s: &str) -> String {
    // XML 1.0 has no place for other control characters; line breaks stay visible in attributes.
    let kept: String = s
        .chars()
        .filter(|c| !c.is_control() || matches!(c, '\n' | '\r' | '\t'))
        .collect();
    super::html::escape(&kept)
        .replace('\n', "&#10;")
        .replace('\r', "&#13;")
}

pub fn write(out: &mut dyn Write, o: &Outcome<'_>) -> io::Result<()> {
    let findings: Vec<_> = o.findings().collect();
    let n = findings.len().max(1);
    let failures = findings.len();
    writeln!(out, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
    writeln!(
        out,
        r#"<testsuites name="atlas-sunset" tests="{n}" failures="{failures}" errors="0">"#
    )?;
    writeln!(
        out,
        r#"  <testsuite name="atlas-sunset" tests="{n}" failures="{failures}" errors="0" skipped="0">"#
    )?;
    if findings.is_empty() {
        writeln!(
            out,
            r#"    <testcase classname="atlas-sunset" name="no retired Atlas endpoints"/>"#
        )?;
    }
    for (report, f) in findings {
        let (start, _) = position(report, f);
        let rule = o.rules.info(f.rule);
        let name = format!(
            "{} at {}:{}:{}",
            rule.id, report.display, start.line, start.column
        );
        let mut body = format!(
            "{}:{}:{}: {}",
            report.display, start.line, start.column, f.message
        );
        if !f.replacement.is_empty() {
            body.push_str(&format!("\nuse instead: {}", f.replacement));
        }
        for note in &f.notes {
            body.push_str(&format!("\n{note}"));
        }
        writeln!(
            out,
            r#"    <testcase classname="{}" name="{}" file="{}" line="{}">"#,
            xml(&report.display),
            xml(&name),
            xml(&report.display),
            start.line
        )?;
        writeln!(
            out,
            r#"      <failure message="{}" type="{}">{}</failure>"#,
            xml(&f.message),
            f.severity.name(),
            xml(&body)
        )?;
        writeln!(out, "    </testcase>")?;
    }
    writeln!(out, "  </testsuite>")?;
    writeln!(out, "</testsuites>")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_drops_control_characters() {
        assert_eq!(xml("a<b & \"c\"\n\u{1}"), "a&lt;b &amp; &quot;c&quot;&#10;");
    }
}

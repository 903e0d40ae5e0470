//! `report --format markdown`: the migration report for a pull-request description or an issue.
//! Source text comes masked from [`super::migration`]; code sits in fences long enough to hold it.

use std::fmt::Write as _;
use std::io::{self, Write};

use super::migration::{Item, Migration};
use super::stats::Row;

/// Escapes text for a Markdown table cell or a line of prose: no HTML, no cell breaks. Backticks
/// stay: messages quote names in them.
pub(crate) fn cell(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '|' => out.push_str("\\|"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\n' | '\r' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// A fence longer than any run of backticks in `text`.
fn fence(text: &str) -> String {
    let longest = text.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    "`".repeat(longest.max(2) + 1)
}

pub fn write(out: &mut dyn Write, m: &Migration) -> io::Result<()> {
    let mut s = String::new();
    let t = &m.statistics.total;
    let _ = writeln!(s, "# Retired Atlas endpoints: migration report\n");
    let _ = writeln!(s, "Report of {}.\n", m.today);
    for d in &m.deadlines {
        let _ = writeln!(s, "- **{}**: {}", cell(&d.rule), cell(&d.describe()));
    }
    let _ = writeln!(
        s,
        "\n**{} findings** in {} files scanned: {} fixed by `--fix`, {} with `--unsafe-fixes`, {} need a person.\n",
        t.findings, m.files_scanned, t.safe, t.unsafe_, t.manual
    );
    table(&mut s, "rule", &m.statistics.by_rule);
    table(&mut s, m.group_title, &m.by_group);
    table(&mut s, "language", &m.statistics.by_language);

    let person: Vec<&Item> = m
        .items
        .iter()
        .filter(|i| i.needs_person.is_some())
        .collect();
    let _ = writeln!(s, "## What needs a person ({})\n", person.len());
    if person.is_empty() {
        let _ = writeln!(s, "Nothing: every finding has a safe fix.\n");
    }
    for i in &person {
        let _ = writeln!(
            s,
            "- [ ] `{}:{}` ({}): {}",
            i.path.replace('`', "'"),
            i.line,
            cell(&i.group),
            cell(i.needs_person.as_deref().unwrap_or(""))
        );
    }
    if !person.is_empty() {
        s.push('\n');
    }
    let _ = writeln!(s, "## Findings\n");
    for i in &m.items {
        finding(&mut s, i);
    }
    out.write_all(s.as_bytes())
}

fn finding(s: &mut String, i: &Item) {
    let _ = writeln!(
        s,
        "### {}[{}] `{}:{}:{}`\n\n{} ({}; {})\n",
        i.severity,
        cell(&i.rule),
        i.path.replace('`', "'"),
        i.line,
        i.column,
        cell(&i.message),
        cell(&i.group),
        cell(&match &i.fix_title {
            Some(t) => format!("{} fix: {t}", i.fix_kind),
            None => "no automatic fix".to_string(),
        })
    );
    let frame: String = i
        .frame
        .iter()
        .map(|(n, text, hit)| format!("{}{n:>5} | {text}\n", if *hit { ">" } else { " " }))
        .collect();
    let f = fence(&frame);
    let _ = writeln!(s, "{f}\n{frame}{f}\n");
    if !i.diff.is_empty() {
        let f = fence(&i.diff);
        let _ = writeln!(s, "{f}diff\n{}{f}\n", i.diff);
    }
    for n in &i.notes {
        let _ = writeln!(s, "- {}", cell(n));
    }
    if !i.notes.is_empty() {
        s.push('\n');
    }
}

fn table(s: &mut String, title: &str, rows: &[Row]) {
    let _ = writeln!(
        s,
        "| {} | findings | `--fix` | `--unsafe-fixes` | a person |\n|---|---:|---:|---:|---:|",
        cell(title)
    );
    for r in rows {
        let _ = writeln!(
            s,
            "| {} | {} | {} | {} | {} |",
            cell(&r.key),
            r.findings,
            r.safe,
            r.unsafe_,
            r.manual
        );
    }
    s.push('\n');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fences_outgrow_backticks_in_the_code() {
        assert_eq!(fence("a ``` b"), "````");
        assert_eq!(fence("plain"), "```");
    }

    #[test]
    fn cells_escape_pipes_and_markup() {
        assert_eq!(cell("a|b <x>\n&"), "a\\|b &lt;x&gt; &amp;");
    }
}

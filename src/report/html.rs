//! `report --format html`: one self-contained page (inline CSS, inline SVG charts, no script, no
//! external asset). Every text is HTML-escaped; source text comes masked from [`super::migration`].

use std::fmt::Write as _;
use std::io::{self, Write};

use super::migration::{Item, Migration};
use super::stats::Row;

pub(crate) const STYLE: &str = "body{font:15px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:70rem;color:#1b1f24;padding:0 1rem}\
h1{margin-bottom:.2rem}.deadline{color:#a40e26;font-weight:600}\
.totals{display:flex;gap:1rem;flex-wrap:wrap;margin:1rem 0}.totals div{border:1px solid #d0d7de;border-radius:6px;padding:.5rem 1rem}\
.totals b{display:block;font-size:1.6rem}table{border-collapse:collapse;margin:.5rem 0}\
td,th{border:1px solid #d0d7de;padding:.2rem .6rem;text-align:right}td:first-child,th:first-child{text-align:left}\
pre{background:#f6f8fa;padding:.5rem;overflow-x:auto;font-size:13px}.hit{background:#fff8c5}\
.add{color:#116329}.del{color:#a40e26}.finding{border-top:1px solid #d0d7de;margin-top:1rem}\
.error{color:#a40e26}.warning{color:#9a6700}svg text{font:12px sans-serif}\
#needs-person td:last-child,#needs-person th:last-child{text-align:left}\
.key{display:inline-block;width:.8rem;height:.8rem;margin:0 .3rem 0 1rem}";

/// The colours of the chart segments, and what they mean.
pub(crate) const LEGEND: [(&str, &str); 3] = [
    ("#2da44e", "fixed by --fix"),
    ("#d4a72c", "with --unsafe-fixes, after review"),
    ("#cf222e", "needs a person"),
];

/// Escapes text for HTML element content and attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

pub fn write(out: &mut dyn Write, m: &Migration) -> io::Result<()> {
    let mut h = String::new();
    let t = &m.statistics.total;
    let _ = write!(
        h,
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
         <title>atlas-sunset migration report</title><style>{STYLE}</style></head><body>\n\
         <h1>Retired Atlas endpoints: migration report</h1>\n<p>Report of {}.</p>\n",
        m.today
    );
    for d in &m.deadlines {
        let _ = writeln!(
            h,
            "<p class=\"deadline\">{}: {}</p>",
            escape(&d.rule),
            escape(&d.describe())
        );
    }
    let _ = writeln!(
        h,
        "<div class=\"totals\" id=\"totals\"><div><b id=\"total-findings\">{}</b>findings</div>\
         <div><b>{}</b>fixed by --fix</div><div><b>{}</b>with --unsafe-fixes</div>\
         <div><b>{}</b>need a person</div><div><b>{}</b>files scanned</div></div>",
        t.findings, t.safe, t.unsafe_, t.manual, m.files_scanned
    );
    h.push_str("<p>");
    for (colour, meaning) in LEGEND {
        let _ = write!(
            h,
            "<span class=\"key\" style=\"background:{colour}\"></span>{meaning}"
        );
    }
    h.push_str("</p>\n");
    let _ = writeln!(h, "<h2>Findings per rule</h2>");
    chart(&mut h, "chart-rule", &m.statistics.by_rule);
    table(&mut h, "rule", &m.statistics.by_rule);
    let _ = writeln!(h, "<h2>Findings per {}</h2>", m.group_title);
    chart(&mut h, "chart-group", &m.by_group);
    table(&mut h, m.group_title, &m.by_group);
    let _ = writeln!(h, "<h2>Findings per language</h2>");
    table(&mut h, "language", &m.statistics.by_language);

    let person: Vec<&Item> = m
        .items
        .iter()
        .filter(|i| i.needs_person.is_some())
        .collect();
    let _ = writeln!(h, "<h2>What needs a person ({})</h2>", person.len());
    if person.is_empty() {
        let _ = writeln!(h, "<p>Nothing: every finding has a safe fix.</p>");
    } else {
        let _ = writeln!(
            h,
            "<table id=\"needs-person\"><tr><th>where</th><th>{}</th><th>why</th></tr>",
            m.group_title
        );
        for i in person {
            let _ = writeln!(
                h,
                "<tr><td>{}:{}</td><td>{}</td><td>{}</td></tr>",
                escape(&i.path),
                i.line,
                escape(&i.group),
                escape(i.needs_person.as_deref().unwrap_or(""))
            );
        }
        let _ = writeln!(h, "</table>");
    }

    let _ = writeln!(h, "<h2>Findings</h2>");
    if m.items.is_empty() {
        let _ = writeln!(h, "<p>No retired Atlas endpoints found.</p>");
    }
    for i in &m.items {
        finding(&mut h, i);
    }
    let _ = writeln!(h, "</body></html>");
    out.write_all(h.as_bytes())
}

fn finding(h: &mut String, i: &Item) {
    let _ = writeln!(
        h,
        "<section class=\"finding\"><h3><span class=\"{sev}\">{sev}[{}]</span> {}:{}:{}</h3>\
         <p>{}</p><p>{}: {}</p>",
        escape(&i.rule),
        escape(&i.path),
        i.line,
        i.column,
        escape(&i.message),
        escape(i.group.as_str()),
        escape(&match &i.fix_title {
            Some(t) => format!("{} fix: {t}", i.fix_kind),
            None => "no automatic fix".to_string(),
        }),
        sev = i.severity,
    );
    h.push_str("<pre>");
    for (n, text, hit) in &i.frame {
        let class = if *hit { " class=\"hit\"" } else { "" };
        let _ = writeln!(h, "<span{class}>{n:>5} | {}</span>", escape(text));
    }
    h.push_str("</pre>\n");
    if !i.diff.is_empty() {
        h.push_str("<pre>");
        for l in i.diff.lines() {
            let class = match l.as_bytes().first() {
                Some(b'+') if !l.starts_with("+++") => " class=\"add\"",
                Some(b'-') if !l.starts_with("---") => " class=\"del\"",
                _ => "",
            };
            let _ = writeln!(h, "<span{class}>{}</span>", escape(l));
        }
        h.push_str("</pre>\n");
    }
    if !i.replacement.is_empty() {
        let _ = writeln!(h, "<p>Use instead: {}</p>", escape(&i.replacement));
    }
    if !i.notes.is_empty() {
        h.push_str("<ul>");
        for n in &i.notes {
            let _ = write!(h, "<li>{}</li>", escape(n));
        }
        h.push_str("</ul>\n");
    }
    h.push_str("</section>\n");
}

fn table(h: &mut String, title: &str, rows: &[Row]) {
    let _ = writeln!(
        h,
        "<table><tr><th>{}</th><th>findings</th><th>--fix</th><th>--unsafe-fixes</th><th>a person</th></tr>",
        escape(title)
    );
    for r in rows {
        let _ = writeln!(
            h,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            escape(&r.key),
            r.findings,
            r.safe,
            r.unsafe_,
            r.manual
        );
    }
    let _ = writeln!(h, "</table>");
}

/// A horizontal bar chart in inline SVG: one bar per row, split safe / unsafe / manual.
pub(crate) fn chart(h: &mut String, id: &str, rows: &[Row]) {
    const LABEL: usize = 260;
    const BAR: usize = 420;
    const ROW: usize = 22;
    let max = rows.iter().map(|r| r.findings).max().unwrap_or(0).max(1);
    let height = ROW * rows.len().max(1) + 4;
    let _ = writeln!(
        h,
        "<svg id=\"{id}\" role=\"img\" width=\"{}\" height=\"{height}\" viewBox=\"0 0 {} {height}\" xmlns=\"http://www.w3.org/2000/svg\">",
        LABEL + BAR + 60,
        LABEL + BAR + 60
    );
    for (n, r) in rows.iter().enumerate() {
        let y = n * ROW + 2;
        let _ = writeln!(
            h,
            "<text x=\"0\" y=\"{}\">{}</text>",
            y + 14,
            escape(&r.key)
        );
        let mut x = LABEL;
        for (count, (colour, _)) in [r.safe, r.unsafe_, r.manual].into_iter().zip(LEGEND) {
            let w = count * BAR / max;
            if w > 0 {
                let _ = writeln!(
                    h,
                    "<rect x=\"{x}\" y=\"{y}\" width=\"{w}\" height=\"{}\" fill=\"{colour}\"/>",
                    ROW - 6
                );
            }
            x += w;
        }
        let _ = writeln!(
            h,
            "<text x=\"{}\" y=\"{}\">{}</text>",
            x + 6,
            y + 14,
            r.findings
        );
    }
    let _ = writeln!(h, "</svg>");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_covers_markup_and_quotes() {
        assert_eq!(
            escape(r#"<a href="x">&'</a>"#),
            "&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;"
        );
    }
}

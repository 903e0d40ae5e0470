//! `report --merge --format html`: the campaign on one self-contained page (inline CSS and SVG, no
//! script). Totals, warnings, counts per repository and per rule the worst retirement first, then
//! each repository's findings linked to its forge. Every text is HTML-escaped.

use std::fmt::Write as _;
use std::io::{self, Write};

use super::load::Need;
use super::model::{Campaign, Counts, Repo, RuleRow};
use crate::report::html::{chart, escape, LEGEND, STYLE};
use crate::report::stats::Row;

const MORE_STYLE: &str =
    ".warnings{border:1px solid #d4a72c;background:#fff8c5;border-radius:6px;padding:.2rem 1rem}\
.meta{color:#57606a;font-size:13px}details{margin:.5rem 0}.items td,.items th{text-align:left}\
.items td:nth-child(2){white-space:nowrap}";

fn row(key: &str, c: &Counts) -> Row {
    Row {
        key: key.to_string(),
        findings: c.findings,
        safe: c.fix,
        unsafe_: c.review,
        manual: c.person,
    }
}

fn counts_cells(h: &mut String, c: &Counts) {
    let _ = write!(
        h,
        "<td>{}</td><td>{}</td><td>{}</td><td>{}</td>",
        c.findings, c.fix, c.review, c.person
    );
}

const COUNT_HEADS: &str =
    "<th>findings</th><th>fixed by --fix</th><th>needs review</th><th>needs a person</th>";

fn rule_table(h: &mut String, id: &str, rules: &[RuleRow]) {
    let _ = writeln!(
        h,
        "<table id=\"{id}\"><tr><th>rule</th><th>retired on</th>{COUNT_HEADS}</tr>"
    );
    for r in rules {
        let _ = write!(
            h,
            "<tr><td title=\"{}\">{}</td><td>{}</td>",
            escape(&r.title),
            escape(&r.id),
            r.sunset.map_or_else(|| "-".to_string(), |d| d.to_string())
        );
        counts_cells(h, &r.counts);
        h.push_str("</tr>\n");
    }
    h.push_str("</table>\n");
}

pub fn write(out: &mut dyn Write, c: &Campaign) -> io::Result<()> {
    let mut h = String::new();
    let t = &c.total;
    let _ = write!(
        h,
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
         <title>atlas-sunset campaign report</title><style>{STYLE}{MORE_STYLE}</style></head><body>\n\
         <h1>Retired Atlas endpoints: campaign report</h1>\n\
         <p>{} repositor{} merged on {}.</p>\n",
        c.repos.len(),
        if c.repos.len() == 1 { "y" } else { "ies" },
        c.today
    );
    for d in c.deadlines() {
        let _ = writeln!(
            h,
            "<p class=\"deadline\">{}: {}</p>",
            escape(&d.rule),
            escape(&d.describe())
        );
    }
    if !c.warnings.is_empty() {
        h.push_str("<div class=\"warnings\" id=\"warnings\">");
        for w in &c.warnings {
            let _ = write!(h, "<p>warning: {}</p>", escape(w));
        }
        h.push_str("</div>\n");
    }
    let _ = writeln!(
        h,
        "<div class=\"totals\" id=\"totals\"><div><b id=\"total-findings\">{}</b>findings</div>\
         <div><b id=\"total-fix\">{}</b>fixed by --fix</div><div><b id=\"total-review\">{}</b>need review</div>\
         <div><b id=\"total-person\">{}</b>need a person</div><div><b id=\"total-repositories\">{}</b>repositories</div>\
         <div><b>{}</b>files scanned</div></div>",
        t.findings, t.fix, t.review, t.person, c.repos.len(), c.files_scanned
    );
    if c.applied > 0 {
        let _ = writeln!(
            h,
            "<p>Besides these, {} fixes were already applied by <code>check --fix</code> runs.</p>",
            c.applied
        );
    }
    h.push_str("<p>");
    for (colour, meaning) in LEGEND {
        let _ = write!(
            h,
            "<span class=\"key\" style=\"background:{colour}\"></span>{meaning}"
        );
    }
    h.push_str("</p>\n<h2>Findings per repository</h2>\n");
    let rows: Vec<Row> = c
        .repos
        .iter()
        .map(|r| row(&r.repository.name, &r.counts))
        .collect();
    chart(&mut h, "chart-repository", &rows);
    let _ = writeln!(
        h,
        "<table id=\"repositories\"><tr><th>repository</th><th>worst retirement</th>{COUNT_HEADS}<th>commit</th><th>atlas-sunset</th></tr>"
    );
    for r in &c.repos {
        let _ = write!(
            h,
            "<tr><td><a href=\"#{}\">{}</a></td><td>{}</td>",
            anchor(r),
            escape(&r.repository.name),
            r.worst.map_or_else(|| "-".to_string(), |d| d.to_string())
        );
        counts_cells(&mut h, &r.counts);
        let _ = writeln!(
            h,
            "<td>{}</td><td>{}</td></tr>",
            escape(short(r.repository.commit.as_deref())),
            escape(&r.tool_version)
        );
    }
    h.push_str("</table>\n<h2>Findings per rule</h2>\n");
    let rows: Vec<Row> = c.rules.iter().map(|r| row(&r.id, &r.counts)).collect();
    chart(&mut h, "chart-rule", &rows);
    rule_table(&mut h, "rules", &c.rules);
    for r in &c.repos {
        repository(&mut h, r);
    }
    h.push_str("</body></html>\n");
    out.write_all(h.as_bytes())
}

fn short(commit: Option<&str>) -> &str {
    commit.map_or("-", |c| c.get(..12).unwrap_or(c))
}

fn anchor(r: &Repo) -> String {
    format!("repo-{}", crate::group::slug(&r.repository.name))
}

fn repository(h: &mut String, r: &Repo) {
    let _ = writeln!(
        h,
        "<section class=\"repository\" id=\"{}\"><h2>{}</h2>",
        anchor(r),
        escape(&r.repository.name)
    );
    let _ = writeln!(
        h,
        "<p class=\"meta\">{} · commit {} · atlas-sunset {} · rules {} · {} on {} · {} files scanned · report {}</p>",
        escape(r.repository.remote.as_deref().unwrap_or("no remote")),
        escape(short(r.repository.commit.as_deref())),
        escape(&r.tool_version),
        escape(&r.rules_version),
        escape(&r.mode),
        escape(&r.date),
        r.files_scanned,
        escape(&r.source),
    );
    if r.applied > 0 {
        let _ = writeln!(
            h,
            "<p>{} fixes already applied by <code>check --fix</code>.</p>",
            r.applied
        );
    }
    if r.items.is_empty() {
        h.push_str("<p>No retired Atlas endpoints found.</p></section>\n");
        return;
    }
    rule_table(h, &format!("{}-rules", anchor(r)), &r.rules);
    for need in [Need::Person, Need::Review, Need::Fix] {
        let items: Vec<_> = r.items.iter().filter(|i| i.need == need).collect();
        if items.is_empty() {
            continue;
        }
        let open = if need == Need::Fix { "" } else { " open" };
        let _ = writeln!(
            h,
            "<details{open}><summary>{} {}</summary><table class=\"items\"><tr><th>where</th><th>rule</th><th>message</th><th>what to do</th></tr>",
            items.len(),
            need.label()
        );
        for i in items {
            let place = format!("{}:{}", i.path, i.line);
            let place = match &i.link {
                Some(url) => format!("<a href=\"{}\">{}</a>", escape(url), escape(&place)),
                None => escape(&place),
            };
            let _ = writeln!(
                h,
                "<tr><td>{place}</td><td><span class=\"{sev}\">{}</span></td><td>{}</td><td>{}</td></tr>",
                escape(&i.rule),
                escape(&i.message),
                escape(&i.action),
                sev = if i.severity == "error" { "error" } else { "warning" },
            );
        }
        h.push_str("</table></details>\n");
    }
    h.push_str("</section>\n");
}

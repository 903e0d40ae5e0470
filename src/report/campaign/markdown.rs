//! `report --merge --format markdown`: the campaign for an issue or, merged from one report, the
//! body of that repository's pull request. Tables per repository and per rule, then what needs a
//! person or a review, linked to the forge. A long list is cut with a count of what was left out,
//! so a body stays under the forges' size limits.

use std::fmt::Write as _;
use std::io::{self, Write};

use super::load::Need;
use super::model::{Campaign, Counts, Repo, RuleRow};
use crate::report::markdown::cell;

/// Items listed per repository and need, at most.
const LIST_LIMIT: usize = 100;

fn counts(c: &Counts) -> String {
    format!("{} | {} | {} | {}", c.findings, c.fix, c.review, c.person)
}

const HEADS: &str = "findings | fixed by `--fix` | needs review | needs a person |";

fn rule_table(s: &mut String, rules: &[RuleRow]) {
    let _ = writeln!(
        s,
        "| rule | retired on | {HEADS}\n|---|---|--:|--:|--:|--:|"
    );
    for r in rules {
        let _ = writeln!(
            s,
            "| `{}` | {} | {} |",
            r.id.replace('`', "'"),
            r.sunset.map_or_else(|| "-".to_string(), |d| d.to_string()),
            counts(&r.counts)
        );
    }
    s.push('\n');
}

pub fn write(out: &mut dyn Write, c: &Campaign) -> io::Result<()> {
    let mut s = String::new();
    let t = &c.total;
    let _ = writeln!(s, "# Retired Atlas endpoints: campaign report\n");
    let _ = writeln!(
        s,
        "{} repositor{} merged on {}.\n",
        c.repos.len(),
        if c.repos.len() == 1 { "y" } else { "ies" },
        c.today
    );
    for d in c.deadlines() {
        let _ = writeln!(s, "- **{}**: {}", cell(&d.rule), cell(&d.describe()));
    }
    for w in &c.warnings {
        let _ = writeln!(s, "\n> **Warning:** {}", cell(w));
    }
    let _ = writeln!(
        s,
        "\n**{} findings** in {} files scanned: {} fixed by `--fix`, {} need review, {} need a person.\n",
        t.findings, c.files_scanned, t.fix, t.review, t.person
    );
    if c.applied > 0 {
        let _ = writeln!(
            s,
            "Besides these, {} fixes were already applied by `check --fix`.\n",
            c.applied
        );
    }
    if c.repos.len() > 1 {
        let _ = writeln!(
            s,
            "| repository | worst retirement | {HEADS}\n|---|---|--:|--:|--:|--:|"
        );
        for r in &c.repos {
            let _ = writeln!(
                s,
                "| {} | {} | {} |",
                cell(&r.repository.name),
                r.worst.map_or_else(|| "-".to_string(), |d| d.to_string()),
                counts(&r.counts)
            );
        }
        s.push('\n');
    }
    rule_table(&mut s, &c.rules);
    for r in &c.repos {
        repository(&mut s, r, c.repos.len() > 1);
    }
    out.write_all(s.as_bytes())
}

fn repository(s: &mut String, r: &Repo, with_rules: bool) {
    let _ = writeln!(s, "## {}\n", cell(&r.repository.name));
    let _ = writeln!(
        s,
        "Commit `{}`, atlas-sunset {}, rules {}, `{}` on {}, {} files scanned.\n",
        r.repository.commit.as_deref().unwrap_or("unknown"),
        cell(&r.tool_version),
        cell(&r.rules_version),
        cell(&r.mode),
        cell(&r.date),
        r.files_scanned
    );
    if r.items.is_empty() {
        let _ = writeln!(s, "No retired Atlas endpoints found.\n");
        return;
    }
    if with_rules {
        rule_table(s, &r.rules);
    }
    for need in [Need::Person, Need::Review, Need::Fix] {
        let n = r.counts.of(need);
        if n == 0 {
            continue;
        }
        let _ = writeln!(s, "### {n} {}\n", need.label());
        let check = if need == Need::Fix { "" } else { "[ ] " };
        for i in r.items.iter().filter(|i| i.need == need).take(LIST_LIMIT) {
            let place = format!("{}:{}", i.path, i.line).replace('`', "'");
            let place = match &i.link {
                Some(url) => format!("[`{place}`]({})", url.replace(')', "%29")),
                None => format!("`{place}`"),
            };
            let _ = writeln!(
                s,
                "- {check}{place} `{}`: {}",
                i.rule.replace('`', "'"),
                cell(&i.action)
            );
        }
        if n > LIST_LIMIT {
            let _ = writeln!(s, "- … and {} more (see the JSON report)", n - LIST_LIMIT);
        }
        s.push('\n');
    }
}

//! `report --merge --format json`: the campaign as one object, `{"version": 1, "campaign": {...},
//! "summary": {...}, "rules": [...], "repositories": [...]}`, each finding with what it needs and
//! its forge link. Keys documented in the README.

use std::io::{self, Write};

use serde_json::{json, Value};

use super::model::{Campaign, Counts, Repo, RuleRow};

fn counts(c: &Counts) -> Value {
    json!({
        "findings": c.findings,
        "fix": c.fix,
        "review": c.review,
        "person": c.person,
        "errors": c.errors,
    })
}

fn rules(rows: &[RuleRow]) -> Value {
    rows.iter()
        .map(|r| {
            json!({
                "id": r.id,
                "title": r.title,
                "sunset": r.sunset.map(|d| d.to_string()),
                "counts": counts(&r.counts),
            })
        })
        .collect()
}

fn repository(r: &Repo) -> Value {
    let findings: Vec<Value> = r
        .items
        .iter()
        .map(|i| {
            json!({
                "rule": i.rule,
                "severity": i.severity,
                "path": i.path,
                "line": i.line,
                "column": i.column,
                "needs": i.need.key(),
                "message": i.message,
                "action": i.action,
                "link": i.link,
            })
        })
        .collect();
    json!({
        "repository": r.repository,
        "report": r.source,
        "tool_version": r.tool_version,
        "rules_version": r.rules_version,
        "date": r.date,
        "mode": r.mode,
        "files_scanned": r.files_scanned,
        "fixed": r.applied,
        "unread": r.unread,
        "worst_sunset": r.worst.map(|d| d.to_string()),
        "summary": counts(&r.counts),
        "rules": rules(&r.rules),
        "findings": findings,
    })
}

pub fn write(out: &mut dyn Write, c: &Campaign) -> io::Result<()> {
    let doc = json!({
        "version": 1,
        "campaign": {
            "date": c.today.to_string(),
            "reports": c.repos.len(),
            "warnings": c.warnings,
        },
        "summary": {
            "files_scanned": c.files_scanned,
            "fixed": c.applied,
            "counts": counts(&c.total),
        },
        "rules": rules(&c.rules),
        "repositories": c.repos.iter().map(repository).collect::<Vec<_>>(),
    });
    serde_json::to_writer_pretty(&mut *out, &doc).map_err(io::Error::other)?;
    writeln!(out)
}

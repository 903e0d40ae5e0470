//! `report --merge --format sarif`: SARIF 2.1.0 with one run per repository, each naming its
//! repository and commit in `versionControlProvenance` and its own `automationDetails` id, so
//! viewers keep the repositories apart. Built from the JSON reports: no source text, no secret.

use std::io::{self, Write};

use serde_json::{json, Value};

use super::load::{Finding, Loc};
use super::model::{Campaign, Repo};
use crate::report::sarif::{pascal, sentence, INFO_URI, SCHEMA};
use crate::rules::RuleSet;

fn region(start: Loc, end: Loc) -> Value {
    json!({
        "startLine": start.line,
        "startColumn": start.column,
        "endLine": end.line,
        "endColumn": end.column,
    })
}

fn level(severity: &str) -> &'static str {
    if severity == "error" {
        "error"
    } else {
        "warning"
    }
}

fn result(r: &Repo, f: &Finding, rule_index: usize) -> Value {
    let uri = r
        .repository
        .path_in_repository(&f.path)
        .unwrap_or_else(|| f.path.clone());
    let start = Loc {
        line: f.line,
        column: f.column,
    };
    let end = Loc {
        line: f.end_line,
        column: f.end_column,
    };
    let artifact = json!({ "uri": uri, "uriBaseId": "%SRCROOT%" });
    let mut result = json!({
        "ruleId": f.rule,
        "ruleIndex": rule_index,
        "level": level(&f.severity),
        "message": { "text": sentence(&crate::secrets::mask(&f.message)) },
        "locations": [ { "physicalLocation": { "artifactLocation": artifact, "region": region(start, end) } } ],
    });
    if let Some(fix) = &f.fix {
        let replacements: Vec<Value> = fix
            .edits
            .iter()
            .map(|e| json!({ "deletedRegion": region(e.location, e.end_location), "insertedContent": { "text": e.content } }))
            .collect();
        result["fixes"] = json!([{
            "description": { "text": sentence(&format!("{} ({} fix)", fix.message, fix.applicability)) },
            "artifactChanges": [ { "artifactLocation": artifact, "replacements": replacements } ],
        }]);
    }
    result
}

/// A driver rule: the title from the report; the summary and migration from this binary's rule of
/// the same id when it knows one, else the title and the docs link.
fn rule(r: &Repo, id: &str, title: &str, known: &RuleSet) -> Value {
    let docs = r
        .report
        .findings
        .iter()
        .find(|f| f.rule == id)
        .and_then(|f| f.docs.clone());
    let (summary, help) = match known.index(id).map(|i| known.info(i)) {
        Some(info) => (info.summary.to_string(), info.help.to_string()),
        None => (sentence(title), String::new()),
    };
    let mut text = summary.clone();
    let mut markdown = summary.clone();
    if !help.is_empty() {
        text.push_str(&format!("\n\n{help}"));
        markdown.push_str(&format!("\n\n**How to migrate.** {help}"));
    }
    if let Some(d) = &docs {
        text.push_str(&format!("\n\nDocs: {d}"));
        markdown.push_str(&format!("\n\n[Atlas documentation]({d})"));
    }
    let mut rule = json!({
        "id": id,
        "name": pascal(id),
        "shortDescription": { "text": sentence(title) },
        "fullDescription": { "text": summary },
        "help": { "text": text, "markdown": markdown },
    });
    if let Some(d) = docs {
        rule["helpUri"] = json!(d);
    }
    rule
}

fn run(r: &Repo, known: &RuleSet) -> Value {
    let ids: Vec<&str> = r.rules.iter().map(|x| x.id.as_str()).collect();
    let rules: Vec<Value> = r
        .rules
        .iter()
        .map(|x| rule(r, &x.id, &x.title, known))
        .collect();
    let results: Vec<Value> = r
        .report
        .findings
        .iter()
        .map(|f| result(r, f, ids.iter().position(|id| *id == f.rule).unwrap_or(0)))
        .collect();
    let mut run = json!({
        "tool": { "driver": {
            "name": "atlas-sunset",
            "informationUri": INFO_URI,
            "version": r.tool_version,
            "rules": rules,
            "properties": { "rulesVersion": r.rules_version },
        } },
        "automationDetails": { "id": format!("atlas-sunset/{}/", r.repository.name) },
        "columnKind": "unicodeCodePoints",
        "results": results,
        "properties": { "repository": r.repository.name, "report": r.source, "date": r.date },
    });
    let uri = r.repository.web().or_else(|| {
        r.repository
            .remote
            .clone()
            .filter(|u| u.contains("://") && !u.starts_with("file:"))
    });
    if let Some(uri) = uri {
        let mut provenance =
            json!({ "repositoryUri": uri, "mappedTo": { "uriBaseId": "%SRCROOT%" } });
        if let Some(commit) = &r.repository.commit {
            provenance["revisionId"] = json!(commit);
        }
        run["versionControlProvenance"] = json!([provenance]);
    }
    run
}

pub fn write(out: &mut dyn Write, c: &Campaign, known: &RuleSet) -> io::Result<()> {
    let doc = json!({
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": c.repos.iter().map(|r| run(r, known)).collect::<Vec<_>>(),
    });
    serde_json::to_writer_pretty(&mut *out, &doc).map_err(io::Error::other)?;
    writeln!(out)
}

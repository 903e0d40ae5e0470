//! `report --merge --format sarif`: SARIF 2.1.0 with one run per repository, each naming its
//! repository and commit in `versionControlProvenance` and its own `automationDetails` id, so
//! viewers keep the repositories apart. Built from the JSON reports: no source text, no secret.

use std::io::{self, Write};

use serde_json::{json, Value};

use super::load::{Finding, Loc};
use super::model::{Campaign, Repo};
use crate::report::sarif::{pascal, sentence, INFO_URI, SCHEMA};

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

fn run(r: &Repo) -> Value {
    let ids: Vec<&str> = r.rules.iter().map(|x| x.id.as_str()).collect();
    let rules: Vec<Value> = r
        .rules
        .iter()
        .map(|x| {
            let mut rule = json!({
                "id": x.id,
                "name": pascal(&x.id),
                "shortDescription": { "text": sentence(&x.title) },
            });
            let docs = r.report.findings.iter().find(|f| f.rule == x.id);
            if let Some(d) = docs.and_then(|f| f.docs.as_deref()) {
                rule["helpUri"] = json!(d);
            }
            rule
        })
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
        let mut provenance = json!({ "repositoryUri": uri });
        if let Some(commit) = &r.repository.commit {
            provenance["revisionId"] = json!(commit);
        }
        run["versionControlProvenance"] = json!([provenance]);
    }
    run
}

pub fn write(out: &mut dyn Write, c: &Campaign) -> io::Result<()> {
    let doc = json!({
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": c.repos.iter().map(run).collect::<Vec<_>>(),
    });
    serde_json::to_writer_pretty(&mut *out, &doc).map_err(io::Error::other)?;
    writeln!(out)
}

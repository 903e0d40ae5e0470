//! `--format sarif`: SARIF 2.1.0 for GitHub code scanning. One run; a driver rule per rule with the
//! migration as help; results with relative paths, a line-move-stable `primaryLocationLineHash`,
//! and `fixes[]` carrying the edits. No source text is embedded, so no credential can leak.

use std::io::{self, Write};

use serde_json::{json, Value};

use super::{position, Outcome};
use crate::finding::Severity;
use crate::fingerprint;
use crate::source::SourceFile;

pub(crate) const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";
pub(crate) const INFO_URI: &str = "https://www.mongodb.com/docs/atlas/flex-migration/";

fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
    }
}

fn region(src: &SourceFile, range: &std::ops::Range<usize>) -> Value {
    let start = src.lines.line_col(&src.text, range.start);
    let end = src.lines.line_col(&src.text, range.end);
    json!({
        "startLine": start.line,
        "startColumn": start.column,
        "endLine": end.line,
        "endColumn": end.column,
    })
}

/// `serverless-backup-snapshot-get` -> `ServerlessBackupSnapshotGet`.
pub(crate) fn pascal(id: &str) -> String {
    id.split('-')
        .map(|w| {
            let mut c = w.chars();
            c.next().map_or_else(String::new, |f| {
                f.to_ascii_uppercase().to_string() + c.as_str()
            })
        })
        .collect()
}

pub fn write(out: &mut dyn Write, o: &Outcome<'_>) -> io::Result<()> {
    let rules: Vec<Value> = (0..o.rules.count())
        .map(|i| {
            let r = o.rules.info(i);
            let default_level = match o.rules.rules.get(i) {
                Some(rule) if o.today < rule.sunset => "warning",
                Some(_) => "error",
                None => "warning",
            };
            let mut help = format!("{}\n\n{}", r.summary, r.help);
            let mut markdown = format!("{}\n\n**How to migrate.** {}", r.summary, r.help);
            if let Some(rep) = &r.replacement {
                help.push_str(&format!("\n\nUse instead: {rep}"));
                markdown.push_str(&format!("\n\n**Use instead:** `{rep}`"));
            }
            if let Some(d) = r.docs {
                help.push_str(&format!("\n\nDocs: {d}"));
                markdown.push_str(&format!("\n\n[Atlas documentation]({d})"));
            }
            let mut rule = json!({
                "id": r.id,
                "name": pascal(r.id),
                "shortDescription": { "text": format!("{}.", r.title) },
                "fullDescription": { "text": r.summary },
                "help": { "text": help, "markdown": markdown },
                "defaultConfiguration": { "level": default_level },
                "properties": { "tags": ["mongodb-atlas", "deprecation", "migration"], "precision": "very-high" },
            });
            if let Some(d) = r.docs {
                rule["helpUri"] = json!(d);
            }
            rule
        })
        .collect();

    let mut results = Vec::new();
    for report in o.reports {
        let Some(src) = report.source() else { continue };
        let src = &*src;
        let prints = fingerprint::fingerprints(report, |i| o.rules.info(i).id.to_string());
        for (f, print) in report.findings.iter().zip(prints) {
            let (start, _) = position(report, f);
            let _ = start;
            let location = json!({
                "artifactLocation": { "uri": report.display, "uriBaseId": "%SRCROOT%" },
                "region": region(src, &f.span),
            });
            let mut result = json!({
                "ruleId": o.rules.info(f.rule).id,
                "ruleIndex": f.rule,
                "level": level(f.severity),
                "message": { "text": sentence(&f.message) },
                "locations": [ { "physicalLocation": location } ],
                "partialFingerprints": { "primaryLocationLineHash": print },
            });
            if let Some(fix) = &f.fix {
                let replacements: Vec<Value> = fix
                    .edits
                    .iter()
                    .map(|e| json!({ "deletedRegion": region(src, &e.range), "insertedContent": { "text": e.content } }))
                    .collect();
                result["fixes"] = json!([{
                    "description": { "text": sentence(&format!("{} ({} fix)", fix.title, fix.applicability.name())) },
                    "artifactChanges": [ {
                        "artifactLocation": { "uri": report.display, "uriBaseId": "%SRCROOT%" },
                        "replacements": replacements,
                    } ],
                }]);
            }
            results.push(result);
        }
    }

    let mut doc = json!({
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [ {
            "tool": { "driver": {
                "name": "atlas-sunset",
                "informationUri": INFO_URI,
                "version": env!("CARGO_PKG_VERSION"),
                "semanticVersion": env!("CARGO_PKG_VERSION"),
                "rules": rules,
            } },
            "columnKind": "unicodeCodePoints",
            "results": results,
        } ],
    });
    let notifications = partial_notifications(o);
    if !notifications.is_empty() {
        doc["runs"][0]["invocations"] = json!([ {
            "executionSuccessful": true,
            "toolExecutionNotifications": notifications,
        } ]);
    }
    serde_json::to_writer_pretty(&mut *out, &doc).map_err(io::Error::other)?;
    writeln!(out)
}

/// One warning per file checked only outside syntax its parser could not read.
fn partial_notifications(o: &Outcome<'_>) -> Vec<Value> {
    o.reports
        .iter()
        .flat_map(|r| r.partial.iter().map(move |p| (r, p)))
        .map(|(r, p)| {
            json!({
                "level": "warning",
                "descriptor": { "id": "partial-check" },
                "message": { "text": sentence(&p.to_string()) },
                "locations": [ { "physicalLocation": {
                    "artifactLocation": { "uri": r.display, "uriBaseId": "%SRCROOT%" },
                    "region": { "startLine": p.lines.first().copied().unwrap_or(1) },
                } } ],
            })
        })
        .collect()
}

/// SARIF messages should be sentences ending in a period.
pub(crate) fn sentence(s: &str) -> String {
    let t = s.trim_end();
    if t.ends_with('.') {
        t.to_string()
    } else {
        format!("{t}.")
    }
}

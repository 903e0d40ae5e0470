//! `atlas-sunset rules` and `atlas-sunset explain RULE`: the rule pack as documentation.

use std::io::{self, Write};

use serde::Serialize;

use crate::rules::{ExampleFix, Mapping, Rule, RuleSet};

#[derive(Serialize)]
struct RuleRow<'a> {
    id: &'a str,
    title: &'a str,
    sunset: String,
    old: String,
    old_operation_ids: [&'a str; 3],
    new: String,
    /// `null` when nothing replaces the endpoint.
    new_operation_ids: Option<[&'a str; 3]>,
    new_version: Option<&'a str>,
    /// Why nothing replaces the endpoint, when nothing does.
    no_replacement: Option<&'a str>,
    /// `yes`, `review` (fixes always need a review) or `no` (every finding needs a person).
    fix: &'a str,
    docs: &'a str,
    origin: &'a str,
}

fn ids(o: &crate::rules::OperationIds) -> [&str; 3] {
    [o.legacy.as_str(), o.ipa.as_str(), o.short.as_str()]
}

fn row(r: &Rule) -> RuleRow<'_> {
    RuleRow {
        id: &r.id,
        title: &r.title,
        sunset: r.sunset.to_string(),
        old: format!("{} {}", r.old.method, r.old.path),
        old_operation_ids: ids(&r.old.operation_ids),
        new: r.new_request(),
        new_operation_ids: r.new.as_ref().map(|n| ids(&n.operation_ids)),
        new_version: r.new.as_ref().map(|n| n.version.as_str()),
        no_replacement: r.no_replacement.as_deref(),
        fix: r.fix_kind(),
        docs: &r.docs,
        origin: &r.origin,
    }
}

pub fn write_rules(out: &mut dyn Write, set: &RuleSet, json: bool) -> io::Result<()> {
    if json {
        let rows: Vec<RuleRow<'_>> = set.rules.iter().map(row).collect();
        serde_json::to_writer_pretty(&mut *out, &rows).map_err(io::Error::other)?;
        return writeln!(out);
    }
    let width = set
        .rules
        .iter()
        .map(|r| r.id.len())
        .max()
        .unwrap_or(4)
        .max(4);
    writeln!(
        out,
        "{:<width$}  {:<10}  {:<34}  {:<27}  fix",
        "rule", "sunset", "retired operation", "replacement"
    )?;
    for r in &set.rules {
        writeln!(
            out,
            "{:<width$}  {:<10}  {:<34}  {:<27}  {}",
            r.id,
            r.sunset.to_string(),
            r.old.operation_ids.legacy,
            r.new_operation_name(),
            r.fix_kind()
        )?;
    }
    Ok(())
}

/// Prints one rule; an unknown id is an error listing the known ones.
/// `explain NAME`: the rule NAME names, by its id or any other spelling of its operation
/// (operationId of any era, SDK method, `atlas api` command); "did you mean" when none does.
pub fn write_explain(out: &mut dyn Write, set: &RuleSet, name: &str) -> Result<i32, String> {
    let found = crate::rules::names::find(set, name);
    if found.is_empty() {
        return Err(format!(
            "unknown rule `{name}`: not a rule id, nor an operationId, SDK method or `atlas api` command of one (`atlas-sunset rules` lists them).{}",
            crate::rules::names::did_you_mean(set, name)
        ));
    }
    for (n, &i) in found.iter().enumerate() {
        if n > 0 {
            writeln!(out).map_err(|e| e.to_string())?;
        }
        explain(out, &set.rules[i]).map_err(|e| e.to_string())?;
    }
    Ok(crate::EXIT_OK)
}

fn explain(out: &mut dyn Write, r: &Rule) -> io::Result<()> {
    writeln!(out, "{} ({})\n", r.title, r.id)?;
    writeln!(out, "Sunset: {}\n", r.sunset)?;
    writeln!(out, "What it was\n\n{}\n", r.summary)?;
    for (label, ep) in [("Retired", Some(&r.old)), ("Replacement", r.new.as_ref())] {
        let Some(ep) = ep else {
            let why = r.no_replacement.as_deref().unwrap_or_default();
            writeln!(out, "{label}: none. {why}")?;
            continue;
        };
        let ids = &ep.operation_ids;
        writeln!(out, "{label}: {} {}", ep.method, ep.path)?;
        writeln!(
            out,
            "  operationId {} (IPA: {}, SDK/CLI: {}); tag {}; Accept: application/vnd.atlas.{}+json; response {}",
            ids.legacy, ids.ipa, ids.short, ep.tag, ep.version, ep.schema
        )?;
        writeln!(out, "  {}", ep.docs)?;
    }
    writeln!(out, "\nHow to migrate\n\n{}\n", r.migration)?;
    if !r.fields.is_empty() {
        writeln!(
            out,
            "Response fields ({} -> {})\n",
            r.old.schema,
            r.new_schema()
        )?;
        for f in &r.fields {
            let new = f.new.as_deref().unwrap_or("-");
            let kind = match f.mapping {
                Mapping::Exact => "same",
                Mapping::Rename => "renamed",
                Mapping::Approximate => "approximate",
                Mapping::Values => "values changed",
                Mapping::None => "no equivalent",
            };
            writeln!(out, "  {:<24} -> {:<16} {kind}", f.old, new)?;
        }
        writeln!(out)?;
    }
    if let Some(req) = &r.request {
        writeln!(
            out,
            "Request body ({} -> {})\n",
            req.old_schema, req.new_schema
        )?;
        for m in &req.renamed {
            writeln!(out, "  {:<24} -> {:<16} renamed", m.old, m.new)?;
        }
        for kv in &req.dropped {
            writeln!(
                out,
                "  {:<24} -> {:<16} dropped when `{}`",
                kv.key, "-", kv.value
            )?;
        }
        for u in &req.unsupported {
            writeln!(out, "  {:<24} -> {:<16} no equivalent: not fixed", u, "-")?;
        }
        writeln!(out, "\n{}\n", req.note)?;
    }
    if let Some(tf) = &r.terraform {
        let blocks: Vec<String> = tf
            .resources
            .iter()
            .map(|t| format!("resource \"{t}\""))
            .chain(tf.data_sources.iter().map(|t| format!("data \"{t}\"")))
            .collect();
        writeln!(
            out,
            "Terraform: {} -> {} (reported, never rewritten)\n  {}\n",
            blocks.join(", "),
            tf.replacement,
            tf.advice
        )?;
    }
    if !r.status_values.is_empty() {
        let pairs: Vec<String> = r
            .status_values
            .iter()
            .map(|v| format!("{} -> {}", v.old, v.new))
            .collect();
        writeln!(out, "Status values: {}\n", pairs.join(", "))?;
    }
    for ex in &r.examples {
        if let Some(bad) = &ex.bad {
            writeln!(
                out,
                "Example: {} ({})\n\nBefore:\n{}",
                ex.name,
                ex.file,
                indent(bad)
            )?;
            match (&ex.fixed, ex.shows()) {
                (Some(fixed), ExampleFix::Unsafe) => writeln!(
                    out,
                    "After --fix --unsafe-fixes (review it):\n{}",
                    indent(fixed)
                )?,
                (Some(fixed), _) => writeln!(out, "After:\n{}", indent(fixed))?,
                (None, _) => writeln!(out, "Not fixed automatically.\n")?,
            }
        }
        if let Some(good) = &ex.good {
            writeln!(
                out,
                "Not reported: {} ({})\n{}",
                ex.name,
                ex.file,
                indent(good)
            )?;
        }
    }
    writeln!(out, "Docs: {}", r.docs)
}

fn indent(s: &str) -> String {
    s.trim_matches('\n')
        .lines()
        .map(|l| format!("    {l}\n"))
        .collect()
}

//! `jq` filters that read a retired call's response (piped, through a file the script wrote, or
//! through a variable holding `$(...)` output): renamed, approximate and vanished fields, and the
//! status values that changed case, by the rule's field map.

use std::ops::Range;

use super::lexer::Command;
use super::ShellView;
use crate::detect::fields::field_finding;
use crate::detect::regions::Region;
use crate::detect::Context;
use crate::finding::Finding;
use crate::fix::{Applicability, Edit, Fix};
use crate::rules::Rule;

/// jq options followed by one or two values that are not the filter.
const ONE_VALUE: &[&str] = &["--indent", "-L", "--library-path"];
const TWO_VALUES: &[&str] = &["--arg", "--argjson", "--slurpfile", "--rawfile"];

pub fn detect(
    ctx: &Context<'_>,
    text: &str,
    region: &Region,
    sh: &ShellView,
    urls: &[(usize, Range<usize>)],
    out: &mut Vec<Finding>,
) {
    // The commands that call a retired endpoint, with their rule.
    let mut retired: Vec<(usize, &Command)> = Vec::new();
    for (rule, span) in urls {
        retired.extend(sh.users(span).into_iter().map(|c| (*rule, c)));
    }
    for cmd in &sh.script.commands {
        let matched = super::cli::matching_rules(&ctx.rules.rules, cmd);
        retired.extend(matched.into_iter().map(|(idx, _, _)| (idx, cmd)));
    }
    let mut seen: std::collections::HashSet<usize> = std::collections::HashSet::new();
    for (rule_idx, cmd) in retired {
        for jq in consumers(sh, cmd) {
            let Some(filter) = filter_range(jq) else {
                continue;
            };
            if !seen.insert(filter.start) {
                continue;
            }
            let rule = &ctx.rules.rules[rule_idx];
            fields(ctx, rule_idx, rule, text, region, &filter, out);
        }
    }
}

/// The `jq` commands that read `cmd`'s output.
fn consumers<'a>(sh: &'a ShellView, cmd: &'a Command) -> Vec<&'a Command> {
    let is_jq = |c: &&Command| c.name() == Some("jq");
    // Piped.
    let mut out: Vec<&Command> = sh
        .pipeline(cmd.pipeline)
        .filter(|c| c.stage > cmd.stage)
        .filter(is_jq)
        .collect();
    // Through a file: `curl -o f`, `atlas ... --outputFile f`, `> f`.
    let files = output_files(cmd);
    if !files.is_empty() {
        out.extend(
            sh.script
                .commands
                .iter()
                .filter(|c| c.range.start > cmd.range.end)
                .filter(is_jq)
                .filter(|c| {
                    c.words
                        .iter()
                        .chain(c.redirects.iter().map(|r| &r.target))
                        .any(|w| {
                            w.value
                                .as_deref()
                                .is_some_and(|v| files.iter().any(|f| f == v))
                        })
                }),
        );
    }
    // Through a variable: `X=$(curl ...)` then `echo "$X" | jq` or `jq ... <<< "$X"`.
    let Some(holder) = sh.enclosing(cmd).filter(|h| {
        h.assignments
            .iter()
            .any(|a| a.value.range.start <= cmd.range.start && cmd.range.end <= a.value.range.end)
    }) else {
        return out;
    };
    for var in holder.assignments.iter().map(|a| a.name.as_str()) {
        for c in sh
            .users_of(var)
            .filter(|c| c.range.start > holder.range.end)
        {
            if is_jq(&c) {
                out.push(c);
            } else if c.stage == 0 {
                out.extend(
                    sh.pipeline(c.pipeline)
                        .filter(|j| j.stage > 0)
                        .filter(is_jq),
                );
            }
        }
    }
    out
}

fn output_files(cmd: &Command) -> Vec<String> {
    let mut files: Vec<String> = cmd
        .redirects
        .iter()
        .filter(|r| r.op.starts_with('>'))
        .filter_map(|r| r.target.value.clone())
        .collect();
    let curl = cmd.name() == Some("curl");
    let mut words = cmd.words.iter();
    while let Some(w) = words.next() {
        let Some(v) = w.value.as_deref() else {
            continue;
        };
        let file_flag = match v {
            "-o" | "--output" => curl,
            "--outputFile" | "--output-file" => !curl,
            _ => false,
        };
        if file_flag {
            if let Some(f) = words.next().and_then(|f| f.value.clone()) {
                files.push(f);
            }
        } else if let Some(f) = v
            .strip_prefix("--outputFile=")
            .or_else(|| v.strip_prefix("--output-file="))
        {
            files.push(f.to_string());
        } else if let (true, Some(f)) = (
            curl,
            v.strip_prefix("-o")
                .filter(|f| !f.is_empty() && !f.starts_with('-')),
        ) {
            files.push(f.to_string());
        }
    }
    files
}

/// Offsets of `field` where the filter reads it: `.field` (not `.fieldX`) or `["field"]`.
fn field_reads(filter: &str, field: &str) -> Vec<usize> {
    let b = filter.as_bytes();
    let ident = |c: u8| c.is_ascii_alphanumeric() || c == b'_';
    filter
        .match_indices(field)
        .map(|(at, _)| at)
        .filter(|&at| {
            let end = at + field.len();
            let dotted = at > 0 && b[at - 1] == b'.' && !b.get(end).is_some_and(|&c| ident(c));
            let indexed = filter[..at].ends_with("[\"") && filter[end..].starts_with("\"]");
            dotted || indexed
        })
        .collect()
}

/// The source range of a `jq` command's filter argument.
fn filter_range(jq: &Command) -> Option<Range<usize>> {
    let start = jq.name_index()? + 1;
    let mut i = start;
    while let Some(w) = jq.words.get(i) {
        let v = w.value.as_deref().unwrap_or("");
        if TWO_VALUES.contains(&v) {
            i += 3;
        } else if ONE_VALUE.contains(&v) {
            i += 2;
        } else if v == "-f" || v == "--from-file" {
            return None;
        } else if v.starts_with('-') && v.len() > 1 {
            i += 1;
        } else {
            return Some(w.range.clone());
        }
    }
    None
}

fn fields(
    ctx: &Context<'_>,
    idx: usize,
    rule: &Rule,
    text: &str,
    region: &Region,
    filter: &Range<usize>,
    out: &mut Vec<Finding>,
) {
    let src = &text[filter.clone()];
    let finding = |span: Range<usize>, message: String, fix: Option<Fix>, notes: Vec<String>| {
        let replacement = match &fix {
            Some(f) => format!(
                "{} in {}",
                f.title.trim_start_matches("read "),
                rule.new_schema()
            ),
            None => format!("no equivalent in {}", rule.new_schema()),
        };
        Finding {
            rule: idx,
            span,
            severity: rule.severity(ctx.today),
            language: region.language,
            message,
            replacement,
            fix,
            notes,
        }
    };
    for f in &rule.fields {
        for start in field_reads(src, &f.old) {
            let span = filter.start + start..filter.start + start + f.old.len();
            let read = (idx, rule);
            out.extend(field_finding(
                ctx,
                read,
                f,
                span,
                region.language,
                Applicability::Safe,
            ));
        }
    }
    // Status values, only in filters that read `.status`.
    if !src.contains("status") {
        return;
    }
    for v in &rule.status_values {
        let quoted = format!("\"{}\"", v.old);
        for (at, _) in src.match_indices(&quoted) {
            let span = filter.start + at + 1..filter.start + at + 1 + v.old.len();
            out.push(finding(
                span.clone(),
                format!("status `{}` is `{}` in Flex snapshots", v.old, v.new),
                Some(Fix::new(
                    Applicability::Safe,
                    vec![Edit::replace(span, v.new.clone())],
                    format!("compare with `{}`", v.new),
                )),
                Vec::new(),
            ));
        }
    }
}

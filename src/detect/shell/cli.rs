//! Atlas CLI commands that call a retired endpoint: `atlas api cloudBackups getServerlessBackup...`
//! and the human commands removed in CLI v1.52.0 (`atlas serverless backups snapshots describe`),
//! rewritten to their Flex forms with every other flag and argument kept as written.

use std::ops::Range;

use super::lexer::{Command, Word};
use super::ShellView;
use crate::detect::regions::Region;
use crate::detect::Context;
use crate::finding::Finding;
use crate::fix::{Applicability, Edit, Fix};
use crate::rules::{CliApi, CliHuman, Rule};

/// Command-path words and their aliases in the Atlas CLI.
const ALIASES: &[&[&str]] = &[
    &["serverless", "sl"],
    &["backups", "backup"],
    &["snapshots", "snapshot"],
    &["restores", "restore"],
    &["clusters", "cluster"],
    &["describe", "get"],
];

/// Global flags that take a value before the command path.
const GLOBAL_VALUE_FLAGS: &[&str] = &["-P", "--profile"];

/// Every spelling of a command-path word.
pub fn spellings(word: &str) -> Vec<&str> {
    ALIASES
        .iter()
        .find(|a| a.contains(&word))
        .map_or_else(|| vec![word], |a| a.to_vec())
}

fn same_word(a: &str, b: &str) -> bool {
    a == b || spellings(a).contains(&b)
}

/// What an `atlas` command line is, once matched against a rule.
pub enum Match<'r> {
    Api(&'r CliApi),
    Human(&'r CliHuman),
}

/// The positional words of an `atlas` command before its first flag (global flags skipped).
fn command_path(cmd: &Command) -> Vec<&Word> {
    let Some(name) = cmd.name_index() else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut words = cmd.words[name + 1..].iter();
    while let Some(w) = words.next() {
        let v = w.value.as_deref().unwrap_or("");
        if GLOBAL_VALUE_FLAGS.contains(&v) {
            words.next();
            continue;
        }
        if v.starts_with('-') {
            if out.is_empty() {
                continue;
            }
            break;
        }
        if w.value.is_none() {
            break;
        }
        out.push(w);
    }
    out
}

/// The rules whose CLI spellings `cmd` matches, in rule order: each rule's index, the match and
/// the number of command-path words it covers. Empty unless `cmd` runs `atlas`.
pub fn matching_rules<'r>(rules: &'r [Rule], cmd: &Command) -> Vec<(usize, Match<'r>, usize)> {
    if cmd.name() != Some("atlas") {
        return Vec::new();
    }
    let path = command_path(cmd);
    rules
        .iter()
        .enumerate()
        .filter_map(|(i, rule)| match_path(rule, &path).map(|(m, n)| (i, m, n)))
        .collect()
}

/// Matches the command path of an `atlas` command against a rule's CLI spellings.
fn match_path<'r>(rule: &'r Rule, path: &[&Word]) -> Option<(Match<'r>, usize)> {
    let cli = rule.cli.as_ref()?;
    let value = |i: usize| path.get(i).and_then(|w| w.value.as_deref());
    if let Some(api) = &cli.api {
        if value(0) == Some("api") && value(1) == Some(api.old_tag.as_str()) {
            if let Some(c) = value(2) {
                if api.old_commands.iter().any(|o| o == c) {
                    return Some((Match::Api(api), 3));
                }
            }
        }
    }
    for h in &cli.human {
        let old: Vec<&str> = h.old.split_whitespace().collect();
        let matched = old.len() <= path.len()
            && old
                .iter()
                .enumerate()
                .all(|(i, o)| value(i).is_some_and(|v| same_word(v, o)));
        if matched {
            return Some((Match::Human(h), old.len()));
        }
    }
    None
}

pub fn detect(
    ctx: &Context<'_>,
    text: &str,
    region: &Region,
    sh: &ShellView,
    out: &mut Vec<Finding>,
) {
    for cmd in &sh.script.commands {
        let Some((idx, m, n)) = matching_rules(&ctx.rules.rules, cmd).into_iter().next() else {
            continue;
        };
        let rule = &ctx.rules.rules[idx];
        let path = command_path(cmd);
        let Some(name) = cmd.name_index().map(|i| &cmd.words[i]) else {
            continue;
        };
        let span = name.range.start..path[n - 1].range.end;
        let finding = match m {
            Match::Api(api) => api_finding(ctx, idx, rule, api, text, cmd, &path),
            Match::Human(h) => human_finding(ctx, idx, rule, h, text, cmd, &path[..n]),
        };
        out.push(Finding {
            span,
            language: region.language,
            ..finding
        });
    }
}

/// The value of `--flag value` or `--flag=value`: the flag word, and the value's range.
fn flag<'c>(cmd: &'c Command, name: &str) -> Option<(&'c Word, Range<usize>)> {
    let long = format!("--{name}");
    let with_eq = format!("{long}=");
    let mut words = cmd.words.iter();
    while let Some(w) = words.next() {
        let src_val = w
            .value
            .as_deref()
            .or(Some(w.literal.as_str()))
            .unwrap_or("");
        if src_val == long {
            let v = words.next()?;
            return Some((w, v.range.clone()));
        }
        if src_val.starts_with(&with_eq) {
            // `--flag=value`: the value starts after the `=` in the source.
            let eq = w.range.start + 1 + text_find_eq(w);
            return Some((w, eq..w.range.end));
        }
    }
    None
}

/// Offset of the first `=` in the word's literal (words with `=` are written without leading quotes).
fn text_find_eq(w: &Word) -> usize {
    w.literal.find('=').unwrap_or(0)
}

fn api_finding(
    ctx: &Context<'_>,
    idx: usize,
    rule: &Rule,
    api: &CliApi,
    text: &str,
    cmd: &Command,
    path: &[&Word],
) -> Finding {
    let mut edits = vec![
        Edit::replace(path[1].range.clone(), api.new_tag.clone()),
        Edit::replace(path[2].range.clone(), api.new_command.clone()),
    ];
    for r in &api.renamed_flags {
        if let Some((w, _)) = flag(cmd, &r.old) {
            let old = format!("--{}", r.old);
            if let Some(at) = text[w.range.clone()].find(&old) {
                let s = w.range.start + at;
                edits.push(Edit::replace(s..s + old.len(), format!("--{}", r.new)));
            }
        }
    }
    let mut notes = Vec::new();
    match flag(cmd, "version") {
        Some((_, value)) => {
            if let Some(at) = text[value.clone()].find(rule.old.version.as_str()) {
                let s = value.start + at;
                edits.push(Edit::replace(
                    s..s + rule.old.version.len(),
                    rule.new_version().to_string(),
                ));
            }
        }
        None => notes.push(format!(
            "Pin the version with `--version {}`: the only one `{}` accepts.",
            rule.new_version(),
            api.new_command
        )),
    }
    let mut applicability = Applicability::Safe;
    if let Some(req) = &rule.request {
        applicability = Applicability::Unsafe;
        notes.push(format!(
            "The body passed with `--file` changes from `{}` to `{}`: {}",
            req.old_schema, req.new_schema, req.note
        ));
    }
    let old_cmd = path[2].value.clone().unwrap_or_default();
    Finding {
        rule: idx,
        span: 0..0,
        severity: rule.severity(ctx.today),
        language: crate::language::Language::Shell,
        message: format!(
            "`atlas api {} {old_cmd}` calls `{}` ({}), which {}: use `atlas api {} {}`",
            api.old_tag,
            rule.old.operation_ids.legacy,
            rule.title,
            rule.when(ctx.today),
            api.new_tag,
            api.new_command
        ),
        replacement: format!(
            "atlas api {} {}{} --version {}",
            api.new_tag,
            api.new_command,
            path_flags(rule),
            rule.new_version()
        ),
        fix: Some(Fix::new(
            applicability,
            edits,
            format!("call `atlas api {} {}`", api.new_tag, api.new_command),
        )),
        notes,
    }
}

fn human_finding(
    ctx: &Context<'_>,
    idx: usize,
    rule: &Rule,
    h: &CliHuman,
    text: &str,
    cmd: &Command,
    path: &[&Word],
) -> Finding {
    let path_range = path[0].range.start..path[path.len() - 1].range.end;
    let mut replacement = h.new.clone();
    let mut edits = Vec::new();
    let mut applicability = Applicability::Safe;
    let mut notes = Vec::new();
    if let Some(p) = &h.positional {
        match flag(cmd, p) {
            Some((_, value)) if !positional_supported(h, &text[value.clone()]) => {
                return unsupported_value(ctx, idx, rule, h, p, &text[value]);
            }
            Some((w, value)) => {
                replacement = format!("{} {}", h.new, &text[value.clone()]);
                edits.push(Edit::replace(
                    delete_range(text, w.range.start, value.end.max(w.range.end)),
                    "",
                ));
            }
            None => {
                applicability = Applicability::Unsafe;
                notes.push(format!(
                    "`atlas {}` takes the `{p}` as its first argument: add it.",
                    h.new
                ));
            }
        }
    }
    edits.push(Edit::replace(path_range, replacement));
    if !h.add_args.is_empty() {
        let end = cmd
            .words
            .last()
            .map_or(path[path.len() - 1].range.end, |w| w.range.end);
        edits.push(Edit::replace(
            end..end,
            format!(" {}", h.add_args.join(" ")),
        ));
    }
    if let Some(review) = &h.review {
        applicability = Applicability::Unsafe;
        notes.push(review.clone());
    }
    let removed = h
        .removed_in
        .as_deref()
        .map(|v| format!(" was removed in Atlas CLI v{v} and"))
        .unwrap_or_default();
    let placeholder = h
        .positional
        .as_deref()
        .map(|p| format!(" <{p}>"))
        .unwrap_or_default();
    Finding {
        rule: idx,
        span: 0..0,
        severity: rule.severity(ctx.today),
        language: crate::language::Language::Shell,
        message: format!(
            "`atlas {}`{removed} calls `{}` ({}), which {}: use `atlas {}{placeholder}`",
            h.old,
            rule.old.operation_ids.legacy,
            rule.title,
            rule.when(ctx.today),
            h.new
        ),
        replacement: format!(
            "atlas {}{placeholder}{}{}",
            h.new,
            if rule.old.path.contains("{clusterName}") {
                " --clusterName <name>"
            } else {
                ""
            },
            h.add_args
                .iter()
                .map(|a| format!(" {a}"))
                .collect::<String>()
        ),
        fix: Some(Fix::new(
            applicability,
            edits,
            format!("use `atlas {}{placeholder}`", h.new),
        )),
        notes,
    }
}

/// ` --groupId <groupId> --name <name> ...`: one flag per path parameter of the replacement.
fn path_flags(rule: &Rule) -> String {
    let path = rule.new.as_ref().map_or(&rule.old.path, |n| &n.path);
    path.split('/')
        .filter_map(|s| s.strip_prefix('{').and_then(|s| s.strip_suffix('}')))
        .map(|p| format!(" --{p} <{p}>"))
        .collect()
}

/// True when the new command supports the value of the flag that becomes positional (any value
/// when the rule lists none). Quotes around the value do not count.
fn positional_supported(h: &CliHuman, value: &str) -> bool {
    let bare = value.trim_matches(['"', '\'']);
    h.positional_values.is_empty() || h.positional_values.iter().any(|v| v == bare)
}

/// A command whose flag value has no counterpart in the new command: reported, not fixed.
fn unsupported_value(
    ctx: &Context<'_>,
    idx: usize,
    rule: &Rule,
    h: &CliHuman,
    flag: &str,
    value: &str,
) -> Finding {
    let supported = h.positional_values.join(", ");
    let mut notes = vec![format!(
        "`atlas {}` supports only `{supported}`: `--{flag} {value}` has no equivalent, so this command is not rewritten.",
        h.new
    )];
    notes.extend(h.unsupported_note.clone());
    Finding {
        rule: idx,
        span: 0..0,
        severity: rule.severity(ctx.today),
        language: crate::language::Language::Shell,
        message: format!(
            "`atlas {}` calls `{}` ({}), which {}; `--{flag} {value}` has no Flex equivalent",
            h.old,
            rule.old.operation_ids.legacy,
            rule.title,
            rule.when(ctx.today)
        ),
        replacement: format!("atlas {} {supported}", h.new),
        fix: None,
        notes,
    }
}

/// The range to delete for a flag and its value: the whole line when they stand alone on a
/// continuation line, else the flag, its value and the blank before them.
fn delete_range(text: &str, start: usize, end: usize) -> Range<usize> {
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[end..].find('\n').map_or(text.len(), |i| end + i);
    let before = &text[line_start..start];
    let after = text[end..line_end].trim_end_matches('\r').trim();
    if before.trim().is_empty() && (after == "\\" || after.is_empty()) && line_start > 0 {
        let prev_line_continues = text[..line_start - 1]
            .trim_end_matches('\r')
            .trim_end()
            .ends_with('\\');
        if after == "\\" && prev_line_continues {
            return line_start..(line_end + 1).min(text.len());
        }
    }
    if before.trim().is_empty() {
        // First on its line with more after it: take the blank after it instead.
        let rest = &text[end..line_end];
        let ws = rest.len() - rest.trim_start_matches([' ', '\t']).len();
        return start..end + ws;
    }
    let ws = before.len() - before.trim_end().len();
    start - ws..end
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aliases_match_both_ways() {
        assert!(same_word("sl", "serverless"));
        assert!(same_word("backup", "backups"));
        assert!(!same_word("clusters", "serverless"));
    }

    #[test]
    fn a_flag_alone_on_a_continuation_line_is_removed_with_its_line() {
        let text = "atlas x \\\n  --snapshotId \"$S\" \\\n  -o json\n";
        let s = text.find("--snapshotId").unwrap();
        let e = text.find("\" \\").unwrap() + 1;
        let r = delete_range(text, s, e);
        let mut out = text.to_string();
        out.replace_range(r, "");
        assert_eq!(out, "atlas x \\\n  -o json\n");
    }

    #[test]
    fn a_flag_starting_its_line_keeps_the_indentation() {
        let text = "atlas x \\\n    --snapshotId \"$S\" -o json\n";
        let s = text.find("--snapshotId").unwrap();
        let e = text.find("\" -o").unwrap() + 1;
        let r = delete_range(text, s, e);
        let mut out = text.to_string();
        out.replace_range(r, "");
        assert_eq!(out, "atlas x \\\n    -o json\n");
    }

    #[test]
    fn an_inline_flag_is_removed_with_the_blank_before_it() {
        let text = "atlas x --snapshotId S --clusterName C\n";
        let s = text.find("--snapshotId").unwrap();
        let r = delete_range(text, s, s + "--snapshotId S".len());
        let mut out = text.to_string();
        out.replace_range(r, "");
        assert_eq!(out, "atlas x --clusterName C\n");
    }
}

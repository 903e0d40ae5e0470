//! Inline suppressions: `atlas-sunset: ignore[rule-id] -- reason` in a comment after code covers that
//! line only; a comment alone on its line covers the next line. Suppressions without a reason or naming unknown rules are reported, and so
//! are suppressions that no longer suppress anything (`--fix` removes those).

use std::ops::Range;

use crate::detect::comments::comment_ranges;
use crate::detect::regions;
use crate::finding::{Finding, Severity};
use crate::fix::{Applicability, Edit, Fix};
use crate::language::{CommentStyle, Language};
use crate::rules::RuleSet;
use crate::source::SourceFile;

const MARKER: &str = "atlas-sunset:";

/// One `atlas-sunset: ignore[...]` comment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Directive {
    /// The directive text, from `atlas-sunset:` to the end of its reason.
    pub range: Range<usize>,
    /// The whole comment holding it.
    pub comment: Range<usize>,
    /// 0-based line.
    pub line: usize,
    /// The comment is alone on its line (nothing but blanks before it), so it covers the next line;
    /// a comment after code covers its own line only.
    pub own_line: bool,
    /// Each rule id named, with its range.
    pub ids: Vec<(String, Range<usize>)>,
    /// The range of the `[...]` list, brackets included.
    pub list: Range<usize>,
    pub reason: Option<String>,
    /// Why the directive could not be read, if it could not.
    pub malformed: Option<String>,
}

/// Every directive in the file, in order.
pub fn directives(file: &SourceFile) -> Vec<Directive> {
    let text = &file.text;
    if !text.contains(MARKER) {
        return Vec::new();
    }
    let mut out = Vec::new();
    for region in regions::regions(text, file.language) {
        let style = region.language.comment_style();
        let comments = if style == CommentStyle::None {
            html_comments(text, region.range.clone())
        } else if region.language == Language::Shell {
            // The shell lexer knows where `${...}`, `$(...)` and heredocs end; a `#` inside them is not a comment.
            crate::detect::shell::ShellView::build(text, &region)
                .map(|sh| sh.script.comments)
                .unwrap_or_default()
        } else {
            comment_ranges(text, region.range.clone(), region.language)
        };
        let body = &text[region.range.clone()];
        for (at, _) in body.match_indices(MARKER) {
            let start = region.range.start + at;
            let comment = comments
                .iter()
                .find(|c| c.start <= start && start < c.end)
                .cloned();
            let comment = match (comment, region.language) {
                (Some(c), _) => c,
                // Plain text and JSON have no comments: the rest of the line counts.
                (None, Language::Text | Language::Json) => start..line_end(text, start),
                (None, _) => continue,
            };
            out.push(parse(text, start, comment, file.lines.line_of(start)));
        }
    }
    out
}

fn line_end(text: &str, pos: usize) -> usize {
    text[pos..].find('\n').map_or(text.len(), |i| pos + i)
}

/// `<!-- ... -->` comments (Markdown prose).
fn html_comments(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    let body = &text[range.clone()];
    let mut out = Vec::new();
    let mut pos = 0;
    while let Some(s) = body[pos..].find("<!--") {
        let start = pos + s;
        let end = body[start..]
            .find("-->")
            .map_or(body.len(), |e| start + e + 3);
        out.push(range.start + start..range.start + end);
        pos = end;
    }
    out
}

fn parse(text: &str, start: usize, comment: Range<usize>, line: usize) -> Directive {
    let end = comment.end.min(line_end(text, start));
    let raw = &text[start..end];
    let line_start = text[..comment.start].rfind('\n').map_or(0, |i| i + 1);
    let own_line = text[line_start..comment.start].trim().is_empty();
    let mut d = Directive {
        range: start..end,
        comment,
        line,
        own_line,
        ids: Vec::new(),
        list: start..start,
        reason: None,
        malformed: None,
    };
    let after = &raw[MARKER.len()..];
    let rest = after.trim_start();
    let rest_at = start + MARKER.len() + (after.len() - rest.len());
    let Some(list) = rest.strip_prefix("ignore[") else {
        d.malformed = Some("expected `ignore[rule-id] -- reason` after `atlas-sunset:`".into());
        return d;
    };
    let Some(close) = list.find(']') else {
        d.malformed = Some("the rule list is not closed with `]`".into());
        return d;
    };
    let list_start = rest_at + "ignore".len();
    d.list = list_start..list_start + 1 + close + 1;
    let mut pos = list_start + 1;
    for part in list[..close].split(',') {
        let id = part.trim();
        let lead = part.len() - part.trim_start().len();
        if !id.is_empty() {
            d.ids
                .push((id.to_string(), pos + lead..pos + lead + id.len()));
        }
        pos += part.len() + 1;
    }
    if d.ids.is_empty() {
        d.malformed = Some("names no rule".into());
    }
    // The comment's closer is not part of the reason: `<!-- ... -->`, `/* ... */`.
    let tail = list[close + 1..]
        .trim()
        .trim_end_matches("-->")
        .trim_end_matches("*/")
        .trim();
    let reason = tail
        .strip_prefix("--")
        .map(|r| {
            r.trim()
                .trim_end_matches("-->")
                .trim_end_matches("*/")
                .trim()
        })
        .filter(|r| !r.is_empty());
    d.reason = reason.map(str::to_string);
    let tail_end = d.list.end + list[close + 1..].trim_end().len();
    d.range = start..tail_end.min(end).max(d.list.end);
    d
}

/// Removes suppressed findings and adds findings about the directives themselves.
/// `enabled` says whether a rule is selected (an unused directive for a disabled rule is not reported).
pub fn apply(
    file: &SourceFile,
    rules: &RuleSet,
    enabled: &dyn Fn(usize) -> bool,
    findings: Vec<Finding>,
) -> Vec<Finding> {
    let dirs = directives(file);
    if dirs.is_empty() {
        return findings;
    }
    let mut used = vec![Vec::<bool>::new(); dirs.len()];
    for (i, d) in dirs.iter().enumerate() {
        used[i] = vec![false; d.ids.len()];
    }
    let mut kept = Vec::with_capacity(findings.len());
    for f in findings {
        let line = file.lines.line_of(f.span.start);
        let id = rules.info(f.rule).id;
        let hit = dirs.iter().enumerate().find_map(|(di, d)| {
            let near = d.line == line || (d.own_line && d.line + 1 == line);
            let ii = d.ids.iter().position(|(x, _)| x == id)?;
            near.then_some((di, ii))
        });
        match hit {
            Some((di, ii)) => used[di][ii] = true,
            None => kept.push(f),
        }
    }
    let invalid = rules.meta_index("suppression-invalid");
    let unused = rules.meta_index("suppression-unused");
    let meta = |rule: usize, span: Range<usize>, message: String, fix: Option<Fix>| Finding {
        rule,
        span,
        severity: Severity::Warning,
        language: file.language,
        message,
        replacement: String::new(),
        fix,
        notes: Vec::new(),
    };
    for (di, d) in dirs.iter().enumerate() {
        if let Some(why) = &d.malformed {
            kept.push(meta(
                invalid,
                d.range.clone(),
                format!("suppression comment {why}"),
                None,
            ));
            continue;
        }
        let unknown: Vec<&str> = d
            .ids
            .iter()
            .filter(|(id, _)| rules.index(id).is_none())
            .map(|(id, _)| id.as_str())
            .collect();
        for id in &unknown {
            kept.push(meta(
                invalid,
                d.range.clone(),
                format!("suppression names unknown rule `{id}` (see `atlas-sunset rules`)"),
                None,
            ));
        }
        if d.reason.is_none() {
            let ids: Vec<&str> = d.ids.iter().map(|(i, _)| i.as_str()).collect();
            kept.push(meta(
                invalid,
                d.range.clone(),
                format!(
                    "suppression gives no reason: write `atlas-sunset: ignore[{}] -- why`",
                    ids.join(", ")
                ),
                None,
            ));
        }
        let stale: Vec<usize> = (0..d.ids.len())
            .filter(|&i| !used[di][i])
            .filter(|&i| rules.index(&d.ids[i].0).is_some_and(enabled))
            .collect();
        if stale.is_empty() {
            continue;
        }
        let names: Vec<&str> = stale.iter().map(|&i| d.ids[i].0.as_str()).collect();
        let fix = removal(&file.text, d, &stale);
        kept.push(meta(
            unused,
            d.range.clone(),
            format!(
                "unused suppression of `{}`: nothing to suppress on {}",
                names.join("`, `"),
                if d.own_line {
                    "the next line"
                } else {
                    "this line"
                }
            ),
            Some(fix),
        ));
    }
    kept.sort_by_key(|f| (f.span.start, f.span.end, f.rule));
    kept
}

/// The edit removing unused ids: the id from the list, or the whole directive when all are unused
/// (the whole comment, and its line when nothing else is on it).
fn removal(text: &str, d: &Directive, stale: &[usize]) -> Fix {
    if stale.len() < d.ids.len() {
        let keep: Vec<&str> = (0..d.ids.len())
            .filter(|i| !stale.contains(i))
            .map(|i| d.ids[i].0.as_str())
            .collect();
        let edit = Edit::replace(d.list.clone(), format!("[{}]", keep.join(", ")));
        return Fix::new(
            Applicability::Safe,
            vec![edit],
            "remove the unused rule from the suppression",
        );
    }
    let comment_text = &text[d.comment.clone()];
    let only_directive = comment_text
        .trim_start_matches(['#', '/', '*', '<', '!', '-', ' ', '\t'])
        .trim_end()
        .trim_end_matches("-->")
        .trim_end_matches("*/")
        .trim_end()
        == text[d.range.clone()]
            .trim_end()
            .trim_end_matches("-->")
            .trim_end();
    let range = if only_directive {
        let line_start = text[..d.comment.start].rfind('\n').map_or(0, |i| i + 1);
        let line_end = line_end(text, d.comment.end);
        let rest_blank = text[d.comment.end..line_end].trim().is_empty();
        if text[line_start..d.comment.start].trim().is_empty() && rest_blank {
            line_start..(line_end + 1).min(text.len())
        } else {
            let before = &text[line_start..d.comment.start];
            let ws = before.len() - before.trim_end().len();
            d.comment.start - ws..d.comment.end
        }
    } else {
        d.range.clone()
    };
    Fix::new(
        Applicability::Safe,
        vec![Edit::replace(range, "")],
        "remove the unused suppression",
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(name: &str, text: &str) -> SourceFile {
        let lang = crate::language::classify(std::path::Path::new(name), text.as_bytes());
        SourceFile::new(name.into(), name.into(), text.into(), false, lang)
    }

    #[test]
    fn parses_ids_and_reason() {
        let f = file(
            "a.sh",
            "curl x # atlas-sunset: ignore[a, b] -- legacy mock server\n",
        );
        let d = &directives(&f)[0];
        let ids: Vec<&str> = d.ids.iter().map(|(i, _)| i.as_str()).collect();
        assert_eq!(ids, vec!["a", "b"]);
        assert_eq!(d.reason.as_deref(), Some("legacy mock server"));
        assert_eq!(&f.text[d.ids[1].1.clone()], "b");
        assert_eq!(d.malformed, None);
    }

    #[test]
    fn only_comments_count_where_the_language_has_them() {
        let f = file("a.py", "s = 'atlas-sunset: ignore[x] -- y'\n");
        assert!(directives(&f).is_empty());
        let md = file("a.md", "text <!-- atlas-sunset: ignore[x] -- y -->\n");
        let d = &directives(&md)[0];
        assert_eq!(d.reason.as_deref(), Some("y"));
    }

    #[test]
    fn a_comment_closer_is_not_a_reason() {
        // Regression: `-->` was read as `--` followed by the reason `>`.
        let md = file("a.md", "<!-- atlas-sunset: ignore[x] -->\n");
        assert_eq!(directives(&md)[0].reason, None);
        let js = file("a.js", "/* atlas-sunset: ignore[x] */\n");
        assert_eq!(directives(&js)[0].reason, None);
    }

    #[test]
    fn a_hash_inside_a_shell_expansion_is_not_a_suppression_comment() {
        // Found by the property tests: removing this "unused suppression" broke `bash -n`.
        let f = file("a.sh", "${''\\\n# atlas-sunset: ignore[x] -- why\n");
        assert!(directives(&f).is_empty());
    }

    #[test]
    fn a_trailing_comment_covers_its_own_line_only() {
        // Regression (issue 15): a suppression after code also silenced the next line.
        let f = file(
            "a.sh",
            "curl x # atlas-sunset: ignore[r] -- mock\n  # atlas-sunset: ignore[r] -- why\ncurl y\n",
        );
        let d = directives(&f);
        assert!(!d[0].own_line);
        assert!(d[1].own_line);
    }

    #[test]
    fn malformed_directives_say_why() {
        let f = file(
            "a.sh",
            "# atlas-sunset: ignore x\n# atlas-sunset: ignore[]\n",
        );
        let d = directives(&f);
        assert!(d[0].malformed.as_deref().unwrap().contains("expected"));
        assert!(d[1].malformed.as_deref().unwrap().contains("no rule"));
    }

    #[test]
    fn removing_a_whole_line_comment_removes_the_line() {
        let text = "a\n  # atlas-sunset: ignore[r] -- old\nb\n";
        let f = file("a.sh", text);
        let d = &directives(&f)[0];
        let fix = removal(text, d, &[0]);
        assert_eq!(crate::fix::apply(text, &fix.edits), "a\nb\n");
    }

    #[test]
    fn removing_a_trailing_comment_keeps_the_code() {
        let text = "curl x # atlas-sunset: ignore[r] -- old\n";
        let f = file("a.sh", text);
        let d = &directives(&f)[0];
        let fix = removal(text, d, &[0]);
        assert_eq!(crate::fix::apply(text, &fix.edits), "curl x\n");
    }

    #[test]
    fn removing_one_of_two_ids_keeps_the_other() {
        let text = "# atlas-sunset: ignore[r, s] -- old\n";
        let f = file("a.sh", text);
        let d = &directives(&f)[0];
        let fix = removal(text, d, &[0]);
        assert_eq!(
            crate::fix::apply(text, &fix.edits),
            "# atlas-sunset: ignore[s] -- old\n"
        );
    }
}

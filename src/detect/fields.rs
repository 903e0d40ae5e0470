//! Reads of a retired response's fields: the finding (Flex name, approximate name or no
//! equivalent) that `jq` filters and Python/JavaScript code share, and the detector for
//! `r.json()["mongodVersion"]`, `.get("expiresAt")` and `snap.mongodVersion` in the function that
//! calls a retired endpoint.

use std::ops::Range;

use crate::detect::comments::{self, RegionComments};
use crate::detect::regions::Region;
use crate::detect::Context;
use crate::finding::Finding;
use crate::fix::{Applicability, Edit, Fix};
use crate::language::Language;
use crate::rules::{FieldMap, Mapping, Rule};

/// The finding for a read of field `f` of `rule`'s retired response at `span`; `rename` is how
/// sure a renamed field's fix is (safe in a jq filter on the response, unsafe in code that may read
/// another object). `None` for fields that did not change.
pub fn field_finding(
    ctx: &Context<'_>,
    (idx, rule): (usize, &Rule),
    f: &FieldMap,
    span: Range<usize>,
    language: Language,
    rename: Applicability,
) -> Option<Finding> {
    let old_op = &rule.old.operation_ids.legacy;
    let new_op = rule.new_operation_name();
    let (message, fix) = match (f.mapping, &f.new) {
        (Mapping::Exact | Mapping::Values, _) => return None,
        (Mapping::Rename, Some(new)) => (
            format!("`{}` of the retired `{old_op}` response is `{new}` in the `{new_op}` response", f.old),
            Some(Fix::new(rename, vec![Edit::replace(span.clone(), new.clone())], format!("read `{new}`"))),
        ),
        (Mapping::Approximate, Some(new)) => (
            format!("`{}` of the retired `{old_op}` response has no exact Flex equivalent; the closest is `{new}`", f.old),
            Some(Fix::new(Applicability::Unsafe, vec![Edit::replace(span.clone(), new.clone())], format!("read `{new}` (approximate)"))),
        ),
        _ => (
            format!("`{}` of the retired `{old_op}` response does not exist in the `{new_op}` response: this needs a person", f.old),
            None,
        ),
    };
    let replacement = match &fix {
        Some(x) => format!(
            "{} in {}",
            x.title.trim_start_matches("read "),
            rule.new_schema()
        ),
        None => format!("no equivalent in {}", rule.new_schema()),
    };
    let mut notes: Vec<String> = f.note.iter().cloned().collect();
    if rename == Applicability::Unsafe && fix.is_some() {
        notes.push(format!(
            "Read after a call of the retired `{old_op}` in the same function: check that this object is its response before applying the fix."
        ));
    }
    Some(Finding {
        rule: idx,
        span,
        severity: rule.severity(ctx.today),
        language,
        message,
        replacement,
        fix,
        notes,
    })
}

/// Field reads in Python, JavaScript and TypeScript after each retired URL in `urls` (rule index
/// and span), within the function holding the URL.
pub fn detect(
    ctx: &Context<'_>,
    text: &str,
    region: &Region,
    comments: &RegionComments<'_>,
    urls: &[(usize, Range<usize>)],
    out: &mut Vec<Finding>,
) {
    let python = region.language == Language::Python;
    if !python && !matches!(region.language, Language::JavaScript | Language::TypeScript) {
        return;
    }
    // Most files with a retired URL read no field of its response: they cost one search per field.
    let body = &text[region.range.clone()];
    // Once per rule, not per URL: a file of many calls would search its whole text for each.
    let mut named: std::collections::HashMap<usize, bool> = std::collections::HashMap::new();
    let urls: Vec<_> = urls
        .iter()
        .filter(|(idx, _)| {
            *named.entry(*idx).or_insert_with(|| {
                ctx.rules.rules.get(*idx).is_some_and(|rule: &Rule| {
                    rule.fields.iter().any(|f| body.contains(f.old.as_str()))
                })
            })
        })
        .collect();
    if urls.is_empty() {
        return;
    }
    let comments = comments.get();
    let mut seen: std::collections::HashSet<Range<usize>> = std::collections::HashSet::new();
    for (idx, url) in urls {
        let Some(rule) = ctx.rules.rules.get(*idx) else {
            continue;
        };
        let scope = if python {
            python_scope(text, &region.range, url.start)
        } else {
            brace_scope(text, &region.range, url.start)
        };
        let after = url.end.max(scope.start)..scope.end;
        let mut read: Vec<&str> = Vec::new();
        for f in &rule.fields {
            for span in reads(&text[after.clone()], &f.old, python) {
                let span = after.start + span.start..after.start + span.end;
                if seen.contains(&span) || comments::contains(comments, span.start) {
                    continue;
                }
                let found = field_finding(
                    ctx,
                    (*idx, rule),
                    f,
                    span.clone(),
                    region.language,
                    Applicability::Unsafe,
                );
                if let Some(finding) = found {
                    seen.insert(span);
                    out.push(finding);
                    read.push(&f.old);
                }
            }
        }
        if !read.is_empty() {
            call_moves_with_its_reads(out, *idx, url, &read);
        }
    }
}

/// A call whose changed response fields are read after it is not fixed alone: once its URL is
/// migrated, nothing ties the reads to a retired call any more, so the call's fix waits for review.
fn call_moves_with_its_reads(out: &mut [Finding], idx: usize, url: &Range<usize>, read: &[&str]) {
    let call = out.iter_mut().find(|f| f.rule == idx && f.span == *url);
    let Some(fix) = call.and_then(|f| f.fix.as_mut().map(|x| (x, &mut f.notes))) else {
        return;
    };
    let (fix, notes) = fix;
    if fix.applicability != Applicability::Safe {
        return;
    }
    fix.applicability = Applicability::Unsafe;
    notes.push(format!(
        "This function reads fields of the response that changed (`{}`): migrate the call and those reads together, after review.",
        read.join("`, `")
    ));
}

/// Where `name` is read in `src`: `["name"]`, `['name']`, Python `.get("name"`, JavaScript `.name`.
fn reads(src: &str, name: &str, python: bool) -> Vec<Range<usize>> {
    let ident = |c: char| c.is_alphanumeric() || c == '_' || c == '$';
    let mut out = Vec::new();
    for (at, _) in src.match_indices(name) {
        let end = at + name.len();
        let before = &src[..at];
        let rest = &src[end..];
        let quoted = ['"', '\''].iter().any(|&q| {
            let opened = before.strip_suffix(q);
            opened.is_some_and(|b| b.ends_with('[') || (python && b.ends_with(".get(")))
                && rest.starts_with(q)
        });
        let dotted =
            !python && before.ends_with('.') && !before.ends_with("..") && !rest.starts_with(ident);
        if quoted || dotted {
            out.push(at..end);
        }
    }
    out
}

/// The Python function holding `pos`: from its `def` line to the next line indented no deeper; at
/// module level, up to the next top-level `def` or `class`.
fn python_scope(text: &str, region: &Range<usize>, pos: usize) -> Range<usize> {
    let indent = |line: &str| line.len() - line.trim_start().len();
    let line_start = text[region.start..pos]
        .rfind('\n')
        .map_or(region.start, |i| region.start + i + 1);
    let mut def_indent = None;
    let mut here = indent(&text[line_start..]);
    let mut cursor = line_start;
    while cursor > region.start {
        let prev = text[region.start..cursor - 1]
            .rfind('\n')
            .map_or(region.start, |i| region.start + i + 1);
        let line = &text[prev..cursor - 1];
        cursor = prev;
        if line.trim().is_empty() || indent(line) >= here {
            continue;
        }
        here = indent(line);
        let head = line.trim_start();
        if head.starts_with("def ") || head.starts_with("async def ") {
            def_indent = Some(here);
            break;
        }
    }
    let start = if def_indent.is_some() {
        cursor
    } else {
        region.start
    };
    let limit = def_indent.unwrap_or(0);
    let mut end = region.end;
    let mut at = text[pos..region.end]
        .find('\n')
        .map_or(region.end, |i| pos + i + 1);
    while at < region.end {
        let next = text[at..region.end]
            .find('\n')
            .map_or(region.end, |i| at + i + 1);
        let line = &text[at..next];
        let head = line.trim_start();
        let ends = match def_indent {
            Some(_) => !line.trim().is_empty() && !head.starts_with('#') && indent(line) <= limit,
            None => {
                indent(line) == 0
                    && ["def ", "async def ", "class "]
                        .iter()
                        .any(|k| head.starts_with(k))
            }
        };
        if ends {
            end = at;
            break;
        }
        at = next;
    }
    start..end
}

/// The innermost `{ ... }` block holding `pos` (braces in strings are counted too: a block is an
/// approximation of the function); the whole region when there is none.
fn brace_scope(text: &str, region: &Range<usize>, pos: usize) -> Range<usize> {
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    let mut open = None;
    for i in (region.start..pos).rev() {
        match bytes[i] {
            b'}' => depth += 1,
            b'{' if depth == 0 => {
                open = Some(i);
                break;
            }
            b'{' => depth -= 1,
            _ => {}
        }
    }
    let Some(open) = open else {
        return region.clone();
    };
    let mut depth = 0usize;
    for (i, &b) in bytes.iter().enumerate().take(region.end).skip(open) {
        match b {
            b'{' => depth += 1,
            b'}' if depth == 1 => return open..i + 1,
            b'}' => depth -= 1,
            _ => {}
        }
    }
    open..region.end
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_are_index_get_and_dot_accesses_only() {
        let py = r#"a = r.json()["mongodVersion"]; b = s.get('mongodVersion'); c = "mongodVersion"; d = x.mongodVersion"#;
        assert_eq!(reads(py, "mongodVersion", true).len(), 2);
        let js = "a = snap.mongodVersion; b = snap?.mongodVersion; c = s['mongodVersion']; d = x.mongodVersionX";
        assert_eq!(reads(js, "mongodVersion", false).len(), 3);
    }

    #[test]
    fn a_python_function_ends_at_the_next_line_indented_no_deeper() {
        let text = "def a():\n    u = 1\n    return u\n\ndef b():\n    pass\n";
        let pos = text.find("u = 1").unwrap();
        let s = python_scope(text, &(0..text.len()), pos);
        assert_eq!(&text[s], "def a():\n    u = 1\n    return u\n\n");
    }

    #[test]
    fn a_javascript_block_is_the_innermost_pair_of_braces() {
        let text = "function a() { if (x) { y } z }\nfunction b() { w }\n";
        let pos = text.find('z').unwrap();
        let s = brace_scope(text, &(0..text.len()), pos);
        assert_eq!(&text[s], "{ if (x) { y } z }");
    }
}

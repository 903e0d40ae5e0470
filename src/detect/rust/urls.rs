//! The retired path in Rust string literals (any form, macro arguments included) and the `Accept`
//! header of the same request: the same statement, the statements that use a `let` binding or a
//! `const`/`static` holding the URL, and `const`s those statements refer to.

use std::ops::Range;

use super::facts::{Facts, StrLit};
use super::message;
use crate::detect::{method, Context};
use crate::finding::Finding;
use crate::fix::{Applicability, Edit, Fix};
use crate::language::Language;
use crate::rules::Rule;

/// One retired path found in a literal, with the statements of its request.
struct Hit {
    rule_idx: usize,
    lit: usize,
    path: Range<usize>,
    renamed: Vec<Range<usize>>,
    request: Vec<Range<usize>>,
}

/// Reports every retired path; returns the statement ranges of the retired requests.
pub fn check(
    ctx: &Context<'_>,
    facts: &Facts<'_>,
    language: Language,
    out: &mut Vec<Finding>,
) -> Vec<Range<usize>> {
    let mut hits = Vec::new();
    for (rule_idx, rule) in ctx.rules.rules.iter().enumerate() {
        for (i, lit) in facts.lits.iter().enumerate() {
            let src = &facts.text[lit.range.clone()];
            if memchr::memmem::find(src.as_bytes(), rule.path.trigger.as_bytes()).is_none() {
                continue;
            }
            for m in rule.path.find_all(src) {
                let request = request_ranges(facts, lit);
                let verb = request
                    .iter()
                    .find_map(|r| facts.text.get(r.clone()).and_then(method::in_text));
                if !method::owns(ctx.rules, rule_idx, verb) {
                    continue;
                }
                hits.push(Hit {
                    rule_idx,
                    lit: i,
                    path: shift(&m.range, lit.range.start),
                    renamed: m
                        .renamed
                        .iter()
                        .map(|r| shift(r, lit.range.start))
                        .collect(),
                    request,
                });
            }
        }
    }
    let retired: Vec<Range<usize>> = hits.iter().flat_map(|h| h.request.clone()).collect();
    for hit in &hits {
        let rule = &ctx.rules.rules[hit.rule_idx];
        if rule.new.is_none() {
            let f = crate::detect::retired::finding(
                ctx,
                hit.rule_idx,
                rule,
                hit.path.clone(),
                language,
            );
            out.push(f);
            continue;
        }
        out.push(finding(ctx, rule, facts, hit, &retired, language));
    }
    retired
}

fn shift(r: &Range<usize>, by: usize) -> Range<usize> {
    r.start + by..r.end + by
}

fn inside(inner: &Range<usize>, outer: &Range<usize>) -> bool {
    outer.start <= inner.start && inner.end <= outer.end
}

/// The ranges that make up the literal's request.
fn request_ranges(facts: &Facts<'_>, lit: &StrLit<'_>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    if let Some(item) = lit.item.and_then(|i| facts.items.get(i)) {
        out.push(item.range.clone());
        for m in facts.mentions_of(&item.name) {
            if let Some(stmt) = m.stmt {
                out.extend(with_binding_uses(facts, stmt, m.block));
            }
        }
    } else if let Some(stmt) = lit.stmt {
        out.extend(with_binding_uses(facts, stmt, lit.block));
    }
    out
}

/// The statement, and when it is `let NAME = ...;` the later statements of its block that use NAME.
fn with_binding_uses(
    facts: &Facts<'_>,
    stmt: &syn::Stmt,
    block: Option<&syn::Block>,
) -> Vec<Range<usize>> {
    let Some(range) = facts.stmt_range(stmt) else {
        return Vec::new();
    };
    let mut out = vec![range.clone()];
    let (syn::Stmt::Local(local), Some(block)) = (stmt, block) else {
        return out;
    };
    let Some(name) = binding_name(&local.pat) else {
        return out;
    };
    let all = facts.block_stmt_ranges(block);
    let later = &all[all.partition_point(|r| r.start <= range.start)..];
    // Each mention of the name lands in at most one later statement (they are in source order).
    let mut used: Vec<usize> = facts
        .mentions_of(&name)
        .filter_map(|m| {
            let i = later.partition_point(|r| r.end <= m.range.start);
            later.get(i).filter(|r| inside(&m.range, r)).map(|_| i)
        })
        .collect();
    used.sort_unstable();
    used.dedup();
    out.extend(used.into_iter().map(|i| later[i].clone()));
    out
}

fn binding_name(pat: &syn::Pat) -> Option<String> {
    match pat {
        syn::Pat::Ident(p) => Some(p.ident.to_string()),
        syn::Pat::Type(t) => binding_name(&t.pat),
        _ => None,
    }
}

/// The media-type date ranges inside the literals within `range`.
fn media_in(facts: &Facts<'_>, range: &Range<usize>) -> Vec<Range<usize>> {
    let all = &facts.media_dates;
    let lo = all.partition_point(|d| d.start < range.start);
    all[lo..]
        .iter()
        .take_while(|d| d.end <= range.end)
        .cloned()
        .collect()
}

/// A literal that holds an Atlas API path (another request's URL, say).
fn is_url(src: &str) -> bool {
    src.contains("/api/atlas/") || src.contains("groups/")
}

fn line_of(text: &str, pos: usize) -> usize {
    text[..pos.min(text.len())].matches('\n').count() + 1
}

/// The header edits, how far they can be trusted, and notes.
fn header_fix(
    rule: &Rule,
    facts: &Facts<'_>,
    hit: &Hit,
    retired: &[Range<usize>],
) -> (Vec<Edit>, Applicability, Vec<String>) {
    let version = rule.new_version();
    let new_media = rule.new_media_type();
    let text = facts.text;
    let to_edit = |r: &Range<usize>| {
        (text.get(r.clone()) != Some(version)).then(|| Edit::replace(r.clone(), version))
    };
    let mut edits = Vec::new();
    let mut found = false;
    let mut applicability = Applicability::Safe;
    let mut notes = Vec::new();
    // 1. Literals of the request itself. A statement that builds several requests (two URLs)
    //    lends this one only the headers between its URL and the next one, and a person must check.
    let own = facts.lits.get(hit.lit).map(|l| l.range.clone());
    for r in &hit.request {
        let mut dates = media_in(facts, r);
        let urls: Vec<Range<usize>> = facts
            .lits
            .iter()
            .filter(|l| inside(&l.range, r) && is_url(&text[l.range.clone()]))
            .map(|l| l.range.clone())
            .collect();
        let own = own.as_ref().filter(|o| inside(o, r));
        if let (true, Some(own)) = (urls.len() > 1, own) {
            let next = urls
                .iter()
                .map(|u| u.start)
                .filter(|&s| s > own.start)
                .min()
                .unwrap_or(r.end);
            dates.retain(|d| d.start > own.end && d.end <= next);
            if !dates.is_empty() {
                applicability = Applicability::Unsafe;
                notes.push(format!(
                    "Line {} builds more than one request: the fix takes the header that follows this URL \
                     (line {}) to be its own; check it.",
                    line_of(text, r.start),
                    line_of(text, dates[0].start)
                ));
            }
        }
        for d in dates {
            found = true;
            edits.extend(to_edit(&d));
        }
    }
    // 2. `const`s and `static`s the request refers to.
    let own_item = facts.lits.get(hit.lit).and_then(|l| l.item);
    for (idx, item) in facts.items.iter().enumerate() {
        if Some(idx) == own_item {
            continue;
        }
        let used_here = facts
            .mentions_of(&item.name)
            .any(|m| hit.request.iter().any(|r| inside(&m.range, r)));
        if !used_here {
            continue;
        }
        let dates = media_in(facts, &item.range);
        if dates.is_empty() {
            continue;
        }
        found = true;
        let item_edits: Vec<Edit> = dates.iter().filter_map(&to_edit).collect();
        if item_edits.is_empty() {
            continue;
        }
        let other_use = facts.mentions_of(&item.name).find(|m| {
            !inside(&m.range, &item.range) && !retired.iter().any(|r| inside(&m.range, r))
        });
        if let Some(other) = other_use {
            applicability = Applicability::Unsafe;
            notes.push(format!(
                "The fix also sets `{}` (line {}) to `{new_media}`, but line {} uses it for another request: \
                 give this request its own header value if that one stays on the old version.",
                item.name,
                line_of(text, item.range.start),
                line_of(text, other.range.start)
            ));
        }
        edits.extend(item_edits);
    }
    if found {
        return (edits, applicability, notes);
    }
    // 3. Elsewhere in the file: a person must decide.
    let elsewhere = facts
        .media_dates
        .iter()
        .find(|d| text.get((*d).clone()) != Some(version));
    if let Some(d) = elsewhere {
        notes.push(format!(
            "Line {} pins `application/vnd.atlas.{}+json`; `{}` only accepts `{new_media}`. If that header is sent \
             with this request, change it too.",
            line_of(text, d.start),
            &text[d.clone()],
            rule.new_operation_name()
        ));
        return (Vec::new(), Applicability::Unsafe, notes);
    }
    notes.push(format!(
        "Send `Accept: {new_media}` with this request: it is the only version `{}` defines.",
        rule.new_operation_name()
    ));
    (Vec::new(), Applicability::Safe, notes)
}

/// The byte range of `v1.0` when the literal builds the path on `/api/atlas/v1.0`.
fn v1_base(facts: &Facts<'_>, lit: &StrLit<'_>, path: &Range<usize>) -> Option<Range<usize>> {
    const MARK: &str = "/api/atlas/";
    let before = facts.text.get(lit.range.start..path.start)?;
    let i = before.rfind(MARK)?;
    let ver = lit.range.start + i + MARK.len();
    let rest = facts.text.get(ver..path.start)?;
    (rest.starts_with("v1.0") && rest[4..].trim_matches('/').is_empty()).then_some(ver..ver + 4)
}

/// The line of a `/api/atlas/v1.0` literal, when this literal names no API base itself.
fn v1_in_file(facts: &Facts<'_>, lit: &StrLit<'_>) -> Option<usize> {
    if facts.text[lit.range.clone()].contains("/api/atlas/") {
        return None;
    }
    facts
        .lits
        .iter()
        .find(|l| facts.text[l.range.clone()].contains("/api/atlas/v1.0"))
        .map(|l| line_of(facts.text, l.range.start))
}

fn finding(
    ctx: &Context<'_>,
    rule: &Rule,
    facts: &Facts<'_>,
    hit: &Hit,
    retired: &[Range<usize>],
    language: Language,
) -> Finding {
    let new_media = rule.new_media_type();
    let (mut edits, mut title) = rule.rename_edits(&hit.renamed);
    let (header_edits, mut applicability, mut notes) = header_fix(rule, facts, hit, retired);
    if !header_edits.is_empty() {
        title.push_str(&format!(" and send `{new_media}`"));
    }
    edits.extend(header_edits);
    let lit = &facts.lits[hit.lit];
    if let Some(v1) = v1_base(facts, lit, &hit.path) {
        edits.push(Edit::replace(v1, "v2"));
        title = format!("move to the v2 API: {title}");
        applicability = applicability.min(Applicability::Unsafe);
        notes.push(rule.v1_literal_note());
    } else if let Some(line) = v1_in_file(facts, lit) {
        edits.clear();
        notes = vec![rule.v1_in_file_note(line)];
    }
    if let Some(req) = &rule.request {
        // The body is written in the request's statements (`.json(&json!({...}))`), if anywhere.
        let mut seen = crate::detect::body::BodyCheck::default();
        for r in &hit.request {
            let found = crate::detect::body::check(req, facts.text, r.clone());
            seen.seen |= found.seen;
            seen.edits.extend(found.edits);
            seen.unsupported.extend(found.unsupported);
        }
        seen.edits.sort_by_key(|e| (e.range.start, e.range.end));
        seen.edits.dedup_by(|a, b| a.range == b.range);
        let (body_edits, verdict, note) = crate::detect::url::body_verdict(req, seen);
        match verdict {
            None => edits.clear(),
            Some(a) => applicability = applicability.min(a),
        }
        edits.extend(body_edits);
        notes.extend(note);
    }
    Finding {
        rule: hit.rule_idx,
        span: hit.path.clone(),
        severity: rule.severity(ctx.today),
        language,
        message: message(ctx, rule),
        replacement: rule.replacement(),
        fix: (!edits.is_empty()).then(|| Fix::new(applicability, edits, title)),
        notes,
    }
}

//! The URL detector: finds a retired path in any text (scripts, YAML, Markdown, Python, JavaScript,
//! string literals of any language), outside comments, and fixes it together with the `Accept`
//! header of the same request.

use std::cell::RefCell;
use std::collections::HashMap;
use std::ops::Range;
use std::sync::OnceLock;

use regex::Regex;

use super::comments::{self, RegionComments};
use super::regions::Region;
use super::shell::ShellView;
use super::statement::Statements;
use super::Context;
use super::{method, retired};
use crate::finding::Finding;
use crate::fix::{Applicability, Edit, Fix};
use crate::rules::Rule;
use crate::source::LineIndex;

/// `application/vnd.atlas.YYYY-MM-DD+json`, with the date in group 1.
pub(crate) fn media_type_regex() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"application/vnd\.atlas\.(\d{4}-\d{2}-\d{2})\+json").expect("valid regex")
    })
}

/// What starts the API base of a URL (`/api/atlas/v2`, `/api/atlas/v1.0`), with or without the
/// leading slash (`const base = "api/atlas/v1.0/groups"`).
const API_MARK: &str = "api/atlas/";

/// Which API base the request is built on.
enum Base {
    /// `/api/atlas/v2` in the same literal, or no base visible at all.
    V2,
    /// `/api/atlas/v1.0` directly before the path: the byte range of `v1.0`.
    V1Literal(Range<usize>),
    /// No base in the literal, but the file uses the v1.0 base (line number, 1-based).
    V1InFile(usize),
}

/// Facts about one region, computed only once a path matched in it.
struct RegionFacts {
    statements: Statements,
    /// Lines of the region, and the region's first line number (0-based) in the file.
    lines: LineIndex,
    region_start: usize,
    first_line: usize,
    /// The version dates of every `application/vnd.atlas.*+json` outside comments.
    media: Vec<Range<usize>>,
    /// The first `api/atlas/v1.0` (with or without a leading slash) outside comments.
    v1: Option<usize>,
    /// Where the region's first line starts (before the region, when it starts mid-line).
    first_line_start: usize,
    /// Every `/api/atlas/` from `first_line_start` on, in order.
    api_marks: Vec<usize>,
    /// The method of each statement already asked about, by its start: a statement is read once
    /// however many URLs it holds.
    methods: RefCell<HashMap<usize, Option<&'static str>>>,
}

impl RegionFacts {
    fn new(text: &str, region: &Region, comments: &RegionComments<'_>) -> RegionFacts {
        let comments = comments.get();
        let body = &text[region.range.clone()];
        let media = media_type_regex()
            .captures_iter(body)
            .filter_map(|c| c.get(1))
            .map(|g| shift(&g.range(), region.range.start))
            .filter(|r| !comments::contains(comments, r.start))
            .collect();
        // With or without the leading slash (`const base = "api/atlas/v1.0/groups"`).
        let v1 = memchr::memmem::find_iter(body.as_bytes(), "api/atlas/v1.0")
            .map(|i| i + region.range.start)
            .find(|&i| !comments::contains(comments, i));
        let first_line_start = text[..region.range.start].rfind('\n').map_or(0, |i| i + 1);
        let marked = &text.as_bytes()[first_line_start..region.range.end];
        // Overlapping occurrences too, as a backwards search from any point would find them.
        let mut api_marks = Vec::new();
        let mut from = 0;
        let finder = memchr::memmem::Finder::new(API_MARK);
        while let Some(i) = finder.find(&marked[from..]) {
            api_marks.push(first_line_start + from + i);
            from += i + 1;
        }
        RegionFacts {
            first_line_start,
            api_marks,
            methods: RefCell::default(),
            statements: Statements::new(text, region.range.clone(), region.language),
            lines: LineIndex::new(body),
            region_start: region.range.start,
            first_line: text[..region.range.start].matches('\n').count(),
            media,
            v1,
        }
    }

    /// 1-based line of a byte offset.
    fn line(&self, pos: usize) -> usize {
        self.first_line + self.lines.line_of(pos.saturating_sub(self.region_start)) + 1
    }

    /// Where the line holding byte `pos` (inside the region) starts.
    fn line_start(&self, pos: usize) -> usize {
        match self.lines.line_of(pos - self.region_start) {
            0 => self.first_line_start,
            n => self.region_start + self.lines.line_start(n),
        }
    }

    /// The media-type dates inside `range`.
    fn media_in(&self, range: &Range<usize>) -> &[Range<usize>] {
        let lo = self.media.partition_point(|r| r.start < range.start);
        let hi = self.media.partition_point(|r| r.start < range.end);
        &self.media[lo..hi.max(lo)]
    }
}

pub fn detect(
    ctx: &Context<'_>,
    text: &str,
    region: &Region,
    comments: &RegionComments<'_>,
    shell: Option<&ShellView>,
    out: &mut Vec<Finding>,
) {
    let body = &text[region.range.clone()];
    let mut facts: Option<RegionFacts> = None;
    // Rules of one path (its GET, PATCH and DELETE) share its matches, and each URL's method is
    // read once, whatever number of rules ask.
    let mut matches: Vec<(&str, Vec<_>)> = Vec::new();
    let mut methods: HashMap<(usize, usize), Option<&'static str>> = HashMap::new();
    for (rule_idx, rule) in ctx.rules.rules.iter().enumerate() {
        if !rule.path.may_occur(body) {
            continue;
        }
        let key = rule.path.key();
        let at = match matches.iter().position(|(k, _)| *k == key) {
            Some(at) => at,
            None => {
                matches.push((key, rule.path.find_all(body)));
                matches.len() - 1
            }
        };
        for m in &matches[at].1 {
            let range = shift(&m.range, region.range.start);
            let facts = facts.get_or_insert_with(|| RegionFacts::new(text, region, comments));
            if comments::contains(comments.get(), range.start) {
                continue;
            }
            let in_shell_comment =
                shell.is_some_and(|sh| comments::contains(&sh.script.comments, range.start));
            if in_shell_comment || shell.is_some_and(|sh| sh.is_printed(range.start)) {
                continue;
            }
            let method = *methods
                .entry((range.start, range.end))
                .or_insert_with(|| request_method(text, facts, shell, &range));
            if !method::owns(ctx.rules, rule_idx, method) {
                continue;
            }
            if rule.new.is_none() {
                out.push(retired::finding(
                    ctx,
                    rule_idx,
                    rule,
                    range,
                    region.language,
                ));
                continue;
            }
            let renamed: Vec<Range<usize>> = m
                .renamed
                .iter()
                .map(|r| shift(r, region.range.start))
                .collect();
            out.push(finding(
                ctx, rule_idx, rule, text, region, facts, shell, range, &renamed,
            ));
        }
    }
}

/// The HTTP method of the request at `url`: in shell, read from the commands that send it (also
/// through a variable); elsewhere from the statement it is written in.
fn request_method(
    text: &str,
    facts: &RegionFacts,
    shell: Option<&ShellView>,
    url: &Range<usize>,
) -> Option<&'static str> {
    if let Some(users) = shell.map(|sh| sh.users(url)).filter(|u| !u.is_empty()) {
        return users
            .iter()
            .find_map(|c| text.get(c.range.clone()).and_then(method::in_text));
    }
    let stmt = facts.statements.at(url.start).unwrap_or(url.clone());
    *facts
        .methods
        .borrow_mut()
        .entry(stmt.start)
        .or_insert_with(|| text.get(stmt).and_then(method::in_text))
}

fn shift(r: &Range<usize>, by: usize) -> Range<usize> {
    r.start + by..r.end + by
}

#[allow(clippy::too_many_arguments)]
fn finding(
    ctx: &Context<'_>,
    rule_idx: usize,
    rule: &Rule,
    text: &str,
    region: &Region,
    facts: &RegionFacts,
    shell: Option<&ShellView>,
    range: Range<usize>,
    renamed: &[Range<usize>],
) -> Finding {
    let mut notes = Vec::new();
    let (mut edits, mut title) = rule.rename_edits(renamed);
    let mut applicability = Applicability::Safe;

    let new_media = rule.new_media_type();
    let shell_headers = shell.and_then(|sh| sh.request_headers(text, &range));
    let (header_edits, header_applicability, header_note) = match shell_headers {
        Some(h) => shell_header_fix(rule, text, h),
        None => header_fix(rule, text, region, facts, &range),
    };
    if !header_edits.is_empty() {
        title.push_str(&format!(" and send `{new_media}`"));
    }
    edits.extend(header_edits);
    applicability = applicability.min(header_applicability);
    notes.extend(header_note);

    match api_base(text, region, facts, &range) {
        Base::V2 => {}
        Base::V1Literal(v1) => {
            edits.push(Edit::replace(v1, "v2"));
            title = format!("move to the v2 API: {title}");
            applicability = applicability.min(Applicability::Unsafe);
            notes.push(rule.v1_literal_note());
        }
        Base::V1InFile(line) => {
            // Swapping the segment would give a URL that does not exist: no fix to offer.
            edits.clear();
            notes.clear();
            notes.push(rule.v1_in_file_note(line));
        }
    }

    if let Some(req) = &rule.request {
        let stmt = facts.statements.at(range.start).unwrap_or(range.clone());
        let (body_edits, body_applicability, body_note) = body_fix(req, text, stmt);
        if body_applicability.is_none() {
            edits.clear();
        }
        edits.extend(body_edits);
        applicability = applicability.min(body_applicability.unwrap_or(Applicability::Unsafe));
        notes.extend(body_note);
    }

    Finding {
        rule: rule_idx,
        span: range,
        severity: rule.severity(ctx.today),
        language: region.language,
        message: retired::message(ctx, rule),
        replacement: rule.replacement(),
        fix: (!edits.is_empty()).then(|| Fix::new(applicability, edits, title)),
        notes,
    }
}

/// The body edits of a request, how far they can be trusted (`None`: no fix at all) and a note
/// when a person must look.
pub(crate) fn body_fix(
    req: &crate::rules::RequestBody,
    text: &str,
    stmt: Range<usize>,
) -> (Vec<Edit>, Option<Applicability>, Option<String>) {
    body_verdict(req, super::body::check(req, text, stmt))
}

/// [`body_fix`] for a body already checked (in one or several statements).
pub(crate) fn body_verdict(
    req: &crate::rules::RequestBody,
    found: super::body::BodyCheck,
) -> (Vec<Edit>, Option<Applicability>, Option<String>) {
    if !found.unsupported.is_empty() {
        let what = found
            .unsupported
            .iter()
            .map(|w| format!("`{w}`"))
            .collect::<Vec<_>>()
            .join(", ");
        let note = format!(
            "This request's body uses {what}, which `{}` cannot express: no fix. {}",
            req.new_schema, req.note
        );
        return (Vec::new(), None, Some(note));
    }
    if !found.seen {
        let note = format!(
            "The request body changes from `{}` to `{}` and is not in sight here: {}",
            req.old_schema, req.new_schema, req.note
        );
        return (Vec::new(), Some(Applicability::Unsafe), Some(note));
    }
    if req.review {
        return (
            found.edits,
            Some(Applicability::Unsafe),
            Some(req.note.clone()),
        );
    }
    (found.edits, Some(Applicability::Safe), None)
}

/// The header versions of the shell commands that send this URL (found by the shell lexer).
fn shell_header_fix(
    rule: &Rule,
    text: &str,
    h: super::shell::RequestHeaders,
) -> (Vec<Edit>, Applicability, Option<String>) {
    let version = rule.new_version();
    let edits: Vec<Edit> = h
        .versions
        .iter()
        .filter(|r| &text[(*r).clone()] != version)
        .map(|r| Edit::replace(r.clone(), version))
        .collect();
    if h.versions.is_empty() {
        let note = format!(
            "Send `Accept: {}` with this request: it is the only version `{}` defines.",
            rule.new_media_type(),
            rule.new_operation_name()
        );
        return (edits, Applicability::Safe, Some(note));
    }
    match h.shared {
        Some(note) if !edits.is_empty() => (edits, Applicability::Unsafe, Some(note)),
        _ => (edits, Applicability::Safe, None),
    }
}

/// The version edits for the request's `Accept`/`Content-Type` header, how far they can be trusted,
/// and a note when a person must look.
fn header_fix(
    rule: &Rule,
    text: &str,
    region: &Region,
    facts: &RegionFacts,
    url: &Range<usize>,
) -> (Vec<Edit>, Applicability, Option<String>) {
    let new_media = rule.new_media_type();
    let version = rule.new_version();
    let line_of = |pos: usize| facts.line(pos);
    let headers_in = |range: Range<usize>| -> Vec<Range<usize>> { facts.media_in(&range).to_vec() };
    let to_edits = |found: &[Range<usize>]| -> Vec<Edit> {
        found
            .iter()
            .filter(|r| &text[(*r).clone()] != version)
            .map(|r| Edit::replace(r.clone(), version))
            .collect()
    };

    // 1. The same command or call.
    let stmt = facts.statements.at(url.start).unwrap_or(url.clone());
    let same = headers_in(stmt.clone());
    if !same.is_empty() {
        return (to_edits(&same), Applicability::Safe, None);
    }
    // 2. The block the request is built in, when exactly one header there belongs to no other URL.
    if region.language != crate::language::Language::Markdown {
        if let Some(par) = facts.statements.paragraph(text, url.start) {
            // Headers in the block whose statement holds no URL of its own.
            let candidates: Vec<Range<usize>> = headers_in(par)
                .into_iter()
                .filter(|h| {
                    let own = facts.statements.at(h.start).unwrap_or(h.clone());
                    own != stmt && !text[own].contains("groups/")
                })
                .collect();
            if let [one] = candidates.as_slice() {
                let edits = to_edits(std::slice::from_ref(one));
                if edits.is_empty() {
                    return (edits, Applicability::Safe, None);
                }
                return (
                    edits,
                    Applicability::Unsafe,
                    Some(format!(
                        "The fix also sets the media type on line {} to `{new_media}`; it looks like this request's \
                         header: check that it is not shared with other requests.",
                        line_of(one.start)
                    )),
                );
            }
        }
    }
    // 3. Elsewhere in the file: a person must decide which request it belongs to.
    let elsewhere = facts.media.iter().find(|r| &text[(*r).clone()] != version);
    if let Some(first) = elsewhere {
        return (
            Vec::new(),
            Applicability::Unsafe,
            Some(format!(
                "Line {} pins `application/vnd.atlas.{}+json`; `{}` only accepts `{new_media}`. If that header is sent \
                 with this request, change it too.",
                line_of(first.start),
                &text[first.clone()],
                rule.new_operation_name()
            )),
        );
    }
    (
        Vec::new(),
        Applicability::Safe,
        Some(format!(
            "Send `Accept: {new_media}` with this request: it is the only version `{}` defines.",
            rule.new_operation_name()
        )),
    )
}

/// Decides whether the path is built on the v2 API base.
fn api_base(text: &str, region: &Region, facts: &RegionFacts, url: &Range<usize>) -> Base {
    let line_start = facts.line_start(url.start);
    // The last `/api/atlas/` on the URL's line that ends before the URL.
    let before = facts
        .api_marks
        .partition_point(|&m| m + API_MARK.len() <= url.start);
    let last = before
        .checked_sub(1)
        .map(|i| facts.api_marks[i])
        .filter(|&m| m >= line_start);
    if let Some(i) = last {
        let ver_start = i + API_MARK.len();
        let rest = &text[ver_start..url.start];
        let literal_v1 = rest.starts_with("v1.0") && rest[4..].trim_matches('/').is_empty();
        if literal_v1 {
            return Base::V1Literal(ver_start..ver_start + 4);
        }
        if rest.starts_with("v2") {
            return Base::V2;
        }
    }
    let _ = region;
    match facts.v1 {
        Some(i) => Base::V1InFile(facts.line(i)),
        None => Base::V2,
    }
}

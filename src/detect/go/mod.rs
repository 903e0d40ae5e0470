//! The Go detector: parses Go (files and Markdown fences) with tree-sitter-go, recognises the
//! Atlas SDK through its import path, and reports and fixes calls of the retired operation, the
//! types named after it and the uses of its result.

mod align;
mod calls;
mod field;
mod gofmt;
mod legacy;
mod mock_plan;
mod mock_unit;
mod mocks;
pub mod module;
mod nodes;
mod parse;
mod resolve;
mod retired;
mod sdk;
mod units;
mod values;

use crate::detect::comments::RegionComments;
use std::ops::Range;
use std::path::Path;

use tree_sitter::Node;

use super::regions::Region;
use super::Context;
use crate::finding::Finding;
use crate::fix::{Applicability, Edit, Fix};
use crate::language::Language;
use crate::rules::{GoRule, Rule};
use crate::source::LineIndex;
use nodes::Nodes;
use parse::Doc;
use sdk::{Names, SdkImport};

/// A finding before it is tied to its rule, with its fix's parts.
#[derive(Debug, Clone)]
struct Hit {
    span: Range<usize>,
    message: String,
    /// `None`: reported without a fix.
    fix: Option<(Applicability, Vec<Edit>, String)>,
    notes: Vec<String>,
    /// What the hit changes, which decides what it must change together with.
    unit: Unit,
}

/// What a hit's fix rewrites: a migration unit is a call and every type and use it needs, applied
/// whole or not at all.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Unit {
    /// A call of the retired method (with its params literal and the service that holds it), and
    /// the file range of the top-level declaration it is in (the types it shares live there).
    Call(Range<usize>),
    /// An SDK type named after the operation (the old name it rewrites), and the file range of the
    /// top-level declaration it is in.
    Type(String, Range<usize>),
    /// A use of a followed result (getter, field, status literal).
    Use,
}

/// A variable that holds something the detector follows, visible in the function `scope` and the
/// functions nested in it.
#[derive(Debug, Clone)]
struct Var {
    name: String,
    scope: usize,
    /// Holds the replacement's value (code already migrated), not the retired one.
    flex: bool,
    /// Comes from a call whose fix a person must make: uses of it are not fixed either.
    held: bool,
}

/// How a declared name is used: a member (struct field, method) through a selector `x.name`, a
/// type by its name, anything else (function, variable, constant) as an identifier.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Uses {
    Member,
    Type,
    Value,
}

impl Uses {
    /// For the name node of a declaration.
    fn of_declaration(name: Node<'_>) -> Uses {
        match name.parent().map(|d| d.kind()) {
            Some("field_declaration" | "method_declaration") => Uses::Member,
            Some("type_spec") => Uses::Type,
            _ => Uses::Value,
        }
    }

    /// The syntax-tree kinds of its uses.
    fn kinds(self) -> &'static [&'static str] {
        match self {
            Uses::Member => &["field_identifier"],
            Uses::Type => &["type_identifier"],
            Uses::Value => &["identifier"],
        }
    }
}

/// Everything one region's analysis for one rule needs.
struct Scan<'a, 't> {
    doc: &'t Doc,
    /// The whole file's text.
    text: &'a str,
    /// The whole file's lines (for line numbers in notes).
    lines: &'a LineIndex,
    rule: &'a Rule,
    go: &'a GoRule,
    ctx: &'a Context<'a>,
    /// The file's path, to read the other files of its package and module (`None` for a fence).
    path: Option<&'a Path>,
    sdk: SdkImport,
    names: Names,
    /// The region's nodes, shared by every rule.
    nodes: &'a Nodes<'t>,
    /// `src` ranges already covered by a call's fix (its params literal).
    consumed: Vec<Range<usize>>,
    snapshots: Vec<Var>,
    hits: Vec<Hit>,
}

impl Scan<'_, '_> {
    /// Where `name`, declared at `decl`, is used outside its declaration (at most 5 places): in
    /// this file (`line N`, read from the syntax tree, so comments do not count), in the other
    /// files of its package, and for an exported name anywhere in the module (`path:line`, relative
    /// to the module's root).
    fn uses_of(&self, name: &str, decl: Node<'_>, uses: Uses) -> Vec<String> {
        let mut out: Vec<String> = self
            .nodes
            .of_kind(uses.kinds())
            .into_iter()
            .filter(|n| n.id() != decl.id() && self.doc.text(*n) == name)
            .filter_map(|n| self.doc.range(n))
            .take(1)
            .map(|r| format!("line {}", self.lines.line_of(r.start) + 1))
            .collect();
        let Some(path) = self.path else {
            return out;
        };
        if name.chars().next().is_some_and(char::is_uppercase) {
            out.extend(self.module_uses_of(name));
        } else if let Some(pkg) = path.parent().and_then(module::package) {
            let own = module::package_name(self.text);
            for (p, line) in pkg.uses_in_others(path, own, name, uses == Uses::Member) {
                out.push(self.shown(&p, line));
            }
        }
        out.truncate(5);
        out
    }

    /// Where the module uses the exported `name` of this file's package, outside this file (at
    /// most 5 places).
    fn module_uses_of(&self, name: &str) -> Vec<String> {
        let Some(path) = self.path else {
            return Vec::new();
        };
        let prefix = format!("{}/", self.go.sdk_module);
        module::uses_of(path, name, &prefix, 5)
            .iter()
            .map(|(p, line)| self.shown(p, *line))
            .collect()
    }

    /// `path:line`, the path relative to the module's root.
    fn shown(&self, p: &Path, line: usize) -> String {
        let root = p
            .parent()
            .and_then(|d| module::module(d, &format!("{}/", self.go.sdk_module)));
        let p = root
            .as_deref()
            .and_then(|m| p.strip_prefix(&m.root).ok())
            .unwrap_or(p);
        format!("{}:{line}", p.display())
    }

    /// True when some other Go file of this file's package satisfies `named` (given its text).
    fn named_elsewhere(&self, named: impl Fn(&str) -> bool) -> bool {
        let Some(path) = self.path else {
            return false;
        };
        let Some(pkg) = path.parent().and_then(module::package) else {
            return false;
        };
        let own = module::package_name(self.text);
        let found = pkg.others(path, own).any(named);
        found
    }

    fn line(&self, file_pos: usize) -> usize {
        self.lines.line_of(file_pos.min(self.text.len())) + 1
    }

    /// The edit that moves the import to the SDK version with the replacement, if needed.
    fn upgrade_edit(&self) -> Option<Edit> {
        let (_, to) = self.names.upgrade.as_ref()?;
        let path = self.sdk.path.clone()?;
        Some(Edit::replace(
            path,
            format!("{}/{to}/admin", self.go.sdk_module),
        ))
    }

    /// A note saying the SDK must be upgraded, when it must.
    fn upgrade_note(&self) -> Option<String> {
        let (from, to) = self.names.upgrade.as_ref()?;
        Some(format!(
            "SDK {from} has no Flex API (it starts in {}): the fix moves this file's import to \
             {}/{to}/admin; run `go get {}/{to}` so go.mod follows, and check this file's other SDK calls \
             against {to}.",
            self.go.first_new_version, self.go.sdk_module, self.go.sdk_module
        ))
    }

    /// Adds the SDK upgrade (edit, note, lower applicability) to a fix when the SDK predates Flex.
    fn with_upgrade(
        &self,
        applicability: Applicability,
        mut edits: Vec<Edit>,
        notes: &mut Vec<String>,
    ) -> (Applicability, Vec<Edit>) {
        let Some(note) = self.upgrade_note() else {
            return (applicability, edits);
        };
        notes.push(note);
        if let Some(from) = &self.sdk.from_module {
            // The release comes from elsewhere in the module: this file has no import to move.
            notes.push(format!(
                "This file does not import the SDK; it uses {from}."
            ));
            return (Applicability::DisplayOnly, edits);
        }
        edits.extend(self.upgrade_edit());
        (applicability.min(Applicability::Unsafe), edits)
    }
}

/// Paths of the URL detector's findings in a Go file whose base is not in sight: when another file
/// of the package builds on the v1.0 base (`const base = "api/atlas/v1.0/groups"`), moving the path
/// would give a URL that never existed, so the finding gets the v1.0 note and no fix.
pub fn v1_base_in_package(ctx: &Context<'_>, path: &Path, text: &str, found: &mut [Finding]) {
    let mut elsewhere: Option<Option<(String, usize)>> = None;
    for f in found.iter_mut().filter(|f| f.fix.is_some()) {
        let line_start = text[..f.span.start].rfind('\n').map_or(0, |i| i + 1);
        let line_end = text[f.span.end..]
            .find('\n')
            .map_or(text.len(), |i| f.span.end + i);
        if text[line_start..line_end].contains("api/atlas/") {
            continue;
        }
        let Some((file, line)) = elsewhere
            .get_or_insert_with(|| module::v1_base_elsewhere(path))
            .clone()
        else {
            return;
        };
        f.fix = None;
        f.notes = vec![ctx.rules.rules[f.rule].v1_in_package_note(&format!("{file}:{line}"))];
    }
}

/// Whether `text` is a Go file tree-sitter parses without errors (the check a fix must keep).
pub fn parses(text: &str) -> bool {
    parse::Doc::parse(text, 0..text.len(), false).is_some_and(|d| d.errors.is_empty())
}

pub use parse::edits_keep_tokens;

/// Reports and fixes the Go of `region`. Returns the file ranges of the syntax the parser could not
/// read, when it met any: detection went on around them, and no fix touches them.
pub fn detect(
    ctx: &Context<'_>,
    path: Option<&Path>,
    text: &str,
    lines: &LineIndex,
    region: &Region,
    comments: &RegionComments<'_>,
    out: &mut Vec<Finding>,
) -> Vec<Range<usize>> {
    if region.language != Language::Go {
        return Vec::new();
    }
    if text.get(region.range.clone()).is_none() {
        return Vec::new();
    }
    let fence = region.range != (0..text.len());
    let path = path.filter(|_| !fence);
    // A rule's words named only in comments or raw strings name nothing the analysis can see.
    let named = |word: &str| comments.go_code_names(word);
    // Parsed, and its nodes listed, once for all the rules that look at the region.
    let doc_cell: std::cell::OnceCell<Option<Doc>> = std::cell::OnceCell::new();
    let nodes_cell: std::cell::OnceCell<Nodes<'_>> = std::cell::OnceCell::new();
    let mut any_go_rule = false;
    for (rule_idx, rule) in ctx.rules.rules.iter().enumerate() {
        if let Some(gr) = &rule.go_retired {
            if !gr.methods.iter().any(|m| named(m)) {
                continue;
            }
            let parsed = doc_cell.get_or_init(|| Doc::parse(text, region.range.clone(), fence));
            let Some(doc) = parsed.as_ref() else {
                return Vec::new();
            };
            let nodes = nodes_cell.get_or_init(|| Nodes::new(doc));
            let module_sdk = || {
                let dir = path?.parent()?;
                let m = module::module(dir, &format!("{}/", gr.sdk_module))?;
                Some(!m.sdk_majors.is_empty())
            };
            for span in retired::calls(doc, nodes, gr, &module_sdk) {
                if doc.inside_error(&span) {
                    continue;
                }
                out.push(crate::detect::retired::finding(
                    ctx,
                    rule_idx,
                    rule,
                    span,
                    Language::Go,
                ));
            }
            continue;
        }
        any_go_rule |= rule
            .go
            .as_ref()
            .is_some_and(|go| go.triggers.iter().any(|t| named(t)));
    }
    if any_go_rule {
        let parsed = doc_cell.get_or_init(|| Doc::parse(text, region.range.clone(), fence));
        let Some(doc) = parsed.as_ref() else {
            return Vec::new();
        };
        let nodes = nodes_cell.get_or_init(|| Nodes::new(doc));
        let found = analyze(ctx, path, (text, lines), (doc, nodes), (fence, true));
        push_findings(ctx, text, found, out);
    }
    drop(nodes_cell);
    doc_cell
        .into_inner()
        .flatten()
        .map(|d| d.errors)
        .unwrap_or_default()
}

/// The hits of a region as findings of their rules.
fn push_findings(
    ctx: &Context<'_>,
    text: &str,
    found: Vec<(usize, Vec<(Hit, String)>)>,
    out: &mut Vec<Finding>,
) {
    for (rule_idx, hits) in found {
        let rule = &ctx.rules.rules[rule_idx];
        for (hit, replacement) in hits {
            out.push(Finding {
                rule: rule_idx,
                span: hit.span,
                severity: rule.severity(ctx.today),
                language: Language::Go,
                message: hit.message,
                replacement,
                fix: hit.fix.map(|(a, mut edits, title)| {
                    let realigned = gofmt::realign_comments(text, &edits);
                    edits.extend(realigned);
                    Fix::new(a, edits, title)
                }),
                notes: hit.notes,
            });
        }
    }
}

/// The hits of every rule with a `[go]` table in a parsed region, whole units kept whole. With
/// `mocks`, a package whose tests mock the retired method decides the code's fixes with the mocks
/// ([`mock_plan`]); without, the code is read on its own (what the plan itself needs).
fn analyze(
    ctx: &Context<'_>,
    path: Option<&Path>,
    (text, lines): (&str, &LineIndex),
    (doc, nodes): (&Doc, &Nodes<'_>),
    (fence, mocks): (bool, bool),
) -> Vec<(usize, Vec<(Hit, String)>)> {
    let body = doc.src.as_str();
    let mut found: Vec<(usize, Vec<(Hit, String)>)> = Vec::new();
    for (rule_idx, rule) in ctx.rules.rules.iter().enumerate() {
        let Some(go) = rule.go.as_ref().filter(|_| rule.go_retired.is_none()) else {
            continue;
        };
        if !go.triggers.iter().any(|t| body.contains(t.as_str())) {
            continue;
        }
        let mut hits = scan(
            ctx,
            path,
            (text, lines),
            (doc, nodes),
            rule_idx,
            go,
            (fence, mocks),
        );
        for (hit, _) in &mut hits {
            if let (Some(why), Some(_)) = (&go.report_only, &hit.fix) {
                hit.fix = None;
                hit.notes = vec![why.clone()];
            }
        }
        if mocks {
            with_tests(ctx, path, rule_idx, &mut hits);
        }
        found.push((rule_idx, hits));
    }
    units::keep_whole(&mut found, ctx.rules, lines);
    found
}

/// In a package whose tests mock the rule's method, the code's fixes go with the mocks: unsafe
/// when the mocks migrate with them, left for a person when they cannot.
fn with_tests(ctx: &Context<'_>, path: Option<&Path>, rule_idx: usize, hits: &mut [(Hit, String)]) {
    let Some(path) = path else {
        return;
    };
    let is_test = mock_plan::is_test_file(path);
    let applied = |h: &Hit| matches!(&h.fix, Some((a, _, _)) if *a > Applicability::DisplayOnly);
    if is_test || !hits.iter().any(|(h, _)| applied(h)) {
        return;
    }
    let Some(plan) = mock_plan::plan(ctx, path, rule_idx) else {
        return;
    };
    let (cap, note) = match plan.joint() {
        Ok(_) => (
            Applicability::Unsafe,
            format!(
                "Applied only with --unsafe-fixes: the tests mock this call ({}), and their mocks move to \
                 the Flex service with it, in the same run.",
                plan.mock_sites()
            ),
        ),
        Err(why) => (
            Applicability::DisplayOnly,
            format!(
                "Not applied: the tests mock this call, and their mocks cannot move with it: {why}. The \
                 code and its tests change together, by a person."
            ),
        ),
    };
    for (h, _) in hits.iter_mut() {
        let Some((a, _, _)) = &mut h.fix else {
            continue;
        };
        if *a > cap {
            *a = cap;
            h.notes
                .retain(|n| !n.starts_with("Applied only with --unsafe-fixes"));
            h.notes.push(note.clone());
        }
    }
}

/// Drops what was read inside broken syntax and withholds every fix with an edit that touches it:
/// the parser's guess there is no ground for rewriting code. The other fixes need a review (the
/// unread code may use what they change), so they are unsafe at most.
fn around_errors(hits: &mut Vec<Hit>, doc: &Doc, lines: &LineIndex) {
    let Some(first) = doc.errors.first() else {
        return;
    };
    let line_of = |pos: usize| lines.line_of(pos) + 1;
    let first_line = line_of(first.start);
    hits.retain(|h| !doc.inside_error(&h.span));
    for h in hits.iter_mut() {
        let Some((applicability, edits, _)) = &mut h.fix else {
            continue;
        };
        match edits.iter().find_map(|e| doc.error_touching(&e.range)) {
            Some(error) => {
                let line = line_of(error.start);
                h.fix = None;
                h.notes.push(format!(
                    "Not fixed: the fix would touch line {line}, whose Go syntax this parser does not \
                     know; make this change by hand."
                ));
            }
            None if *applicability > Applicability::Unsafe => {
                *applicability = Applicability::Unsafe;
                h.notes.push(format!(
                    "Applied only with --unsafe-fixes: line {first_line} has Go syntax this parser \
                     does not know, so code there that uses what this fix changes was not checked."
                ));
            }
            None => {}
        }
    }
}

fn scan(
    ctx: &Context<'_>,
    path: Option<&Path>,
    (text, lines): (&str, &LineIndex),
    (doc, nodes): (&Doc, &Nodes<'_>),
    rule_idx: usize,
    go: &GoRule,
    (fence, with_mocks): (bool, bool),
) -> Vec<(Hit, String)> {
    let rule = &ctx.rules.rules[rule_idx];
    let imports = sdk::imports(doc, go, fence);
    let mut hits = Vec::new();
    if let Some(alias) = &imports.legacy {
        let mut legacy = legacy::scan(ctx, doc, rule, go, nodes, alias);
        around_errors(&mut legacy, doc, lines);
        hits.extend(legacy.into_iter().map(|h| (h, rule.replacement())));
    }
    let mut mock_hits = Vec::new();
    let mut mock_unit = None;
    if let Some((alias, mock_sdk)) = mocks::import(doc, go) {
        if let Some(names) = Names::new(go, &mock_sdk) {
            let what = format!("{}, which {}", rule.title, rule.when(ctx.today));
            mock_hits = mocks::scan(doc, nodes, &alias, &names, &what);
            let unit = with_mocks
                .then(|| mocks::file_unit(doc, nodes, rule, go))
                .flatten();
            mock_unit = unit.map(|u| (u, names));
        }
    }
    let (mut sdk_hits, replacement) = sdk_scan(
        ctx,
        path,
        (text, lines),
        doc,
        rule,
        go,
        (fence, imports.sdk, nodes),
    )
    .unwrap_or_default();
    if let Some((unit, names)) = &mock_unit {
        let decision = decide(ctx, path, rule_idx, unit, doc, lines);
        mocks::settle(&mut mock_hits, &mut sdk_hits, unit, &decision, names);
    }
    hits.extend(mock_hits.into_iter().map(|h| (h, rule.replacement())));
    hits.extend(sdk_hits.into_iter().map(|h| (h, replacement.clone())));
    hits
}

/// Whether a test file's mock unit migrates: it has no blocker, and its package's other tests and
/// code go with it ([`mock_plan`]).
fn decide(
    ctx: &Context<'_>,
    path: Option<&Path>,
    rule_idx: usize,
    unit: &mock_unit::MockUnit,
    doc: &Doc,
    lines: &LineIndex,
) -> mocks::Decision {
    if let Some((at, why)) = unit.blockers.first() {
        return Err(format!("line {}: {why}", lines.line_of(*at) + 1));
    }
    if let Some(e) = doc.errors.first() {
        return Err(format!(
            "line {} has Go syntax this parser does not know",
            lines.line_of(e.start) + 1
        ));
    }
    let path = path.ok_or("a snippet has no code under test in sight")?;
    let is_test = mock_plan::is_test_file(path);
    if !is_test {
        return Err("mocks outside a `_test.go` file are left as they are".into());
    }
    let plan =
        mock_plan::plan(ctx, path, rule_idx).ok_or("the package of this test could not be read")?;
    plan.joint()
}

/// The SDK calls, types and uses of one rule in a region, with the replacement they are reported
/// with; `None` when the region does not use the SDK.
fn sdk_scan<'t>(
    ctx: &Context<'_>,
    path: Option<&Path>,
    (text, lines): (&str, &LineIndex),
    doc: &'t Doc,
    rule: &Rule,
    go: &GoRule,
    (fence, sdk, nodes): (bool, Option<SdkImport>, &Nodes<'t>),
) -> Option<(Vec<Hit>, String)> {
    let sdk = match (sdk, path) {
        (Some(sdk), _) => sdk,
        (None, Some(path)) if !fence => sdk::from_module(doc, nodes, path, go)?,
        _ => return None,
    };
    let names = Names::new(go, &sdk)?;
    let mut scan = Scan {
        doc,
        text,
        lines,
        rule,
        go,
        ctx,
        path,
        sdk,
        names,
        nodes,
        consumed: Vec::new(),
        snapshots: Vec::new(),
        hits: Vec::new(),
    };
    calls::scan(&mut scan);
    values::scan(&mut scan);
    let assumed = (scan.sdk.path.is_none() && scan.sdk.from_module.is_none()).then(|| {
        format!(
            "This snippet imports no SDK: it is read as atlas-sdk-go {} code; if it targets another SDK \
             version, use that version's names.",
            scan.sdk.version_text
        )
    });
    let mut sdk_hits = scan.hits;
    around_errors(&mut sdk_hits, doc, lines);
    for h in sdk_hits.iter_mut().filter(|h| h.fix.is_some()) {
        h.notes.extend(assumed.clone());
    }
    floor(&mut sdk_hits, text);
    let sdk_version = match &scan.names.upgrade {
        Some((_, to)) => to.clone(),
        None => scan.sdk.version_text.clone(),
    };
    let params: Vec<&str> = rule
        .new
        .as_ref()
        .map_or(rule.old.path.as_str(), |n| n.path.as_str())
        .split('/')
        .filter_map(|s| s.strip_prefix('{').and_then(|s| s.strip_suffix('}')))
        .collect();
    let replacement = format!(
        "{}.{}[WithParams](ctx, {}) of atlas-sdk-go {sdk_version}, returning *{}.{} ({})",
        scan.names.new_service,
        scan.names.new_method,
        params.join(", "),
        scan.sdk.alias,
        scan.names.new_model,
        rule.new_request()
    );
    Some((sdk_hits, replacement))
}

/// The fixes of one region only compile together: when any of them is not safe (or a use needs a
/// person), none is safe.
fn floor(hits: &mut [Hit], text: &str) {
    let blocker = hits
        .iter()
        .find(|h| !matches!(h.fix, Some((Applicability::Safe, _, _))));
    let Some(blocker) = blocker else {
        return;
    };
    let line = text[..blocker.span.start.min(text.len())]
        .matches('\n')
        .count()
        + 1;
    let note = format!(
        "Applied only with --unsafe-fixes: line {line} needs a review or a person, and this file's \
         changes compile only together."
    );
    for h in hits.iter_mut() {
        if let Some((a, _, _)) = &mut h.fix {
            if *a == Applicability::Safe {
                *a = Applicability::Unsafe;
                h.notes.push(note.clone());
            }
        }
    }
}

/// True when `name`, used at `node`, is a variable in `vars` visible there.
fn visible<'v>(doc: &Doc, vars: &'v [Var], name: &str, node: Node<'_>) -> Option<&'v Var> {
    // The scope chain walks up the tree: only for a name that could be one of them.
    if !vars.iter().any(|v| v.name == name) {
        return None;
    }
    let chain = doc.scope_chain(node);
    vars.iter()
        .rev()
        .find(|v| v.name == name && chain.contains(&v.scope))
}

#[cfg(test)]
mod mock_tests;
#[cfg(test)]
mod tests;

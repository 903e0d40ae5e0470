//! The package-level decision that keeps a test's mocks and the code it tests in step. A test that
//! mocks `CloudBackupsApi.GetServerlessBackup` and hands the mock to the package's code through
//! `admin.APIClient{CloudBackupsApi: m}` breaks (a nil service) when only one side moves to the
//! Flex service. So, per package directory and rule, from the package's files as the module index
//! read them: the mocks migrate only when every mock unit of the package's tests can migrate and
//! every call of the retired method in the package's code gets an applied fix; the code's fixes
//! then need `--unsafe-fixes`, as the mocks' do, and otherwise are left for a person with them.
//! Both sides read the same cached plan, so they decide alike.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use super::parse::Doc;
use super::{module, Unit};
use crate::detect::Context;
use crate::finding::Finding;
use crate::fix::{Applicability, Fix};
use crate::language::Language;
use crate::rules::GoRule;
use crate::source::{LineIndex, SourceFile};

/// One package's mocks of one rule and the state of the code they stand in for.
#[derive(Debug, Clone)]
pub struct Plan {
    /// Each test file's mock unit: (`file:line` of its first mock, the first blocker).
    pub mocks: Vec<(String, Option<String>)>,
    /// `Ok(file:line of each call)` when the code moves whole to the replacement at the mocks'
    /// threshold (or already calls it); `Err(why)` otherwise.
    pub code: Result<Vec<String>, String>,
}

impl Plan {
    /// `Ok(what moves with the mocks)` when the mocks and the code migrate together.
    pub fn joint(&self) -> Result<String, String> {
        let blocked = self
            .mocks
            .iter()
            .find_map(|(at, b)| Some((at, b.as_ref()?)));
        if let Some((at, why)) = blocked {
            return Err(format!("{at} ({why})"));
        }
        match &self.code {
            Ok(calls) if calls.is_empty() => {
                Ok("the package's code already calls the replacement.".to_string())
            }
            Ok(calls) => Ok(format!(
                "the code it tests ({}) moves to the same service in the same run.",
                calls.join(", ")
            )),
            Err(why) => Err(why.clone()),
        }
    }

    /// Where the package's mocks are (`file:line`, ...).
    pub fn mock_sites(&self) -> String {
        let sites: Vec<&str> = self.mocks.iter().map(|(at, _)| at.as_str()).collect();
        sites.join(", ")
    }
}

/// A package directory, and the run it is read for (its rules and date).
type Key = (PathBuf, usize, String);
/// Each rule's plan in one package: the package's files are parsed, and its code analysed, once
/// for all the rules (and by one thread: another asking meanwhile waits for it).
type Plans = HashMap<usize, Plan>;

fn cache() -> &'static module::Cache<Plans, Key> {
    static C: OnceLock<module::Cache<Plans, Key>> = OnceLock::new();
    C.get_or_init(Default::default)
}

/// The plan of rule `rule` in the package of `file`; `None` when no test of the package mocks the
/// rule's method.
pub fn plan(ctx: &Context<'_>, file: &Path, rule: usize) -> Option<Plan> {
    let dir = file.parent()?;
    let key = (
        dir.to_path_buf(),
        ctx.rules as *const crate::rules::RuleSet as usize,
        ctx.today.to_string(),
    );
    let plans = module::cached(cache(), key, || build(ctx, dir))?;
    plans.get(&rule).cloned()
}

/// Whether `path` is a Go test file (`_test.go`).
pub fn is_test_file(path: &Path) -> bool {
    path.file_name()
        .is_some_and(|n| n.to_string_lossy().ends_with("_test.go"))
}

fn file_name(p: &Path) -> String {
    p.file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned())
}

/// The rules that follow a method in Go (`[go]` tables).
fn go_rules<'r>(ctx: &Context<'r>) -> impl Iterator<Item = (usize, &'r GoRule)> {
    ctx.rules
        .rules
        .iter()
        .enumerate()
        .filter_map(|(i, r)| Some((i, r.go.as_ref()?)))
}

fn build(ctx: &Context<'_>, dir: &Path) -> Option<Plans> {
    let pkg = module::package(dir)?;
    let mut mocks: HashMap<usize, Vec<(String, Option<String>)>> = HashMap::new();
    let mut code = Vec::new();
    for (path, text) in &pkg.files {
        if !is_test_file(path) {
            code.push((path, text));
            continue;
        }
        let name = file_name(path);
        if !text.contains("/mockadmin") {
            continue;
        }
        let Some(doc) = Doc::parse(text, 0..text.len(), false) else {
            continue;
        };
        let nodes = super::nodes::Nodes::new(&doc);
        let lines = LineIndex::new(text);
        let line = |p: usize| lines.line_of(p.min(text.len())) + 1;
        for (rule_idx, go) in go_rules(ctx) {
            let rule = &ctx.rules.rules[rule_idx];
            let Some(unit) = super::mocks::file_unit(&doc, &nodes, rule, go) else {
                continue;
            };
            let first = unit.mocks.first().copied().unwrap_or(0);
            let blocker = unit
                .blockers
                .first()
                .map(|(p, why)| format!("line {}: {why}", line(*p)));
            let blocker = blocker.or_else(|| {
                (!doc.errors.is_empty()).then(|| "Go syntax this parser does not know".to_string())
            });
            mocks
                .entry(rule_idx)
                .or_default()
                .push((format!("{name}:{}", line(first)), blocker));
        }
    }
    if mocks.is_empty() {
        return None;
    }
    let analysed = analyse_code(ctx, &code);
    Some(
        mocks
            .into_iter()
            .map(|(rule_idx, mocks)| {
                let code = code_state(ctx, rule_idx, &code, &analysed);
                (rule_idx, Plan { mocks, code })
            })
            .collect(),
    )
}

/// One code file of the package, analysed once for every rule: its source, and each rule's
/// findings of calls (suppressions applied), with the call positions before suppression.
struct Analysed {
    file: SourceFile,
    by_rule: HashMap<usize, (Vec<usize>, Vec<Finding>)>,
}

/// The package's code files that name a trigger of some Go rule, analysed (`Err` when one cannot
/// be parsed: nothing is decided on code not read).
fn analyse_code(ctx: &Context<'_>, files: &[(&PathBuf, &String)]) -> Result<Vec<Analysed>, String> {
    let mut out = Vec::new();
    for (path, text) in files {
        let any =
            go_rules(ctx).any(|(_, go)| go.triggers.iter().any(|t| text.contains(t.as_str())));
        if !any {
            continue;
        }
        let name = file_name(path);
        let file = SourceFile::new(
            (*path).clone(),
            name.clone(),
            (*text).clone(),
            false,
            Language::Go,
        );
        let Some(doc) = Doc::parse(text, 0..text.len(), false) else {
            return Err(format!("{name} could not be parsed"));
        };
        let nodes = super::nodes::Nodes::new(&doc);
        let found = super::analyze(
            ctx,
            Some(path.as_path()),
            (text, &file.lines),
            (&doc, &nodes),
            (false, false),
        );
        let mut by_rule = HashMap::new();
        for (rule_idx, hits) in found {
            let rule = &ctx.rules.rules[rule_idx];
            let findings: Vec<Finding> = hits
                .into_iter()
                .filter(|(h, _)| matches!(h.unit, Unit::Call(_)))
                .map(|(h, replacement)| Finding {
                    rule: rule_idx,
                    span: h.span,
                    severity: rule.severity(ctx.today),
                    language: Language::Go,
                    message: h.message,
                    replacement,
                    fix: h.fix.map(|(a, e, t)| Fix::new(a, e, t)),
                    notes: Vec::new(),
                })
                .collect();
            let before: Vec<usize> = findings.iter().map(|f| f.span.start).collect();
            let kept = crate::suppress::apply(&file, ctx.rules, &|_| true, findings);
            by_rule.insert(rule_idx, (before, kept));
        }
        out.push(Analysed { file, by_rule });
    }
    Ok(out)
}

/// Whether every call of the rule's retired method in the package's code gets an applied fix
/// (not suppressed), or the code already calls the replacement through its service.
fn code_state(
    ctx: &Context<'_>,
    rule_idx: usize,
    files: &[(&PathBuf, &String)],
    analysed: &Result<Vec<Analysed>, String>,
) -> Result<Vec<String>, String> {
    let go = ctx.rules.rules[rule_idx].go.as_ref().ok_or("no Go table")?;
    let migrated = files.iter().any(|(_, text)| {
        go.eras.iter().any(|e| {
            text.contains(&format!(".{}.{}(", e.new_service, e.new_method))
                || text.contains(&format!(".{}.{}WithParams(", e.new_service, e.new_method))
        })
    });
    let mut calls = Vec::new();
    for a in analysed.as_ref().map_err(Clone::clone)? {
        let Some((before, kept)) = a.by_rule.get(&rule_idx) else {
            continue;
        };
        for &start in before {
            let line = a.file.lines.line_of(start) + 1;
            let at = format!("{}:{line}", a.file.display);
            let Some(f) = kept
                .iter()
                .find(|f| f.rule == rule_idx && f.span.start == start)
            else {
                return Err(format!(
                    "{at} calls the retired method under a suppression, so the code stays"
                ));
            };
            let applied = f
                .fix
                .as_ref()
                .is_some_and(|x| x.applicability > Applicability::DisplayOnly);
            if !applied {
                return Err(format!(
                    "the code it tests is not migrated here: {at} needs a person"
                ));
            }
            calls.push(at);
        }
    }
    if calls.is_empty() && !migrated {
        return Err(format!(
            "the package's code neither calls `{}` nor its replacement, so what the mock stands in for \
             is not in sight",
            go.eras.first().map_or("", |e| e.old_method.as_str())
        ));
    }
    Ok(calls)
}

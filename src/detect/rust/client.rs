//! Calls into a Rust client generated from the Atlas OpenAPI spec (openapi-generator style):
//! `cloud_backups_api::get_serverless_backup(&cfg, ...)`, its `...Params` struct and error enum, the
//! `ServerlessBackupSnapshot` model, and the `use` items that import them. The fix renames them to
//! the Flex names of the era the file's client comes from; it is unsafe because the client itself
//! must be regenerated first.

mod imports;

use std::collections::BTreeMap;
use std::ops::Range;

use super::facts::Facts;
use super::message;
use super::serde_model::field_notes;
use crate::detect::Context;
use crate::finding::Finding;
use crate::fix::{Applicability, Edit, Fix};
use crate::language::Language;
use crate::rules::{Rule, RustClient};
use imports::{leaves, use_edits, Leaf, LeafKind, UseCtx};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Function,
    Params,
    Error,
}

/// A retired generated name: which era's, and what it is.
#[derive(Debug, Clone, Copy)]
struct Name {
    era: usize,
    kind: Kind,
}

/// A place that names a retired item, and the finding's span.
struct Site {
    span: Range<usize>,
    what: String,
}

pub fn check(ctx: &Context<'_>, facts: &Facts<'_>, language: Language, out: &mut Vec<Finding>) {
    for (rule_idx, rule) in ctx.rules.rules.iter().enumerate() {
        let Some(client) = &rule.rust else {
            continue;
        };
        let Some((sites, edits, era)) = plan(facts, client) else {
            continue;
        };
        let Some(e) = client.eras.get(era) else {
            continue;
        };
        let title = format!(
            "use `{}::{}` (regenerate the client from the current Atlas spec first)",
            client.new_module, e.new_function
        );
        let fields: String = client
            .param_fields
            .iter()
            .map(|m| format!(", and the params field `{}` becomes `{}`", m.old, m.new))
            .collect();
        let notes = vec![format!(
            "Regenerate the client from the current Atlas Admin API spec first: the fix uses its names \
             (`{}::{}`, `{}`, `{}`; {} era){fields}.",
            client.new_module, e.new_function, e.new_params, e.new_error, e.name
        )];
        let model = model_note(rule, client);
        for site in sites {
            let mut notes = notes.clone();
            if client.models.iter().any(|m| m.old == site.what) {
                notes.extend(model.clone());
            }
            notes.insert(
                0,
                format!(
                    "`{}` is the retired operation's generated {}.",
                    site.what,
                    kind_word(&site.what, client)
                ),
            );
            out.push(Finding {
                rule: rule_idx,
                span: site.span,
                severity: rule.severity(ctx.today),
                language,
                message: message(ctx, rule),
                replacement: rule.replacement(),
                fix: (!edits.is_empty())
                    .then(|| Fix::new(Applicability::Unsafe, edits.clone(), title.clone())),
                notes,
            });
        }
    }
}

fn kind_word(what: &str, client: &RustClient) -> &'static str {
    match lookup(client, what) {
        Some(Name {
            kind: Kind::Function,
            ..
        }) => "function",
        Some(Name {
            kind: Kind::Params, ..
        }) => "params struct",
        Some(Name {
            kind: Kind::Error, ..
        }) => "error type",
        None if what == client.old_module => "module",
        None => "model",
    }
}

fn model_note(rule: &Rule, client: &RustClient) -> Option<String> {
    let m = client.models.first()?;
    let fields = field_notes(rule, rule.fields.iter().map(|f| f.old.as_str()));
    Some(format!(
        "The response model `{}` becomes `{}`: {}",
        m.old,
        m.new,
        fields.join(" ")
    ))
}

fn lookup(client: &RustClient, name: &str) -> Option<Name> {
    client.eras.iter().enumerate().find_map(|(era, e)| {
        let kind = if name == e.old_function {
            Kind::Function
        } else if name == e.old_params {
            Kind::Params
        } else if name == e.old_error {
            Kind::Error
        } else {
            return None;
        };
        Some(Name { era, kind })
    })
}

/// The era a name migrates to: its own, unless it is of the oldest era and the file's other
/// generated names show a newer client (`target`).
fn era_of(name: Name, target: usize) -> usize {
    if name.era > 0 {
        name.era
    } else {
        target
    }
}

fn new_name(client: &RustClient, name: Name, target: usize) -> &str {
    let e = client
        .eras
        .get(era_of(name, target))
        .or_else(|| client.eras.get(name.era));
    let Some(e) = e else {
        return "";
    };
    match name.kind {
        Kind::Function => &e.new_function,
        Kind::Params => &e.new_params,
        Kind::Error => &e.new_error,
    }
}

/// The sites to report, every edit of the file's migration, and the era used.
fn plan(facts: &Facts<'_>, client: &RustClient) -> Option<(Vec<Site>, Vec<Edit>, usize)> {
    let leaves = leaves(facts);
    let old_mod = client.old_module.as_str();
    let new_mod = client.new_module.as_str();
    // The newest era any generated name in the file belongs to.
    let names_in_file = facts.mentions.iter().map(|m| m.name.as_str()).chain(
        leaves
            .iter()
            .filter_map(|l| l.name().map(|s| s.name.as_str())),
    );
    let mut target = 0;
    for n in names_in_file {
        for (i, e) in client.eras.iter().enumerate() {
            if e.markers.iter().any(|m| m == n) {
                target = target.max(i);
            }
        }
    }
    let imported = |name: &str| {
        leaves.iter().any(|l| {
            l.under(old_mod).is_some()
                && (matches!(l.kind, LeafKind::Glob) || l.name().is_some_and(|s| s.name == name))
        })
    };
    let mut sites = Vec::new();
    let mut edits = Vec::new();
    let mut retired_params: Vec<Range<usize>> = Vec::new();
    let mut other_module_use = false;
    let mut qualified = false;
    let mut unqualified: Vec<String> = Vec::new();
    for path in &facts.paths {
        for (j, seg) in path.iter().enumerate() {
            let before = j.checked_sub(1).and_then(|k| path.get(k));
            if seg.name == old_mod {
                let next = path.get(j + 1).map(|s| s.name.as_str());
                other_module_use |= next.and_then(|n| lookup(client, n)).is_none();
                continue;
            }
            if let Some(m) = client.models.iter().find(|m| m.old == seg.name) {
                if !facts.defined.contains(&m.old) {
                    sites.push(Site {
                        span: seg.range.clone(),
                        what: m.old.clone(),
                    });
                    edits.push(Edit::replace(seg.range.clone(), m.new.clone()));
                }
                continue;
            }
            let Some(name) = lookup(client, &seg.name) else {
                continue;
            };
            let via_module = before.filter(|b| b.name == old_mod);
            let bare = j == 0 && imported(&seg.name) && !facts.defined.contains(&seg.name);
            if via_module.is_none() && !bare {
                continue;
            }
            let new = new_name(client, name, target).to_string();
            if let Some(m) = via_module {
                qualified = true;
                edits.push(Edit::replace(m.range.clone(), new_mod));
            } else {
                unqualified.push(new.clone());
            }
            if name.kind == Kind::Params {
                retired_params.push(seg.range.clone());
            }
            sites.push(Site {
                span: seg.range.clone(),
                what: seg.name.clone(),
            });
            edits.push(Edit::replace(seg.range.clone(), new));
        }
    }
    other_module_use |= leaves.iter().any(|l| {
        l.under(old_mod).is_some()
            && l.name()
                .is_some_and(|s| s.name != "self" && lookup(client, &s.name).is_none())
    });
    edits.extend(param_field_edits(facts, client, &retired_params));
    let mut inserts: BTreeMap<usize, (String, Vec<String>)> = BTreeMap::new();
    let uctx = UseCtx {
        target,
        other_module_use,
        qualified,
        unqualified,
        imported: leaves.iter().filter_map(Leaf::full_path).collect(),
    };
    for leaf in &leaves {
        use_edits(
            facts,
            client,
            leaf,
            &leaves,
            &uctx,
            &mut sites,
            &mut edits,
            &mut inserts,
        );
    }
    for (at, (indent, lines)) in inserts {
        let mut uniq = lines;
        uniq.dedup();
        let text: String = uniq.iter().map(|l| format!("\n{indent}{l}")).collect();
        edits.push(Edit::replace(at..at, text));
    }
    if sites.is_empty() {
        return None;
    }
    sites.sort_by_key(|s| (s.span.start, s.span.end));
    sites.dedup_by(|a, b| a.span == b.span);
    let era = sites
        .iter()
        .filter_map(|s| lookup(client, &s.what))
        .map(|n| era_of(n, target))
        .max()
        .unwrap_or(target);
    Some((sites, edits, era))
}

/// `cluster_name` -> `name` in struct literals of a retired params struct.
fn param_field_edits(facts: &Facts<'_>, client: &RustClient, params: &[Range<usize>]) -> Vec<Edit> {
    let mut edits = Vec::new();
    for e in &facts.struct_exprs {
        let Some(last) = e.path.segments.last() else {
            continue;
        };
        let Some(r) = facts.range_of(&last.ident) else {
            continue;
        };
        if !params.contains(&r) {
            continue;
        }
        for fv in &e.fields {
            let syn::Member::Named(ident) = &fv.member else {
                continue;
            };
            let Some(map) = client.param_fields.iter().find(|m| ident == m.old.as_str()) else {
                continue;
            };
            let Some(ir) = facts.range_of(ident) else {
                continue;
            };
            let new = if fv.colon_token.is_some() {
                map.new.clone()
            } else {
                format!("{}: {}", map.new, map.old)
            };
            edits.push(Edit::replace(ir, new));
        }
    }
    edits
}

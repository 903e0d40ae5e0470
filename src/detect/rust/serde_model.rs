//! serde models of the retired response: a `#[derive(Deserialize)]` struct that a retired request
//! deserialises into (`resp.json::<Snap>()` in the request's statements), or one named like a
//! snapshot in a file that calls the retired endpoint. Its fields are reported with the rule's field
//! map; the only fix is the serde rename string of a renamed field.

use std::ops::Range;

use proc_macro2::TokenTree;

use super::facts::Facts;
use super::message;
use crate::detect::Context;
use crate::finding::Finding;
use crate::fix::{Applicability, Edit, Fix};
use crate::language::Language;
use crate::rules::{Mapping, Rule};

/// One field of a model, with its JSON key.
struct Field {
    rust: String,
    line: usize,
    key: String,
    /// The source range of the `rename = "..."` string's contents, when there is one.
    rename: Option<Range<usize>>,
}

/// The notes for the rule's fields named in `json_names` that do not map exactly.
pub fn field_notes<'a>(rule: &Rule, json_names: impl Iterator<Item = &'a str>) -> Vec<String> {
    let mut out = Vec::new();
    for name in json_names {
        let Some(f) = rule.fields.iter().find(|f| f.old == name) else {
            continue;
        };
        let what = match (f.mapping, f.new.as_deref()) {
            (Mapping::Exact, _) => continue,
            (Mapping::Rename, Some(n)) => format!("renamed to `{n}`"),
            (Mapping::Approximate, Some(n)) => format!("approximately `{n}`"),
            (Mapping::Values, _) => "same key, new values".to_string(),
            _ => "no equivalent".to_string(),
        };
        match f.note.as_deref() {
            Some(note) => out.push(format!("`{}`: {note}", f.old)),
            None => out.push(format!("`{}`: {what}.", f.old)),
        }
    }
    out
}

pub fn check(
    ctx: &Context<'_>,
    facts: &Facts<'_>,
    requests: &[Range<usize>],
    has_calls: bool,
    language: Language,
    out: &mut Vec<Finding>,
) {
    if !has_calls {
        return;
    }
    for (rule_idx, rule) in ctx.rules.rules.iter().enumerate() {
        if !out.iter().any(|f| f.rule == rule_idx) {
            continue;
        }
        for s in &facts.structs {
            if !derives_deserialize(s) {
                continue;
            }
            let name = s.ident.to_string();
            let deserialised = facts.mentions_of(&name).any(|m| {
                requests
                    .iter()
                    .any(|r| r.start <= m.range.start && m.range.end <= r.end)
            });
            if !deserialised && !name.contains("Snapshot") {
                continue;
            }
            let found = model_finding(ctx, (rule_idx, rule), facts, s, deserialised, language);
            if let Some(f) = found {
                out.push(f);
            }
        }
    }
}

fn model_finding(
    ctx: &Context<'_>,
    (rule_idx, rule): (usize, &Rule),
    facts: &Facts<'_>,
    s: &syn::ItemStruct,
    deserialised: bool,
    language: Language,
) -> Option<Finding> {
    let span = facts.range_of(&s.ident)?;
    let fields = fields(facts, s);
    let mut notes = Vec::new();
    let mut edits = Vec::new();
    // A field that only the retired schema has, or names differently.
    let mut telling = false;
    for field in &fields {
        let Some(map) = rule
            .fields
            .iter()
            .find(|f| f.old == field.key || f.old == camel(&field.rust))
        else {
            continue;
        };
        let Some(first) = field_notes(rule, std::iter::once(map.old.as_str())).pop() else {
            continue;
        };
        notes.push(format!(
            "Field `{}` (line {}): {first}",
            field.rust, field.line
        ));
        telling |= matches!(
            map.mapping,
            Mapping::Rename | Mapping::Approximate | Mapping::None
        );
        let (Mapping::Rename, Some(new)) = (map.mapping, map.new.as_deref()) else {
            continue;
        };
        match &field.rename {
            Some(r) if field.key == map.old => edits.push(Edit::replace(r.clone(), new)),
            _ => notes.push(format!(
                "Add `#[serde(rename = \"{new}\")]` to `{}` once the request is migrated.",
                field.rust
            )),
        }
    }
    // A struct only named like a snapshot must show a field of the retired schema.
    if notes.is_empty() || !(deserialised || telling) {
        return None;
    }
    notes.insert(
        0,
        format!(
            "`{}` models the retired response `{}`; the replacement returns `{}`.",
            s.ident,
            rule.old.schema,
            rule.new_schema()
        ),
    );
    let title = format!(
        "rename the serde key to the `{}` field name",
        rule.new_schema()
    );
    Some(Finding {
        rule: rule_idx,
        span,
        severity: rule.severity(ctx.today),
        language,
        message: message(ctx, rule),
        replacement: rule.replacement(),
        fix: (!edits.is_empty()).then(|| Fix::new(Applicability::Safe, edits, title)),
        notes,
    })
}

fn derives_deserialize(s: &syn::ItemStruct) -> bool {
    s.attrs.iter().any(|a| {
        let syn::Meta::List(list) = &a.meta else {
            return false;
        };
        a.path().is_ident("derive")
            && list
                .tokens
                .clone()
                .into_iter()
                .any(|t| matches!(t, TokenTree::Ident(i) if i == "Deserialize"))
    })
}

/// `name = "value"` pairs of the `#[serde(...)]` attributes: the value's contents and their range.
fn serde_pairs(facts: &Facts<'_>, attrs: &[syn::Attribute]) -> Vec<(String, String, Range<usize>)> {
    let mut out = Vec::new();
    for a in attrs {
        let syn::Meta::List(list) = &a.meta else {
            continue;
        };
        if !a.path().is_ident("serde") {
            continue;
        }
        let toks: Vec<TokenTree> = list.tokens.clone().into_iter().collect();
        for w in toks.windows(3) {
            let (TokenTree::Ident(k), TokenTree::Punct(p), TokenTree::Literal(l)) =
                (&w[0], &w[1], &w[2])
            else {
                continue;
            };
            if p.as_char() != '=' {
                continue;
            }
            let Some(r) = facts.parsed.range(l.span()) else {
                continue;
            };
            let Some(src) = facts.text.get(r.clone()) else {
                continue;
            };
            let Some(inner) = src.strip_prefix('"').and_then(|x| x.strip_suffix('"')) else {
                continue;
            };
            out.push((k.to_string(), inner.to_string(), r.start + 1..r.end - 1));
        }
    }
    out
}

fn fields(facts: &Facts<'_>, s: &syn::ItemStruct) -> Vec<Field> {
    let rename_all = serde_pairs(facts, &s.attrs)
        .into_iter()
        .find(|(k, _, _)| k == "rename_all")
        .map(|(_, v, _)| v);
    let mut out = Vec::new();
    for f in &s.fields {
        let Some(ident) = &f.ident else {
            continue;
        };
        let rust = ident.to_string();
        let rust = rust.strip_prefix("r#").unwrap_or(&rust).to_string();
        let Some(r) = facts.range_of(ident) else {
            continue;
        };
        let rename = serde_pairs(facts, &f.attrs)
            .into_iter()
            .find(|(k, _, _)| k == "rename");
        let key = match (&rename, rename_all.as_deref()) {
            (Some((_, v, _)), _) => v.clone(),
            (None, Some("camelCase")) => camel(&rust),
            (None, Some("PascalCase")) => {
                let c = camel(&rust);
                let mut chars = c.chars();
                chars
                    .next()
                    .map(|h| h.to_uppercase().chain(chars).collect())
                    .unwrap_or_default()
            }
            _ => rust.clone(),
        };
        out.push(Field {
            line: facts.text[..r.start].matches('\n').count() + 1,
            rust,
            key,
            rename: rename.map(|(_, _, r)| r),
        });
    }
    out
}

/// `mongod_version` -> `mongodVersion`.
fn camel(snake: &str) -> String {
    let mut out = String::with_capacity(snake.len());
    let mut upper = false;
    for c in snake.chars() {
        if c == '_' {
            upper = !out.is_empty();
            continue;
        }
        if upper {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
        upper = false;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snake_case_fields_become_camel_case_keys() {
        assert_eq!(camel("mongod_version"), "mongodVersion");
        assert_eq!(camel("storage_size_bytes"), "storageSizeBytes");
        assert_eq!(camel("status"), "status");
    }
}

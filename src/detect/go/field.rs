//! A struct field that holds the old service and serves only the retired calls: the field's type,
//! every value stored in it and every call through it form one migration unit, fixed together.

use std::ops::Range;

use tree_sitter::Node;

use super::parse::unparen;
use super::sdk::qualified;
use super::Scan;
use crate::fix::Edit;

/// The edits that move field `name` to the new service, and the line of its declaration.
pub struct FieldUnit<'t> {
    pub edits: Vec<Edit>,
    pub line: usize,
    /// The calls through the field.
    pub calls: Vec<Node<'t>>,
}

/// True when `sel` (`x.name`) is the receiver of a call of an old method: `x.name.M(...)`.
fn retired_call<'t>(s: &Scan<'_, 't>, sel: Node<'t>) -> Option<Node<'t>> {
    let outer = sel.parent().filter(|p| p.kind() == "selector_expression")?;
    let operand = outer.child_by_field_name("operand").map(unparen)?;
    if operand.id() != sel.id() {
        return None;
    }
    let method = outer.child_by_field_name("field")?;
    s.names.old_method(s.doc.text(method))?;
    outer.parent().filter(|c| c.kind() == "call_expression")
}

/// `<expr>.<OldService>`: the range of the service name, to store the new service instead.
fn old_service_value(s: &Scan<'_, '_>, value: Node<'_>) -> Option<Range<usize>> {
    let value = unparen(value);
    if value.kind() != "selector_expression" {
        return None;
    }
    let f = value.child_by_field_name("field")?;
    s.names
        .old_services
        .iter()
        .any(|o| o == s.doc.text(f))
        .then(|| s.doc.range(f))
        .flatten()
}

/// The unit of field `name`, when every use of it in this file is a retired call, its
/// declaration with the old service's type, or a store of `<client>.<OldService>`, and no other
/// file of the package names it. `None`: a person must decide.
pub fn unit<'t>(s: &Scan<'_, 't>, name: &str) -> Option<FieldUnit<'t>> {
    let doc = s.doc;
    let word = |t: &str| {
        t.match_indices(name).any(|(i, _)| {
            let before = t[..i].chars().next_back();
            let after = t[i + name.len()..].chars().next();
            let ident = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
            !ident(before) && !ident(after)
        })
    };
    if s.named_elsewhere(word) {
        return None;
    }
    let mut edits = Vec::new();
    let mut calls = Vec::new();
    let mut decl_line = None;
    for node in &s.nodes.of_kind(&["field_identifier", "identifier"]) {
        if doc.text(*node) != name {
            continue;
        }
        let parent = node.parent()?;
        match parent.kind() {
            "field_declaration" => {
                let ty = parent.child_by_field_name("type")?;
                let ty = if ty.kind() == "pointer_type" {
                    return None;
                } else {
                    ty
                };
                let (_, tname) = qualified(doc, ty, &s.sdk.alias)?;
                if !s.names.old_services.iter().any(|o| o == doc.text(tname)) {
                    return None;
                }
                let mut c = parent.walk();
                if parent.children_by_field_name("name", &mut c).count() != 1 {
                    return None;
                }
                edits.push(Edit::replace(
                    doc.range(tname)?,
                    s.names.new_service.clone(),
                ));
                decl_line = Some(s.line(doc.range(*node)?.start));
            }
            "selector_expression" if parent.child_by_field_name("field") == Some(*node) => {
                if let Some(call) = retired_call(s, parent) {
                    calls.push(call);
                    continue;
                }
                // `x.name = <client>.<OldService>`
                let list = parent.parent()?;
                let stmt = list.parent()?;
                let left = stmt.child_by_field_name("left");
                if stmt.kind() != "assignment_statement" || left.map(|l| l.id()) != Some(list.id())
                {
                    return None;
                }
                let idx = super::parse::list_index(parent)?;
                let value = stmt
                    .child_by_field_name("right")
                    .and_then(|r| super::parse::list_item(r, idx))?;
                edits.push(Edit::replace(
                    old_service_value(s, value)?,
                    s.names.new_service.clone(),
                ));
            }
            "literal_element" => {
                let keyed = parent.parent().filter(|k| k.kind() == "keyed_element")?;
                let key = keyed.child_by_field_name("key")?;
                if key.id() != parent.id() {
                    return None;
                }
                let value = keyed.child_by_field_name("value")?;
                let value = value.named_child(0).unwrap_or(value);
                edits.push(Edit::replace(
                    old_service_value(s, value)?,
                    s.names.new_service.clone(),
                ));
            }
            _ => return None,
        }
    }
    Some(FieldUnit {
        edits,
        line: decl_line?,
        calls,
    })
}

//! Follows the value a call returns (`snap, _, err := ....Execute()`, or a variable typed with the
//! response model) and reports what changes for it: renamed, approximate and removed getters and
//! fields, and comparisons with the old status values.

use tree_sitter::Node;

use super::calls::{assignment_of, left_names};
use super::parse::unparen;
use super::{visible, Hit, Scan, Unit, Var};
use crate::fix::{Applicability, Edit};
use crate::rules::Mapping;

/// Records the variables that receive the response of `call` (the method call, before `Execute`).
pub fn track_result(s: &mut Scan<'_, '_>, call: Node<'_>, flex: bool, held: bool) {
    if let Some(exec) = execute_of(s, call) {
        track_assigned(s, exec, flex, held);
        return;
    }
    // `req := client....X(...)`, later `snap, _, err := req.Execute()`.
    let Some(req) = assigned_name(s, call) else {
        return;
    };
    let execs: Vec<Node<'_>> = s
        .nodes
        .of_kind(&["call_expression"])
        .into_iter()
        .filter(|n| {
            let Some(f) = n.child_by_field_name("function") else {
                return false;
            };
            let operand = f.child_by_field_name("operand").map(unparen);
            f.kind() == "selector_expression"
                && f.child_by_field_name("field")
                    .is_some_and(|x| s.doc.text(x) == "Execute")
                && operand.is_some_and(|o| {
                    o.kind() == "identifier"
                        && visible(s.doc, std::slice::from_ref(&req), s.doc.text(o), o).is_some()
                })
        })
        .collect();
    for exec in execs {
        track_assigned(s, exec, flex, held);
    }
}

/// `call.Execute()`, when the call is executed right away, also after request builder calls
/// (`call.ItemsPerPage(100).PageNum(2).Execute()`).
fn execute_of<'t>(s: &Scan<'_, 't>, call: Node<'t>) -> Option<Node<'t>> {
    let mut call = call;
    loop {
        let sel = call.parent()?;
        if sel.kind() != "selector_expression" {
            return None;
        }
        let next = sel.parent().filter(|p| p.kind() == "call_expression")?;
        if s.doc.text(sel.child_by_field_name("field")?) == "Execute" {
            return Some(next);
        }
        call = next;
    }
}

/// The variable a value is stored in: the first name on the left for a multi-value call.
fn assigned_name(s: &Scan<'_, '_>, value: Node<'_>) -> Option<Var> {
    let (decl, idx) = assignment_of(value)?;
    let names = left_names(decl);
    let right = decl
        .child_by_field_name("right")
        .or_else(|| decl.child_by_field_name("value"))?;
    let single = right.named_child_count() == 1;
    let name = if single {
        names.first()?
    } else {
        names.get(idx)?
    };
    let text = s.doc.text(*name);
    (text != "_").then(|| Var {
        name: text.to_string(),
        scope: s.doc.scope(decl),
        flex: false,
        held: false,
    })
}

fn track_assigned(s: &mut Scan<'_, '_>, exec: Node<'_>, flex: bool, held: bool) {
    if let Some(mut var) = assigned_name(s, exec) {
        var.flex = flex;
        var.held = held;
        s.snapshots.push(var);
    }
}

/// Records the variables and parameters declared with the response model type at `ty`.
pub fn track_declared(s: &mut Scan<'_, '_>, ty: Node<'_>, flex: bool) {
    let mut decl = ty.parent();
    while let Some(d) = decl {
        if matches!(d.kind(), "pointer_type" | "qualified_type") {
            decl = d.parent();
            continue;
        }
        break;
    }
    let Some(decl) = decl else {
        return;
    };
    if !matches!(decl.kind(), "parameter_declaration" | "var_spec") {
        return;
    }
    let mut c = decl.walk();
    let names: Vec<Node<'_>> = decl.children_by_field_name("name", &mut c).collect();
    for name in names {
        s.snapshots.push(Var {
            name: s.doc.text(name).to_string(),
            scope: s.doc.scope(name),
            flex,
            held: false,
        });
    }
}

fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
        .unwrap_or_default()
}

/// Follows the items of a followed page: `for _, item := range page.GetResults()`.
fn track_items(s: &mut Scan<'_, '_>) {
    let Some(getter) = s.go.results_getter.clone() else {
        return;
    };
    let pages = s.snapshots.clone();
    let loops: Vec<Node<'_>> = s.nodes.of_kind(&["range_clause"]);
    for node in loops {
        let (Some(left), Some(right)) = (
            node.child_by_field_name("left"),
            node.child_by_field_name("right"),
        ) else {
            continue;
        };
        let right = unparen(right);
        let Some(f) = right.child_by_field_name("function") else {
            continue;
        };
        let Some(operand) = f.child_by_field_name("operand").map(unparen) else {
            continue;
        };
        let calls_getter = right.kind() == "call_expression"
            && f.kind() == "selector_expression"
            && f.child_by_field_name("field")
                .is_some_and(|x| s.doc.text(x) == getter)
            && operand.kind() == "identifier";
        if !calls_getter {
            continue;
        }
        let Some(page) = visible(s.doc, &pages, s.doc.text(operand), operand).cloned() else {
            continue;
        };
        let mut c = left.walk();
        let names: Vec<Node<'_>> = left.named_children(&mut c).collect();
        let Some(item) = names.get(1).filter(|n| n.kind() == "identifier") else {
            continue;
        };
        s.snapshots.push(Var {
            name: s.doc.text(*item).to_string(),
            scope: s.doc.scope(*item),
            flex: page.flex,
            held: page.held,
        });
    }
}

/// Getters, fields and status comparisons on followed values.
pub fn scan(s: &mut Scan<'_, '_>) {
    if s.snapshots.is_empty() {
        return;
    }
    track_items(s);
    let nodes = s.nodes.of_kind(&[
        "selector_expression",
        "binary_expression",
        "expression_switch_statement",
    ]);
    for node in nodes {
        match node.kind() {
            "selector_expression" => member(s, node),
            "binary_expression" => {
                let op = node.child_by_field_name("operator").map(|o| s.doc.text(o));
                if !matches!(op, Some("==" | "!=")) {
                    continue;
                }
                let (Some(l), Some(r)) = (
                    node.child_by_field_name("left"),
                    node.child_by_field_name("right"),
                ) else {
                    continue;
                };
                if let Some(v) = status_of(s, l) {
                    status_literal(s, r, &v);
                } else if let Some(v) = status_of(s, r) {
                    status_literal(s, l, &v);
                }
            }
            "expression_switch_statement" => {
                let Some(var) = node
                    .child_by_field_name("value")
                    .and_then(|v| status_of(s, v))
                else {
                    continue;
                };
                let mut c = node.walk();
                let cases: Vec<Node<'_>> = node
                    .named_children(&mut c)
                    .filter(|n| n.kind() == "expression_case")
                    .collect();
                for case in cases {
                    let Some(values) = case.child_by_field_name("value") else {
                        continue;
                    };
                    let mut c = values.walk();
                    let items: Vec<Node<'_>> = values.named_children(&mut c).collect();
                    for v in items {
                        status_literal(s, v, &var);
                    }
                }
            }
            _ => {}
        }
    }
}

/// The followed variable a selector reads from.
fn followed(s: &Scan<'_, '_>, sel: Node<'_>) -> Option<Var> {
    let operand = unparen(sel.child_by_field_name("operand")?);
    if operand.kind() != "identifier" {
        return None;
    }
    visible(s.doc, &s.snapshots, s.doc.text(operand), operand).cloned()
}

/// The followed value whose status `node` reads: `v.GetStatus()` or `*v.Status`.
fn status_of(s: &Scan<'_, '_>, node: Node<'_>) -> Option<Var> {
    let node = unparen(node);
    let (sel, field) = match node.kind() {
        "unary_expression" => {
            let deref = node
                .child_by_field_name("operator")
                .is_some_and(|o| s.doc.text(o) == "*");
            (
                deref
                    .then(|| node.child_by_field_name("operand"))
                    .flatten()?,
                "Status",
            )
        }
        "call_expression" => (node.child_by_field_name("function")?, "GetStatus"),
        _ => return None,
    };
    let sel = unparen(sel);
    let named = sel.kind() == "selector_expression"
        && sel
            .child_by_field_name("field")
            .is_some_and(|x| s.doc.text(x) == field);
    named.then(|| followed(s, sel)).flatten()
}

/// The applicability of a fix to a use of `var`, and a note when its call must be fixed first.
fn held(var: &Var, applicability: Applicability) -> (Applicability, Option<String>) {
    if !var.held {
        return (applicability, None);
    }
    (
        Applicability::DisplayOnly,
        Some(format!(
            "`{}` comes from a call a person must migrate first; change this use together with it.",
            var.name
        )),
    )
}

fn status_literal(s: &mut Scan<'_, '_>, node: Node<'_>, var: &Var) {
    let node = unparen(node);
    if node.kind() != "interpreted_string_literal" {
        return;
    }
    let text = s.doc.text(node);
    let inner = text.trim_matches('"');
    let Some(v) = s.rule.status_values.iter().find(|v| v.old == inner) else {
        return;
    };
    let Some(span) = s.doc.range(node) else {
        return;
    };
    let content = span.start + 1..span.end - 1;
    let (applicability, held_note) = held(var, Applicability::Safe);
    s.hits.push(Hit {
        span,
        message: format!(
            "`\"{}\"` is a {} status; `{}` reports `\"{}\"`",
            v.old,
            s.go.result_noun,
            s.go.new_item_model.as_ref().unwrap_or(&s.names.new_model),
            v.new
        ),
        fix: Some((
            applicability,
            vec![Edit::replace(content, v.new.clone())],
            format!("compare with `\"{}\"`", v.new),
        )),
        notes: std::iter::once(format!(
            "Flex snapshot statuses: {}; Flex adds PENDING.",
            s.rule
                .status_values
                .iter()
                .map(|v| format!("{} -> {}", v.old, v.new))
                .collect::<Vec<_>>()
                .join(", ")
        ))
        .chain(held_note)
        .collect(),
        unit: Unit::Use,
    });
}

/// A getter call or field read on a followed value.
fn member(s: &mut Scan<'_, '_>, sel: Node<'_>) {
    let Some(field) = sel.child_by_field_name("field") else {
        return;
    };
    let Some(var) = followed(s, sel) else {
        return;
    };
    let name = s.doc.text(field).to_string();
    let found = s.rule.fields.iter().find_map(|f| {
        let cap = capitalize(&f.old);
        let new_cap = f.new.as_deref().map(capitalize);
        let forms = [
            (
                format!("Get{cap}"),
                new_cap.as_ref().map(|n| format!("Get{n}")),
            ),
            (
                format!("Get{cap}Ok"),
                new_cap.as_ref().map(|n| format!("Get{n}Ok")),
            ),
            (cap.clone(), new_cap.clone()),
        ];
        forms
            .into_iter()
            .find(|(old, _)| *old == name)
            .map(|(_, new)| (f, new))
    });
    let Some((f, new)) = found else {
        return;
    };
    let Some(span) = s.doc.range(field) else {
        return;
    };
    let model =
        s.go.new_item_model
            .clone()
            .unwrap_or_else(|| s.names.new_model.clone());
    let noun = s.go.result_noun.clone();
    let note = f.note.clone().unwrap_or_default();
    let (message, fix, notes) = match (f.mapping, new) {
        (Mapping::Rename, Some(new)) => (
            format!("`{name}` of a {noun} is `{new}` in `{model}`"),
            Some((
                Applicability::Safe,
                vec![Edit::replace(span.clone(), new.clone())],
                format!("use `{new}`"),
            )),
            vec![note],
        ),
        (Mapping::Approximate, Some(new)) => (
            format!("`{name}` has no exact equivalent in `{model}`: `{new}` is the closest"),
            Some((
                Applicability::Unsafe,
                vec![Edit::replace(span.clone(), new.clone())],
                format!("use `{new}` (not the same meaning)"),
            )),
            vec![format!(
                "{note} Review what this code needs before accepting the fix."
            )],
        ),
        (Mapping::None, _) => (
            format!("`{name}` has no equivalent in `{model}`: needs a person"),
            None,
            vec![format!(
                "{note} Needs a person: remove this use or get the value elsewhere."
            )],
        ),
        _ => return,
    };
    let mut notes: Vec<String> = notes.into_iter().filter(|n| !n.trim().is_empty()).collect();
    let fix = fix.map(|(a, edits, title)| {
        let (a, note) = held(&var, a);
        notes.extend(note);
        (a, edits, title)
    });
    s.hits.push(Hit {
        span,
        message,
        fix,
        notes,
        unit: Unit::Use,
    });
}

//! Call sites of the retired SDK method (through the client, a stored service or a struct field)
//! and the SDK types named after it (`...ApiParams`, `...ApiRequest`, the response model).

use std::ops::Range;

use tree_sitter::Node;

use super::parse::{list_index, list_item, unparen};
use super::sdk::{qualified, TypeKind};
use super::{align, field, values, Hit, Scan, Unit, Uses, Var};
use crate::fix::{Applicability, Edit};

/// A variable or struct field holding the old service.
#[derive(Debug, Clone)]
struct Service {
    var: Var,
    /// For a variable assigned `client.CloudBackupsApi`: the `src` range of that field name.
    assigned: Option<Range<usize>>,
    /// The declared type, as written.
    ty: String,
}

/// How a call reaches the service.
enum Receiver<'t> {
    /// `client.CloudBackupsApi.X(...)`: the service field's name node.
    Direct(Node<'t>),
    /// A local variable holding the service.
    Stored(Service),
    /// A struct field or a variable with a declared type: (the holder, its type as written).
    Typed(String, String),
    /// A struct field that serves only retired calls: retyped with its stores and calls.
    Field(String, field::FieldUnit<'t>),
}

pub fn scan(s: &mut Scan<'_, '_>) {
    let (services, fields) = services(s);
    for node in s.nodes.of_kind(&["call_expression"]) {
        call(s, node, &services, &fields);
    }
    for node in s.nodes.of_kind(&["qualified_type", "selector_expression"]) {
        type_name(s, node);
    }
}

/// Variables assigned the old service, variables typed with it, and struct fields of its type.
fn services(s: &Scan<'_, '_>) -> (Vec<Service>, Vec<(String, String)>) {
    let doc = s.doc;
    let is_old_service_type = |n: Node<'_>| {
        let n = if n.kind() == "pointer_type" {
            n.named_child(0).unwrap_or(n)
        } else {
            n
        };
        qualified(doc, n, &s.sdk.alias)
            .is_some_and(|(_, name)| s.names.old_services.iter().any(|o| o == doc.text(name)))
    };
    let mut vars = Vec::new();
    let mut fields: Vec<(String, String)> = Vec::new();
    let kinds = [
        "short_var_declaration",
        "assignment_statement",
        "var_spec",
        "parameter_declaration",
        "field_declaration",
    ];
    for node in &s.nodes.of_kind(&kinds) {
        match node.kind() {
            "short_var_declaration" | "assignment_statement" | "var_spec" => {
                let right = node
                    .child_by_field_name("right")
                    .or_else(|| node.child_by_field_name("value"));
                // Any declared type (the SDK's or an interface of the user's) must change with the
                // value, which a person decides.
                let ty = node.child_by_field_name("type");
                let typed = ty.is_some();
                let ty = ty.map_or_else(String::new, |t| doc.text(t).to_string());
                for (i, name) in left_names(*node).into_iter().enumerate() {
                    let value = right.and_then(|r| list_item(r, i)).map(unparen);
                    let assigned = value
                        .filter(|v| v.kind() == "selector_expression")
                        .and_then(|v| v.child_by_field_name("field"))
                        .filter(|f| s.names.old_services.iter().any(|o| o == doc.text(*f)));
                    if assigned.is_none() && !typed {
                        continue;
                    }
                    vars.push(Service {
                        var: Var {
                            name: doc.text(name).to_string(),
                            scope: doc.scope(*node),
                            flex: false,
                            held: false,
                        },
                        // A declared type stays the old service's: only a person can change it.
                        assigned: assigned.filter(|_| !typed).map(|f| f.byte_range()),
                        ty: ty.clone(),
                    });
                }
            }
            "parameter_declaration"
                if node
                    .child_by_field_name("type")
                    .is_some_and(is_old_service_type) =>
            {
                let ty = node
                    .child_by_field_name("type")
                    .map_or("", |t| doc.text(t))
                    .to_string();
                let mut c = node.walk();
                for name in node.children_by_field_name("name", &mut c) {
                    vars.push(Service {
                        var: Var {
                            name: doc.text(name).to_string(),
                            scope: doc.scope(name),
                            flex: false,
                            held: false,
                        },
                        assigned: None,
                        ty: ty.clone(),
                    });
                }
            }
            "field_declaration"
                if node
                    .child_by_field_name("type")
                    .is_some_and(is_old_service_type) =>
            {
                let ty = node
                    .child_by_field_name("type")
                    .map_or("", |t| doc.text(t))
                    .to_string();
                let mut c = node.walk();
                for name in node.children_by_field_name("name", &mut c) {
                    fields.push((doc.text(name).to_string(), ty.clone()));
                }
            }
            _ => {}
        }
    }
    (vars, fields)
}

/// The identifiers on the left of a declaration or assignment.
pub fn left_names(node: Node<'_>) -> Vec<Node<'_>> {
    let mut c = node.walk();
    match node.kind() {
        "var_spec" => node.children_by_field_name("name", &mut c).collect(),
        _ => {
            let Some(left) = node.child_by_field_name("left") else {
                return Vec::new();
            };
            let mut c = left.walk();
            let names = left
                .named_children(&mut c)
                .filter(|n| n.kind() == "identifier")
                .collect();
            names
        }
    }
}

fn receiver<'t>(
    s: &Scan<'_, 't>,
    operand: Node<'t>,
    services: &[Service],
    fields: &[(String, String)],
) -> Option<Receiver<'t>> {
    let doc = s.doc;
    match operand.kind() {
        "selector_expression" => {
            let field = operand.child_by_field_name("field")?;
            let name = doc.text(field);
            if s.names.old_services.iter().any(|o| o == name) {
                return Some(Receiver::Direct(field));
            }
            let (_, ty) = fields.iter().find(|(f, _)| f == name)?;
            let holder = doc.text(operand).to_string();
            Some(match field::unit(s, name) {
                Some(unit) => Receiver::Field(holder, unit),
                None => Receiver::Typed(holder, ty.clone()),
            })
        }
        "identifier" => {
            let name = doc.text(operand);
            let chain = s.doc.scope_chain(operand);
            let seen: Vec<&Service> = services
                .iter()
                .filter(|v| v.var.name == name && chain.contains(&v.var.scope))
                .collect();
            let last = seen.last()?;
            // Declared with the service's type anywhere (or assigned twice): a person decides.
            if seen.len() > 1 || last.assigned.is_none() {
                let ty = seen.iter().map(|v| v.ty.as_str()).find(|t| !t.is_empty());
                return Some(Receiver::Typed(
                    name.to_string(),
                    ty.unwrap_or_default().to_string(),
                ));
            }
            Some(Receiver::Stored((*last).clone()))
        }
        _ => None,
    }
}

fn call(s: &mut Scan<'_, '_>, node: Node<'_>, services: &[Service], fields: &[(String, String)]) {
    let doc = s.doc;
    let Some(function) = node.child_by_field_name("function") else {
        return;
    };
    if function.kind() != "selector_expression" {
        return;
    }
    let (Some(operand), Some(method)) = (
        function.child_by_field_name("operand"),
        function.child_by_field_name("field"),
    ) else {
        return;
    };
    let operand = unparen(operand);
    let method_name = doc.text(method).to_string();
    if s.names.is_new_method(&method_name) {
        let on_new_service = operand.kind() == "selector_expression"
            && operand
                .child_by_field_name("field")
                .is_some_and(|f| s.names.new_services.iter().any(|n| n == doc.text(f)));
        if on_new_service {
            values::track_result(s, node, true, false);
        }
        return;
    }
    let Some((_, with_params, docs_only)) = s.names.old_method(&method_name) else {
        return;
    };
    let Some(recv) = receiver(s, operand, services, fields) else {
        return;
    };
    let Some(method_range) = doc.range(method) else {
        return;
    };
    let new_method = s.names.new_method_for(with_params);
    let new_service = s.names.new_service.clone();
    let mut edits = vec![Edit::replace(method_range.clone(), new_method.clone())];
    let mut notes = Vec::new();
    if with_params {
        edits.extend(params_argument(s, node));
    }
    let (applicability, shown_old) = match &recv {
        Receiver::Direct(field) => {
            let old_service = doc.text(*field).to_string();
            if let Some(r) = doc.range(*field) {
                edits.push(Edit::replace(r, new_service.clone()));
            }
            (Applicability::Safe, format!("{old_service}.{method_name}"))
        }
        Receiver::Stored(svc) => {
            let assigned = svc.assigned.clone().unwrap_or(0..0);
            let line = doc.map(assigned.clone()).map_or(0, |r| s.line(r.start));
            let other_uses = other_uses(s, &svc.var, &assigned);
            if other_uses {
                notes.push(format!(
                    "`{}` holds `{}` (line {line}) and is also used for other calls: call \
                     `<client>.{new_service}.{new_method}` here instead, or keep the Flex service in a \
                     second variable.",
                    svc.var.name,
                    doc.src.get(assigned.clone()).unwrap_or("")
                ));
                (
                    Applicability::DisplayOnly,
                    format!("{}.{method_name}", svc.var.name),
                )
            } else {
                if let Some(r) = doc.map(assigned) {
                    edits.push(Edit::replace(r, new_service.clone()));
                }
                notes.push(format!(
                    "`{}` is assigned on line {line}: the fix stores `{new_service}` in it instead; check that \
                     nothing else expects the old service there.",
                    svc.var.name
                ));
                (
                    Applicability::Unsafe,
                    format!("{}.{method_name}", svc.var.name),
                )
            }
        }
        Receiver::Field(holder, unit) => {
            edits.extend(unit.edits.iter().cloned());
            for other in unit.calls.iter().filter(|c| c.id() != node.id()) {
                edits.extend(unit_call(s, *other));
            }
            let field = holder.rsplit('.').next().unwrap_or(holder);
            notes.push(format!(
                "`{field}` (line {}) serves only this operation's retired calls: the fix gives it the type \
                 `{alias}.{new_service}`, stores `<client>.{new_service}` in it and migrates every call \
                 through it, together.",
                unit.line,
                alias = s.sdk.alias,
            ));
            (Applicability::Unsafe, format!("{holder}.{method_name}"))
        }
        Receiver::Typed(holder, ty) => {
            let ty = if ty.is_empty() {
                "a declared type".to_string()
            } else {
                format!("the type `{ty}`")
            };
            notes.push(format!(
                "`{holder}` has {ty}, which has no `{new_method}`: give it (or a new field) the type \
                 `{alias}.{new_service}`, store `<client>.{new_service}` in it, then call `{new_method}` on it.",
                alias = s.sdk.alias,
            ));
            (
                Applicability::DisplayOnly,
                format!("{holder}.{method_name}"),
            )
        }
    };
    let (applicability, edits) = s.with_upgrade(applicability, edits, &mut notes);
    let when = s.rule.when(s.ctx.today);
    let mut message = if docs_only {
        format!(
            "`{method_name}` is not an atlas-sdk-go method (the docs' samples print the operationId); {} \
             {when}: use `{new_service}.{new_method}`",
            s.rule.title
        )
    } else {
        format!(
            "`{shown_old}` ({}) {when}: use `{new_service}.{new_method}`",
            s.rule.title
        )
    };
    if let Some((from, to)) = &s.names.upgrade {
        message.push_str(&format!(" (SDK {from} has no Flex API: move to {to})"));
    }
    let held = applicability == Applicability::DisplayOnly;
    s.hits.push(Hit {
        span: method_range,
        message,
        fix: Some((
            applicability,
            edits,
            format!("call `{new_service}.{new_method}`"),
        )),
        notes,
        unit: Unit::Call(top_level_of(s.doc, node)),
    });
    values::track_result(s, node, false, held);
}

/// The file range of the top-level declaration holding `node` (empty outside the region).
pub fn top_level_of(doc: &super::parse::Doc, node: Node<'_>) -> Range<usize> {
    doc.map(doc.top_level(node)).unwrap_or(0..0)
}

/// The edits of another call of the same unit: its method and its params literal.
fn unit_call(s: &mut Scan<'_, '_>, call: Node<'_>) -> Vec<Edit> {
    let Some(method) = call
        .child_by_field_name("function")
        .and_then(|f| f.child_by_field_name("field"))
    else {
        return Vec::new();
    };
    let Some((_, with_params, _)) = s.names.old_method(s.doc.text(method)) else {
        return Vec::new();
    };
    let mut edits: Vec<Edit> = s
        .doc
        .range(method)
        .map(|r| Edit::replace(r, s.names.new_method_for(with_params)))
        .into_iter()
        .collect();
    if with_params {
        edits.extend(params_argument(s, call));
    }
    edits
}

/// True when the variable is used for anything but the retired method and its own declaration.
fn other_uses(s: &Scan<'_, '_>, var: &Var, assigned: &Range<usize>) -> bool {
    s.nodes.identifiers(&var.name).any(|n| {
        if !s.doc.scope_chain(n).contains(&var.scope) {
            return false;
        }
        let Some(parent) = n.parent() else {
            return true;
        };
        let old_call = parent.kind() == "selector_expression"
            && parent
                .child_by_field_name("field")
                .is_some_and(|f| s.names.old_method(s.doc.text(f)).is_some());
        let declaration = parent.parent().is_some_and(|decl| {
            matches!(
                decl.kind(),
                "short_var_declaration" | "assignment_statement" | "var_spec"
            ) && decl.start_byte() <= assigned.start
                && assigned.end <= decl.end_byte()
                && left_names(decl).iter().any(|l| l.id() == n.id())
        }) || (parent.kind() == "var_spec"
            && parent.start_byte() <= assigned.start
            && assigned.end <= parent.end_byte());
        !old_call && !declaration
    })
}

/// The edits for a `&pkg.XApiParams{...}` literal passed to a `WithParams` call; marks it handled.
fn params_argument(s: &mut Scan<'_, '_>, call: Node<'_>) -> Vec<Edit> {
    let Some(args) = call.child_by_field_name("arguments") else {
        return Vec::new();
    };
    let Some(arg) = args.named_child(1).map(unparen) else {
        return Vec::new();
    };
    let lit = if arg.kind() == "unary_expression" {
        arg.child_by_field_name("operand").map(unparen)
    } else {
        Some(arg)
    };
    let Some(lit) = lit.filter(|l| l.kind() == "composite_literal") else {
        return Vec::new();
    };
    let Some(ty) = lit.child_by_field_name("type") else {
        return Vec::new();
    };
    let Some((_, name)) = qualified(s.doc, ty, &s.sdk.alias) else {
        return Vec::new();
    };
    let Some((new, TypeKind::Params, _)) = s.names.old_type(s.doc.text(name)) else {
        return Vec::new();
    };
    s.consumed.push(ty.byte_range());
    let mut edits: Vec<Edit> = s
        .doc
        .range(name)
        .map(|r| Edit::replace(r, new))
        .into_iter()
        .collect();
    edits.extend(literal_keys(s, lit));
    edits
}

/// Renames the params struct's keys (`ClusterName:` -> `Name:`) and re-aligns the literal.
fn literal_keys(s: &Scan<'_, '_>, lit: Node<'_>) -> Vec<Edit> {
    align::renamed_keys(s.doc, lit, &|key: &str| {
        s.go.param_renames
            .iter()
            .find(|r| r.old == key)
            .map(|r| r.new.clone())
    })
}

/// `pkg.GetServerlessBackupApiParams`, `...ApiRequest` or `pkg.ServerlessBackupSnapshot` outside
/// a reported call.
fn type_name(s: &mut Scan<'_, '_>, node: Node<'_>) {
    let doc = s.doc;
    let Some((_, name)) = qualified(doc, node, &s.sdk.alias) else {
        return;
    };
    let name_text = doc.text(name).to_string();
    if s.names.is_model(&name_text) {
        values::track_declared(s, node, name_text == s.names.new_model);
    }
    let Some((new, kind, docs_only)) = s.names.old_type(&name_text) else {
        return;
    };
    let in_literal = node
        .parent()
        .is_some_and(|p| p.kind() == "composite_literal");
    if kind == TypeKind::Model && s.go.model_also_request && in_literal {
        return;
    }
    if kind == TypeKind::Model && s.go.model_in_literals_only && !in_literal {
        return;
    }
    if s.consumed
        .iter()
        .any(|r| r.start <= node.start_byte() && node.end_byte() <= r.end)
    {
        return;
    }
    let (Some(span), Some(name_range)) = (doc.range(node), doc.range(name)) else {
        return;
    };
    let mut edits = vec![Edit::replace(name_range, new.clone())];
    let mut notes = Vec::new();
    if kind == TypeKind::Params {
        if let Some(lit) = node.parent().filter(|p| p.kind() == "composite_literal") {
            edits.extend(literal_keys(s, lit));
        }
        edits.extend(params_var_fields(s, node));
    }
    let mirrored = mirrored_method(doc, node, &s.names);
    if let Some(method) = &mirrored {
        notes.push(format!(
            "This interface mirrors the SDK's `{method}`: rename the method to `{}`, use `{}.{new}`, and store \
             `<client>.{}` where the interface is implemented.",
            s.names.new_method,
            s.sdk.alias,
            s.names.new_service
        ));
    }
    let declared = declaration_name(node);
    let mut users = Vec::new();
    if let Some((name_node, in_result)) = declared {
        let name = doc.text(name_node);
        let exported = name.chars().next().is_some_and(char::is_uppercase);
        // A result's callers read the value the fix retypes (its getters, its fields), which is not
        // followed across functions: any use leaves the unit for a person. Elsewhere (parameters,
        // fields, types) the unit's own edits keep this file whole; uses in other files do not.
        users = match (in_result, exported) {
            (true, _) => s.uses_of(name, name_node, Uses::of_declaration(name_node)),
            (false, true) => s.module_uses_of(name),
            (false, false) => Vec::new(),
        };
        let what = if exported { "is exported and " } else { "" };
        if !users.is_empty() {
            notes.push(format!(
                "`{name}` {what}is used in {}: the fix would change its type there too, so it is left \
                 for a person, with the code that uses it.",
                users.join(", ")
            ));
        } else if exported {
            notes.push(format!(
                "`{name}` is exported: code in other files or packages that uses it sees `{}.{new}` after \
                 the fix and must follow.",
                s.sdk.alias
            ));
        }
    }
    let exported = declared
        .map(|(n, _)| doc.text(n))
        .filter(|n| n.chars().next().is_some_and(char::is_uppercase));
    if kind == TypeKind::Model {
        notes.extend(model_note(s.rule, &s.names.new_model, &name_text));
    }
    let base = match (&mirrored, &exported) {
        (Some(_), _) => Applicability::DisplayOnly,
        _ if !users.is_empty() => Applicability::DisplayOnly,
        (None, Some(_)) => Applicability::Unsafe,
        (None, None) => Applicability::Safe,
    };
    let (applicability, edits) = s.with_upgrade(base, edits, &mut notes);
    let alias = &s.sdk.alias;
    let what = match kind {
        TypeKind::Params => "holds the parameters of",
        TypeKind::Request => "is the request type of",
        TypeKind::Model if s.go.model_in_literals_only => "is the request body of",
        TypeKind::Model => "is the response of",
    };
    let when = s.rule.when(s.ctx.today);
    let message = if docs_only {
        format!(
            "`{alias}.{name_text}` is not an atlas-sdk-go type (the docs' samples print the operationId); {} \
             {when}: use `{alias}.{new}`",
            s.rule.title
        )
    } else {
        format!(
            "`{alias}.{name_text}` {what} {}, which {when}: use `{alias}.{new}`",
            s.rule.title
        )
    };
    s.hits.push(Hit {
        span,
        message,
        fix: Some((applicability, edits, format!("use `{alias}.{new}`"))),
        notes,
        unit: Unit::Type(name_text.clone(), top_level_of(s.doc, node)),
    });
}

/// What differs between the old and the new model, from the rule's field map: renamed getters,
/// changed status values and getters without an exact equivalent.
fn model_note(rule: &crate::rules::Rule, new_model: &str, old_model: &str) -> Option<String> {
    use crate::rules::Mapping;
    let getter = |f: &str| {
        let mut c = f.chars();
        c.next()
            .map(|x| format!("`Get{}{}`", x.to_uppercase(), c.as_str()))
            .unwrap_or_default()
    };
    let mut parts: Vec<String> = rule
        .fields
        .iter()
        .filter(|f| f.mapping == Mapping::Rename)
        .filter_map(|f| {
            Some(format!(
                "{} is {}",
                getter(&f.old),
                getter(f.new.as_deref()?)
            ))
        })
        .collect();
    if !rule.status_values.is_empty() {
        parts.push("status values are upper case".to_string());
    }
    let inexact: Vec<String> = rule
        .fields
        .iter()
        .filter(|f| matches!(f.mapping, Mapping::Approximate | Mapping::None))
        .map(|f| getter(&f.old))
        .collect();
    if let Some((last, rest)) = inexact.split_last() {
        let list = if rest.is_empty() {
            last.clone()
        } else {
            format!("{} and {last}", rest.join(", "))
        };
        parts.push(format!("{list} have no exact equivalent"));
    }
    if parts.is_empty() {
        return None;
    }
    let text = match parts.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{}, and {last}", rest.join(", ")),
        _ => parts.join(""),
    };
    Some(format!("`{new_model}` differs from `{old_model}`: {text}."))
}

/// The position of `node` on the right of its declaration, and the declaration.
pub fn assignment_of(node: Node<'_>) -> Option<(Node<'_>, usize)> {
    let list = node.parent()?;
    let decl = if list.kind() == "expression_list" {
        list.parent()?
    } else {
        list
    };
    if !matches!(
        decl.kind(),
        "short_var_declaration" | "assignment_statement" | "var_spec"
    ) {
        return None;
    }
    let right = decl
        .child_by_field_name("right")
        .or_else(|| decl.child_by_field_name("value"))?;
    if right.id() != list.id() && right.id() != node.id() {
        return None;
    }
    Some((decl, list_index(node)?))
}

/// The name of the declaration whose signature or type holds `node` (a function's parameters or
/// results, a struct field, a type, a var or const), if any, and whether `node` is in a function's
/// results: renaming a type there changes what the code that uses that name sees.
fn declaration_name(node: Node<'_>) -> Option<(Node<'_>, bool)> {
    let mut cur = node.parent();
    let mut below = node;
    while let Some(n) = cur {
        return match n.kind() {
            "block" | "func_literal" => None,
            "function_declaration" | "method_declaration" => {
                let in_body = n
                    .child_by_field_name("body")
                    .is_some_and(|b| b.start_byte() <= node.start_byte());
                if in_body {
                    return None;
                }
                let in_result = n
                    .child_by_field_name("result")
                    .is_some_and(|r| r.id() == below.id());
                Some((n.child_by_field_name("name")?, in_result))
            }
            "field_declaration" | "type_spec" | "var_spec" | "const_spec" => {
                Some((n.child_by_field_name("name")?, false))
            }
            _ => {
                below = n;
                cur = n.parent();
                continue;
            }
        };
    }
    None
}

/// Renames the params fields read or written through the variable a params struct is stored in
/// (`params.ClusterName = x`).
fn params_var_fields(s: &Scan<'_, '_>, ty: Node<'_>) -> Vec<Edit> {
    let doc = s.doc;
    // `v := &pkg.X{...}`, `v := pkg.X{...}`, `var v pkg.X`, `var v *pkg.X`, or a parameter.
    let mut names: Vec<(String, usize)> = Vec::new();
    if let Some(lit) = ty.parent().filter(|p| p.kind() == "composite_literal") {
        let value = lit
            .parent()
            .filter(|p| p.kind() == "unary_expression")
            .unwrap_or(lit);
        if let Some((decl, idx)) = assignment_of(value) {
            if let Some(n) = left_names(decl).get(idx) {
                names.push((doc.text(*n).to_string(), doc.scope(decl)));
            }
        }
    } else {
        let mut decl = ty.parent();
        while let Some(d) = decl.filter(|d| d.kind() == "pointer_type") {
            decl = d.parent();
        }
        if let Some(d) = decl.filter(|d| matches!(d.kind(), "var_spec" | "parameter_declaration")) {
            let mut c = d.walk();
            for n in d.children_by_field_name("name", &mut c) {
                names.push((doc.text(n).to_string(), doc.scope(n)));
            }
        }
    }
    // The selectors whose operand is one of those names, in document order.
    let mut selectors: Vec<Node<'_>> = Vec::new();
    for (name, _) in &names {
        for id in s.nodes.identifiers(name) {
            let mut up = id.parent();
            while let Some(p) = up.filter(|p| p.kind() == "parenthesized_expression") {
                up = p.parent();
            }
            let sel = up.filter(|p| p.kind() == "selector_expression");
            if let Some(sel) = sel.filter(|sel| {
                sel.child_by_field_name("operand")
                    .map(unparen)
                    .is_some_and(|o| o.id() == id.id())
            }) {
                selectors.push(sel);
            }
        }
    }
    selectors.sort_by_key(|n| n.start_byte());
    selectors.dedup_by_key(|n| n.id());
    let mut edits = Vec::new();
    for node in &selectors {
        let (Some(operand), Some(field)) = (
            node.child_by_field_name("operand").map(unparen),
            node.child_by_field_name("field"),
        ) else {
            continue;
        };
        let visible = operand.kind() == "identifier"
            && names
                .iter()
                .any(|(n, sc)| n == doc.text(operand) && doc.scope_chain(operand).contains(sc));
        let rename = s.go.param_renames.iter().find(|r| r.old == doc.text(field));
        if let (true, Some(r), Some(range)) = (visible, rename, doc.range(field)) {
            edits.push(Edit::replace(range, r.new.clone()));
        }
    }
    edits
}

/// The old SDK method an interface method holding `node` mirrors (`GetServerlessBackup(...)
/// admin.GetServerlessBackupApiRequest` in a user's interface).
fn mirrored_method(
    doc: &super::parse::Doc,
    node: Node<'_>,
    names: &super::sdk::Names,
) -> Option<String> {
    let mut cur = node.parent();
    while let Some(n) = cur {
        if matches!(n.kind(), "method_elem" | "method_spec") {
            let name = doc.text(n.child_by_field_name("name")?);
            return names.old_method(name).map(|_| name.to_string());
        }
        if matches!(n.kind(), "block" | "type_spec") {
            return None;
        }
        cur = n.parent();
    }
    None
}

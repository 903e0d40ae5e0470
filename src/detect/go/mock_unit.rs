//! A test file's mockery mocks of a retired method as one migration unit: the mock's constructor,
//! every expectation of the method (`EXPECT().X`, `XExecute`, `XWithParams`, `On("X")`), the typed
//! `_Call` names, the SDK types the expectations return (`admin.XApiRequest`, the response model
//! literal with its keys and status values, `mock.AnythingOfType("admin.XApiRequest")`) and the
//! `admin.APIClient{CloudBackupsApi: m}` key. Anything the unit cannot follow is a blocker: then
//! none of it changes.

use std::ops::Range;

use tree_sitter::Node;

use super::calls::{assignment_of, left_names};
use super::nodes::Nodes;
use super::parse::{unparen, Doc};
use super::sdk::{qualified, Names, TypeKind};
use crate::fix::Edit;
use crate::rules::{GoRule, Mapping, Rule};

/// What one file's mocks of the rule's method need.
#[derive(Debug, Default, Clone)]
pub struct MockUnit {
    pub edits: Vec<Edit>,
    /// Why the unit cannot be migrated: (file position, reason). Empty: it can.
    pub blockers: Vec<(usize, String)>,
    /// File ranges of the SDK type names the unit rewrites (reported by the SDK scan too).
    pub owned: Vec<Range<usize>>,
    /// File positions of the mocks' constructors.
    pub mocks: Vec<usize>,
    /// Approximate field renames in response literals (for the notes).
    pub approximate: Vec<String>,
}

/// What the unit analysis reads.
pub struct Input<'a, 't> {
    pub doc: &'t Doc,
    pub nodes: &'a Nodes<'t>,
    /// The name `mockadmin` is used under.
    pub mocks: &'a str,
    /// The name the SDK's `admin` package is used under, when imported.
    pub admin: Option<&'a str>,
    pub names: &'a Names,
    pub rule: &'a Rule,
    pub go: &'a GoRule,
}

/// A mock variable made by `mockadmin.New<OldService>(t)`.
struct MockVar {
    name: String,
    scope: usize,
    /// The declaration's left-hand identifier (its own occurrence).
    decl: usize,
    at: usize,
    edits: Vec<Edit>,
    blockers: Vec<(usize, String)>,
    /// Expects the rule's method at least once.
    expects_rule: bool,
}

/// An old mock method name of the rule (`GetServerlessBackup`, `...WithParams`, `...Execute`) and
/// its replacement.
pub fn mock_method(names: &Names, name: &str) -> Option<String> {
    let base = name
        .strip_suffix("Execute")
        .or_else(|| name.strip_suffix("WithParams"))
        .unwrap_or(name);
    let (_, _, docs) = names.old_method(base)?;
    if docs {
        return None;
    }
    Some(format!("{}{}", names.new_method, &name[base.len()..]))
}

fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
        .unwrap_or_default()
}

impl Input<'_, '_> {
    fn pos(&self, node: Node<'_>) -> usize {
        self.doc.range(node).map_or(0, |r| r.start)
    }

    fn edit(&self, node: Node<'_>, text: impl Into<String>) -> Option<Edit> {
        Some(Edit::replace(self.doc.range(node)?, text))
    }

    /// True for a name of the old service in any era (`CloudBackupsApi`, `CloudBackupsAPI`).
    fn is_old_service(&self, name: &str) -> bool {
        self.names.old_services.iter().any(|s| s == name)
    }
}

/// The unit of the file's mocks of the rule's method; `None` when the file mocks none of it.
pub fn unit(input: &Input<'_, '_>) -> Option<MockUnit> {
    let mut vars = mock_vars(input);
    for var in &mut vars {
        follow(input, var);
    }
    let mut out = MockUnit::default();
    let mut any = false;
    for var in vars.iter().filter(|v| v.expects_rule) {
        any = true;
        out.mocks.push(var.at);
        out.edits.extend(var.edits.iter().cloned());
        out.blockers.extend(var.blockers.iter().cloned());
    }
    mock_types(input, &mut out, &mut any);
    if !any {
        return None;
    }
    sdk_types(input, &mut out);
    if let Some((from, to)) = &input.names.upgrade {
        out.blockers.push((
            out.mocks.first().copied().unwrap_or(0),
            format!("SDK {from} has no Flex mocks: move the module to {to} first"),
        ));
    }
    out.edits.sort_by_key(|e| (e.range.start, e.range.end));
    out.edits.dedup();
    out.blockers.sort_by_key(|(at, _)| *at);
    Some(out)
}

/// `m := mockadmin.New<OldService>(t)` (or `=`, `var m = ...`).
fn mock_vars(input: &Input<'_, '_>) -> Vec<MockVar> {
    let doc = input.doc;
    let mut out = Vec::new();
    for node in &input.nodes.of_kind(&["call_expression"]) {
        let Some(f) = node.child_by_field_name("function").map(unparen) else {
            continue;
        };
        let Some((_, name)) = qualified(doc, f, input.mocks) else {
            continue;
        };
        let Some(service) = doc.text(name).strip_prefix("New") else {
            continue;
        };
        if !input.is_old_service(service) {
            continue;
        }
        let at = input.pos(*node);
        let constructor = input.edit(name, format!("New{}", input.names.new_service));
        let declared = assignment_of(*node).and_then(|(decl, i)| {
            let left = *left_names(decl).get(i)?;
            Some((left, decl))
        });
        let mut var = MockVar {
            name: String::new(),
            scope: 0,
            decl: 0,
            at,
            edits: constructor.into_iter().collect(),
            blockers: Vec::new(),
            expects_rule: false,
        };
        match declared {
            Some((left, decl)) => {
                var.name = doc.text(left).to_string();
                var.scope = input.doc.scope(decl);
                var.decl = left.id();
            }
            None => var.blockers.push((
                at,
                "the mock is not kept in a variable, so its expectations cannot be followed".into(),
            )),
        }
        out.push(var);
    }
    out
}

/// Every use of a mock variable: its expectations, assertions and the client it is put in.
fn follow(input: &Input<'_, '_>, var: &mut MockVar) {
    if var.name.is_empty() {
        return;
    }
    for node in &input.nodes.identifiers(&var.name).collect::<Vec<_>>() {
        if node.id() == var.decl || !input.doc.scope_chain(*node).contains(&var.scope) {
            continue;
        }
        let at = input.pos(*node);
        let Some(parent) = node.parent() else {
            continue;
        };
        let result = match parent.kind() {
            "selector_expression" => method_use(input, var, parent),
            "literal_element" => client_key(input, var, parent),
            _ => Err(format!(
                "`{}` is passed on here; what receives it must take the Flex mock, which a person checks",
                var.name
            )),
        };
        match result {
            Ok(edits) => var.edits.extend(edits),
            Err(why) => var.blockers.push((at, why)),
        }
    }
}

/// `m.EXPECT().X(...)...`, `m.On("X", ...)...`, `m.AssertExpectations(t)` and the
/// `m.Assert*(t, "X", ...)` assertions.
fn method_use(
    input: &Input<'_, '_>,
    var: &mut MockVar,
    sel: Node<'_>,
) -> Result<Vec<Edit>, String> {
    let doc = input.doc;
    let field = sel.child_by_field_name("field").map_or("", |f| doc.text(f));
    let call = sel.parent().filter(|c| c.kind() == "call_expression");
    let other = |m: &str| {
        format!(
            "`{}` also mocks `{m}`, which is not {}: the mock serves more than this operation, so a \
             person splits it",
            var.name, input.rule.title
        )
    };
    match (field, call) {
        ("EXPECT", Some(expect)) => {
            let outer = expect
                .parent()
                .filter(|p| p.kind() == "selector_expression")
                .ok_or_else(|| format!("`{}.EXPECT()` is used in a way not followed", var.name))?;
            let method = outer.child_by_field_name("field").ok_or("no method")?;
            let name = doc.text(method);
            let new = mock_method(input.names, name).ok_or_else(|| other(name))?;
            var.expects_rule = true;
            Ok(input.edit(method, new).into_iter().collect())
        }
        ("On", Some(on)) => {
            let lit = on
                .child_by_field_name("arguments")
                .and_then(|a| a.named_child(0))
                .filter(|a| a.kind() == "interpreted_string_literal")
                .ok_or_else(|| format!("`{}.On` names its method with no literal", var.name))?;
            let name = doc.text(lit).trim_matches('"').to_string();
            let new = mock_method(input.names, &name).ok_or_else(|| other(&name))?;
            var.expects_rule = true;
            Ok(input.edit(lit, format!("\"{new}\"")).into_iter().collect())
        }
        ("AssertExpectations", Some(_)) => Ok(Vec::new()),
        ("AssertCalled" | "AssertNotCalled" | "AssertNumberOfCalls", Some(c)) => {
            let lit = c
                .child_by_field_name("arguments")
                .and_then(|a| a.named_child(1))
                .filter(|a| a.kind() == "interpreted_string_literal")
                .ok_or_else(|| {
                    format!("`{}.{field}` names its method with no literal", var.name)
                })?;
            let name = doc.text(lit).trim_matches('"').to_string();
            let new = mock_method(input.names, &name).ok_or_else(|| other(&name))?;
            Ok(input.edit(lit, format!("\"{new}\"")).into_iter().collect())
        }
        _ => Err(format!(
            "`{}.{field}` is used here, which the migration does not follow",
            var.name
        )),
    }
}

/// `admin.APIClient{CloudBackupsApi: m}`: the key becomes the replacement's service.
fn client_key(input: &Input<'_, '_>, var: &MockVar, value: Node<'_>) -> Result<Vec<Edit>, String> {
    let doc = input.doc;
    let passed = || {
        format!(
            "`{}` is stored in a field here that the migration does not follow; a person moves it",
            var.name
        )
    };
    let keyed = value
        .parent()
        .filter(|k| k.kind() == "keyed_element")
        .ok_or_else(passed)?;
    let key = keyed.child_by_field_name("key").ok_or_else(passed)?;
    if keyed.child_by_field_name("value").map(|v| v.id()) != Some(value.id()) {
        return Err(passed());
    }
    let body = keyed.parent().ok_or_else(passed)?;
    let lit = body
        .parent()
        .filter(|l| l.kind() == "composite_literal")
        .ok_or_else(passed)?;
    let type_name = lit
        .child_by_field_name("type")
        .and_then(|t| qualified(doc, t, input.admin?))
        .map_or("", |(_, n)| doc.text(n));
    let key_text = doc.text(key).trim();
    // `admin.GetServerlessBackupApiRequest{ApiService: m}`: the type follows with the unit.
    let request = input
        .names
        .old_type(type_name)
        .is_some_and(|(_, kind, _)| kind == TypeKind::Request);
    if request && key_text == "ApiService" {
        return Ok(Vec::new());
    }
    let is_client = type_name == "APIClient";
    if !is_client || !input.is_old_service(key_text) {
        return Err(passed());
    }
    let mut c = body.walk();
    let taken = body.named_children(&mut c).any(|el| {
        el.child_by_field_name("key")
            .is_some_and(|k| doc.text(k).trim() == input.names.new_service)
    });
    if taken {
        return Err(format!(
            "this client already has a `{}`; a person decides which mock it keeps",
            input.names.new_service
        ));
    }
    let renamed = [(key.byte_range(), input.names.new_service.clone())];
    let mut edits: Vec<Edit> = input
        .edit(key, input.names.new_service.clone())
        .into_iter()
        .collect();
    edits.extend(super::align::realign(doc, body, &renamed));
    Ok(edits)
}

/// `mockadmin.<OldService>_<Method>_Call` (renamed when the method is the rule's) and the mock's
/// own type names (a helper that takes the mock: left for a person).
fn mock_types(input: &Input<'_, '_>, out: &mut MockUnit, any: &mut bool) {
    let doc = input.doc;
    for node in &input.nodes.of_kind(&["qualified_type"]) {
        let Some((_, name)) = qualified(doc, *node, input.mocks) else {
            continue;
        };
        let text = doc.text(name);
        let (service, rest) = text.split_once('_').unwrap_or((text, ""));
        if !input.is_old_service(service) {
            continue;
        }
        let at = input.pos(*node);
        let Some(method) = rest.strip_suffix("_Call") else {
            out.blockers.push((
                at,
                format!(
                    "`{}.{text}` names the mock's type (a helper or a declared variable), which the \
                     migration does not follow",
                    input.mocks
                ),
            ));
            continue;
        };
        let Some(new) = mock_method(input.names, method) else {
            continue;
        };
        *any = true;
        out.edits
            .extend(input.edit(name, format!("{}_{new}_Call", input.names.new_service)));
    }
}

/// The rule's SDK types named in the test file: request and params types, the response model
/// (only in composite literals, whose keys and status values follow the field map) and
/// `mock.AnythingOfType("admin.XApiRequest")` strings.
fn sdk_types(input: &Input<'_, '_>, out: &mut MockUnit) {
    let doc = input.doc;
    let Some(admin) = input.admin else {
        return;
    };
    let kinds = [
        "qualified_type",
        "selector_expression",
        "interpreted_string_literal",
    ];
    for node in &input.nodes.of_kind(&kinds) {
        match node.kind() {
            "qualified_type" | "selector_expression" => {
                let Some((_, name)) = qualified(doc, *node, admin) else {
                    continue;
                };
                let Some((new, kind, docs)) = input.names.old_type(doc.text(name)) else {
                    continue;
                };
                let at = input.pos(*node);
                if docs {
                    out.blockers
                        .push((at, format!("`{}` is no SDK type", doc.text(name))));
                    continue;
                }
                out.owned.extend(input.doc.range(*node));
                out.edits.extend(input.edit(name, new));
                let lit = node.parent().filter(|p| p.kind() == "composite_literal");
                if kind == TypeKind::Model {
                    match lit {
                        Some(lit) => model_literal(input, lit, out),
                        None => out.blockers.push((
                            at,
                            format!(
                                "`{admin}.{}` is declared here outside a literal; the values of that \
                                 type in this test are not followed",
                                doc.text(name)
                            ),
                        )),
                    }
                }
                if let (TypeKind::Params, Some(lit)) = (kind, lit) {
                    out.edits
                        .extend(super::align::renamed_keys(input.doc, lit, &|k: &str| {
                            input
                                .go
                                .param_renames
                                .iter()
                                .find(|r| r.old == k)
                                .map(|r| r.new.clone())
                        }));
                }
            }
            "interpreted_string_literal" => any_of_type(input, *node, out),
            _ => {}
        }
    }
}

/// `mock.AnythingOfType("admin.GetServerlessBackupApiRequest")`: the type's name as the SDK's
/// package prints it.
fn any_of_type(input: &Input<'_, '_>, lit: Node<'_>, out: &mut MockUnit) {
    let doc = input.doc;
    let call = lit
        .parent()
        .and_then(|a| a.parent())
        .filter(|c| c.kind() == "call_expression");
    let named = call
        .and_then(|c| c.child_by_field_name("function"))
        .and_then(|f| f.child_by_field_name("field"))
        .is_some_and(|f| doc.text(f) == "AnythingOfType");
    if !named {
        return;
    }
    let text = doc.text(lit).trim_matches('"');
    let (star, rest) = match text.strip_prefix('*') {
        Some(r) => ("*", r),
        None => ("", text),
    };
    let Some(name) = rest.strip_prefix("admin.") else {
        return;
    };
    if let Some((new, _, false)) = input.names.old_type(name) {
        out.edits
            .extend(input.edit(lit, format!("\"{star}admin.{new}\"")));
    }
}

/// `&admin.ServerlessBackupSnapshot{...}` a mock returns: keys follow the rule's field map, status
/// literals its values; a field the replacement lacks blocks the unit.
fn model_literal(input: &Input<'_, '_>, lit: Node<'_>, out: &mut MockUnit) {
    let doc = input.doc;
    let Some(body) = lit.child_by_field_name("body") else {
        return;
    };
    let mut c = body.walk();
    let mut renames: Vec<(String, String)> = Vec::new();
    for el in body
        .named_children(&mut c)
        .filter(|e| e.kind() != "comment")
    {
        let at = input.pos(el);
        let (Some(key), Some(value)) = (
            el.child_by_field_name("key"),
            el.child_by_field_name("value"),
        ) else {
            out.blockers.push((
                at,
                "a response literal without keys cannot be followed".into(),
            ));
            continue;
        };
        let k = doc.text(key).trim().to_string();
        let Some(f) = input.rule.fields.iter().find(|f| capitalize(&f.old) == k) else {
            out.blockers.push((
                at,
                format!("`{k}` is not in the field map of {}", input.rule.title),
            ));
            continue;
        };
        let new = f.new.as_deref().map(capitalize);
        match (f.mapping, new) {
            (Mapping::None, _) | (_, None) => out.blockers.push((
                at,
                format!(
                    "`{k}` has no equivalent in `{}`: the test's data needs a person",
                    input.names.new_model
                ),
            )),
            (Mapping::Values, Some(_)) => status_values(input, value, &k, out),
            (mapping, Some(new)) => {
                if mapping == Mapping::Approximate {
                    out.approximate.push(format!("`{k}` -> `{new}`"));
                }
                if new != k {
                    renames.push((k, new));
                }
            }
        }
    }
    out.edits
        .extend(super::align::renamed_keys(input.doc, lit, &|k: &str| {
            renames.iter().find(|(o, _)| o == k).map(|(_, n)| n.clone())
        }));
}

/// The status literal of a response literal (`admin.PtrString("completed")`): its new value.
fn status_values(input: &Input<'_, '_>, value: Node<'_>, key: &str, out: &mut MockUnit) {
    let doc = input.doc;
    let mut stack = vec![value];
    let mut found = false;
    while let Some(n) = stack.pop() {
        if n.kind() == "interpreted_string_literal" {
            let inner = doc.text(n).trim_matches('"');
            match input.rule.status_values.iter().find(|v| v.old == inner) {
                Some(v) => {
                    out.edits.extend(input.edit(n, format!("\"{}\"", v.new)));
                    found = true;
                }
                None if input.rule.status_values.iter().any(|v| v.new == inner) => found = true,
                None => {}
            }
            continue;
        }
        let mut c = n.walk();
        stack.extend(n.named_children(&mut c));
    }
    if !found {
        out.blockers.push((
            input.pos(value),
            format!(
                "`{key}` is set from a value the migration cannot map to the new status values"
            ),
        ));
    }
}

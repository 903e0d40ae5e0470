//! The SDK's mockery mocks (`<sdk>/vNNN/mockadmin`) of the retired method: `mockadmin.NewCloudBackupsApi(t)`
//! feeding `.EXPECT().GetServerlessBackup(...)`, `.On("GetServerlessBackup", ...)` and
//! `mockadmin.CloudBackupsApi_GetServerlessBackup_Call`. They are reported with the mock names of the
//! replacement: a test's mocks change with the code it tests, which a person migrates with them.

use tree_sitter::Node;

use super::parse::Doc;
use super::sdk::{Names, SdkImport};
use super::{Hit, Unit};
use crate::rules::{sdk_version, GoRule};

/// The `mockadmin` package a region imports: (name it is used under, SDK version import).
pub fn import(doc: &Doc, go: &GoRule) -> Option<(String, SdkImport)> {
    doc.import_specs().into_iter().find_map(|n| {
        let path = doc
            .text(n.child_by_field_name("path")?)
            .trim_matches(['"', '`']);
        let rest = path.strip_prefix(&go.sdk_module)?.strip_prefix('/')?;
        let major = rest.strip_suffix("/mockadmin")?;
        let alias = n
            .child_by_field_name("name")
            .map_or("mockadmin", |a| doc.text(a));
        Some((
            alias.to_string(),
            SdkImport {
                alias: String::new(),
                version: sdk_version(major)?,
                version_text: major.to_string(),
                path: None,
                from_module: None,
            },
        ))
    })
}

/// An old method as a mock names it (`GetServerlessBackup`, `...WithParams`, `...Execute`): the
/// mock name of the replacement.
fn mock_method(names: &Names, name: &str) -> Option<String> {
    let base = name
        .strip_suffix("Execute")
        .or_else(|| name.strip_suffix("WithParams"))
        .unwrap_or(name);
    names.old_method(base)?;
    Some(format!("{}{}", names.new_method, &name[base.len()..]))
}

/// The hits of one region's mocks of the retired method.
pub fn scan(doc: &Doc, nodes: &[Node<'_>], alias: &str, names: &Names, what: &str) -> Vec<Hit> {
    let mut hits = Vec::new();
    let mut push = |node: Node<'_>, old: &str, new: String| {
        let Some(span) = doc.range(node) else {
            return;
        };
        hits.push(Hit {
            span,
            message: format!(
                "`{old}` mocks {what}: mock `{new}` instead, together with the code the test covers"
            ),
            fix: None,
            notes: vec![format!(
                "Mocks of the replacement come from `{alias}.New{}(t)`; its expectations are `{}`, \
                 `{}Execute` and `On(\"{}\", ...)`. Change them with the code under test, which then holds \
                 the `{}` service.",
                names.new_service,
                names.new_method,
                names.new_method,
                names.new_method,
                names.new_service
            )],
            // A mock left for a person holds the types its test shares with it.
            unit: Unit::Call(super::calls::top_level_of(doc, node)),
        });
    };
    for node in nodes {
        match node.kind() {
            // `m.EXPECT().GetServerlessBackup(...)`
            "selector_expression" => {
                let (Some(operand), Some(field)) = (
                    node.child_by_field_name("operand"),
                    node.child_by_field_name("field"),
                ) else {
                    continue;
                };
                let expect = operand.kind() == "call_expression"
                    && operand
                        .child_by_field_name("function")
                        .and_then(|f| f.child_by_field_name("field"))
                        .is_some_and(|f| doc.text(f) == "EXPECT");
                let name = doc.text(field);
                if let (true, Some(new)) = (expect, mock_method(names, name)) {
                    push(field, name, format!("EXPECT().{new}"));
                }
            }
            // `m.On("GetServerlessBackup", ...)`
            "call_expression" => {
                let on = node
                    .child_by_field_name("function")
                    .and_then(|f| f.child_by_field_name("field"))
                    .is_some_and(|f| doc.text(f) == "On");
                let first = node
                    .child_by_field_name("arguments")
                    .and_then(|a| a.named_child(0))
                    .filter(|a| a.kind() == "interpreted_string_literal");
                let Some(lit) = first.filter(|_| on) else {
                    continue;
                };
                let name = doc.text(lit).trim_matches('"');
                if let Some(new) = mock_method(names, name) {
                    push(lit, &format!("On(\"{name}\")"), format!("On(\"{new}\")"));
                }
            }
            // `mockadmin.CloudBackupsApi_GetServerlessBackup_Call`
            "qualified_type" => {
                let Some(name) = super::sdk::qualified(doc, *node, alias).map(|(_, n)| doc.text(n))
                else {
                    continue;
                };
                let Some((service, rest)) = name.split_once('_') else {
                    continue;
                };
                let Some(method) = rest.strip_suffix("_Call") else {
                    continue;
                };
                if !names.old_services.iter().any(|s| s == service) {
                    continue;
                }
                if let Some(new) = mock_method(names, method) {
                    push(
                        *node,
                        &format!("{alias}.{name}"),
                        format!("{alias}.{}_{new}_Call", names.new_service),
                    );
                }
            }
            _ => {}
        }
    }
    hits
}

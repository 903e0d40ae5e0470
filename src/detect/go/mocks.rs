//! The SDK's mockery mocks (`<sdk>/vNNN/mockadmin`) of the retired method: `mockadmin.NewCloudBackupsApi(t)`
//! feeding `.EXPECT().GetServerlessBackup(...)`, `.On("GetServerlessBackup", ...)` and
//! `mockadmin.CloudBackupsApi_GetServerlessBackup_Call`. They are reported with the mock names of the
//! replacement; in a `_test.go` file the mocks form one unit ([`super::mock_unit`]) that is migrated
//! only together with the code the test covers ([`super::mock_plan`]), else left for a person.

use tree_sitter::Node;

use super::mock_unit::{self, mock_method, MockUnit};
use super::parse::Doc;
use super::sdk::{Names, SdkImport};
use super::{Hit, Unit};
use crate::fix::Applicability;
use crate::rules::{sdk_version, GoRule, Rule};

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

/// The mock unit of the rule in a parsed Go file that imports `mockadmin` (`None`: it mocks none
/// of the rule's method). A file whose `admin` import is another SDK version than its
/// `mockadmin` one is blocked.
pub fn file_unit(
    doc: &Doc,
    nodes: &super::nodes::Nodes<'_>,
    rule: &Rule,
    go: &GoRule,
) -> Option<MockUnit> {
    let (alias, mock_sdk) = import(doc, go)?;
    let names = Names::new(go, &mock_sdk)?;
    let sdk = super::sdk::imports(doc, go, false).sdk;
    let admin = sdk
        .as_ref()
        .filter(|s| s.version_text == mock_sdk.version_text)
        .map(|s| s.alias.clone());
    let input = mock_unit::Input {
        doc,
        nodes,
        mocks: &alias,
        admin: admin.as_deref(),
        names: &names,
        rule,
        go,
    };
    let mut unit = mock_unit::unit(&input)?;
    if let Some(other) = sdk.filter(|s| s.version_text != mock_sdk.version_text) {
        unit.blockers.push((
            other.path.map_or(0, |r| r.start),
            format!(
                "the file imports `admin` of {} and `mockadmin` of {}",
                other.version_text, mock_sdk.version_text
            ),
        ));
    }
    Some(unit)
}

/// How a mock unit ends: migrated (with the note that says with what) or left for a person (why).
pub type Decision = Result<String, String>;

/// Gives the unit's fix (or the reason it is withheld) to every hit of the unit: the mock hits,
/// and the SDK type hits whose names the unit rewrites.
pub fn settle(
    mock_hits: &mut [Hit],
    sdk_hits: &mut [Hit],
    unit: &MockUnit,
    decision: &Decision,
    names: &Names,
) {
    let owned = |h: &Hit| {
        unit.owned
            .iter()
            .any(|r| r.start <= h.span.start && h.span.end <= r.end)
    };
    let mut notes = Vec::new();
    let fix = match decision {
        Ok(with) => {
            notes.push(format!(
                "The mock moves to `{}` with every expectation of this operation, the SDK types it \
                 returns and the client it is put in, as one change; {with}",
                names.new_service
            ));
            if !unit.approximate.is_empty() {
                notes.push(format!(
                    "The response the mock returns maps fields without an exact equivalent ({}): check \
                     that the test still asserts what it meant to.",
                    unit.approximate.join(", ")
                ));
            }
            Some((
                Applicability::Unsafe,
                unit.edits.clone(),
                format!("mock `{}` with the code it tests", names.new_service),
            ))
        }
        Err(why) => {
            notes.push(format!(
                "Not migrated: {why}. The mock, its expectations and the code it tests change together \
                 or not at all (needs a person)."
            ));
            None
        }
    };
    for h in mock_hits
        .iter_mut()
        .chain(sdk_hits.iter_mut().filter(|h| owned(h)))
    {
        h.fix.clone_from(&fix);
        h.notes
            .retain(|n| !n.starts_with("Applied only with --unsafe-fixes"));
        h.notes.extend(notes.iter().cloned());
    }
}

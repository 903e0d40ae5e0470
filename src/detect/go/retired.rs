//! atlas-sdk-go calls of operations nothing replaces (`[go-retired]`): reported with the rule's
//! guidance, never fixed.

use tree_sitter::Node;

use super::parse::Doc;
use crate::rules::GoRetired;

/// The byte ranges of the method names of retired calls: `x.<Service>.<Method>[WithParams](...)`
/// in a region that imports the SDK, or in a file of a module that requires it (`module_sdk`).
pub fn calls(
    doc: &Doc,
    nodes: &[Node<'_>],
    go: &GoRetired,
    module_sdk: &dyn Fn() -> Option<bool>,
) -> Vec<std::ops::Range<usize>> {
    let imports_sdk = doc
        .import_specs()
        .iter()
        .filter_map(|n| n.child_by_field_name("path"))
        .any(|p| {
            doc.text(p)
                .trim_matches(['"', '`'])
                .starts_with(&format!("{}/", go.sdk_module))
        });
    if !imports_sdk && module_sdk() != Some(true) {
        return Vec::new();
    }
    nodes
        .iter()
        .filter(|n| n.kind() == "call_expression")
        .filter_map(|n| retired_method(doc, *n, go))
        .collect()
}

fn retired_method(doc: &Doc, call: Node<'_>, go: &GoRetired) -> Option<std::ops::Range<usize>> {
    let function = call.child_by_field_name("function")?;
    if function.kind() != "selector_expression" {
        return None;
    }
    let method = function.child_by_field_name("field")?;
    let name = doc.text(method);
    let base = name.strip_suffix("WithParams").unwrap_or(name);
    if !go.methods.iter().any(|m| m == base) {
        return None;
    }
    let service = function.child_by_field_name("operand")?;
    let service_name = match service.kind() {
        "selector_expression" => doc.text(service.child_by_field_name("field")?),
        _ => return None,
    };
    if !go.services.iter().any(|s| s == service_name) {
        return None;
    }
    doc.range(method)
}

//! The older `go.mongodb.org/atlas/mongodbatlas` client: its serverless snapshot methods are
//! reported with advice to move to atlas-sdk-go's Flex API; there is no mechanical fix.

use tree_sitter::Node;

use super::parse::Doc;
use super::{Context, Hit};
use crate::rules::{GoRule, Rule};

pub fn scan(
    ctx: &Context<'_>,
    doc: &Doc,
    rule: &Rule,
    go: &GoRule,
    nodes: &[Node<'_>],
    _alias: &str,
) -> Vec<Hit> {
    let Some(legacy) = &go.legacy_client else {
        return Vec::new();
    };
    let mut hits = Vec::new();
    for node in nodes.iter().filter(|n| n.kind() == "call_expression") {
        let Some(function) = node.child_by_field_name("function") else {
            continue;
        };
        if function.kind() != "selector_expression" {
            continue;
        }
        let Some(method) = function.child_by_field_name("field") else {
            continue;
        };
        let name = doc.text(method);
        if !legacy.methods.iter().any(|m| m == name) {
            continue;
        }
        let Some(span) = doc.range(method) else {
            continue;
        };
        hits.push(Hit {
            span,
            message: format!(
                "`{}.{name}` reads serverless snapshots ({}), which {}: the mongodbatlas client has no \
                 Flex snapshots, move to atlas-sdk-go",
                legacy.service,
                rule.title,
                rule.when(ctx.today)
            ),
            fix: None,
            notes: vec![legacy.advice.clone()],
            unit: super::Unit::Call(0..0),
        });
    }
    hits
}

//! Parses one Go region with tree-sitter-go and maps node positions back to the file: a Markdown
//! fence may lack `package` or a function around its statements, so it is parsed wrapped.

use std::ops::Range;

use tree_sitter::{Node, Parser, Tree};

/// A parsed region: the text tree-sitter saw (the region, maybe wrapped) and its tree.
pub struct Doc {
    pub src: String,
    pub tree: Tree,
    /// Bytes added before the region's text.
    prefix: usize,
    /// The region's start in the file.
    base: usize,
    /// The region's length.
    len: usize,
}

/// The wrappers tried, in order, for a fence without a `package` clause: top-level declarations,
/// then statements.
const WRAPS: &[(&str, &str)] = &[("package p\n", ""), ("package p\nfunc _() {\n", "\n}\n")];

impl Doc {
    /// Parses `text[range]`; `None` when it does not parse without errors (the file is skipped).
    pub fn parse(text: &str, range: Range<usize>, fence: bool) -> Option<Doc> {
        let body = text.get(range.clone())?;
        let mut parser = Parser::new();
        parser.set_language(&tree_sitter_go::LANGUAGE.into()).ok()?;
        let has_package = body
            .lines()
            .map(str::trim_start)
            .any(|l| l.starts_with("package "));
        let wraps: &[(&str, &str)] = if fence && !has_package {
            WRAPS
        } else {
            &[("", "")]
        };
        wraps.iter().find_map(|(before, after)| {
            let src = format!("{before}{body}{after}");
            let tree = parser.parse(&src, None)?;
            if tree.root_node().has_error() {
                return None;
            }
            Some(Doc {
                src,
                tree,
                prefix: before.len(),
                base: range.start,
                len: body.len(),
            })
        })
    }

    pub fn text(&self, node: Node<'_>) -> &str {
        self.src.get(node.byte_range()).unwrap_or("")
    }

    /// The node's byte range in the file; `None` for wrapper text.
    pub fn range(&self, node: Node<'_>) -> Option<Range<usize>> {
        self.map(node.byte_range())
    }

    /// A range of `src` as a range of the file; `None` outside the region.
    pub fn map(&self, r: Range<usize>) -> Option<Range<usize>> {
        if r.start < self.prefix || r.end > self.prefix + self.len || r.start > r.end {
            return None;
        }
        Some(r.start - self.prefix + self.base..r.end - self.prefix + self.base)
    }

    /// Every node of the tree, in document order.
    pub fn nodes(&self) -> Vec<Node<'_>> {
        let mut out = Vec::new();
        let mut cursor = self.tree.walk();
        loop {
            out.push(cursor.node());
            if cursor.goto_first_child() {
                continue;
            }
            loop {
                if cursor.goto_next_sibling() {
                    break;
                }
                if !cursor.goto_parent() {
                    return out;
                }
            }
        }
    }
}

/// The nearest enclosing function (declaration, method or literal), by node id; 0 at top level.
pub fn scope_chain(node: Node<'_>) -> Vec<usize> {
    let mut out = Vec::new();
    let mut cur = node.parent();
    while let Some(n) = cur {
        if matches!(
            n.kind(),
            "function_declaration" | "method_declaration" | "func_literal"
        ) {
            out.push(n.id());
        }
        cur = n.parent();
    }
    out.push(0);
    out
}

/// The innermost scope of `node` (see [`scope_chain`]).
pub fn scope(node: Node<'_>) -> usize {
    scope_chain(node).first().copied().unwrap_or(0)
}

/// The `i`-th named child of an `expression_list` (or the node itself when it is not a list).
pub fn list_item(list: Node<'_>, i: usize) -> Option<Node<'_>> {
    if list.kind() != "expression_list" {
        return (i == 0).then_some(list);
    }
    let mut c = list.walk();
    let item = list.named_children(&mut c).nth(i);
    item
}

/// Position of `node` in its parent `expression_list` (0 when the parent is not a list).
pub fn list_index(node: Node<'_>) -> Option<usize> {
    let parent = node.parent()?;
    if parent.kind() != "expression_list" {
        return Some(0);
    }
    let mut c = parent.walk();
    let idx = parent
        .named_children(&mut c)
        .position(|n| n.id() == node.id());
    idx
}

/// Skips parentheses around an expression.
pub fn unparen(mut node: Node<'_>) -> Node<'_> {
    while node.kind() == "parenthesized_expression" {
        let Some(inner) = node.named_child(0) else {
            break;
        };
        node = inner;
    }
    node
}

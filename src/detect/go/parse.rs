//! Parses one Go region with tree-sitter-go and maps node positions back to the file: a Markdown
//! fence may lack `package` or a function around its statements, so it is parsed wrapped. A region
//! with syntax errors is still parsed: the broken subtrees are kept as [`Doc::errors`], so detection
//! goes on around them and fixes that touch them are withheld.

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
    /// File ranges of the syntax tree-sitter could not read (`ERROR` subtrees and `MISSING`
    /// tokens), in document order; empty when the region parsed cleanly.
    pub errors: Vec<Range<usize>>,
    /// For each of [`Doc::errors`], the statement or declaration around it: what is read there may
    /// be incomplete (a literal's key lost in the error), so no fix edits it.
    scopes: Vec<Range<usize>>,
    /// The functions of the tree, listed on first use (see [`Doc::scope_chain`]).
    functions: std::cell::OnceCell<Vec<Function>>,
    /// The `src` ranges of the root's children, listed on first use (see [`Doc::top_level`]).
    tops: std::cell::OnceCell<Vec<Range<usize>>>,
}

/// A function declaration, method or literal: its `src` range, node id and the function around it
/// (an index into the same list).
struct Function {
    range: Range<usize>,
    id: usize,
    outer: Option<usize>,
}

/// The node kinds that open a scope.
const FUNCTION_KINDS: [&str; 3] = ["function_declaration", "method_declaration", "func_literal"];

/// The wrappers tried, in order, for a fence without a `package` clause: top-level declarations,
/// then statements.
const WRAPS: &[(&str, &str)] = &[("package p\n", ""), ("package p\nfunc _() {\n", "\n}\n")];

impl Doc {
    /// Parses `text[range]`, errors and all (see [`Doc::errors`]). A fence is tried in each wrapper
    /// and the first that parses cleanly wins, else the one with the fewest errors. `None` only when
    /// the range is not in `text`.
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
        let mut best: Option<Doc> = None;
        for (before, after) in wraps {
            let src = format!("{before}{body}{after}");
            let Some(tree) = parser.parse(&src, None) else {
                continue;
            };
            let mut doc = Doc {
                src,
                tree,
                prefix: before.len(),
                base: range.start,
                len: body.len(),
                errors: Vec::new(),
                scopes: Vec::new(),
                functions: std::cell::OnceCell::new(),
                tops: std::cell::OnceCell::new(),
            };
            (doc.errors, doc.scopes) = doc.error_ranges();
            if doc.errors.is_empty() {
                return Some(doc);
            }
            match &best {
                Some(b) if b.errors.len() <= doc.errors.len() => {}
                _ => best = Some(doc),
            }
        }
        best
    }

    /// The file ranges of the `ERROR` subtrees and `MISSING` tokens, and of the statement or
    /// declaration around each (clamped to the region when they lie in wrapper text).
    fn error_ranges(&self) -> (Vec<Range<usize>>, Vec<Range<usize>>) {
        let root = self.tree.root_node();
        if !root.has_error() {
            return (Vec::new(), Vec::new());
        }
        let (lo, hi) = (self.base, self.base + self.len);
        let to_file = |r: Range<usize>| {
            let start = r.start.saturating_sub(self.prefix) + self.base;
            let end = r.end.saturating_sub(self.prefix) + self.base;
            start.clamp(lo, hi)..end.clamp(lo, hi)
        };
        let (mut out, mut scopes) = (Vec::new(), Vec::new());
        let mut cursor = self.tree.walk();
        loop {
            let node = cursor.node();
            let broken = node.is_error() || node.is_missing();
            if broken {
                out.push(to_file(node.byte_range()));
                scopes.push(to_file(enclosing_statement(node).byte_range()));
            }
            // Only subtrees that hold an error are entered; an error's own subtree is one range.
            if !broken && node.has_error() && cursor.goto_first_child() {
                continue;
            }
            loop {
                if cursor.goto_next_sibling() {
                    break;
                }
                if !cursor.goto_parent() {
                    return (out, scopes);
                }
            }
        }
    }

    /// The first range of syntax the parser could not read whose statement the file range `r`
    /// touches (overlaps or borders).
    pub fn error_touching(&self, r: &Range<usize>) -> Option<&Range<usize>> {
        self.scopes
            .iter()
            .position(|e| r.start <= e.end && e.start <= r.end)
            .and_then(|i| self.errors.get(i))
    }

    /// Whether the file range `r` lies inside an `ERROR` subtree (what is read there is a guess).
    pub fn inside_error(&self, r: &Range<usize>) -> bool {
        self.errors
            .iter()
            .any(|e| e.start < e.end && e.start <= r.start && r.end <= e.end)
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

    /// The `import_spec` nodes, in document order, without walking the whole tree: in a clean
    /// tree they sit under the top-level import declarations; where the tree has errors, every
    /// subtree holding one is searched too (a fence's imports may end up inside one).
    pub fn import_specs(&self) -> Vec<Node<'_>> {
        let root = self.tree.root_node();
        let mut out = Vec::new();
        let mut cursor = root.walk();
        for top in root.children(&mut cursor) {
            if top.kind() == "import_declaration" || top.has_error() {
                collect_kind(top, "import_spec", &mut out);
            }
        }
        out
    }

    /// The enclosing functions of `node`, innermost first, by node id, then 0 for the top level:
    /// from the functions' ranges, listed once, so a lookup costs the nesting depth (tree-sitter's
    /// `parent` walks down from the root at every step).
    pub fn scope_chain(&self, node: Node<'_>) -> Vec<usize> {
        let functions = self.functions.get_or_init(|| self.list_functions());
        let range = node.byte_range();
        let contains = |f: &Function| {
            f.id != node.id() && f.range.start <= range.start && range.end <= f.range.end
        };
        // The last function starting at or before the node: every function around the node is it
        // or one of its outer functions (ranges nest).
        let mut at = functions
            .partition_point(|f| f.range.start <= range.start)
            .checked_sub(1);
        let mut out = Vec::new();
        while let Some(i) = at {
            let f = &functions[i];
            if contains(f) {
                out.push(f.id);
            }
            at = f.outer;
        }
        out.push(0);
        out
    }

    /// The `src` range of the root's child that holds `node` (the root's for the root): found
    /// among the root's children, listed once, by range, as `parent` walks down from the root at
    /// every step. Children's ranges only touch, so a non-empty node lies in one only: its own.
    pub fn top_level(&self, node: Node<'_>) -> Range<usize> {
        let root = self.tree.root_node();
        let tops = self.tops.get_or_init(|| {
            let mut cursor = root.walk();
            root.children(&mut cursor).map(|c| c.byte_range()).collect()
        });
        let range = node.byte_range();
        if node.id() == root.id() {
            return range;
        }
        if range.start < range.end {
            let at = tops.partition_point(|r| r.start <= range.start);
            if let Some(top) = at.checked_sub(1).map(|i| &tops[i]) {
                if range.end <= top.end {
                    return top.clone();
                }
            }
        }
        // A zero-width node (a `MISSING` token) where two children meet.
        top_level_by_walk(node)
    }

    /// The innermost scope of `node` (see [`Doc::scope_chain`]).
    pub fn scope(&self, node: Node<'_>) -> usize {
        self.scope_chain(node).first().copied().unwrap_or(0)
    }

    /// The functions of the tree in document order, each with the function around it.
    fn list_functions(&self) -> Vec<Function> {
        let mut out: Vec<Function> = Vec::new();
        let mut open: Vec<usize> = Vec::new();
        self.each_node(|node| {
            if !FUNCTION_KINDS.contains(&node.kind()) {
                return;
            }
            let range = node.byte_range();
            while let Some(&top) = open.last() {
                let f = &out[top];
                if f.range.start <= range.start && range.end <= f.range.end {
                    break;
                }
                open.pop();
            }
            open.push(out.len());
            out.push(Function {
                range,
                id: node.id(),
                outer: open.iter().rev().nth(1).copied(),
            });
        });
        out
    }

    /// Every node of the tree, in document order.
    pub fn nodes(&self) -> Vec<Node<'_>> {
        let mut out = Vec::new();
        self.each_node(|n| out.push(n));
        out
    }

    /// Calls `f` on every node of the tree, in document order.
    fn each_node<'t>(&'t self, mut f: impl FnMut(Node<'t>)) {
        let mut cursor = self.tree.walk();
        loop {
            f(cursor.node());
            if cursor.goto_first_child() {
                continue;
            }
            loop {
                if cursor.goto_next_sibling() {
                    break;
                }
                if !cursor.goto_parent() {
                    return;
                }
            }
        }
    }
}

/// The range of the root's child that holds `node`, walking up its parents (each step a walk down
/// from the root in tree-sitter).
fn top_level_by_walk(node: Node<'_>) -> Range<usize> {
    let mut cur = node;
    while let Some(p) = cur.parent() {
        if p.parent().is_none() {
            break;
        }
        cur = p;
    }
    cur.byte_range()
}

/// The nodes of kind `kind` in the subtree of `node`, in document order.
fn collect_kind<'t>(node: Node<'t>, kind: &str, out: &mut Vec<Node<'t>>) {
    let mut cursor = node.walk();
    loop {
        let n = cursor.node();
        if n.kind() == kind {
            out.push(n);
        }
        if cursor.goto_first_child() {
            continue;
        }
        loop {
            if cursor.node() == node {
                return;
            }
            if cursor.goto_next_sibling() {
                break;
            }
            if !cursor.goto_parent() {
                return;
            }
        }
    }
}

/// The statement or declaration around `node` (the root when there is none).
fn enclosing_statement(node: Node<'_>) -> Node<'_> {
    let mut cur = node;
    while let Some(parent) = cur.parent() {
        let kind = parent.kind();
        if kind.ends_with("_statement") || kind.ends_with("_declaration") {
            return parent;
        }
        cur = parent;
    }
    cur
}

/// Whether applying `edits` to the Go `text` keeps its tokens: each edit lies inside one closed
/// string literal with no backslash before the edit's end (no escape sequence is cut), and neither
/// the replaced text nor the new one holds a quote, a backslash, a line break or a NUL. The fixed
/// text then parses exactly when `text` does, so no parse is needed to know the fix broke nothing.
pub fn edits_keep_tokens(text: &str, edits: &[crate::fix::Edit]) -> bool {
    let plain = |s: &str| {
        !s.bytes()
            .any(|b| matches!(b, b'"' | b'`' | b'\\' | b'\'' | b'\n' | b'\r' | 0))
            && !s.contains('\u{feff}')
    };
    let strings = crate::detect::comments::string_ranges(text, crate::language::Language::Go);
    edits.iter().all(|e| {
        let Some(old) = text.get(e.range.clone()) else {
            return false;
        };
        let at = strings.partition_point(|s| s.end <= e.range.start);
        let Some(lit) = strings.get(at) else {
            return false;
        };
        let inside = lit.start < e.range.start && e.range.end < lit.end;
        inside
            && !text.as_bytes()[lit.start + 1..e.range.end].contains(&b'\\')
            && plain(old)
            && plain(&e.content)
    })
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fix::Edit;

    /// The edit replacing the first `old` of `text` with `new`.
    fn edit(text: &str, old: &str, new: &str) -> Edit {
        let at = text.find(old).unwrap();
        Edit::replace(at..at + old.len(), new)
    }

    fn parses(text: &str) -> bool {
        Doc::parse(text, 0..text.len(), false).is_some_and(|d| d.errors.is_empty())
    }

    #[test]
    fn edits_inside_string_literals_keep_the_tokens_and_the_parse() {
        let src = "package p\n\n// see \"docs\n\
                   var u = \"/groups/x/serverless/c\" + `/serverless/raw`\nvar b = 'x'\n";
        for e in [
            edit(src, "serverless/c", "flexClusters/c"),
            edit(src, "serverless/raw", "flexClusters/raw"),
        ] {
            assert!(edits_keep_tokens(src, std::slice::from_ref(&e)), "{e:?}");
            let fixed = crate::fix::apply(src, std::slice::from_ref(&e));
            assert_eq!(parses(&fixed), parses(src));
        }
    }

    #[test]
    fn edits_that_may_change_the_tokens_are_not_taken_on_trust() {
        let cases = [
            // Code, not a string.
            (
                "package p\nvar serverless = 1\n",
                "serverless",
                "flexClusters",
            ),
            // In a comment.
            ("package p\n// \"serverless\"\n", "serverless", "x"),
            // A quote, a backslash or a line break written into the literal.
            ("package p\nvar u = \"serverless\"\n", "serverless", "a\"b"),
            ("package p\nvar u = \"serverless\"\n", "serverless", "a\\b"),
            ("package p\nvar u = \"serverless\"\n", "serverless", "a\nb"),
            // An escape sequence before the edit may be cut by it.
            (
                "package p\nvar u = \"\\x41serverless\"\n",
                "1serverless",
                "G",
            ),
            // Across two literals.
            ("package p\nvar u = \"a\" + \"b\"\n", "a\" + \"b", "ab"),
            // A literal left open.
            ("package p\nvar u = \"serverless\n", "serverless", "x"),
        ];
        for (src, old, new) in cases {
            assert!(!edits_keep_tokens(src, &[edit(src, old, new)]), "{src:?}");
        }
    }

    #[test]
    fn the_top_level_of_every_node_is_the_one_a_walk_up_the_parents_finds() {
        for src in [
            "package p\n\n// c\nfunc f() { g(func() { h() }) }\ntype T struct{ A int }\nvar v = T{A: 1}\n",
            "package p\nfunc f() { a := 1; if a { g(a, ) }\nvar x = [\nfunc h() { h() }\n",
        ] {
            let doc = Doc::parse(src, 0..src.len(), false).unwrap();
            for node in doc.nodes() {
                assert_eq!(doc.top_level(node), top_level_by_walk(node), "{} in {src:?}", node.kind());
            }
        }
    }
}

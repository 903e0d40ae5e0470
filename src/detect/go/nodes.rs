//! The nodes of one parsed region, listed once and indexed by kind and by identifier text: every
//! rule that reads the region shares them, so no rule walks the whole tree again.

use std::cell::OnceCell;
use std::collections::HashMap;

use tree_sitter::Node;

use super::parse::Doc;

pub struct Nodes<'t> {
    doc: &'t Doc,
    all: Vec<Node<'t>>,
    /// The indexes in `all` of each kind's nodes.
    by_kind: HashMap<&'static str, Vec<usize>>,
    /// The indexes in `all` of the `identifier` nodes, by their text, built on first use (owned
    /// keys: a borrowed one inside the cell would tie every user of `Nodes` to one lifetime).
    identifiers: OnceCell<HashMap<String, Vec<usize>>>,
}

impl<'t> Nodes<'t> {
    pub fn new(doc: &'t Doc) -> Nodes<'t> {
        let all = doc.nodes();
        let mut by_kind: HashMap<&'static str, Vec<usize>> = HashMap::new();
        for (i, n) in all.iter().enumerate() {
            by_kind.entry(n.kind()).or_default().push(i);
        }
        Nodes {
            doc,
            all,
            by_kind,
            identifiers: OnceCell::new(),
        }
    }

    /// The nodes of one of `kinds`, in document order.
    pub fn of_kind(&self, kinds: &[&str]) -> Vec<Node<'t>> {
        let mut found: Vec<usize> = kinds
            .iter()
            .filter_map(|k| self.by_kind.get(k))
            .flatten()
            .copied()
            .collect();
        if kinds.len() > 1 {
            found.sort_unstable();
        }
        found.into_iter().map(|i| self.all[i]).collect()
    }

    /// The identifiers spelled `name`, in document order.
    pub fn identifiers(&self, name: &str) -> impl Iterator<Item = Node<'t>> + '_ {
        self.identifiers
            .get_or_init(|| {
                let mut by_name: HashMap<String, Vec<usize>> = HashMap::new();
                for &i in self.by_kind.get("identifier").into_iter().flatten() {
                    let name = self.doc.text(self.all[i]).to_string();
                    by_name.entry(name).or_default().push(i);
                }
                by_name
            })
            .get(name)
            .into_iter()
            .flatten()
            .map(|&i| self.all[i])
    }
}

impl<'t> std::ops::Deref for Nodes<'t> {
    type Target = [Node<'t>];

    fn deref(&self) -> &[Node<'t>] {
        &self.all
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_and_identifiers_are_found_in_document_order() {
        let src = "package p\nfunc f() { a := 1; b := a; g(a, b) }\n";
        let doc = Doc::parse(src, 0..src.len(), false).unwrap();
        let nodes = Nodes::new(&doc);
        let starts = |v: Vec<Node<'_>>| v.iter().map(|n| n.start_byte()).collect::<Vec<_>>();
        let a_uses: Vec<usize> = nodes.identifiers("a").map(|n| n.start_byte()).collect();
        assert_eq!(a_uses, [21, 34, 39]);
        let mixed = nodes.of_kind(&["call_expression", "short_var_declaration"]);
        assert_eq!(starts(mixed), [21, 29, 37]);
        assert_eq!(nodes.len(), doc.nodes().len());
    }
}

//! The nodes of one parsed region, listed once and indexed by kind and by identifier text: every
//! rule that reads the region shares them, so no rule walks the whole tree again.

use std::cell::OnceCell;
use std::collections::HashMap;
use std::sync::OnceLock;

use tree_sitter::Node;

use super::parse::Doc;

pub struct Nodes<'t> {
    doc: &'t Doc,
    all: Vec<Node<'t>>,
    /// The indexes in `all` grouped by kind id (each group in document order): the group of kind
    /// id `k` is `by_kind[starts[k]..starts[k + 1]]`. A counting sort of small integers, where a
    /// map keyed by kind names hashed a string per node.
    by_kind: Vec<u32>,
    starts: Vec<u32>,
    /// The indexes in `all` of the `identifier` nodes, by their text, built on first use (owned
    /// keys: a borrowed one inside the cell would tie every user of `Nodes` to one lifetime).
    identifiers: OnceCell<HashMap<String, Vec<usize>>>,
}

impl<'t> Nodes<'t> {
    pub fn new(doc: &'t Doc) -> Nodes<'t> {
        let all = doc.nodes();
        // Kinds past the grammar's (the `ERROR` symbol, `u16::MAX`) share one last slot.
        let last = kinds().1;
        let kinds: Vec<usize> = all
            .iter()
            .map(|n| usize::from(n.kind_id()).min(last))
            .collect();
        let mut starts = vec![0u32; last + 2];
        for &k in &kinds {
            starts[k + 1] += 1;
        }
        for k in 0..=last {
            starts[k + 1] += starts[k];
        }
        let mut next = starts.clone();
        let mut by_kind = vec![0u32; all.len()];
        for (i, &k) in kinds.iter().enumerate() {
            let slot = &mut next[k];
            by_kind[*slot as usize] = i as u32;
            *slot += 1;
        }
        Nodes {
            doc,
            all,
            by_kind,
            starts,
            identifiers: OnceCell::new(),
        }
    }

    /// The indexes in `all` of the nodes of kind id `k`, in document order.
    fn group(&self, k: u16) -> &[u32] {
        let k = usize::from(k);
        match (self.starts.get(k), self.starts.get(k + 1)) {
            (Some(&a), Some(&b)) => &self.by_kind[a as usize..b as usize],
            _ => &[],
        }
    }

    /// The indexes in `all` of the nodes of one of `kinds` (a name may stand for several kind
    /// ids), in document order.
    fn indexes(&self, kinds: &[&str]) -> Vec<usize> {
        let groups: Vec<&[u32]> = kinds
            .iter()
            .flat_map(|k| kind_ids(k))
            .map(|&k| self.group(k))
            .filter(|g| !g.is_empty())
            .collect();
        let mut found: Vec<usize> = groups
            .iter()
            .flat_map(|g| g.iter().map(|&i| i as usize))
            .collect();
        if groups.len() > 1 {
            found.sort_unstable();
        }
        found
    }

    /// The nodes of one of `kinds`, in document order.
    pub fn of_kind(&self, kinds: &[&str]) -> Vec<Node<'t>> {
        self.indexes(kinds)
            .into_iter()
            .map(|i| self.all[i])
            .collect()
    }

    /// The identifiers spelled `name`, in document order.
    pub fn identifiers(&self, name: &str) -> impl Iterator<Item = Node<'t>> + '_ {
        self.identifiers
            .get_or_init(|| {
                let mut by_name: HashMap<String, Vec<usize>> = HashMap::new();
                for i in self.indexes(&["identifier"]) {
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

/// The kind ids of tree-sitter-go by name (a symbol and the aliases spelled the same), and the
/// number of kinds; listed once per run.
fn kinds() -> &'static (HashMap<&'static str, Vec<u16>>, usize) {
    static KINDS: OnceLock<(HashMap<&'static str, Vec<u16>>, usize)> = OnceLock::new();
    KINDS.get_or_init(|| {
        let language: tree_sitter::Language = tree_sitter_go::LANGUAGE.into();
        let count = language.node_kind_count().min(usize::from(u16::MAX));
        let mut ids: HashMap<&'static str, Vec<u16>> = HashMap::new();
        for id in 0..count as u16 {
            if let Some(name) = language.node_kind_for_id(id) {
                ids.entry(name).or_default().push(id);
            }
        }
        (ids, count)
    })
}

/// The kind ids named `kind`.
fn kind_ids(kind: &str) -> &'static [u16] {
    kinds().0.get(kind).map_or(&[], Vec::as_slice)
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

    #[test]
    fn every_kind_lists_the_same_nodes_as_a_filter_by_name_also_with_syntax_errors() {
        let src = "package p\nfunc f() { a := 1; if a { g(a, ) }\nvar x = [\nfunc h() { h() }\n";
        let doc = Doc::parse(src, 0..src.len(), false).unwrap();
        assert!(!doc.errors.is_empty());
        let nodes = Nodes::new(&doc);
        let mut names: Vec<&str> = nodes.iter().map(|n| n.kind()).collect();
        names.sort_unstable();
        names.dedup();
        for name in names.iter().filter(|n| **n != "ERROR") {
            let by_index: Vec<usize> = nodes.of_kind(&[name]).iter().map(|n| n.id()).collect();
            let by_name: Vec<usize> = nodes
                .iter()
                .filter(|n| n.kind() == *name)
                .map(|n| n.id())
                .collect();
            assert_eq!(by_index, by_name, "kind {name}");
        }
    }
}

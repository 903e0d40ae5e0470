//! The `use` items of a file with generated-client names: which names they import, and the edits
//! that import the Flex names instead (rename in place, or drop the old name and add a `use` line).

use std::collections::{BTreeMap, HashSet};
use std::ops::Range;

use super::{lookup, new_name, Site};
use crate::detect::rust::facts::{Facts, Seg};
use crate::fix::Edit;
use crate::rules::RustClient;

/// One imported name of a `use` item, with the path before it.
pub(super) struct Leaf {
    item: Range<usize>,
    indent: String,
    prefix: Vec<Seg>,
    pub(super) kind: LeafKind,
    range: Range<usize>,
    /// One of several names in a `{...}` group (else the whole `use` item).
    grouped: bool,
}

pub(super) enum LeafKind {
    Name(Seg),
    Rename(Seg, String),
    Glob,
}

impl Leaf {
    pub(super) fn name(&self) -> Option<&Seg> {
        match &self.kind {
            LeafKind::Name(s) | LeafKind::Rename(s, _) => Some(s),
            LeafKind::Glob => None,
        }
    }

    pub(super) fn under(&self, module: &str) -> Option<&Seg> {
        self.prefix.last().filter(|s| s.name == module)
    }

    /// `a::b::name`, for a plain imported name.
    pub(super) fn full_path(&self) -> Option<String> {
        let LeafKind::Name(seg) = &self.kind else {
            return None;
        };
        Some(path_text(&self.prefix, &seg.name))
    }
}

pub(super) fn path_text(segs: &[Seg], last: &str) -> String {
    let mut parts: Vec<&str> = segs.iter().map(|s| s.name.as_str()).collect();
    parts.push(last);
    parts.join("::")
}

/// What every `use` item's edits depend on.
pub(super) struct UseCtx {
    pub(super) target: usize,
    /// The old module is used for something that stays there.
    pub(super) other_module_use: bool,
    /// Some retired name is written with the module (`cloud_backups_api::get_...`).
    pub(super) qualified: bool,
    /// New names written without the module, to import when the old one came from a glob.
    pub(super) unqualified: Vec<String>,
    /// Every plainly imported path: nothing is imported twice.
    pub(super) imported: HashSet<String>,
}

/// The edits for one imported name.
#[allow(clippy::too_many_arguments)]
pub(super) fn use_edits(
    facts: &Facts<'_>,
    client: &RustClient,
    leaf: &Leaf,
    leaves: &[Leaf],
    u: &UseCtx,
    sites: &mut Vec<Site>,
    edits: &mut Vec<Edit>,
    inserts: &mut BTreeMap<usize, (String, Vec<String>)>,
) {
    let old_mod = client.old_module.as_str();
    let new_mod = client.new_module.as_str();
    let prefix_text = path_text;
    let mut insert = |leaf: &Leaf, path: String| {
        if u.imported.contains(&path) {
            return;
        }
        let line = format!("use {path};");
        inserts
            .entry(leaf.item.end)
            .or_insert_with(|| (leaf.indent.clone(), Vec::new()))
            .1
            .push(line);
    };
    // A model imported by name.
    if let Some(seg) = leaf.name() {
        if let Some(m) = client.models.iter().find(|m| m.old == seg.name) {
            if !facts.defined.contains(&m.old) {
                sites.push(Site {
                    span: seg.range.clone(),
                    what: m.old.clone(),
                });
                edits.push(Edit::replace(seg.range.clone(), m.new.clone()));
            }
            return;
        }
    }
    // The module itself: `use apis::cloud_backups_api;`.
    if let Some(seg) = leaf.name().filter(|s| s.name == old_mod) {
        if !u.qualified {
            return;
        }
        let new_path = prefix_text(&leaf.prefix, new_mod);
        if u.other_module_use {
            insert(leaf, new_path);
            return;
        }
        sites.push(Site {
            span: seg.range.clone(),
            what: seg.name.clone(),
        });
        if u.imported.contains(&new_path) {
            // Renaming would import the new module twice: drop the old import instead.
            edits.push(Edit::replace(drop_leaf(facts.text, leaf), ""));
        } else {
            edits.push(Edit::replace(seg.range.clone(), new_mod));
        }
        return;
    }
    let Some(module) = leaf.under(old_mod) else {
        return;
    };
    let parent = &leaf.prefix[..leaf.prefix.len() - 1];
    if let LeafKind::Glob = leaf.kind {
        for name in &u.unqualified {
            insert(leaf, prefix_text(parent, &format!("{new_mod}::{name}")));
        }
        return;
    }
    let Some(seg) = leaf.name() else {
        return;
    };
    if seg.name == "self" {
        if !u.qualified {
            return;
        }
        if u.other_module_use {
            insert(leaf, prefix_text(parent, new_mod));
        } else {
            edits.push(Edit::replace(module.range.clone(), new_mod));
        }
        return;
    }
    let Some(name) = lookup(client, &seg.name) else {
        return;
    };
    let new = new_name(client, name, u.target);
    sites.push(Site {
        span: seg.range.clone(),
        what: seg.name.clone(),
    });
    let siblings_retired = leaves
        .iter()
        .filter(|l| l.prefix.iter().any(|s| s.range == module.range))
        .all(|l| match l.name() {
            Some(s) if s.name == "self" => !u.other_module_use,
            Some(s) => lookup(client, &s.name).is_some(),
            None => false,
        });
    if siblings_retired {
        edits.push(Edit::replace(module.range.clone(), new_mod));
        edits.push(Edit::replace(seg.range.clone(), new));
        return;
    }
    let alias = match &leaf.kind {
        LeafKind::Rename(_, a) => format!(" as {a}"),
        _ => String::new(),
    };
    edits.push(Edit::replace(removal(facts.text, &leaf.range), ""));
    insert(
        leaf,
        format!(
            "{}{alias}",
            prefix_text(parent, &format!("{new_mod}::{new}"))
        ),
    );
}

/// The range that removes one imported name: from its group, or the whole `use` line.
fn drop_leaf(text: &str, leaf: &Leaf) -> Range<usize> {
    if leaf.grouped {
        return removal(text, &leaf.range);
    }
    let bytes = text.as_bytes();
    let mut start = leaf.item.start;
    while start > 0 && matches!(bytes.get(start - 1), Some(b' ' | b'\t')) {
        start -= 1;
    }
    let mut end = leaf.item.end;
    if bytes.get(end) == Some(&b'\r') {
        end += 1;
    }
    if bytes.get(end) == Some(&b'\n') {
        end += 1;
    }
    start..end
}

/// The range to delete to remove one name from a `{a, b}` group, with its comma.
fn removal(text: &str, leaf: &Range<usize>) -> Range<usize> {
    let bytes = text.as_bytes();
    let mut end = leaf.end;
    while bytes.get(end).is_some_and(|b| b.is_ascii_whitespace()) {
        end += 1;
    }
    if bytes.get(end) == Some(&b',') {
        end += 1;
        while bytes.get(end).is_some_and(|b| b.is_ascii_whitespace()) {
            end += 1;
        }
        return leaf.start..end;
    }
    let mut start = leaf.start;
    while start > 0
        && bytes
            .get(start - 1)
            .is_some_and(|b| b.is_ascii_whitespace())
    {
        start -= 1;
    }
    if start > 0 && bytes.get(start - 1) == Some(&b',') {
        return start - 1..leaf.end;
    }
    leaf.clone()
}

/// Every imported name of every `use` item.
pub(super) fn leaves(facts: &Facts<'_>) -> Vec<Leaf> {
    let mut out = Vec::new();
    for item in &facts.uses {
        let Some(range) = facts.range_of(*item) else {
            continue;
        };
        let line_start = facts.text[..range.start].rfind('\n').map_or(0, |i| i + 1);
        let indent: String = facts.text[line_start..range.start]
            .chars()
            .take_while(|c| c.is_whitespace())
            .collect();
        flatten(
            facts,
            &item.tree,
            &mut Vec::new(),
            (&range, &indent, false),
            &mut out,
        );
    }
    out
}

fn flatten(
    facts: &Facts<'_>,
    tree: &syn::UseTree,
    prefix: &mut Vec<Seg>,
    (item, indent, grouped): (&Range<usize>, &str, bool),
    out: &mut Vec<Leaf>,
) {
    let seg = |ident: &syn::Ident| {
        facts.range_of(ident).map(|range| Seg {
            name: ident.to_string(),
            range,
        })
    };
    let Some(range) = facts.range_of(tree) else {
        return;
    };
    let leaf = |kind| Leaf {
        item: item.clone(),
        indent: indent.to_string(),
        prefix: prefix.clone(),
        kind,
        range: range.clone(),
        grouped,
    };
    match tree {
        syn::UseTree::Path(p) => {
            let Some(s) = seg(&p.ident) else {
                return;
            };
            prefix.push(s);
            flatten(facts, &p.tree, prefix, (item, indent, grouped), out);
            prefix.pop();
        }
        syn::UseTree::Name(n) => {
            if let Some(s) = seg(&n.ident) {
                out.push(leaf(LeafKind::Name(s)));
            }
        }
        syn::UseTree::Rename(r) => {
            if let Some(s) = seg(&r.ident) {
                out.push(leaf(LeafKind::Rename(s, r.rename.to_string())));
            }
        }
        syn::UseTree::Glob(_) => out.push(leaf(LeafKind::Glob)),
        syn::UseTree::Group(g) => {
            for t in &g.items {
                flatten(facts, t, prefix, (item, indent, true), out);
            }
        }
    }
}

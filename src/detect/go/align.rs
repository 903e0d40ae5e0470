//! Re-aligns the `Key: value` pairs of a multi-line composite literal after a key is renamed, the
//! way gofmt pads them, so that renaming `ClusterName:` to `Name:` leaves a gofmt-clean file.

use std::ops::Range;

use tree_sitter::Node;

use super::parse::Doc;
use crate::fix::Edit;

/// One `Key: value` element of the literal, in `src` coordinates.
struct Pair {
    key_line: usize,
    single_line: bool,
    /// Starts its line and has its value on the same line: gofmt aligns it with its neighbours.
    alignable: bool,
    key_len: usize,
    renamed: bool,
    /// The blanks between `:` and the value.
    gap: Range<usize>,
}

/// Renames a composite literal's keys (`rename` gives a key's new name, if any) and re-aligns the
/// literal the way gofmt wants it.
pub fn renamed_keys(
    doc: &Doc,
    lit: Node<'_>,
    rename: &dyn Fn(&str) -> Option<String>,
) -> Vec<Edit> {
    let Some(body) = lit.child_by_field_name("body") else {
        return Vec::new();
    };
    let mut renamed = Vec::new();
    let mut c = body.walk();
    for el in body.named_children(&mut c) {
        let Some(key) = el
            .child_by_field_name("key")
            .filter(|_| el.kind() == "keyed_element")
        else {
            continue;
        };
        if let Some(new) = rename(doc.text(key).trim()) {
            renamed.push((key.byte_range(), new));
        }
    }
    let mut edits: Vec<Edit> = renamed
        .iter()
        .filter_map(|(r, new)| doc.map(r.clone()).map(|r| Edit::replace(r, new.clone())))
        .collect();
    edits.extend(realign(doc, body, &renamed));
    edits
}

/// Edits that pad every aligned block holding a renamed key. `renamed` maps key ranges (in `src`)
/// to their new text. Returns no edit for a block already aligned.
pub fn realign(doc: &Doc, literal: Node<'_>, renamed: &[(Range<usize>, String)]) -> Vec<Edit> {
    let src = doc.src.as_str();
    let line = |pos: usize| src[..pos.min(src.len())].matches('\n').count();
    let mut pairs = Vec::new();
    let mut cursor = literal.walk();
    for el in literal.named_children(&mut cursor) {
        if el.kind() != "keyed_element" {
            continue;
        }
        let (Some(key), Some(value)) = (
            el.child_by_field_name("key"),
            el.child_by_field_name("value"),
        ) else {
            continue;
        };
        let mut c = el.walk();
        let Some(colon) = el.children(&mut c).find(|n| n.kind() == ":") else {
            continue;
        };
        let new_key = renamed.iter().find(|(r, _)| *r == key.byte_range());
        let line_start = src[..key.start_byte()].rfind('\n').map_or(0, |i| i + 1);
        let starts_line = src[line_start..key.start_byte()].trim().is_empty();
        let gap = colon.end_byte()..value.start_byte();
        let gap_blank = src
            .get(gap.clone())
            .is_some_and(|g| g.bytes().all(|b| b == b' ' || b == b'\t'));
        pairs.push(Pair {
            key_line: line(key.start_byte()),
            single_line: line(key.start_byte()) == line(el.end_byte()),
            alignable: starts_line && gap_blank,
            key_len: new_key
                .map_or_else(|| doc.text(key).chars().count(), |(_, k)| k.chars().count()),
            renamed: new_key.is_some(),
            gap,
        });
    }
    let mut edits = Vec::new();
    let mut block: Vec<&Pair> = Vec::new();
    for (i, p) in pairs.iter().enumerate() {
        let continues = i > 0 && {
            let prev = &pairs[i - 1];
            prev.alignable && prev.single_line && p.key_line == prev.key_line + 1
        };
        if !continues {
            flush(doc, &block, &mut edits);
            block.clear();
        }
        if p.alignable {
            block.push(p);
        } else {
            flush(doc, &block, &mut edits);
            block.clear();
        }
    }
    flush(doc, &block, &mut edits);
    edits
}

fn flush(doc: &Doc, block: &[&Pair], edits: &mut Vec<Edit>) {
    if !block.iter().any(|p| p.renamed) {
        return;
    }
    let width = block.iter().map(|p| p.key_len).max().unwrap_or(0);
    for p in block {
        let want = " ".repeat(width - p.key_len + 1);
        if doc.src.get(p.gap.clone()) == Some(want.as_str()) {
            continue;
        }
        if let Some(r) = doc.map(p.gap.clone()) {
            edits.push(Edit::replace(r, want));
        }
    }
}

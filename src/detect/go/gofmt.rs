//! Keeps trailing `//` comments and struct field tags aligned the way gofmt does when a fix changes
//! the length of a line in a block of such lines (`a := x // one` over `bb := y // two`;
//! `Snap *admin.T \`json:"snap"\`` over `ID string \`json:"id"\``).

use crate::fix::{self, Edit};

/// Where a line's trailing `//` comment starts, outside string and rune literals; `None` when the
/// line has none, is only a comment, or holds something this scanner does not follow (raw strings,
/// block comments).
fn trailing_comment(line: &str) -> Option<usize> {
    if line.contains('`') || line.contains("/*") {
        return None;
    }
    let b = line.as_bytes();
    let mut quote: Option<u8> = None;
    let mut i = 0;
    while i < b.len() {
        match (quote, b[i]) {
            (Some(_), b'\\') => i += 1,
            (Some(q), c) if c == q => quote = None,
            (None, b'"' | b'\'') => quote = Some(b[i]),
            (None, b'/') if b.get(i + 1) == Some(&b'/') => {
                let code = line[..i].trim();
                return (!code.is_empty()).then_some(i);
            }
            _ => {}
        }
        i += 1;
    }
    None
}

/// Where a struct field's trailing tag (`` `json:"x"` ``, the last thing on the line) starts.
fn trailing_tag(line: &str) -> Option<usize> {
    let t = line.trim_end();
    let body = t.strip_suffix('`')?;
    let open = body.rfind('`')?;
    let code = &line[..open];
    (!code.trim().is_empty() && code.ends_with([' ', '\t'])).then_some(open)
}

/// Which column a block of lines aligns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cell {
    Comment,
    Tag,
}

struct Line {
    cell: Cell,
    indent: String,
    /// Width of the code before the comment, in characters, and the blank run before `//`.
    width: usize,
    gap: std::ops::Range<usize>,
}

fn line_at(text: &str, start: usize) -> Option<Line> {
    let end = text[start..].find('\n').map_or(text.len(), |i| start + i);
    let line = &text[start..end];
    let (comment, cell) = match trailing_comment(line) {
        Some(c) => (c, Cell::Comment),
        None => (trailing_tag(line)?, Cell::Tag),
    };
    let code = line[..comment].trim_end();
    let indent_len = line.len() - line.trim_start().len();
    Some(Line {
        cell,
        indent: line[..indent_len].to_string(),
        width: code[indent_len.min(code.len())..].chars().count(),
        gap: start + code.len()..start + comment,
    })
}

fn line_starts(text: &str) -> Vec<usize> {
    std::iter::once(0)
        .chain(text.match_indices('\n').map(|(i, _)| i + 1))
        .filter(|&i| i < text.len())
        .collect()
}

/// The edits (in `text`'s coordinates) that re-align the comment blocks `edits` change.
pub fn realign_comments(text: &str, edits: &[Edit]) -> Vec<Edit> {
    let mut sorted = edits.to_vec();
    sorted.sort_by_key(|e| (e.range.start, e.range.end));
    sorted.dedup();
    let overlapping = sorted.windows(2).any(|w| w[0].range.end > w[1].range.start);
    if overlapping || sorted.iter().any(|e| text.get(e.range.clone()).is_none()) {
        return Vec::new();
    }
    let new = fix::apply(text, &sorted);
    // Edited ranges in the new text, and the shift each edit leaves after it.
    let mut spans = Vec::new();
    let mut delta: isize = 0;
    for e in &sorted {
        let start = (e.range.start as isize + delta) as usize;
        spans.push((
            start..start + e.content.len(),
            delta + e.content.len() as isize - e.range.len() as isize,
        ));
        delta += e.content.len() as isize - e.range.len() as isize;
    }
    let to_old = |p: usize| -> Option<usize> {
        let mut d = 0;
        for (r, after) in &spans {
            if r.start < p && p < r.end {
                return None;
            }
            if r.end <= p {
                d = *after;
            }
        }
        usize::try_from(p as isize - d).ok()
    };
    let starts = line_starts(&new);
    let line_of = |p: usize| starts.partition_point(|&s| s <= p).saturating_sub(1);
    let mut done = Vec::new();
    let mut out = Vec::new();
    for (r, _) in &spans {
        let touched = line_of(r.start);
        if done.contains(&touched) {
            continue;
        }
        let Some(here) = line_at(&new, starts[touched]) else {
            continue;
        };
        let same = |l: &Line| l.indent == here.indent && l.cell == here.cell;
        let mut first = touched;
        while first > 0 && line_at(&new, starts[first - 1]).is_some_and(|l| same(&l)) {
            first -= 1;
        }
        let mut last = touched;
        while last + 1 < starts.len() && line_at(&new, starts[last + 1]).is_some_and(|l| same(&l)) {
            last += 1;
        }
        let block: Vec<Line> = (first..=last)
            .filter_map(|i| line_at(&new, starts[i]))
            .collect();
        done.extend(first..=last);
        let max = block.iter().map(|l| l.width).max().unwrap_or(0);
        for l in &block {
            let want = " ".repeat(max - l.width + 1);
            if new.get(l.gap.clone()) == Some(want.as_str()) {
                continue;
            }
            let (Some(a), Some(b)) = (to_old(l.gap.start), to_old(l.gap.end)) else {
                continue;
            };
            if a <= b
                && text
                    .get(a..b)
                    .is_some_and(|g| g.bytes().all(|c| c == b' ' || c == b'\t'))
            {
                out.push(Edit::replace(a..b, want));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_after_a_renamed_line_are_realigned_with_their_block() {
        let text = "\tx := a.GetMongodVersion() // v\n\tyy := 2                   // w\n\n\tz := 3 // alone\n";
        let start = text.find("GetMongodVersion").unwrap();
        let rename = Edit::replace(start..start + 16, "GetMongoDBVersion");
        let mut edits = vec![rename.clone()];
        edits.extend(realign_comments(text, &[rename]));
        edits.sort_by_key(|e| e.range.start);
        let out = fix::apply(text, &edits);
        assert_eq!(out, "\tx := a.GetMongoDBVersion() // v\n\tyy := 2                    // w\n\n\tz := 3 // alone\n");
    }

    #[test]
    fn struct_tags_after_a_renamed_type_are_realigned_with_their_block() {
        let text = "type H struct {\n\tSnap *admin.ServerlessBackupSnapshot `json:\"snap\"`\n\tID   string                          `json:\"id\"`\n}\n";
        let at = text.find("ServerlessBackupSnapshot").unwrap();
        let rename = Edit::replace(
            at..at + "ServerlessBackupSnapshot".len(),
            "FlexBackupSnapshot20241113",
        );
        let mut edits = vec![rename];
        edits.extend(realign_comments(text, &edits));
        edits.sort_by_key(|e| e.range.start);
        let out = fix::apply(text, &edits);
        assert_eq!(
            out,
            "type H struct {\n\tSnap *admin.FlexBackupSnapshot20241113 `json:\"snap\"`\n\tID   string                            `json:\"id\"`\n}\n"
        );
    }

    #[test]
    fn slashes_in_strings_are_not_comments() {
        assert_eq!(trailing_comment("\tu := \"https://x\" // c"), Some(18));
        assert_eq!(trailing_comment("\tu := \"https://x\""), None);
        assert_eq!(trailing_comment("\t// only a comment"), None);
    }
}

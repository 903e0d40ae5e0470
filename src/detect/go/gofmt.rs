//! Keeps trailing `//` comments and struct field tags aligned the way gofmt does when a fix changes
//! the length of a line in a block of such lines (`a := x // one` over `bb := y // two`;
//! `Snap *admin.T \`json:"snap"\`` over `ID string \`json:"id"\``).

use std::ops::Range;

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

/// The edits (in `text`'s coordinates) that re-align the comment blocks `edits` change. Only the
/// lines around the edits are read (their blocks reach no further than the first line without a
/// trailing comment or tag), so a file's many fixes cost their own lines, not the file each.
pub fn realign_comments(text: &str, edits: &[Edit]) -> Vec<Edit> {
    let mut sorted = edits.to_vec();
    sorted.sort_by_key(|e| (e.range.start, e.range.end));
    sorted.dedup();
    let overlapping = sorted.windows(2).any(|w| w[0].range.end > w[1].range.start);
    if overlapping || sorted.iter().any(|e| text.get(e.range.clone()).is_none()) {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut first = 0;
    while first < sorted.len() {
        // Edits whose windows meet or touch share one.
        let mut window = window_of(text, &sorted[first].range, 0);
        let mut last = first + 1;
        while let Some(e) = sorted.get(last) {
            let next = window_of(text, &e.range, window.end);
            if next.start > window.end {
                break;
            }
            window.end = window.end.max(next.end);
            last += 1;
        }
        let shifted: Vec<Edit> = sorted[first..last]
            .iter()
            .map(|e| {
                Edit::replace(
                    e.range.start - window.start..e.range.end - window.start,
                    e.content.clone(),
                )
            })
            .collect();
        out.extend(
            realign_in(&text[window.clone()], &shifted)
                .into_iter()
                .map(|e| {
                    Edit::replace(
                        e.range.start + window.start..e.range.end + window.start,
                        e.content,
                    )
                }),
        );
        first = last;
    }
    out
}

/// The whole lines around `range`, widened over the neighbouring lines with a trailing comment or
/// tag (no block of aligned lines the edit touches reaches past them), but not upwards past `floor`
/// (a window already there covers what lies above).
fn window_of(text: &str, range: &Range<usize>, floor: usize) -> Range<usize> {
    let line_start = |p: usize| text[..p].rfind('\n').map_or(0, |i| i + 1);
    let next_line = |p: usize| text[p..].find('\n').map_or(text.len(), |i| p + i + 1);
    let mut start = line_start(range.start);
    while start > floor && line_at(text, line_start(start - 1)).is_some() {
        start = line_start(start - 1);
    }
    let mut end = next_line(range.end.max(start));
    while end < text.len() && line_at(text, end).is_some() {
        end = next_line(end);
    }
    start..end
}

/// [`realign_comments`] within one window of whole lines (`text` and `sorted` in its coordinates).
fn realign_in(text: &str, sorted: &[Edit]) -> Vec<Edit> {
    let new = fix::apply(text, sorted);
    // Edited ranges in the new text, and the shift each edit leaves after it.
    let mut spans = Vec::new();
    let mut delta: isize = 0;
    for e in sorted {
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

    #[test]
    fn realigning_by_windows_edits_as_realigning_the_whole_text_does() {
        let text = "func f() {\n\ta := x.GetServerlessBackup() // one\n\tbb := 2 // two\n\n\tc := 3\n\td := x.GetServerlessBackup() // three\n\te := 4                        // four\n\tf := x.GetServerlessBackup() // five\n}\ntype T struct {\n\tA *admin.ServerlessBackupSnapshot `json:\"a\"`\n\tB int                            `json:\"b\"`\n}\n";
        let renames: Vec<Edit> = text
            .match_indices("ServerlessBackup")
            .map(|(at, _)| {
                Edit::replace(
                    at..at + "ServerlessBackup".len(),
                    "FlexBackupSnapshot20241113",
                )
            })
            .collect();
        // Every subset of the renames, as one fix.
        for mask in 1..(1u32 << renames.len()) {
            let edits: Vec<Edit> = (0..renames.len())
                .filter(|i| mask & (1 << i) != 0)
                .map(|i| renames[i].clone())
                .collect();
            let mut windowed = realign_comments(text, &edits);
            let mut whole = realign_in(text, &edits);
            windowed.sort_by_key(|e| e.range.start);
            whole.sort_by_key(|e| e.range.start);
            assert_eq!(windowed, whole, "renames {mask:b}");
            assert!(!whole.is_empty());
        }
    }
}

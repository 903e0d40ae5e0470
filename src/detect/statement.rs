//! Language-agnostic statement extents: the lines that make up one command or call, joined by
//! backslash continuations and open brackets. Used to find the headers of the same request.

use std::ops::Range;

use crate::language::Language;

/// Lines a statement may span at most, so unbalanced brackets in prose cannot swallow a file.
const MAX_LINES: usize = 60;

/// How many statements a paragraph reaches on either side of the one asked about.
pub const PARAGRAPH_REACH: usize = 12;

/// The statements of one region, as sorted byte ranges covering whole lines.
#[derive(Debug, Clone)]
pub struct Statements {
    ranges: Vec<Range<usize>>,
}

impl Statements {
    pub fn new(text: &str, region: Range<usize>, language: Language) -> Statements {
        let mut ranges = Vec::new();
        let prose = language == Language::Markdown;
        let mut start = region.start;
        let mut depth: i32 = 0;
        let mut lines = 0;
        let mut pos = region.start;
        while pos < region.end {
            let end = text[pos..region.end]
                .find('\n')
                .map_or(region.end, |i| pos + i + 1);
            let line = &text[pos..end];
            lines += 1;
            if !prose {
                depth = (depth + bracket_delta(line)).max(0);
            }
            let body = line.trim_end_matches(['\n', '\r', ' ', '\t']);
            let continues = !prose
                && (body.ends_with('\\')
                    || body.ends_with("&&")
                    || body.ends_with('|')
                    || depth > 0);
            if !continues || lines >= MAX_LINES || end == region.end {
                ranges.push(start..end);
                start = end;
                depth = 0;
                lines = 0;
            }
            pos = end;
        }
        Statements { ranges }
    }

    /// The statement holding byte `pos`.
    pub fn at(&self, pos: usize) -> Option<Range<usize>> {
        let i = self.ranges.partition_point(|r| r.end <= pos);
        self.ranges.get(i).filter(|r| r.start <= pos).cloned()
    }

    /// The statements around the one at `pos` up to a blank line on either side (and at most
    /// [`PARAGRAPH_REACH`] statements away): the block of code a request is usually built in.
    pub fn paragraph(&self, text: &str, pos: usize) -> Option<Range<usize>> {
        let i = self.ranges.partition_point(|r| r.end <= pos);
        let this = self.ranges.get(i)?;
        let blank = |r: &Range<usize>| text[r.clone()].trim().is_empty();
        let mut lo = i;
        while lo > 0 && i - lo < PARAGRAPH_REACH && !blank(&self.ranges[lo - 1]) {
            lo -= 1;
        }
        let mut hi = i;
        while hi + 1 < self.ranges.len() && hi - i < PARAGRAPH_REACH && !blank(&self.ranges[hi + 1])
        {
            hi += 1;
        }
        Some(self.ranges[lo].start.min(this.start)..self.ranges[hi].end)
    }

    /// The statements inside `range`.
    pub fn within(&self, range: Range<usize>) -> impl Iterator<Item = &Range<usize>> {
        let lo = self.ranges.partition_point(|r| r.start < range.start);
        let hi = self.ranges.partition_point(|r| r.start < range.end);
        self.ranges[lo..hi.max(lo)]
            .iter()
            .filter(move |r| r.end <= range.end)
    }
}

/// Opening minus closing brackets on a line, ignoring those inside quotes on the same line (a
/// backslash escapes the byte after it, inside quotes or not).
fn bracket_delta(line: &str) -> i32 {
    let b = line.as_bytes();
    let mut delta = 0;
    let mut i = 0;
    while let Some(&c) = b.get(i) {
        match c {
            b'\\' => i += 1,
            b'"' | b'\'' | b'`' => {
                i += 1;
                while let Some(&d) = b.get(i) {
                    if d == c {
                        break;
                    }
                    i += if d == b'\\' { 2 } else { 1 };
                }
            }
            b'(' | b'[' | b'{' => delta += 1,
            b')' | b']' | b'}' => delta -= 1,
            _ => {}
        }
        i += 1;
    }
    delta
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn continuation_lines_and_brackets_join_statements() {
        let text = "a \\\n  b\nc(\n d,\n)\ne\n";
        let s = Statements::new(text, 0..text.len(), Language::Shell);
        assert_eq!(&text[s.at(5).unwrap()], "a \\\n  b\n");
        assert_eq!(&text[s.at(10).unwrap()], "c(\n d,\n)\n");
        assert_eq!(&text[s.at(text.len() - 2).unwrap()], "e\n");
    }

    #[test]
    fn paragraph_stops_at_blank_lines() {
        let text = "x\n\na\nb\n\nc\n";
        let s = Statements::new(text, 0..text.len(), Language::Go);
        assert_eq!(&text[s.paragraph(text, 3).unwrap()], "a\nb\n");
    }

    #[test]
    fn prose_is_one_line_per_statement() {
        let text = "see (this\nand that)\n";
        let s = Statements::new(text, 0..text.len(), Language::Markdown);
        assert_eq!(&text[s.at(0).unwrap()], "see (this\n");
    }

    #[test]
    fn brackets_count_outside_quotes_and_escapes_only() {
        assert_eq!(bracket_delta("f(a, [b]"), 1);
        assert_eq!(bracket_delta("x = \"(\" + '[' + `{`"), 0);
        assert_eq!(bracket_delta("s = \"a\\\"(\" )"), -1);
        assert_eq!(bracket_delta("\\( ("), 1);
        assert_eq!(bracket_delta("it's (open"), 0);
        assert_eq!(bracket_delta("\"unclosed \\"), 0);
    }
}

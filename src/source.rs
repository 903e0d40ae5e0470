//! A file as read from disk: its text, the encoding facts a write must restore, and a line index.

use std::path::PathBuf;

use crate::language::Language;

/// The text of one file, ready for detectors. Byte offsets everywhere in the crate refer to `text`
/// (the file without its UTF-8 byte-order mark).
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// The path used to open the file.
    pub path: PathBuf,
    /// The path as printed in reports (relative to the working directory where possible).
    pub display: String,
    pub text: String,
    /// The file started with a UTF-8 byte-order mark, which writes must put back.
    pub bom: bool,
    pub language: Language,
    pub lines: LineIndex,
}

impl SourceFile {
    pub fn new(
        path: PathBuf,
        display: String,
        text: String,
        bom: bool,
        language: Language,
    ) -> Self {
        let lines = LineIndex::new(&text);
        SourceFile {
            path,
            display,
            text,
            bom,
            language,
            lines,
        }
    }

    /// Replaces the text (after fixes) and rebuilds the line index.
    pub fn set_text(&mut self, text: String) {
        self.lines = LineIndex::new(&text);
        self.text = text;
    }

    /// The bytes a write puts on disk: the BOM (if the file had one) followed by the text.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(self.text.len() + 3);
        if self.bom {
            out.extend_from_slice(UTF8_BOM);
        }
        out.extend_from_slice(self.text.as_bytes());
        out
    }
}

pub const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// Why a file's bytes were not turned into text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Undecodable {
    Binary,
    InvalidUtf8 { offset: usize },
}

/// Splits off a UTF-8 BOM and validates the rest. NUL bytes mean binary, as in ripgrep.
pub fn decode(bytes: Vec<u8>) -> Result<(String, bool), Undecodable> {
    if memchr::memchr(0, &bytes).is_some() {
        return Err(Undecodable::Binary);
    }
    let bom = bytes.starts_with(UTF8_BOM);
    let mut bytes = bytes;
    if bom {
        bytes.drain(..UTF8_BOM.len());
    }
    String::from_utf8(bytes)
        .map(|s| (s, bom))
        .map_err(|e| Undecodable::InvalidUtf8 {
            offset: e.utf8_error().valid_up_to() + if bom { UTF8_BOM.len() } else { 0 },
        })
}

/// A 1-based line and a 1-based column counted in characters.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct LineCol {
    pub line: usize,
    pub column: usize,
}

/// Byte offsets of line starts, for turning byte offsets into lines and columns when printing.
#[derive(Debug, Clone, Default)]
pub struct LineIndex {
    starts: Vec<usize>,
    /// For text that is not all ASCII: the characters before each [`CHAR_BLOCK`]-byte block (and
    /// before the end), so that a column costs at most one block of counting, however long the line.
    chars_before_block: Option<Vec<usize>>,
}

/// The block size of [`LineIndex`]'s character counts.
const CHAR_BLOCK: usize = 4096;

/// Characters in UTF-8 bytes that start and end on character boundaries: the bytes that are not
/// continuation bytes.
fn chars_in(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| (b as i8) >= -0x40).count()
}

impl LineIndex {
    pub fn new(text: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1));
        let chars_before_block = (!text.is_ascii()).then(|| {
            let mut counts = Vec::with_capacity(text.len() / CHAR_BLOCK + 2);
            let mut n = 0;
            for block in text.as_bytes().chunks(CHAR_BLOCK) {
                counts.push(n);
                n += chars_in(block);
            }
            counts.push(n);
            counts
        });
        LineIndex {
            starts,
            chars_before_block,
        }
    }

    /// Characters before byte `offset` (a character boundary of `text`).
    fn chars_before(&self, text: &str, offset: usize) -> usize {
        let Some(counts) = &self.chars_before_block else {
            return offset;
        };
        let block = offset / CHAR_BLOCK;
        counts[block] + chars_in(&text.as_bytes()[block * CHAR_BLOCK..offset])
    }

    /// 0-based line number holding `offset`.
    pub fn line_of(&self, offset: usize) -> usize {
        match self.starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        }
    }

    /// Byte offset where the 0-based `line` starts.
    pub fn line_start(&self, line: usize) -> usize {
        self.starts.get(line).copied().unwrap_or(usize::MAX)
    }

    /// Byte range of the 0-based `line` without its line terminator (`\n` or `\r\n`).
    pub fn line_range(&self, text: &str, line: usize) -> std::ops::Range<usize> {
        let start = self.starts[line].min(text.len());
        let mut end = self.starts.get(line + 1).map_or(text.len(), |s| s - 1);
        if end > start && text.as_bytes().get(end - 1) == Some(&b'\r') {
            end -= 1;
        }
        start..end.max(start)
    }

    pub fn line_count(&self) -> usize {
        self.starts.len()
    }

    /// The 1-based line and character column of a byte offset (clamped to the text).
    pub fn line_col(&self, text: &str, offset: usize) -> LineCol {
        let offset = floor_char_boundary(text, offset.min(text.len()));
        let line = self.line_of(offset);
        let start = self.starts[line];
        LineCol {
            line: line + 1,
            column: self.chars_before(text, offset) - self.chars_before(text, start) + 1,
        }
    }
}

/// The largest char boundary at or below `i`.
pub fn floor_char_boundary(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_count_characters_not_bytes() {
        let text = "héllo /x\nsecond";
        let idx = LineIndex::new(text);
        let slash = text.find('/').unwrap();
        assert_eq!(idx.line_col(text, slash), LineCol { line: 1, column: 7 });
        let s = text.find("second").unwrap();
        assert_eq!(idx.line_col(text, s), LineCol { line: 2, column: 1 });
    }

    #[test]
    fn columns_of_a_long_line_count_characters_across_blocks() {
        let line = "é".repeat(CHAR_BLOCK) + "x/serverless/" + &"ü".repeat(CHAR_BLOCK);
        let text = format!("a\n{line}\n");
        let idx = LineIndex::new(&text);
        for offset in [2, text.find("x/").unwrap(), text.len() - 3, text.len()] {
            let start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
            let want = text[start..offset].chars().count() + 1;
            assert_eq!(idx.line_col(&text, offset).column, want, "{offset}");
        }
        let ascii = "abc\ndef";
        assert_eq!(LineIndex::new(ascii).line_col(ascii, 6).column, 3);
    }

    #[test]
    fn line_range_excludes_crlf() {
        let text = "a\r\nbc\r\n";
        let idx = LineIndex::new(text);
        assert_eq!(&text[idx.line_range(text, 0)], "a");
        assert_eq!(&text[idx.line_range(text, 1)], "bc");
        assert_eq!(&text[idx.line_range(text, 2)], "");
    }

    #[test]
    fn decode_keeps_bom_fact_and_refuses_binary_and_bad_utf8() {
        assert_eq!(
            decode(b"\xEF\xBB\xBFhi".to_vec()),
            Ok(("hi".to_string(), true))
        );
        assert_eq!(decode(b"hi".to_vec()), Ok(("hi".to_string(), false)));
        assert_eq!(decode(b"a\0b".to_vec()), Err(Undecodable::Binary));
        assert_eq!(
            decode(b"ab\xFF".to_vec()),
            Err(Undecodable::InvalidUtf8 { offset: 2 })
        );
    }
}

//! Finds comments in the languages whose comment syntax we can tell, skipping string literals, so
//! that a retired URL in a comment is not taken for a call.

use std::ops::Range;

use crate::language::{CommentStyle, Language};

/// Sorted, non-overlapping comment ranges inside `region`.
pub fn comment_ranges(text: &str, region: Range<usize>, language: Language) -> Vec<Range<usize>> {
    let style = language.comment_style();
    if style == CommentStyle::None {
        return Vec::new();
    }
    Scanner::new(text, region.end, language)
        .run(region.start)
        .out
}

/// The comments and string literals of one region, scanned once for the first detector that asks
/// and shared by the others.
pub struct RegionComments<'t> {
    text: &'t str,
    region: &'t super::regions::Region,
    found: std::cell::OnceCell<Scanned>,
    /// The comments and Go raw (`` ` ``) strings, sorted: where no Go identifier can be.
    inert: std::cell::OnceCell<Vec<Range<usize>>>,
}

/// A region's comments and closed string literals, in file coordinates.
#[derive(Default)]
struct Scanned {
    comments: Vec<Range<usize>>,
    strings: Vec<Range<usize>>,
}

impl<'t> RegionComments<'t> {
    pub fn new(text: &'t str, region: &'t super::regions::Region) -> RegionComments<'t> {
        RegionComments {
            text,
            region,
            found: std::cell::OnceCell::new(),
            inert: std::cell::OnceCell::new(),
        }
    }

    fn scanned(&self) -> &Scanned {
        self.found.get_or_init(|| {
            let (range, language) = (&self.region.range, self.region.language);
            if language.comment_style() == CommentStyle::None {
                return Scanned::default();
            }
            let scan = Scanner::new(self.text, range.end, language).run(range.start);
            Scanned {
                comments: scan.out,
                strings: scan.strings,
            }
        })
    }

    /// [`comment_ranges`] of the region.
    pub fn get(&self) -> &[Range<usize>] {
        &self.scanned().comments
    }

    /// Whether a Go region names `word` in its code: outside comments and raw strings, where no
    /// identifier can be (an interpreted string counts: a mock's `On("...")` names its method).
    /// A word absent from the region costs one search and no scan.
    pub fn go_code_names(&self, word: &str) -> bool {
        let Some(body) = self.text.get(self.region.range.clone()) else {
            return false;
        };
        if word.is_empty() || !body.contains(word) {
            return false;
        }
        let inert = self.inert.get_or_init(|| {
            let Scanned { comments, strings } = self.scanned();
            let raw = strings
                .iter()
                .filter(|r| self.text.as_bytes()[r.start] == b'`');
            let mut all: Vec<Range<usize>> = comments.iter().chain(raw).cloned().collect();
            all.sort_unstable_by_key(|r| r.start);
            all
        });
        let start = self.region.range.start;
        memchr::memmem::find_iter(body.as_bytes(), word).any(|at| !contains(inert, start + at))
    }
}

/// The closed string literals of `text` outside comments, quotes included, in order (a literal
/// left open at a line end or at the end of the text is not one).
pub fn string_ranges(text: &str, language: Language) -> Vec<Range<usize>> {
    Scanner::new(text, text.len(), language).run(0).strings
}

struct Scanner<'a> {
    b: &'a [u8],
    end: usize,
    language: Language,
    style: CommentStyle,
    out: Vec<Range<usize>>,
    /// The closed string literals passed over.
    strings: Vec<Range<usize>>,
}

impl<'a> Scanner<'a> {
    fn new(text: &'a str, end: usize, language: Language) -> Scanner<'a> {
        Scanner {
            b: text.as_bytes(),
            end,
            language,
            style: language.comment_style(),
            out: Vec::new(),
            strings: Vec::new(),
        }
    }

    fn at(&self, i: usize) -> u8 {
        if i < self.end {
            self.b[i]
        } else {
            0
        }
    }

    fn line_end(&self, i: usize) -> usize {
        memchr::memchr(b'\n', &self.b[i..self.end]).map_or(self.end, |j| i + j)
    }

    fn run(mut self, start: usize) -> Self {
        let hash = matches!(self.style, CommentStyle::Hash | CommentStyle::HashAndSlash);
        let slash = matches!(self.style, CommentStyle::Slash | CommentStyle::HashAndSlash);
        // The bytes that may start a comment, a string or an escape; any other is stepped over.
        let mut special = [false; 256];
        for (b, on) in [
            (b'#', hash),
            (b'/', slash),
            (b'\\', self.style == CommentStyle::Hash),
            (b'"', true),
            (b'\'', true),
            (b'`', true),
            (b'r', self.language == Language::Rust),
        ] {
            special[usize::from(b)] = on;
        }
        let mut i = start;
        while i < self.end {
            let c = self.b[i];
            if !special[usize::from(c)] {
                i += 1;
                continue;
            }
            match c {
                b'#' if hash && self.hash_starts_comment(i, start) => {
                    let e = self.line_end(i);
                    self.out.push(i..e);
                    i = e;
                }
                b'/' if slash && self.at(i + 1) == b'/' => {
                    let e = self.line_end(i);
                    self.out.push(i..e);
                    i = e;
                }
                b'/' if slash && self.at(i + 1) == b'*' => {
                    let e = self.block_comment_end(i);
                    self.out.push(i..e);
                    i = e;
                }
                b'\\' if self.style == CommentStyle::Hash => i += 2,
                b'"' | b'\'' | b'`' => {
                    let (end, closed) = self.skip_string(i);
                    if closed {
                        self.strings.push(i..end);
                    }
                    i = end;
                }
                b'r' if self.language == Language::Rust && self.is_raw_string_start(i) => {
                    i = self.skip_rust_raw_string(i)
                }
                _ => i += 1,
            }
        }
        self
    }

    fn hash_starts_comment(&self, i: usize, start: usize) -> bool {
        match self.language {
            // `#` anywhere outside a string.
            Language::Python
            | Language::Ruby
            | Language::Toml
            | Language::Makefile
            | Language::Terraform => true,
            // `#` at the start of a word: not `${#x}`, `$#`, or `page#frag`.
            _ => {
                i == start
                    || matches!(
                        self.b[i - 1],
                        b' ' | b'\t' | b'\n' | b'\r' | b';' | b'(' | b'|' | b'&'
                    )
            }
        }
    }

    fn block_comment_end(&self, i: usize) -> usize {
        let nests = self.language == Language::Rust;
        let mut depth = 0usize;
        let mut j = i;
        while j + 1 < self.end {
            if self.b[j] == b'/' && self.b[j + 1] == b'*' {
                depth += 1;
                j += 2;
                if !nests {
                    depth = 1;
                }
            } else if self.b[j] == b'*' && self.b[j + 1] == b'/' {
                depth -= 1;
                j += 2;
                if depth == 0 {
                    return j;
                }
            } else {
                j += 1;
            }
        }
        self.end
    }

    /// Skips a quoted string starting at `i`; returns the offset after it, and whether a closing
    /// quote ended it (Rust's char literals and lifetimes count as not closed). Strings that may not
    /// span lines end at the line end when unterminated, so a stray quote in prose cannot hide
    /// the rest of the file.
    fn skip_string(&self, i: usize) -> (usize, bool) {
        let q = self.b[i];
        let lang = self.language;
        if q == b'\'' && matches!(lang, Language::Rust) {
            return (self.skip_rust_quote(i), false);
        }
        let multiline_quote = [b'"', b'\''].contains(&q)
            && matches!(lang, Language::Python)
            && self.at(i + 1) == q
            && self.at(i + 2) == q;
        if multiline_quote {
            let mut j = i + 3;
            while j + 2 < self.end {
                if self.b[j] == b'\\' {
                    j += 2;
                } else if self.b[j] == q && self.b[j + 1] == q && self.b[j + 2] == q {
                    return (j + 3, true);
                } else {
                    j += 1;
                }
            }
            return (self.end, false);
        }
        let spans_lines = match q {
            b'`' => matches!(
                lang,
                Language::Go | Language::JavaScript | Language::TypeScript | Language::Shell
            ),
            b'"' => matches!(lang, Language::Rust | Language::Shell),
            _ => matches!(lang, Language::Shell),
        };
        let raw = (q == b'`' && lang == Language::Go) || (q == b'\'' && lang == Language::Shell);
        let escapes = !raw;
        let mut j = i + 1;
        while j < self.end {
            let c = self.b[j];
            if c == b'\\' && escapes {
                j += 2;
                continue;
            }
            if c == q {
                return (j + 1, true);
            }
            if c == b'\n' && !spans_lines {
                return (j, false);
            }
            j += 1;
        }
        (self.end, false)
    }

    /// A Rust `'` is a char literal (`'x'`, `'\n'`, `'\u{..}'`) or a lifetime (`'a`).
    fn skip_rust_quote(&self, i: usize) -> usize {
        let rest = &self.b[i + 1..self.end];
        if rest.first() == Some(&b'\\') {
            if let Some(close) = rest.iter().skip(1).take(12).position(|&c| c == b'\'') {
                return i + 1 + 1 + close + 1;
            }
            return i + 1;
        }
        let s = std::str::from_utf8(&rest[..rest.len().min(8)])
            .unwrap_or_else(|e| std::str::from_utf8(&rest[..e.valid_up_to()]).unwrap_or(""));
        let mut chars = s.chars();
        match (chars.next(), chars.next()) {
            (Some(c), Some('\'')) => i + 1 + c.len_utf8() + 1,
            _ => i + 1,
        }
    }

    fn is_raw_string_start(&self, i: usize) -> bool {
        let prev_ident = i > 0 && (self.b[i - 1].is_ascii_alphanumeric() || self.b[i - 1] == b'_');
        if prev_ident {
            return false;
        }
        let mut j = i + 1;
        while self.at(j) == b'#' {
            j += 1;
        }
        self.at(j) == b'"'
    }

    fn skip_rust_raw_string(&self, i: usize) -> usize {
        let mut j = i + 1;
        let mut hashes = 0;
        while self.at(j) == b'#' {
            hashes += 1;
            j += 1;
        }
        j += 1;
        while j < self.end {
            if self.b[j] == b'"' && (1..=hashes).all(|k| self.at(j + k) == b'#') {
                return j + 1 + hashes;
            }
            j += 1;
        }
        self.end
    }
}

/// True when `pos` lies inside one of the sorted `ranges`.
pub fn contains(ranges: &[Range<usize>], pos: usize) -> bool {
    let i = ranges.partition_point(|r| r.end <= pos);
    ranges.get(i).is_some_and(|r| r.start <= pos)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn comments(text: &str, lang: Language) -> Vec<&str> {
        comment_ranges(text, 0..text.len(), lang)
            .into_iter()
            .map(|r| &text[r])
            .collect()
    }

    #[test]
    fn shell_hash_only_at_word_start_and_outside_quotes() {
        let text = "curl 'a#b' \"c # d\" https://x/#frag ${#arr} # real\n# whole\n";
        assert_eq!(comments(text, Language::Shell), vec!["# real", "# whole"]);
    }

    #[test]
    fn slash_comments_skip_urls_in_strings() {
        let text = "u := \"https://x/y\" // note\n/* block\n */ s := `raw // not`\n";
        assert_eq!(
            comments(text, Language::Go),
            vec!["// note", "/* block\n */"]
        );
    }

    #[test]
    fn rust_lifetimes_chars_and_raw_strings() {
        let text = "fn f<'a>(x: &'a str) { let c = '\"'; let r = r#\"// no\"#; } // yes\n";
        assert_eq!(comments(text, Language::Rust), vec!["// yes"]);
    }

    #[test]
    fn python_triple_quotes_hide_hashes() {
        let text = "s = \"\"\"a # b\nc\"\"\" # real\n";
        assert_eq!(comments(text, Language::Python), vec!["# real"]);
    }

    #[test]
    fn string_ranges_are_the_closed_literals_outside_comments() {
        let text = "a := \"x\\\"y\" // \"c\"\nb := `r\nr` + '\\'' + \"open\n";
        let found: Vec<&str> = string_ranges(text, Language::Go)
            .into_iter()
            .map(|r| &text[r])
            .collect();
        assert_eq!(found, ["\"x\\\"y\"", "`r\nr`", "'\\''"]);
    }

    #[test]
    fn contains_uses_half_open_ranges() {
        let r = vec![2..4, 8..9];
        assert!(!contains(&r, 1));
        assert!(contains(&r, 2));
        assert!(contains(&r, 3));
        assert!(!contains(&r, 4));
        assert!(contains(&r, 8));
        assert!(!contains(&r, 9));
    }

    #[test]
    fn go_code_names_words_outside_comments_and_raw_strings_only() {
        let lead = "# Notes\n```go\n";
        let body = "package p\n// GetServerlessBackup\nvar m = map[string]int{`getServerlessBackup`: 1}\n/* ListServerlessBackups */\nvar k = \"GetServerlessBackup\"\nfunc f() { c.GetFlexBackup() }\n";
        // A fence of a Markdown file: positions are the file's.
        let text = format!("{lead}{body}```\ngetServerlessBackup ListServerlessBackups\n");
        let region = super::super::regions::Region {
            range: lead.len()..lead.len() + body.len(),
            language: Language::Go,
        };
        let code = RegionComments::new(&text, &region);
        assert!(code.go_code_names("GetFlexBackup"));
        // An interpreted string is read (a mock's `On("GetServerlessBackup")`).
        assert!(code.go_code_names("GetServerlessBackup"));
        assert!(!code.go_code_names("getServerlessBackup"));
        assert!(!code.go_code_names("ListServerlessBackups"));
        assert!(!code.go_code_names("Absent"));
        let only = "// GetServerlessBackup\n";
        let whole = super::super::regions::Region {
            range: 0..only.len(),
            language: Language::Go,
        };
        assert!(!RegionComments::new(only, &whole).go_code_names("GetServerlessBackup"));
    }
}

//! Parses Rust text with `syn` and turns `proc-macro2` spans into byte ranges of the scanned file.
//!
//! Outside a proc macro, `proc-macro2` keeps every parsed text in a thread-local source map whose
//! positions grow across files. `Span::byte_range()` is relative to the text it came from, so it is
//! the same whatever was parsed before on that thread; [`Parsed`] adds the offset of that text in
//! the file, and the map is cleared when the parse is dropped so it cannot grow without bound.

use std::ops::Range;

use proc_macro2::Span;

/// Deeper bracket nesting than this is not handed to `syn`, whose recursive descent could exhaust
/// the stack: such text is checked as text.
const MAX_NESTING: usize = 256;

/// The text of a Markdown fence that is a function body, not a file, is parsed inside this.
const WRAP_OPEN: &str = "fn main() {\n";
const WRAP_CLOSE: &str = "\n}\n";

/// A parsed file and how its spans map back to the scanned text.
pub struct Parsed {
    pub file: syn::File,
    /// Where offset 0 of the parsed text lies in the scanned text.
    start: usize,
    /// Bytes of the parsed text that are not in the scanned text (the `fn main` wrapper).
    prefix: usize,
    /// End of the region in the scanned text: no range may reach past it.
    end: usize,
    _reset: SpanReset,
}

impl Parsed {
    /// The byte range of `span` in the scanned text, or `None` for a span outside the region (the
    /// wrapper's own tokens).
    pub fn range(&self, span: Span) -> Option<Range<usize>> {
        let r = span.byte_range();
        let start = r.start.checked_sub(self.prefix)? + self.start;
        let end = r.end.checked_sub(self.prefix)? + self.start;
        (start <= end && end <= self.end).then_some(start..end)
    }
}

/// Clears this thread's `proc-macro2` source map when dropped (after the syntax tree).
struct SpanReset;

impl Drop for SpanReset {
    fn drop(&mut self) {
        proc_macro2::extra::invalidate_current_thread_spans();
    }
}

/// Parses `text[region]` as a Rust file (a leading shebang line is skipped, as rustc does). When
/// `allow_wrap` is set and the text is not a file, it is parsed as the body of `fn main`.
/// Returns the parse error of the file form otherwise.
pub fn parse(text: &str, region: Range<usize>, allow_wrap: bool) -> Result<Parsed, String> {
    let Some(body) = text.get(region.clone()) else {
        return Err("region is not on character boundaries".to_string());
    };
    if nesting(body) > MAX_NESTING {
        return Err(format!("brackets nest deeper than {MAX_NESTING} levels"));
    }
    let skip = shebang_len(body);
    let lines_before = text[..region.start + skip].matches('\n').count();
    let message = match try_parse(&body[skip..], region.start + skip, 0, region.end) {
        Ok(p) => return Ok(p),
        Err((e, line, column)) => format!("{e} (line {}, column {column})", line + lines_before),
    };
    if !allow_wrap {
        return Err(message);
    }
    let wrapped = format!("{WRAP_OPEN}{body}{WRAP_CLOSE}");
    try_parse(&wrapped, region.start, WRAP_OPEN.len(), region.end).map_err(|_| message)
}

/// One parse; the error says where, read before the source map is cleared.
fn try_parse(
    src: &str,
    start: usize,
    prefix: usize,
    end: usize,
) -> Result<Parsed, (syn::Error, usize, usize)> {
    let reset = SpanReset;
    match syn::parse_str::<syn::File>(src) {
        Ok(file) => Ok(Parsed {
            file,
            start,
            prefix,
            end,
            _reset: reset,
        }),
        Err(e) => {
            let at = e.span().start();
            Err((e, at.line, at.column + 1))
        }
    }
}

/// `Ok` when `text` is a Rust file `syn` can parse; the parse error otherwise.
pub fn check_file(text: &str) -> Result<(), String> {
    parse(text, 0..text.len(), false).map(|_| ())
}

/// The deepest bracket nesting in `text`, counting brackets in strings and comments too (an
/// overestimate is harmless: such text is only checked as text).
fn nesting(text: &str) -> usize {
    let (mut depth, mut max) = (0usize, 0usize);
    for b in text.bytes() {
        match b {
            b'(' | b'[' | b'{' => {
                depth += 1;
                max = max.max(depth);
            }
            b')' | b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    max
}

/// Length of a `#!` line that is a shebang, not an inner attribute `#![...]`.
fn shebang_len(body: &str) -> usize {
    let Some(mut rest) = body.strip_prefix("#!") else {
        return 0;
    };
    // Whitespace and comments may stand between `#!` and the `[` of an inner attribute.
    loop {
        rest = rest.trim_start();
        if let Some(r) = rest.strip_prefix("//") {
            rest = r.find('\n').map_or("", |i| &r[i..]);
        } else if let Some(r) = rest.strip_prefix("/*") {
            rest = r.find("*/").map_or("", |i| &r[i + 2..]);
        } else {
            break;
        }
    }
    if rest.starts_with('[') {
        return 0;
    }
    body.find('\n').unwrap_or(body.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn first_lit_range(p: &Parsed) -> Option<Range<usize>> {
        struct First(Option<Span>);
        impl<'ast> syn::visit::Visit<'ast> for First {
            fn visit_lit_str(&mut self, l: &'ast syn::LitStr) {
                self.0.get_or_insert(l.span());
            }
        }
        let mut v = First(None);
        syn::visit::Visit::visit_file(&mut v, &p.file);
        p.range(v.0?)
    }

    #[test]
    fn ranges_are_relative_to_the_scanned_text_after_a_shebang() {
        let text = "#!/usr/bin/env run-cargo-script\nconst A: &str = \"x\";\n";
        let p = parse(text, 0..text.len(), false).unwrap();
        let r = first_lit_range(&p).unwrap();
        assert_eq!(&text[r], "\"x\"");
    }

    #[test]
    fn inner_attribute_is_not_a_shebang() {
        assert_eq!(shebang_len("#![allow(x)]\nfn f() {}"), 0);
        assert_eq!(shebang_len("#! // c\n[allow(x)]\nfn f() {}"), 0);
        assert_eq!(shebang_len("#!/bin/x\nfn f() {}"), 8);
    }

    #[test]
    fn a_fence_body_is_parsed_inside_fn_main_with_exact_offsets() {
        let text = "```rust\nlet u = \"é/x\";\n```\n";
        let region = 8..text.len() - 4;
        assert!(parse(text, region.clone(), false).is_err());
        let p = parse(text, region, true).unwrap();
        let r = first_lit_range(&p).unwrap();
        assert_eq!(&text[r], "\"é/x\"");
    }

    #[test]
    fn deeply_nested_text_is_not_handed_to_syn() {
        let text = format!("const A: u8 = {}1{};", "(".repeat(5000), ")".repeat(5000));
        let e = parse(&text, 0..text.len(), false).err().unwrap();
        assert!(e.contains("nest deeper"), "{e}");
    }

    #[test]
    fn unparsable_text_reports_where() {
        let text = "fn f( {";
        let e = parse(text, 0..text.len(), false).err().unwrap();
        assert!(e.contains("line 1"), "{e}");
    }
}

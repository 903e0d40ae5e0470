//! One walk over a parsed Rust file that records what the Rust checks ask about: string literals
//! (also inside macro token streams) with the statement or `const` they belong to, the names each
//! statement mentions, paths, `use` items, struct literals and struct definitions. Attributes
//! (doc comments included) are skipped: nothing in them is a call.

use std::collections::HashSet;
use std::ops::Range;

use proc_macro2::{Delimiter, Span, TokenStream, TokenTree};
use syn::spanned::Spanned;
use syn::visit::{self, Visit};

use super::parse::Parsed;

/// A string literal (normal, raw, byte or C string) as written in the source.
#[derive(Clone)]
pub struct StrLit<'ast> {
    /// The token's exact source range, quotes and prefix included.
    pub range: Range<usize>,
    /// The innermost statement holding it.
    pub stmt: Option<&'ast syn::Stmt>,
    /// The block that statement is in.
    pub block: Option<&'ast syn::Block>,
    /// The `const`/`static` item holding it (index into [`Facts::items`]).
    pub item: Option<usize>,
}

/// A `const` or `static` item.
#[derive(Debug, Clone)]
pub struct ConstItem {
    pub name: String,
    pub range: Range<usize>,
}

/// A name used in code (a path segment or an identifier in a macro's tokens).
#[derive(Clone)]
pub struct Mention<'ast> {
    pub name: String,
    pub range: Range<usize>,
    pub stmt: Option<&'ast syn::Stmt>,
    pub block: Option<&'ast syn::Block>,
}

/// One segment of a path, with its identifier's range.
#[derive(Debug, Clone)]
pub struct Seg {
    pub name: String,
    pub range: Range<usize>,
}

/// Everything the checks need, borrowed from the syntax tree.
pub struct Facts<'ast> {
    pub parsed: &'ast Parsed,
    /// The scanned text the ranges point into.
    pub text: &'ast str,
    pub lits: Vec<StrLit<'ast>>,
    pub items: Vec<ConstItem>,
    pub mentions: Vec<Mention<'ast>>,
    /// Every path outside `use` items and attributes.
    pub paths: Vec<Vec<Seg>>,
    pub uses: Vec<&'ast syn::ItemUse>,
    pub struct_exprs: Vec<&'ast syn::ExprStruct>,
    pub structs: Vec<&'ast syn::ItemStruct>,
    /// Names of the items the file defines itself.
    pub defined: HashSet<String>,
    /// Name -> indices into `mentions`, so lookups by name do not scan every mention.
    by_name: std::collections::HashMap<String, Vec<usize>>,
    /// The `YYYY-MM-DD` of every `application/vnd.atlas.*+json` in a string literal, sorted.
    pub media_dates: Vec<Range<usize>>,
    /// Statement (by address) -> its range: a span of a syntax node is costly to compute.
    stmt_ranges: std::collections::HashMap<*const syn::Stmt, Range<usize>>,
    /// Block (by address) -> the ranges of its statements, in order.
    block_ranges: std::collections::HashMap<*const syn::Block, Vec<Range<usize>>>,
    stmts: Vec<&'ast syn::Stmt>,
    blocks: Vec<&'ast syn::Block>,
    item: Option<usize>,
}

impl<'ast> Facts<'ast> {
    pub fn collect(parsed: &'ast Parsed, text: &'ast str) -> Facts<'ast> {
        let mut f = Facts {
            parsed,
            text,
            lits: Vec::new(),
            items: Vec::new(),
            mentions: Vec::new(),
            by_name: std::collections::HashMap::new(),
            stmt_ranges: std::collections::HashMap::new(),
            block_ranges: std::collections::HashMap::new(),
            media_dates: Vec::new(),
            paths: Vec::new(),
            uses: Vec::new(),
            struct_exprs: Vec::new(),
            structs: Vec::new(),
            defined: HashSet::new(),
            stmts: Vec::new(),
            blocks: Vec::new(),
            item: None,
        };
        f.visit_file(&parsed.file);
        for (i, m) in f.mentions.iter().enumerate() {
            f.by_name.entry(m.name.clone()).or_default().push(i);
        }
        let re = crate::detect::url::media_type_regex();
        let mut dates: Vec<Range<usize>> = Vec::new();
        for l in &f.lits {
            let src = &text[l.range.clone()];
            if !src.contains("application/vnd.atlas.") {
                continue;
            }
            let found = re.captures_iter(src).filter_map(|c| c.get(1));
            dates.extend(found.map(|g| l.range.start + g.start()..l.range.start + g.end()));
        }
        dates.sort_by_key(|r| r.start);
        dates.dedup();
        f.media_dates = dates;
        f
    }

    /// The scanned-text range of any syntax node.
    pub fn range_of(&self, node: &impl Spanned) -> Option<Range<usize>> {
        self.parsed.range(node.span())
    }

    /// The range of a statement of this file (cached while walking the tree).
    pub fn stmt_range(&self, stmt: &syn::Stmt) -> Option<Range<usize>> {
        match self.stmt_ranges.get(&(stmt as *const syn::Stmt)) {
            Some(r) => Some(r.clone()),
            None => self.range_of(stmt),
        }
    }

    /// The ranges of a block's statements, in order.
    pub fn block_stmt_ranges(&self, block: &syn::Block) -> &[Range<usize>] {
        self.block_ranges
            .get(&(block as *const syn::Block))
            .map_or(&[], Vec::as_slice)
    }

    /// The mentions of `name`, in source order.
    pub fn mentions_of<'s>(&'s self, name: &str) -> impl Iterator<Item = &'s Mention<'ast>> + 's {
        self.by_name
            .get(name)
            .into_iter()
            .flatten()
            .map(|&i| &self.mentions[i])
    }

    fn range(&self, span: Span) -> Option<Range<usize>> {
        self.parsed.range(span)
    }

    fn push_lit(&mut self, span: Span) {
        let Some(range) = self.range(span) else {
            return;
        };
        self.lits.push(StrLit {
            range,
            stmt: self.stmts.last().copied(),
            block: self.blocks.last().copied(),
            item: self.item,
        });
    }

    fn push_mention(&mut self, ident: &proc_macro2::Ident) {
        let Some(range) = self.range(ident.span()) else {
            return;
        };
        self.mentions.push(Mention {
            name: ident.to_string(),
            range,
            stmt: self.stmts.last().copied(),
            block: self.blocks.last().copied(),
        });
    }

    /// Literals, identifiers and `a::b::c` paths in a macro's (or unparsed item's) tokens; `#[...]`
    /// groups are skipped.
    fn walk_tokens(&mut self, tokens: &TokenStream) {
        let mut after_pound = false;
        let mut path: Vec<Seg> = Vec::new();
        let mut colons = 0;
        for tt in tokens.clone() {
            match &tt {
                TokenTree::Punct(p) if p.as_char() == ':' && !path.is_empty() && colons < 2 => {
                    colons += 1;
                    continue;
                }
                TokenTree::Ident(i) => {
                    if colons != 2 {
                        self.flush_path(&mut path);
                    }
                    colons = 0;
                    self.push_mention(i);
                    if let Some(range) = self.range(i.span()) {
                        path.push(Seg {
                            name: i.to_string(),
                            range,
                        });
                    }
                    after_pound = false;
                    continue;
                }
                _ => {
                    self.flush_path(&mut path);
                    colons = 0;
                }
            }
            match &tt {
                TokenTree::Punct(p) if p.as_char() == '#' => {
                    after_pound = true;
                    continue;
                }
                TokenTree::Punct(p) if p.as_char() == '!' && after_pound => continue,
                TokenTree::Group(g) if after_pound && g.delimiter() == Delimiter::Bracket => {}
                TokenTree::Group(g) => self.walk_tokens(&g.stream()),
                TokenTree::Literal(l) => {
                    if let Some(r) = self.range(l.span()) {
                        if is_string_token(self.text(&r)) {
                            self.push_lit(l.span());
                            self.push_captures(&r);
                        }
                    }
                }
                TokenTree::Punct(_) | TokenTree::Ident(_) => {}
            }
            after_pound = false;
        }
        self.flush_path(&mut path);
    }

    /// Names a format string captures (`"{PATH}"`, `"{base:>8}"`) are mentions of them.
    fn push_captures(&mut self, lit: &Range<usize>) {
        let src = self.text(lit);
        let bytes = src.as_bytes();
        let mut i = 0;
        while let Some(off) = src.get(i..).and_then(|rest| rest.find('{')) {
            let start = i + off + 1;
            if bytes.get(start) == Some(&b'{') {
                i = start + 1;
                continue;
            }
            let len = src[start..]
                .bytes()
                .take_while(|b| b.is_ascii_alphanumeric() || *b == b'_')
                .count();
            let name = &src[start..start + len];
            let closes = matches!(bytes.get(start + len), Some(b'}' | b':'));
            if len > 0 && closes && !name.starts_with(|c: char| c.is_ascii_digit()) {
                self.mentions.push(Mention {
                    name: name.to_string(),
                    range: lit.start + start..lit.start + start + len,
                    stmt: self.stmts.last().copied(),
                    block: self.blocks.last().copied(),
                });
            }
            i = start + len;
        }
    }

    fn flush_path(&mut self, path: &mut Vec<Seg>) {
        if !path.is_empty() {
            self.paths.push(std::mem::take(path));
        }
    }

    fn text(&self, r: &Range<usize>) -> &'ast str {
        self.text.get(r.clone()).unwrap_or("")
    }

    fn enter_item(&mut self, ident: &syn::Ident, node: &impl Spanned) -> Option<usize> {
        let range = self.range_of(node)?;
        self.items.push(ConstItem {
            name: ident.to_string(),
            range,
        });
        Some(self.items.len() - 1)
    }
}

/// `"..."`, `r#"..."#`, `b"..."`, `br"..."`, `c"..."`, `cr"..."`: a token whose text holds a string.
pub fn is_string_token(src: &str) -> bool {
    let body = src.trim_start_matches(['b', 'c', 'r', '#']);
    body.starts_with('"')
}

impl<'ast> Visit<'ast> for Facts<'ast> {
    fn visit_attribute(&mut self, _: &'ast syn::Attribute) {}

    fn visit_stmt(&mut self, s: &'ast syn::Stmt) {
        if let Some(r) = self.range_of(s) {
            self.stmt_ranges.insert(s as *const syn::Stmt, r);
        }
        self.stmts.push(s);
        visit::visit_stmt(self, s);
        self.stmts.pop();
    }

    fn visit_block(&mut self, b: &'ast syn::Block) {
        self.blocks.push(b);
        visit::visit_block(self, b);
        self.blocks.pop();
        let ranges = b
            .stmts
            .iter()
            .filter_map(|s| self.stmt_ranges.get(&(s as *const syn::Stmt)).cloned())
            .collect();
        self.block_ranges.insert(b as *const syn::Block, ranges);
    }

    fn visit_item(&mut self, i: &'ast syn::Item) {
        let name = match i {
            syn::Item::Const(x) => Some(&x.ident),
            syn::Item::Static(x) => Some(&x.ident),
            syn::Item::Fn(x) => Some(&x.sig.ident),
            syn::Item::Struct(x) => Some(&x.ident),
            syn::Item::Enum(x) => Some(&x.ident),
            syn::Item::Type(x) => Some(&x.ident),
            syn::Item::Mod(x) => Some(&x.ident),
            syn::Item::Trait(x) => Some(&x.ident),
            syn::Item::Union(x) => Some(&x.ident),
            _ => None,
        };
        if let Some(n) = name {
            self.defined.insert(n.to_string());
        }
        match i {
            syn::Item::Const(x) => {
                let outer = self.item;
                self.item = self.enter_item(&x.ident, x).or(outer);
                visit::visit_item(self, i);
                self.item = outer;
            }
            syn::Item::Static(x) => {
                let outer = self.item;
                self.item = self.enter_item(&x.ident, x).or(outer);
                visit::visit_item(self, i);
                self.item = outer;
            }
            syn::Item::Use(u) => self.uses.push(u),
            syn::Item::Struct(s) => {
                self.structs.push(s);
                visit::visit_item(self, i);
            }
            _ => visit::visit_item(self, i),
        }
    }

    fn visit_impl_item_const(&mut self, c: &'ast syn::ImplItemConst) {
        let outer = self.item;
        self.item = self.enter_item(&c.ident, c).or(outer);
        visit::visit_impl_item_const(self, c);
        self.item = outer;
    }

    fn visit_lit_str(&mut self, l: &'ast syn::LitStr) {
        self.push_lit(l.span());
    }

    fn visit_lit_byte_str(&mut self, l: &'ast syn::LitByteStr) {
        self.push_lit(l.span());
    }

    fn visit_lit_cstr(&mut self, l: &'ast syn::LitCStr) {
        self.push_lit(l.span());
    }

    fn visit_token_stream(&mut self, t: &'ast TokenStream) {
        self.walk_tokens(t);
    }

    fn visit_path(&mut self, p: &'ast syn::Path) {
        let mut segs = Vec::new();
        for s in &p.segments {
            self.push_mention(&s.ident);
            if let Some(range) = self.range(s.ident.span()) {
                segs.push(Seg {
                    name: s.ident.to_string(),
                    range,
                });
            }
        }
        self.paths.push(segs);
        visit::visit_path(self, p);
    }

    fn visit_expr_struct(&mut self, e: &'ast syn::ExprStruct) {
        self.struct_exprs.push(e);
        visit::visit_expr_struct(self, e);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn string_tokens_are_told_from_other_literals() {
        for s in [
            "\"a\"",
            "r\"a\"",
            "r#\"a\"#",
            "b\"a\"",
            "br#\"a\"#",
            "c\"a\"",
        ] {
            assert!(is_string_token(s), "{s}");
        }
        for s in ["'a'", "b'a'", "1", "1.0", "true"] {
            assert!(!is_string_token(s), "{s}");
        }
    }
}

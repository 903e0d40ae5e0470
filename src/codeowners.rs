//! CODEOWNERS, read the way GitHub reads it: gitignore-style patterns without negation or
//! character ranges, `#` comments, entries without owners (unowned), and the last matching line wins.

use std::path::{Path, PathBuf};

use globset::{GlobBuilder, GlobSet, GlobSetBuilder};

/// Where GitHub looks for the file, in its order: the first one found is used.
pub const LOCATIONS: &[&str] = &[".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS"];

/// One parsed line: a pattern and its owners (none: explicitly unowned).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub line: usize,
    pub pattern: String,
    pub owners: Vec<String>,
}

/// A compiled CODEOWNERS file.
#[derive(Debug, Clone)]
pub struct Codeowners {
    pub entries: Vec<Entry>,
    /// Lines that could not be used, with the reason (`line N: ...`).
    pub problems: Vec<String>,
    set: GlobSet,
    /// The entry each glob of `set` belongs to.
    glob_entry: Vec<usize>,
}

impl Codeowners {
    /// Parses CODEOWNERS text. Never fails: unusable lines are listed in `problems`.
    pub fn parse(text: &str) -> Codeowners {
        let mut entries = Vec::new();
        let mut problems = Vec::new();
        let mut builder = GlobSetBuilder::new();
        let mut glob_entry = Vec::new();
        for (i, raw) in text.lines().enumerate() {
            let Some(entry) = parse_line(i + 1, raw) else {
                continue;
            };
            let globs = match globs_for(&entry.pattern) {
                Ok(g) => g,
                Err(e) => {
                    problems.push(format!("line {}: `{}`: {e}", entry.line, entry.pattern));
                    continue;
                }
            };
            for g in globs {
                builder.add(g);
                glob_entry.push(entries.len());
            }
            entries.push(entry);
        }
        let set = builder.build().unwrap_or_else(|e| {
            problems.push(format!("cannot compile the patterns: {e}"));
            glob_entry.clear();
            GlobSet::empty()
        });
        Codeowners {
            entries,
            problems,
            set,
            glob_entry,
        }
    }

    /// The owners of `rel`, a path relative to the repository root with `/` separators: those of
    /// the last matching entry. Empty when no entry matches or the last match has no owners.
    pub fn owners(&self, rel: &str) -> &[String] {
        let rel = rel.trim_start_matches("./").trim_start_matches('/');
        self.set
            .matches(rel)
            .into_iter()
            .filter_map(|g| self.glob_entry.get(g).copied())
            .max()
            .and_then(|e| self.entries.get(e))
            .map_or(&[], |e| e.owners.as_slice())
    }

    /// The CODEOWNERS file of the repository at `root`, if any.
    pub fn find(root: &Path) -> Option<PathBuf> {
        LOCATIONS.iter().map(|l| root.join(l)).find(|p| p.is_file())
    }
}

fn parse_line(line: usize, raw: &str) -> Option<Entry> {
    let text = raw.trim();
    if text.is_empty() || text.starts_with('#') {
        return None;
    }
    let mut tokens = split_unescaped(text).into_iter();
    let pattern = tokens.next()?;
    let owners = tokens.take_while(|t| !t.starts_with('#')).collect();
    Some(Entry {
        line,
        pattern,
        owners,
    })
}

/// Splits on whitespace not escaped by `\` (a pattern may hold `\ `); keeps other escapes.
fn split_unescaped(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                cur.push('\\');
                if let Some(n) = chars.next() {
                    cur.push(n);
                }
            }
            c if c.is_whitespace() => {
                if !cur.is_empty() {
                    out.push(std::mem::take(&mut cur));
                }
            }
            c => cur.push(c),
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// The globs matching the files a pattern owns: the path itself, and everything under a matching
/// directory (unless its last segment has a wildcard). A pattern with a `/` at the start or in the middle is anchored at the root; otherwise
/// it matches at any depth. A trailing `/` matches directories only.
fn globs_for(pattern: &str) -> Result<Vec<globset::Glob>, String> {
    let dir_only = pattern.ends_with('/');
    let trimmed = pattern.trim_end_matches('/');
    let anchored = trimmed.starts_with('/') || trimmed.contains('/');
    let body = trimmed.trim_start_matches('/');
    if body.is_empty() {
        return Err("matches nothing".into());
    }
    // GitHub does not support character ranges: `[` and `]` are literal.
    let body = body.replace('[', "\\[").replace(']', "\\]");
    let base = if anchored || body.starts_with("**") {
        body
    } else {
        format!("**/{body}")
    };
    // GitHub: a wildcard in the last segment (`docs/*`) matches files at that level only, not the
    // contents of matching folders; a literal name (`/scripts`, `apps/`) owns everything under it.
    let last = base.rsplit('/').next().unwrap_or("");
    let wild_last = last != "**" && (last.contains('*') || last.contains('?'));
    let mut patterns = Vec::new();
    if !wild_last || dir_only {
        patterns.push(format!("{base}/**"));
    }
    if !dir_only {
        patterns.push(base);
    }
    patterns
        .iter()
        .map(|p| {
            GlobBuilder::new(p)
                .literal_separator(true)
                .backslash_escape(true)
                .build()
                .map_err(|e| e.kind().to_string())
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn owners<'a>(c: &'a Codeowners, path: &str) -> Vec<&'a str> {
        c.owners(path).iter().map(String::as_str).collect()
    }

    #[test]
    fn the_last_matching_line_wins() {
        let c = Codeowners::parse("*       @org/all\n*.sh    @org/shell\n/ops/   @org/ops\n");
        assert_eq!(owners(&c, "README.md"), ["@org/all"]);
        assert_eq!(owners(&c, "tools/run.sh"), ["@org/shell"]);
        // `/ops/` comes after `*.sh`: it wins for a shell script under ops/.
        assert_eq!(owners(&c, "ops/run.sh"), ["@org/ops"]);
    }

    #[test]
    fn comments_blank_lines_and_trailing_comments_are_ignored() {
        let c = Codeowners::parse("# owners\n\n  \n*.md @docs # the writers\n\\#notes @hash\n");
        assert_eq!(c.entries.len(), 2);
        assert_eq!(owners(&c, "a/b.md"), ["@docs"]);
        assert_eq!(owners(&c, "#notes"), ["@hash"]);
    }

    #[test]
    fn an_entry_without_owners_makes_paths_unowned() {
        let c = Codeowners::parse("* @org/all\n/vendor/\n");
        assert!(owners(&c, "vendor/lib/x.sh").is_empty());
        assert_eq!(owners(&c, "src/x.sh"), ["@org/all"]);
    }

    #[test]
    fn an_unanchored_directory_matches_at_any_depth() {
        let c = Codeowners::parse("apps/ @apps\n");
        assert_eq!(owners(&c, "apps/a.sh"), ["@apps"]);
        assert_eq!(owners(&c, "x/y/apps/deep/a.sh"), ["@apps"]);
        // A file named `apps` is not a directory match.
        assert!(owners(&c, "apps").is_empty());
    }

    #[test]
    fn a_slash_in_the_middle_anchors_the_pattern_at_the_root() {
        let c = Codeowners::parse("docs/* @docs\n/build/logs/ @logs\n");
        assert_eq!(owners(&c, "docs/guide.md"), ["@docs"]);
        // `*` does not cross a `/`: files deeper under docs/ are not matched.
        assert!(owners(&c, "docs/deep/guide.md").is_empty());
        assert!(owners(&c, "site/docs/guide.md").is_empty());
        assert_eq!(owners(&c, "build/logs/today/a.log"), ["@logs"]);
        assert!(owners(&c, "x/build/logs/a.log").is_empty());
    }

    #[test]
    fn a_name_without_slash_matches_files_and_directories_anywhere() {
        let c = Codeowners::parse("scripts @s\n*.py @py\n");
        assert_eq!(owners(&c, "scripts/a.sh"), ["@s"]);
        assert_eq!(owners(&c, "ci/scripts/deep/a.sh"), ["@s"]);
        assert_eq!(owners(&c, "a/b/c.py"), ["@py"]);
        assert!(owners(&c, "scriptsx/a.sh").is_empty());
    }

    #[test]
    fn double_star_matches_any_number_of_folders() {
        let c = Codeowners::parse("**/logs @logs\n/infra/**/deploy.sh @deploy\n");
        assert_eq!(owners(&c, "logs/a"), ["@logs"]);
        assert_eq!(owners(&c, "a/b/logs/c/d"), ["@logs"]);
        assert_eq!(owners(&c, "infra/deploy.sh"), ["@deploy"]);
        assert_eq!(owners(&c, "infra/a/b/deploy.sh"), ["@deploy"]);
        assert!(owners(&c, "other/infra/deploy.sh").is_empty());
    }

    #[test]
    fn star_alone_owns_everything_and_several_owners_are_kept() {
        let c = Codeowners::parse("* @a @b user@example.com\n");
        assert_eq!(owners(&c, "x/y/z.go"), ["@a", "@b", "user@example.com"]);
    }

    #[test]
    fn brackets_are_literal_and_bad_lines_are_reported_not_fatal() {
        let c = Codeowners::parse("[abc].sh @lit\n/ @root\n*.sh @sh\n");
        assert_eq!(owners(&c, "[abc].sh"), ["@sh"]);
        assert_eq!(owners(&c, "a.sh"), ["@sh"]);
        assert_eq!(c.problems.len(), 1, "{:?}", c.problems);
        let c = Codeowners::parse("[abc].md @lit\n");
        assert_eq!(owners(&c, "[abc].md"), ["@lit"]);
        assert!(owners(&c, "a.md").is_empty());
    }

    #[test]
    fn hostile_lines_never_panic_and_good_lines_still_count() {
        let c = Codeowners::parse("{a,b\n\\\n**\\\n/\n//\n***/x @x\n\u{feff}é/ @e\n*.sh @sh\n");
        assert_eq!(owners(&c, "a/b.sh"), ["@sh"]);
        assert!(owners(&c, "").is_empty());
        assert!(!c.problems.is_empty());
    }

    #[test]
    fn github_locations_are_searched_in_order() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(Codeowners::find(dir.path()), None);
        std::fs::create_dir_all(dir.path().join("docs")).unwrap();
        std::fs::write(dir.path().join("docs/CODEOWNERS"), "* @d\n").unwrap();
        std::fs::write(dir.path().join("CODEOWNERS"), "* @r\n").unwrap();
        assert_eq!(
            Codeowners::find(dir.path()),
            Some(dir.path().join("CODEOWNERS"))
        );
        std::fs::create_dir_all(dir.path().join(".github")).unwrap();
        std::fs::write(dir.path().join(".github/CODEOWNERS"), "* @g\n").unwrap();
        assert_eq!(
            Codeowners::find(dir.path()),
            Some(dir.path().join(".github/CODEOWNERS"))
        );
    }
}

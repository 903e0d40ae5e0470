//! Path globs as users write them in `--exclude`, `exclude` and `per-file-ignores`: a glob without
//! `/` matches a file or folder name at any depth, one with `/` matches the path from its base folder
//! (the working directory for flags, the config file's folder for the config), and a matched folder
//! covers everything below it.

use std::path::{Component, Path, PathBuf};

use globset::{Glob, GlobSet, GlobSetBuilder};

#[derive(Debug, Clone)]
pub struct PathGlobs {
    base: PathBuf,
    set: GlobSet,
    pub patterns: Vec<String>,
}

impl PathGlobs {
    pub fn new(base: &Path, patterns: &[String]) -> Result<PathGlobs, globset::Error> {
        let mut b = GlobSetBuilder::new();
        for p in patterns {
            let g = p.trim_start_matches("./").trim_end_matches('/');
            let anchored = if g.contains('/') {
                g.trim_start_matches('/').to_string()
            } else {
                format!("**/{g}")
            };
            b.add(Glob::new(&anchored)?);
            b.add(Glob::new(&format!("{anchored}/**"))?);
        }
        Ok(PathGlobs {
            base: normalize(base),
            set: b.build()?,
            patterns: patterns.to_vec(),
        })
    }

    /// True when the absolute path `abs` matches, relative to the base folder.
    pub fn is_match(&self, abs: &Path) -> bool {
        if self.patterns.is_empty() {
            return false;
        }
        let Ok(rel) = abs.strip_prefix(&self.base) else {
            return false;
        };
        self.set.is_match(rel)
    }
}

/// `path` made absolute against `cwd`, with `.` and `..` resolved lexically (no file system access).
pub fn absolute(path: &Path, cwd: &Path) -> PathBuf {
    if path.is_absolute() {
        normalize(path)
    } else {
        normalize(&cwd.join(path))
    }
}

fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in path.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other.as_os_str()),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_anywhere_and_paths_from_the_base() {
        let base = Path::new("/repo");
        let g = PathGlobs::new(
            base,
            &["vendor".into(), "docs/*.md".into(), "*.gen.go".into()],
        )
        .unwrap();
        assert!(g.is_match(Path::new("/repo/vendor")));
        assert!(g.is_match(Path::new("/repo/a/vendor/x.go")));
        assert!(g.is_match(Path::new("/repo/docs/a.md")));
        assert!(!g.is_match(Path::new("/repo/src/docs/a.md")));
        assert!(g.is_match(Path::new("/repo/pkg/api.gen.go")));
        assert!(!g.is_match(Path::new("/repo/pkg/api.go")));
        assert!(!g.is_match(Path::new("/elsewhere/vendor")));
    }

    #[test]
    fn absolute_resolves_dots() {
        assert_eq!(
            absolute(Path::new("./a/../b"), Path::new("/w")),
            PathBuf::from("/w/b")
        );
    }
}

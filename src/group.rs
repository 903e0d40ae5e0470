//! Groups files for bulk migrations: by owner (from CODEOWNERS) or by top-level folder, relative to
//! the repository root (the nearest folder above the scanned path holding `.git` or a CODEOWNERS).

use std::path::{Path, PathBuf};

use crate::cli::GroupBy;
use crate::codeowners::{self, Codeowners};
use crate::globs;

/// The key of files no CODEOWNERS entry owns.
pub const UNOWNED: &str = "(unowned)";
/// The folder key of files at the repository root.
pub const ROOT_FOLDER: &str = "(root)";

/// Knows the repository root and its owners; gives each file its folder and owner keys.
#[derive(Debug, Clone)]
pub struct Grouper {
    pub root: PathBuf,
    cwd: PathBuf,
    /// The CODEOWNERS file used, and its rules.
    pub codeowners: Option<(PathBuf, Codeowners)>,
}

impl Grouper {
    /// Finds the repository root above the first of `paths` and reads its CODEOWNERS, if any.
    pub fn discover(paths: &[PathBuf], cwd: &Path) -> Result<Grouper, String> {
        let first = paths
            .first()
            .map_or_else(|| cwd.to_path_buf(), |p| globs::absolute(p, cwd));
        let start = if first.is_dir() {
            first
        } else {
            first
                .parent()
                .map_or_else(|| cwd.to_path_buf(), Path::to_path_buf)
        };
        let root = start
            .ancestors()
            .find(|d| d.join(".git").exists() || Codeowners::find(d).is_some())
            .unwrap_or(&start)
            .to_path_buf();
        let codeowners = match Codeowners::find(&root) {
            None => None,
            Some(path) => {
                let text = std::fs::read_to_string(&path)
                    .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
                Some((path, Codeowners::parse(&text)))
            }
        };
        Ok(Grouper {
            root,
            cwd: cwd.to_path_buf(),
            codeowners,
        })
    }

    /// Groups by folder relative to `cwd`, without owners (when nothing asks for groups).
    pub fn without_owners(cwd: &Path) -> Grouper {
        Grouper {
            root: cwd.to_path_buf(),
            cwd: cwd.to_path_buf(),
            codeowners: None,
        }
    }

    /// Fails with a clear message when owners are asked for and there is no CODEOWNERS file.
    pub fn require(&self, by: Option<GroupBy>, flag: &str) -> Result<(), String> {
        if by == Some(GroupBy::Owner) && self.codeowners.is_none() {
            return Err(format!(
                "{flag} owner: no CODEOWNERS file in {} (looked for {})",
                self.root.display(),
                codeowners::LOCATIONS.join(", ")
            ));
        }
        Ok(())
    }

    /// The path of a reported file relative to the repository root, with `/` separators.
    pub fn relative(&self, display: &str) -> String {
        let abs = globs::absolute(Path::new(display), &self.cwd);
        match abs.strip_prefix(&self.root) {
            Ok(rel) => rel.to_string_lossy().replace('\\', "/"),
            Err(_) => display.to_string(),
        }
    }

    /// The top-level folder of a file (`(root)` for files at the root).
    pub fn folder(&self, display: &str) -> String {
        let rel = self.relative(display);
        match rel.split_once('/') {
            Some((first, _)) if !first.is_empty() => format!("{first}/"),
            _ => ROOT_FOLDER.to_string(),
        }
    }

    /// The owners of a file as one key (`@a @b`), `(unowned)` when none; `None` without CODEOWNERS.
    pub fn owner(&self, display: &str) -> Option<String> {
        let (_, c) = self.codeowners.as_ref()?;
        let owners = c.owners(&self.relative(display));
        Some(if owners.is_empty() {
            UNOWNED.to_string()
        } else {
            owners.join(" ")
        })
    }

    pub fn key(&self, by: GroupBy, display: &str) -> String {
        match by {
            GroupBy::Folder => self.folder(display),
            GroupBy::Owner => self.owner(display).unwrap_or_else(|| UNOWNED.to_string()),
        }
    }
}

/// A file name for a group's patch: `@org/team-a` -> `org-team-a`, `@a @b` -> `a+b`.
pub fn slug(key: &str) -> String {
    let parts: Vec<String> = key
        .split_whitespace()
        .map(|p| {
            let s: String = p
                .chars()
                .map(|c| {
                    if c.is_ascii_alphanumeric() || c == '.' || c == '_' {
                        c
                    } else {
                        '-'
                    }
                })
                .collect();
            s.trim_matches(|c| c == '-' || c == '.').to_string()
        })
        .filter(|s| !s.is_empty())
        .collect();
    if parts.is_empty() {
        "group".to_string()
    } else {
        parts.join("+")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_file_names() {
        assert_eq!(slug("@org/team-a"), "org-team-a");
        assert_eq!(slug("@a @b"), "a+b");
        assert_eq!(slug("(unowned)"), "unowned");
        assert_eq!(slug("(root)"), "root");
        assert_eq!(slug("scripts/"), "scripts");
        assert_eq!(slug("../"), "group");
    }

    #[test]
    fn folders_and_owners_are_relative_to_the_repository_root() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::create_dir_all(root.join(".github")).unwrap();
        std::fs::create_dir_all(root.join("ops/deep")).unwrap();
        std::fs::write(root.join(".github/CODEOWNERS"), "* @all\n/ops/ @ops\n").unwrap();
        let g = Grouper::discover(&[root.join("ops")], &root.join("ops/deep")).unwrap();
        assert_eq!(g.root, root);
        assert_eq!(g.folder("x.sh"), "ops/");
        assert_eq!(g.owner("x.sh").as_deref(), Some("@ops"));
        assert_eq!(g.owner("../../README.md").as_deref(), Some("@all"));
        assert_eq!(g.folder("../../README.md"), ROOT_FOLDER);
        assert!(g.require(Some(GroupBy::Owner), "--group-by").is_ok());
    }

    #[test]
    fn owners_without_codeowners_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        let g = Grouper::discover(&[dir.path().to_path_buf()], dir.path()).unwrap();
        assert!(g.owner("a.sh").is_none());
        let e = g.require(Some(GroupBy::Owner), "--group-by").unwrap_err();
        assert!(e.contains("no CODEOWNERS"), "{e}");
        assert!(g.require(Some(GroupBy::Folder), "--group-by").is_ok());
    }
}

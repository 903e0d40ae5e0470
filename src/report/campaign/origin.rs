//! Where a report was made: the repository's name, remote and commit, recorded by `check --format
//! json` so a campaign can tell its reports apart and link each finding to its forge. A remote is
//! stored without credentials, whatever the git configuration holds.

use std::path::{Component, Path, PathBuf};

use serde::{Deserialize, Serialize};

/// The repository of a run, as recorded in the JSON report.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Repository {
    /// `owner/name` from the remote, else the folder's name.
    pub name: String,
    /// The remote's URL without user, password, query or fragment; `None` without one.
    pub remote: Option<String>,
    /// The commit checked out (`HEAD`); `None` outside git or before the first commit.
    pub commit: Option<String>,
    /// The working directory relative to the repository's top (`""` at the top), where the report's
    /// paths start; `None` when the working directory is outside the repository.
    pub prefix: Option<String>,
}

impl Repository {
    /// The repository holding `path` (a scanned file or folder), seen from `cwd`. Without git, or
    /// outside a work tree, the folder itself names it.
    pub fn discover(path: &Path, cwd: &Path) -> Repository {
        let abs = cwd.join(path);
        let dir = if abs.is_dir() {
            abs
        } else {
            abs.parent()
                .map_or_else(|| cwd.to_path_buf(), Path::to_path_buf)
        };
        let top = crate::git::answer(&dir, &["rev-parse", "--show-toplevel"]).map(PathBuf::from);
        let root = top.clone().unwrap_or_else(|| normalize(&dir));
        let remote = top.as_ref().and_then(|t| {
            crate::git::answer(t, &["remote", "get-url", "origin"]).or_else(|| {
                let first = crate::git::answer(t, &["remote"])?
                    .lines()
                    .next()?
                    .to_string();
                crate::git::answer(t, &["remote", "get-url", &first])
            })
        });
        let remote = remote.map(|r| strip_credentials(&r));
        let folder = root
            .file_name()
            .map_or_else(|| "repository".to_string(), |n| n.to_string_lossy().into());
        let name = remote.as_deref().and_then(name_of_remote).unwrap_or(folder);
        let commit = top
            .as_ref()
            .and_then(|t| crate::git::answer(t, &["rev-parse", "--verify", "--quiet", "HEAD"]));
        let prefix = normalize(cwd)
            .strip_prefix(normalize(&root))
            .ok()
            .map(|p| p.to_string_lossy().replace('\\', "/"));
        Repository {
            name,
            remote,
            commit,
            prefix,
        }
    }

    /// The web page of `path` at `line` on the forge, when the remote is a GitHub or GitLab one and
    /// the commit is known. `path` is relative to the report's working directory.
    pub fn link(&self, path: &str, line: usize) -> Option<String> {
        let (web, kind) = web_url(self.remote.as_deref()?)?;
        let commit = self.commit.as_deref()?;
        let full = self.path_in_repository(path)?;
        let blob = match kind {
            Forge::GitHub => "blob",
            Forge::GitLab => "-/blob",
        };
        Some(format!(
            "{web}/{blob}/{commit}/{}#L{line}",
            encode_path(&full)
        ))
    }

    /// `path` (relative to the report's working directory) relative to the repository's top.
    pub fn path_in_repository(&self, path: &str) -> Option<String> {
        join_relative(self.prefix.as_deref()?, path)
    }

    /// The repository's web address, on a GitHub or GitLab forge.
    pub fn web(&self) -> Option<String> {
        web_url(self.remote.as_deref()?).map(|(url, _)| url)
    }
}

fn normalize(p: &Path) -> PathBuf {
    std::fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf())
}

/// `a/b` + `../c/d.go` = `a/c/d.go`; `None` when the path leaves the repository.
fn join_relative(prefix: &str, path: &str) -> Option<String> {
    let mut parts: Vec<String> = Vec::new();
    for c in Path::new(prefix).join(path).components() {
        match c {
            Component::Normal(s) => parts.push(s.to_string_lossy().into()),
            Component::ParentDir => {
                parts.pop()?;
            }
            Component::CurDir => {}
            Component::RootDir | Component::Prefix(_) => return None,
        }
    }
    Some(parts.join("/"))
}

/// Percent-encodes what may not stand in a URL path (keeps `/`).
fn encode_path(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || b"/-._~".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Removes user info (`user:token@`), the query and the fragment from a remote URL; an scp-like
/// remote (`git@host:owner/repo.git`) loses its user.
pub fn strip_credentials(remote: &str) -> String {
    let remote = remote.trim();
    let remote = remote.split(['?', '#']).next().unwrap_or("");
    if let Some((scheme, rest)) = remote.split_once("://") {
        let (authority, path) = rest.split_once('/').unwrap_or((rest, ""));
        let host = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
        let slash = if rest.contains('/') { "/" } else { "" };
        return format!("{scheme}://{host}{slash}{path}");
    }
    // scp-like: [user@]host:path (a local path has no colon before its first slash)
    match remote.split_once(':') {
        Some((left, path)) if !left.contains('/') => {
            let host = left.rsplit_once('@').map_or(left, |(_, h)| h);
            format!("{host}:{path}")
        }
        _ => remote.to_string(),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Forge {
    GitHub,
    GitLab,
}

/// `(host, owner/repo path)` of a remote, from URL or scp-like forms.
fn host_and_path(remote: &str) -> Option<(String, String)> {
    let remote = strip_credentials(remote);
    let (host, path) = match remote.split_once("://") {
        Some((scheme, rest)) => {
            if scheme == "file" {
                return None;
            }
            let (authority, path) = rest.split_once('/')?;
            // ssh://host:2222/x: the port is not part of the web address.
            let host = authority.split(':').next()?;
            (host.to_string(), path.to_string())
        }
        None => {
            let (host, path) = remote.split_once(':')?;
            if host.contains('/') {
                return None;
            }
            (host.to_string(), path.to_string())
        }
    };
    let path = path.trim_matches('/');
    let path = path.strip_suffix(".git").unwrap_or(path);
    (!host.is_empty() && path.contains('/')).then(|| (host.to_lowercase(), path.to_string()))
}

/// `owner/repo` of a forge remote.
fn name_of_remote(remote: &str) -> Option<String> {
    host_and_path(remote).map(|(_, p)| p)
}

/// The repository's web address and its forge kind, for GitHub and GitLab remotes.
fn web_url(remote: &str) -> Option<(String, Forge)> {
    let (host, path) = host_and_path(remote)?;
    let kind = if host.contains("github") {
        Forge::GitHub
    } else if host.contains("gitlab") {
        Forge::GitLab
    } else {
        return None;
    };
    Some((format!("https://{host}/{path}"), kind))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn credentials_never_survive_in_a_remote() {
        for (raw, clean) in [
            (
                "https://user:ghp_s3cret@github.com/org/repo.git",
                "https://github.com/org/repo.git",
            ),
            (
                "https://oauth2:glpat-s3cret@gitlab.example.com/g/sub/repo.git",
                "https://gitlab.example.com/g/sub/repo.git",
            ),
            (
                "https://gitlab.com/g/r.git?private_token=s3cret",
                "https://gitlab.com/g/r.git",
            ),
            ("git@github.com:org/repo.git", "github.com:org/repo.git"),
            (
                "ssh://git:pw@github.com:22/org/repo",
                "ssh://github.com:22/org/repo",
            ),
            ("/srv/git/repo", "/srv/git/repo"),
        ] {
            assert_eq!(strip_credentials(raw), clean, "{raw}");
            assert!(!strip_credentials(raw).contains("s3cret"));
        }
    }

    #[test]
    fn links_follow_github_and_gitlab_url_forms() {
        let repo = |remote: &str, prefix: &str| Repository {
            name: "x".into(),
            remote: Some(strip_credentials(remote)),
            commit: Some("abc123".into()),
            prefix: Some(prefix.into()),
        };
        assert_eq!(
            repo("git@github.com:org/repo.git", "").link("src/a b.go", 7),
            Some("https://github.com/org/repo/blob/abc123/src/a%20b.go#L7".into())
        );
        assert_eq!(
            repo("https://tok:s3cret@gitlab.com/grp/sub/proj.git", "svc").link("../x.sh", 2),
            Some("https://gitlab.com/grp/sub/proj/-/blob/abc123/x.sh#L2".into())
        );
        assert_eq!(
            repo("ssh://git@github.com:22/o/r", "").link("a.sh", 1),
            Some("https://github.com/o/r/blob/abc123/a.sh#L1".into())
        );
        // Unknown forge, a path leaving the repository, no commit: no link.
        assert_eq!(repo("https://git.example.com/o/r", "").link("a", 1), None);
        assert_eq!(repo("https://github.com/o/r", "").link("../a", 1), None);
        let mut r = repo("https://github.com/o/r", "");
        r.commit = None;
        assert_eq!(r.link("a", 1), None);
    }

    #[test]
    fn names_come_from_the_remote_path() {
        assert_eq!(
            name_of_remote("https://github.com/mongodb/atlas-cli.git").as_deref(),
            Some("mongodb/atlas-cli")
        );
        assert_eq!(
            name_of_remote("git@gitlab.com:grp/sub/proj.git").as_deref(),
            Some("grp/sub/proj")
        );
        assert_eq!(name_of_remote("/srv/git/repo"), None);
    }
}

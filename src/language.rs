//! What language a file is written in, from its name, extension and shebang, and how it writes comments.

use std::path::Path;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Language {
    Go,
    Rust,
    Shell,
    Makefile,
    Dockerfile,
    Yaml,
    Markdown,
    Python,
    JavaScript,
    TypeScript,
    Json,
    Toml,
    Terraform,
    Ruby,
    Java,
    Http,
    Text,
}

/// How a language marks comments, as far as the text-level detectors need to know.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CommentStyle {
    /// `#` to end of line (shell, YAML, Python, Makefile, Dockerfile, TOML, Ruby).
    Hash,
    /// `//` to end of line and `/* ... */` (Go, Rust, JavaScript, TypeScript, Java).
    Slash,
    /// `#`, `//` and `/* */` (Terraform/HCL).
    HashAndSlash,
    /// No comments the detectors can rely on (Markdown prose, JSON, plain text).
    None,
}

impl Language {
    pub fn name(self) -> &'static str {
        match self {
            Language::Go => "go",
            Language::Rust => "rust",
            Language::Shell => "shell",
            Language::Makefile => "makefile",
            Language::Dockerfile => "dockerfile",
            Language::Yaml => "yaml",
            Language::Markdown => "markdown",
            Language::Python => "python",
            Language::JavaScript => "javascript",
            Language::TypeScript => "typescript",
            Language::Json => "json",
            Language::Toml => "toml",
            Language::Terraform => "terraform",
            Language::Ruby => "ruby",
            Language::Java => "java",
            Language::Http => "http",
            Language::Text => "text",
        }
    }

    /// The name as written in prose ("Go", "Rust"; else the same as [`Language::name`]).
    pub fn title(self) -> &'static str {
        match self {
            Language::Go => "Go",
            Language::Rust => "Rust",
            other => other.name(),
        }
    }

    pub fn comment_style(self) -> CommentStyle {
        match self {
            Language::Shell
            | Language::Makefile
            | Language::Dockerfile
            | Language::Yaml
            | Language::Python
            | Language::Toml
            | Language::Ruby
            | Language::Http => CommentStyle::Hash,
            Language::Go
            | Language::Rust
            | Language::JavaScript
            | Language::TypeScript
            | Language::Java => CommentStyle::Slash,
            Language::Terraform => CommentStyle::HashAndSlash,
            Language::Markdown | Language::Json | Language::Text => CommentStyle::None,
        }
    }

    /// The language of a Markdown fence info string (```` ```bash ````), if it names one we know.
    pub fn from_fence_tag(tag: &str) -> Option<Language> {
        let tag = tag.trim().trim_start_matches('{').trim_start_matches('.');
        let word = tag
            .split(|c: char| c.is_whitespace() || c == ',' || c == '}' || c == '{')
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        Some(match word.as_str() {
            "go" | "golang" => Language::Go,
            "rust" | "rs" => Language::Rust,
            "sh" | "bash" | "shell" | "zsh" | "console" | "shell-session" | "shellsession" => {
                Language::Shell
            }
            "make" | "makefile" => Language::Makefile,
            "dockerfile" | "docker" => Language::Dockerfile,
            "yaml" | "yml" => Language::Yaml,
            "python" | "py" | "python3" => Language::Python,
            "javascript" | "js" | "jsx" | "node" => Language::JavaScript,
            "typescript" | "ts" | "tsx" => Language::TypeScript,
            "json" => Language::Json,
            "toml" => Language::Toml,
            "hcl" | "terraform" | "tf" => Language::Terraform,
            "ruby" | "rb" => Language::Ruby,
            "java" => Language::Java,
            "http" | "rest" => Language::Http,
            _ => return None,
        })
    }
}

/// Classifies a file from its name and extension, then its shebang line.
pub fn classify(path: &Path, head: &[u8]) -> Language {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    let lower = name.to_ascii_lowercase();
    if let Some(lang) = by_name(&lower) {
        return lang;
    }
    let ext = lower.rsplit_once('.').map(|(_, e)| e).unwrap_or("");
    if let Some(lang) = by_extension(ext) {
        return lang;
    }
    by_shebang(head).unwrap_or(Language::Text)
}

fn by_name(lower: &str) -> Option<Language> {
    Some(match lower {
        "makefile" | "gnumakefile" | "bsdmakefile" => Language::Makefile,
        "dockerfile" | "containerfile" => Language::Dockerfile,
        "jenkinsfile" => Language::Java,
        _ if lower.starts_with("dockerfile.") || lower.ends_with(".dockerfile") => {
            Language::Dockerfile
        }
        _ if lower.starts_with("makefile.") => Language::Makefile,
        _ => return None,
    })
}

fn by_extension(ext: &str) -> Option<Language> {
    Some(match ext {
        "go" => Language::Go,
        "rs" => Language::Rust,
        "sh" | "bash" | "zsh" | "ksh" | "bats" | "envrc" => Language::Shell,
        "mk" | "make" => Language::Makefile,
        "yml" | "yaml" => Language::Yaml,
        "md" | "markdown" | "mdx" => Language::Markdown,
        "py" | "pyi" => Language::Python,
        "js" | "mjs" | "cjs" | "jsx" => Language::JavaScript,
        "ts" | "mts" | "cts" | "tsx" => Language::TypeScript,
        "json" => Language::Json,
        "toml" => Language::Toml,
        "tf" | "hcl" | "tfvars" => Language::Terraform,
        "rb" => Language::Ruby,
        "java" | "kt" | "groovy" => Language::Java,
        "http" | "rest" => Language::Http,
        _ => return None,
    })
}

fn by_shebang(head: &[u8]) -> Option<Language> {
    let line = head.strip_prefix(b"#!")?;
    let end = memchr::memchr(b'\n', line).unwrap_or(line.len());
    let line = std::str::from_utf8(&line[..end]).ok()?;
    let mut words = line.split_whitespace();
    let mut prog = words.next()?.rsplit('/').next()?;
    if prog == "env" {
        prog = words.find(|w| !w.starts_with('-'))?;
    }
    Some(match prog {
        "sh" | "bash" | "zsh" | "ksh" | "dash" | "ash" => Language::Shell,
        p if p.starts_with("python") => Language::Python,
        "node" | "deno" | "bun" => Language::JavaScript,
        "ruby" => Language::Ruby,
        "make" => Language::Makefile,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_by_name_extension_and_shebang() {
        assert_eq!(classify(Path::new("a/Makefile"), b""), Language::Makefile);
        assert_eq!(
            classify(Path::new("Dockerfile.prod"), b""),
            Language::Dockerfile
        );
        assert_eq!(
            classify(Path::new(".github/workflows/ci.yml"), b""),
            Language::Yaml
        );
        assert_eq!(classify(Path::new("x.GO"), b""), Language::Go);
        assert_eq!(
            classify(Path::new("bin/snap"), b"#!/usr/bin/env bash\n"),
            Language::Shell
        );
        assert_eq!(
            classify(Path::new("bin/snap"), b"#!/usr/bin/python3 -u\n"),
            Language::Python
        );
        assert_eq!(classify(Path::new("bin/snap"), b"hello"), Language::Text);
    }

    #[test]
    fn fence_tags() {
        assert_eq!(Language::from_fence_tag("console"), Some(Language::Shell));
        assert_eq!(Language::from_fence_tag("{.bash}"), Some(Language::Shell));
        assert_eq!(Language::from_fence_tag("go title=x"), Some(Language::Go));
        assert_eq!(Language::from_fence_tag("text"), None);
    }
}

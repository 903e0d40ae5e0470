//! Embeds every `rules/*.toml` in the binary, so the tool works without its source tree, and the
//! commit the binary was built from, so `--version` names it.

use std::{env, fs, path::Path, process::Command};

fn main() {
    embed_rules();
    embed_commit();
}

fn embed_rules() {
    println!("cargo:rerun-if-changed=rules");
    let mut names: Vec<String> = fs::read_dir("rules")
        .expect("rules/ folder")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".toml"))
        .collect();
    names.sort();
    let root = env::var("CARGO_MANIFEST_DIR").expect("CARGO_MANIFEST_DIR");
    let mut out = String::from("&[\n");
    for name in &names {
        println!("cargo:rerun-if-changed=rules/{name}");
        let path = Path::new(&root).join("rules").join(name);
        out.push_str(&format!(
            "    ({name:?}, include_str!({:?})),\n",
            path.display().to_string()
        ));
    }
    out.push(']');
    let dest = Path::new(&env::var("OUT_DIR").expect("OUT_DIR")).join("builtin_rules.rs");
    fs::write(dest, out).expect("write builtin_rules.rs");
}

/// `ATLAS_SUNSET_COMMIT` for the compiler: the `ATLAS_SUNSET_COMMIT` variable when a packager sets
/// it, else the commit `cargo package` recorded in `.cargo_vcs_info.json` (a crate from crates.io),
/// else `git rev-parse HEAD` when this folder is a git work tree's top, else `unknown`.
fn embed_commit() {
    println!("cargo:rerun-if-env-changed=ATLAS_SUNSET_COMMIT");
    let commit = env::var("ATLAS_SUNSET_COMMIT")
        .ok()
        .filter(|c| !c.trim().is_empty())
        .or_else(packaged_commit)
        .or_else(git_commit)
        .unwrap_or_else(|| "unknown".to_string());
    println!("cargo:rustc-env=ATLAS_SUNSET_COMMIT={}", commit.trim());
}

/// `{"git": {"sha1": "..."}}` in the file `cargo package` writes; a search for the one key does it.
fn packaged_commit() -> Option<String> {
    let text = fs::read_to_string(".cargo_vcs_info.json").ok()?;
    println!("cargo:rerun-if-changed=.cargo_vcs_info.json");
    let after = &text[text.find("\"sha1\"")? + "\"sha1\"".len()..];
    let start = after.find('"')? + 1;
    let sha = &after[start..start + after[start..].find('"')?];
    is_sha(sha).then(|| sha.to_string())
}

fn git(args: &[&str]) -> Option<String> {
    let out = Command::new("git").args(args).output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).trim().to_string())
}

/// HEAD of the work tree whose top is this folder (not of a repository it happens to sit in, as a
/// crate unpacked under someone's checkout would), and the files whose change moves HEAD.
fn git_commit() -> Option<String> {
    let top = git(&["rev-parse", "--show-toplevel"])?;
    let here = env::var("CARGO_MANIFEST_DIR").ok()?;
    if fs::canonicalize(top).ok()? != fs::canonicalize(here).ok()? {
        return None;
    }
    let mut watched = vec![git(&["rev-parse", "--git-path", "HEAD"])?];
    if let Some(branch) = git(&["symbolic-ref", "-q", "HEAD"]) {
        watched.push(git(&["rev-parse", "--git-path", &branch])?);
    }
    watched.push(git(&["rev-parse", "--git-path", "packed-refs"])?);
    // A path that does not exist would make cargo run this script on every build.
    for path in watched.iter().filter(|p| Path::new(p).exists()) {
        println!("cargo:rerun-if-changed={path}");
    }
    git(&["rev-parse", "HEAD"]).filter(|sha| is_sha(sha))
}

fn is_sha(s: &str) -> bool {
    s.len() >= 7 && s.bytes().all(|b| b.is_ascii_hexdigit())
}

//! The crates as crates.io would ship them: `cargo package --locked --workspace` makes atlas-sunset
//! and the vendored Go grammar (tree-sitter-go-atlas, published first by release.yml), and the
//! unpacked atlas-sunset, outside any git work tree, builds offline against the unpacked grammar
//! (a `[patch]` stands in for crates.io, so this build re-resolves that one source and cannot be
//! `--locked`; the lock itself is checked by `cargo package --locked`) and its `--version` names
//! the commit it was packaged from (read from the `.cargo_vcs_info.json` cargo package writes). The
//! build shares this project's target/ folder (as `cargo package`'s own verification does), so only
//! the two packaged crates compile again.

#[path = "support/python.rs"]
mod python;

use python::{ok, project, target_dir};
use std::process::Command;

#[test]
fn the_packaged_crate_builds_locked_and_names_its_commit() {
    ok(Command::new(env!("CARGO"))
        // Verified below by building the unpacked package; --allow-dirty for work in progress.
        .args([
            "package",
            "--locked",
            "--no-verify",
            "--allow-dirty",
            "--workspace",
        ])
        .current_dir(project()));
    let name = format!("atlas-sunset-{}", env!("CARGO_PKG_VERSION"));
    let krate = target_dir().join("package").join(format!("{name}.crate"));
    let grammar = target_dir().join("package/tree-sitter-go-atlas-0.25.0.crate");
    let tmp = tempfile::tempdir().unwrap();
    for krate in [&krate, &grammar] {
        ok(Command::new("tar")
            .arg("-xzf")
            .arg(krate)
            .arg("-C")
            .arg(tmp.path()));
    }
    let unpacked = tmp.path().join(&name);
    assert!(unpacked.join(".cargo_vcs_info.json").is_file());
    assert!(
        !Command::new("git")
            .args(["rev-parse", "--git-dir"])
            .current_dir(&unpacked)
            .output()
            .unwrap()
            .status
            .success(),
        "the unpacked crate must not sit in a git work tree"
    );
    // The unpacked crate builds into this project's target folder (so only it compiles again), and
    // cargo puts its binary where the other tests find this project's: keep ours aside meanwhile.
    let _ours = KeptAside::new(target_dir().join("debug/atlas-sunset"));
    ok(Command::new(env!("CARGO"))
        .args(["build", "--offline", "--bin", "atlas-sunset", "--config"])
        .arg(r#"patch.crates-io.tree-sitter-go-atlas.path="../tree-sitter-go-atlas-0.25.0""#)
        .current_dir(&unpacked)
        .env("CARGO_TARGET_DIR", target_dir())
        .env_remove("ATLAS_SUNSET_COMMIT"));
    let o = ok(Command::new(target_dir().join("debug/atlas-sunset")).arg("--version"));
    assert_eq!(
        String::from_utf8_lossy(&o.stdout).trim(),
        python::expected_version()
    );
}

/// A file moved aside for the guard's life and put back when it drops, even after a failed
/// assertion.
struct KeptAside {
    path: std::path::PathBuf,
    aside: std::path::PathBuf,
}

impl KeptAside {
    fn new(path: std::path::PathBuf) -> KeptAside {
        let aside = path.with_extension("kept-aside");
        std::fs::copy(&path, &aside).expect("copy the project's binary aside");
        KeptAside { path, aside }
    }
}

impl Drop for KeptAside {
    fn drop(&mut self) {
        std::fs::rename(&self.aside, &self.path).expect("put the project's binary back");
    }
}

//! Helpers shared by the CLI tests: output text, temporary trees, headless Chromium, SARIF validation.
// Each test crate uses some of these.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub mod git;
#[path = "../sarif_multitool/mod.rs"]
pub mod sarif_multitool;

/// Where test artefacts (report screenshots) are kept: `target/bulk-artefacts/`.
pub fn artefacts() -> PathBuf {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("target"));
    let dir = target.join("bulk-artefacts");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Headless Chromium with a throw-away profile, offline, logging to standard error.
pub fn chromium(args: &[&str]) -> Output {
    let profile = tempfile::tempdir().unwrap();
    Command::new("chromium")
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--enable-logging=stderr",
            "--v=0",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .args(args)
        .output()
        .expect("chromium must be installed (apt-get install chromium)")
}

/// The SARIF Multitool's complaints about a file (tests/sarif_multitool: exit status, stderr and
/// whether it scanned the file are checked too).
#[allow(unused_imports)]
pub use sarif_multitool::problems as sarif_problems;

/// What a run printed on standard output.
pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// What a run printed on standard error.
pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A temporary folder holding these files (folders made as needed).
pub fn tree(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    write_tree(dir.path(), files);
    dir
}

/// Writes these files under `root` (folders made as needed).
pub fn write_tree(root: &Path, files: &[(&str, &str)]) {
    for (name, text) in files {
        let p = root.join(name);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    }
}

/// Runs this build's atlas-sunset in `dir`, with `NO_COLOR` removed so that only `--color` and
/// the terminal decide (the output is a pipe here: no colour unless asked).
pub fn atlas(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_atlas-sunset"))
        .args(args)
        .current_dir(dir)
        .env_remove("NO_COLOR")
        .output()
        .expect("run atlas-sunset")
}

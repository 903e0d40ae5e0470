//! Helpers shared by the CLI tests that render reports in headless Chromium or validate SARIF.
// Each test crate uses some of these.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

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

/// Microsoft's SARIF Multitool: `SARIF_MULTITOOL`, or where `scripts/test` installs it.
pub fn multitool() -> PathBuf {
    let p = std::env::var_os("SARIF_MULTITOOL")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join(".tools/sarif/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool")
        });
    assert!(
        p.exists(),
        "SARIF Multitool missing at {} (scripts/test installs it)",
        p.display()
    );
    p
}

/// The validator's complaints with GitHub's rules (it exits 0 even on errors, so its output is read).
pub fn sarif_problems(file: &Path) -> Vec<String> {
    let o = Command::new(multitool())
        .args(["validate", "--rule-kind", "Gh;Sarif"])
        .arg(file)
        .output()
        .expect("run Sarif.Multitool");
    String::from_utf8_lossy(&o.stdout)
        .lines()
        .chain(String::from_utf8_lossy(&o.stderr).lines())
        .filter(|l| l.contains(": error") || l.contains(": warning"))
        .map(str::to_string)
        .collect()
}

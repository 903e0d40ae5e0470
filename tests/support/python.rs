//! Shared by the tests of the Python wheel: the tools scripts/test installs under `.tools/` (maturin in
//! `.tools/venv`, wheels of maturin and setuptools in `.tools/wheels` for offline builds), building
//! the wheel once per run into this project's target/ folder, fresh virtual environments, and a
//! PATH without cargo.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub fn project() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// `.tools/<rel>`, which scripts/test installs; a missing one fails the test.
pub fn tool(rel: &str) -> PathBuf {
    let p = project().join(".tools").join(rel);
    assert!(
        p.exists(),
        "{} is missing: scripts/test installs it",
        p.display()
    );
    p
}

pub fn text(o: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

/// Runs `cmd`, asserting it succeeded.
pub fn ok(cmd: &mut Command) -> Output {
    let o = cmd
        .output()
        .unwrap_or_else(|e| panic!("{cmd:?} could not start: {e}"));
    assert!(o.status.success(), "{cmd:?}: {}", text(&o));
    o
}

/// The cargo build folder shared with `cargo test` (a dev build, so the wheel costs a relink).
pub fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| project().join("target"))
}

/// Held while a build runs: maturin builds in the source tree, so two at once may trip on each other.
pub fn build_lock() -> std::sync::MutexGuard<'static, ()> {
    static LOCK: std::sync::Mutex<()> = std::sync::Mutex::new(());
    LOCK.lock().unwrap_or_else(|e| e.into_inner())
}

/// Builds the wheel with maturin (`--profile dev`) into `out` and returns its path.
pub fn build_wheel(out: &Path) -> PathBuf {
    let _build = build_lock();
    ok(Command::new(tool("venv/bin/maturin"))
        .args(["build", "--profile", "dev", "--out"])
        .arg(out)
        .current_dir(project())
        .env("CARGO_TARGET_DIR", target_dir()));
    let wheels: Vec<PathBuf> = std::fs::read_dir(out)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "whl"))
        .collect();
    assert_eq!(wheels.len(), 1, "{wheels:?}");
    wheels[0].clone()
}

/// A fresh virtual environment at `dir` (without pip of its own: seeding one is slow on a loaded
/// machine); returns its bin folder.
pub fn venv(dir: &Path) -> PathBuf {
    ok(Command::new("python3")
        .args(["-m", "venv", "--without-pip"])
        .arg(dir));
    dir.join("bin")
}

/// `pip install ARGS` into the environment whose bin folder is `bin`, with the pip of `.tools/venv`.
pub fn pip_install(bin: &Path) -> Command {
    let mut cmd = Command::new(tool("venv/bin/pip"));
    cmd.args(["--python"])
        .arg(bin.join("python"))
        .args(["install", "--quiet"]);
    cmd
}

/// PATH less every folder that holds `cargo` or `rustc`; asserts the result finds neither.
pub fn path_without_cargo() -> String {
    let path = std::env::var_os("PATH").unwrap_or_default();
    let kept: Vec<PathBuf> = std::env::split_paths(&path)
        .filter(|d| !d.join("cargo").exists() && !d.join("rustc").exists())
        .collect();
    let joined = std::env::join_paths(kept).unwrap();
    for tool in ["cargo", "rustc"] {
        let found = Command::new("sh")
            .args(["-c", &format!("command -v {tool}")])
            .env("PATH", &joined)
            .output()
            .unwrap();
        assert!(!found.status.success(), "{tool} still on PATH");
    }
    joined.into_string().unwrap()
}

/// What `atlas-sunset --version` must print for this checkout (without the newline).
pub fn expected_version() -> String {
    format!(
        "atlas-sunset {} (commit {})",
        env!("CARGO_PKG_VERSION"),
        head_commit()
    )
}

/// The commit this checkout is at, which `--version` must name.
pub fn head_commit() -> String {
    let o = ok(Command::new("git")
        .args(["rev-parse", "HEAD"])
        .current_dir(project()));
    String::from_utf8_lossy(&o.stdout).trim().to_string()
}

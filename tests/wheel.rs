//! The Python package (pyproject.toml, maturin with `bindings = "bin"`): `pip install .` and the
//! built wheel each put a working `atlas-sunset` on PATH in a fresh virtual environment, the wheel
//! with no cargo or rustc on PATH. Builds use the wheels of maturin that scripts/test keeps in
//! `.tools/wheels` (no index), and this project's target/ folder, so a run costs one relink.

#[path = "support/python.rs"]
mod python;

use python::{
    build_wheel, head_commit, ok, path_without_cargo, pip_install, project, target_dir, text, tool,
    venv,
};
use std::path::Path;
use std::process::Command;

const RETIRED: &str =
    "curl \"https://cloud.mongodb.com/api/atlas/v2/groups/$G/serverless/$C/backup/snapshots/$S\"\n";

/// `atlas-sunset --version` and a check of one retired call, found through PATH only.
fn runs_from_path(bin: &Path, path: &str) {
    let search = format!("{}:{path}", bin.display());
    let o = ok(Command::new("atlas-sunset")
        .arg("--version")
        .env("PATH", &search));
    assert_eq!(
        String::from_utf8_lossy(&o.stdout).trim(),
        format!(
            "atlas-sunset {} (commit {})",
            env!("CARGO_PKG_VERSION"),
            head_commit()
        )
    );
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("snapshot.sh"), RETIRED).unwrap();
    let o = Command::new("atlas-sunset")
        .args(["check", "--format", "concise", "."])
        .current_dir(dir.path())
        .env("PATH", &search)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    assert!(
        text(&o).contains("snapshot.sh:1:46: error[serverless-backup-snapshot-get]"),
        "{}",
        text(&o)
    );
}

#[test]
fn pip_install_dot_puts_atlas_sunset_on_path_in_a_fresh_venv() {
    let tmp = tempfile::tempdir().unwrap();
    let bin = venv(&tmp.path().join("venv"));
    ok(pip_install(&bin)
        .arg(project())
        .env("PIP_NO_INDEX", "1")
        .env("PIP_FIND_LINKS", tool("wheels"))
        .env("MATURIN_PEP517_ARGS", "--profile dev")
        .env("CARGO_TARGET_DIR", target_dir()));
    runs_from_path(&bin, &path_without_cargo());
}

#[test]
fn the_wheel_installs_and_runs_with_no_cargo_on_path() {
    let tmp = tempfile::tempdir().unwrap();
    let wheel = build_wheel(&tmp.path().join("dist"));
    let name = wheel.file_name().unwrap().to_string_lossy().into_owned();
    assert!(
        name.starts_with(&format!(
            "atlas_sunset-{}-py3-none-",
            env!("CARGO_PKG_VERSION")
        )),
        "{name}"
    );
    let bin = venv(&tmp.path().join("venv"));
    let path = path_without_cargo();
    ok(pip_install(&bin)
        .arg("--no-index")
        .arg(&wheel)
        .env("PATH", &path));
    runs_from_path(&bin, &path);
}

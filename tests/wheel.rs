//! The Python package (pyproject.toml, maturin with `bindings = "bin"`): `pip install .` and the
//! built wheel each put a working `atlas-sunset` on PATH in a fresh virtual environment, the wheel
//! with no cargo or rustc on PATH; and the README's `repo: local` pre-commit recipe, as written, runs
//! under the real pre-commit installing that wheel, with no cargo on PATH. Builds use the wheels of
//! maturin and setuptools that scripts/test keeps in `.tools/wheels` (no index), and this project's
//! target/ folder, so a run costs a relink. (No test here runs the binary cargo test built, which
//! these builds re-link.)

#[path = "support/git.rs"]
mod git;
#[path = "support/python.rs"]
mod python;
#[path = "support/readme.rs"]
mod readme;

use git::git;
use python::{
    build_wheel, ok, path_without_cargo, pip_install, project, target_dir, text, tool, venv,
};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

/// The wheel, built once per run under cargo's temporary folder for tests.
fn wheel() -> &'static Path {
    static WHEEL: OnceLock<PathBuf> = OnceLock::new();
    WHEEL.get_or_init(|| {
        let dist = Path::new(env!("CARGO_TARGET_TMPDIR")).join("wheel-dist");
        let _ = std::fs::remove_dir_all(&dist);
        build_wheel(&dist)
    })
}

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
        python::expected_version()
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
    let build = python::build_lock();
    ok(pip_install(&bin)
        .arg(project())
        .env("PIP_NO_INDEX", "1")
        .env("PIP_FIND_LINKS", tool("wheels"))
        .env("MATURIN_PEP517_ARGS", "--profile dev")
        .env("CARGO_TARGET_DIR", target_dir()));
    drop(build);
    runs_from_path(&bin, &path_without_cargo());
}

#[test]
fn the_wheel_installs_and_runs_with_no_cargo_on_path() {
    let tmp = tempfile::tempdir().unwrap();
    let wheel = wheel();
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
        .arg(wheel)
        .env("PATH", &path));
    runs_from_path(&bin, &path);
}

const MIGRATED: &str = "curl -H 'Accept: application/vnd.atlas.2024-11-13+json' \"https://cloud.mongodb.com/api/atlas/v2/groups/$G/flexClusters/$C/backup/snapshots/$S\"\n";

/// `pre-commit run ARGS` in `work`, installing from the wheel and `.tools/wheels` only, with no cargo
/// on PATH.
fn pre_commit(work: &Path, home: &Path, args: &[&str]) -> std::process::Output {
    let find_links = format!(
        "{} {}",
        wheel().parent().unwrap().display(),
        tool("wheels").display()
    );
    Command::new("pre-commit")
        .args(["run"])
        .args(args)
        .current_dir(work)
        .env("PATH", path_without_cargo())
        .env("PIP_NO_INDEX", "1")
        .env("PIP_FIND_LINKS", &find_links)
        .env("PRE_COMMIT_HOME", home)
        .output()
        .expect("pre-commit must be installed (scripts/test installs it)")
}

/// A git repository at `dir` holding `files`, committed; returns the commit.
fn repo_with(dir: &Path, files: &[(&str, &str)]) -> String {
    std::fs::create_dir_all(dir).unwrap();
    git(dir, &["init", "-q"]);
    for (name, content) in files {
        std::fs::write(dir.join(name), content).unwrap();
    }
    git(dir, &["add", "-A"]);
    git(dir, &["commit", "-qm", "files"]);
    let o = git(dir, &["rev-parse", "HEAD"]);
    String::from_utf8_lossy(&o.stdout).trim().to_string()
}

/// A repository to commit in, under `tmp`, with `config` as its pre-commit config and a retired
/// call staged; and a PRE_COMMIT_HOME beside it.
fn work_repo(tmp: &Path, config: &str) -> (PathBuf, PathBuf) {
    let work = tmp.join("work");
    repo_with(
        &work,
        &[
            (".pre-commit-config.yaml", config),
            ("snapshot.sh", RETIRED),
        ],
    );
    (work, tmp.join("pre-commit-home"))
}

fn pre_commit_recipe(n: usize) -> String {
    readme::blocks_in_section(&readme::readme(), "### pre-commit", "yaml")[n].clone()
}

#[test]
fn the_python_pre_commit_recipe_runs_the_wheel_with_no_cargo_on_path() {
    let config = pre_commit_recipe(1);
    assert!(config.contains("language: python"), "{config}");
    let tmp = tempfile::tempdir().unwrap();
    let (work, home) = work_repo(tmp.path(), &config);
    // The pinned version is this tree's, or pip finds no wheel for it.
    let o = pre_commit(&work, &home, &["--all-files"]);
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    assert!(text(&o).contains("snapshot.sh:1:"), "{}", text(&o));
    std::fs::write(work.join("snapshot.sh"), MIGRATED).unwrap();
    let o = pre_commit(&work, &home, &["--all-files"]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
}

#[test]
fn the_pre_commit_mirror_hooks_check_and_fix_with_the_wheel_and_no_cargo_on_path() {
    let mirror = project().join("pre-commit-mirror");
    let version = env!("CARGO_PKG_VERSION");
    let pyproject = std::fs::read_to_string(mirror.join("pyproject.toml")).unwrap();
    assert!(
        pyproject.contains(&format!("version = \"{version}\"")),
        "{pyproject}"
    );
    assert!(
        pyproject.contains(&format!("\"atlas-sunset=={version}\"")),
        "{pyproject}"
    );
    let tmp = tempfile::tempdir().unwrap();
    let hooks = tmp.path().join("atlas-sunset-pre-commit");
    let files: Vec<(String, String)> = std::fs::read_dir(&mirror)
        .unwrap()
        .map(|e| e.unwrap().path())
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read_to_string(&p).unwrap())
        })
        .collect();
    let files: Vec<(&str, &str)> = files
        .iter()
        .map(|(n, c)| (n.as_str(), c.as_str()))
        .collect();
    let rev = repo_with(&hooks, &files);

    // The README's recipe for it, pointed at the copy: its rev is the tag the release makes.
    let recipe = pre_commit_recipe(0);
    assert!(recipe.contains(&format!("rev: v{version}\n")), "{recipe}");
    let config = recipe
        .lines()
        .map(|l| match l.trim_start() {
            t if t.starts_with("- repo: ") => format!("  - repo: {}", hooks.display()),
            t if t.starts_with("rev: ") => format!("    rev: {rev}"),
            t if t.starts_with("# - id: atlas-sunset-fix") => {
                "      - id: atlas-sunset-fix\n        stages: [manual]".to_string()
            }
            _ => l.to_string(),
        })
        .collect::<Vec<_>>()
        .join("\n");
    let (work, home) = work_repo(tmp.path(), &config);
    let o = pre_commit(&work, &home, &["--all-files", "atlas-sunset"]);
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    assert!(text(&o).contains("snapshot.sh:1:"), "{}", text(&o));
    let o = pre_commit(
        &work,
        &home,
        &["--all-files", "--hook-stage", "manual", "atlas-sunset-fix"],
    );
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    assert!(
        text(&o).contains("files were modified by this hook"),
        "{}",
        text(&o)
    );
    assert_eq!(
        std::fs::read_to_string(work.join("snapshot.sh")).unwrap(),
        RETIRED.replace("/serverless/", "/flexClusters/")
    );
    let o = pre_commit(&work, &home, &["--all-files", "atlas-sunset"]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
}

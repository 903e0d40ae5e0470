//! The GitHub workflows: actionlint (with shellcheck on their scripts) passes on every file of
//! .github/workflows; ci.yml runs the README's test command; the release packs an archive for every
//! target action.yml downloads, with scripts/package-release.sh.

#[path = "support/python.rs"]
mod python;

use python::{project, text, tool};
use std::process::Command;

fn read(rel: &str) -> String {
    std::fs::read_to_string(project().join(rel)).unwrap()
}

#[test]
fn actionlint_passes_on_every_workflow() {
    let workflows: Vec<_> = std::fs::read_dir(project().join(".github/workflows"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert!(workflows.len() >= 2, "{workflows:?}");
    let o = Command::new(tool("venv/bin/actionlint"))
        .arg("-shellcheck")
        .arg("shellcheck")
        .args(&workflows)
        .current_dir(project())
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", text(&o));
}

#[test]
fn ci_runs_the_readme_test_command() {
    let readme = read("README.md");
    let first_block = readme.split("```sh\n").nth(1).unwrap();
    let command = first_block.lines().nth(1).unwrap();
    assert_eq!(command, "scripts/test");
    assert!(
        read(".github/workflows/ci.yml").contains(&format!("run: {command}\n")),
        "ci.yml must run `{command}`"
    );
}

#[test]
fn the_release_packs_every_target_the_action_downloads() {
    let action = read("action.yml");
    let release = read(".github/workflows/release.yml");
    let targets: Vec<&str> = action
        .lines()
        .filter_map(|l| l.split_once(") target=").map(|(_, t)| t))
        .map(|t| t.split_whitespace().next().unwrap())
        .collect();
    assert_eq!(targets.len(), 5, "{targets:?}");
    for t in targets {
        assert!(
            release.contains(&format!("target={t} ;;")),
            "release.yml packs no archive for {t}"
        );
    }
    assert!(release.contains("scripts/package-release.sh \"$target\""));
}

//! The README's CI recipes, tried as written: every `atlas-sunset check` line of the GitHub Actions
//! and GitLab CI blocks runs in a repository with a retired call, with this build of the binary on
//! PATH; the SARIF file is validated by the SARIF Multitool and the Code Quality report is read back.
//! And the README's configuration example is a valid config file, and the pre-commit recipe that
//! builds from source pins a commit of this repository whose hooks exist (the `repo: local` python
//! recipe runs in tests/wheel.rs, which builds the wheel).

#[path = "support/git.rs"]
mod git;
#[path = "support/python.rs"]
mod python;
#[path = "support/readme.rs"]
mod readme;

use git::git;
use readme::{blocks_in_section, readme};

use std::path::{Path, PathBuf};
use std::process::Command;

mod sarif_multitool;

const RETIRED: &str = "curl -H 'Accept: application/vnd.atlas.2023-01-01+json' \"https://cloud.mongodb.com/api/atlas/v2/groups/$G/serverless/$C/backup/snapshots/$S\"\n";

/// The fenced block that follows `heading`, with the given fence tag.
fn block_after(text: &str, heading: &str, tag: &str) -> String {
    let at = text
        .find(heading)
        .unwrap_or_else(|| panic!("README lacks {heading}"));
    let open = format!("```{tag}\n");
    let start = at + text[at..].find(&open).expect("a fenced block") + open.len();
    let end = start + text[start..].find("```").expect("a closed block");
    text[start..end].to_string()
}

/// `atlas-sunset check ...` commands in a YAML recipe (`- run: ...` or `- ...` script lines).
fn check_commands(yaml: &str) -> Vec<String> {
    yaml.lines()
        .filter_map(|l| {
            let t = l
                .trim_start()
                .trim_start_matches("- ")
                .trim_start_matches("run: ");
            t.starts_with("atlas-sunset check").then(|| t.to_string())
        })
        .collect()
}

fn run_recipe(commands: &[String]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("snapshot.sh"), RETIRED).unwrap();
    let bin_dir = PathBuf::from(env!("CARGO_BIN_EXE_atlas-sunset"))
        .parent()
        .unwrap()
        .to_path_buf();
    let path = format!(
        "{}:{}",
        bin_dir.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    for c in commands {
        let o = Command::new("bash")
            .args(["-c", c])
            .current_dir(dir.path())
            .env("PATH", &path)
            .output()
            .unwrap();
        // Findings remain, so every check exits 1; anything else means the line is broken.
        assert_eq!(
            o.status.code(),
            Some(1),
            "`{c}`: {}",
            String::from_utf8_lossy(&o.stderr)
        );
    }
    dir
}

#[test]
fn github_actions_recipe_runs_and_its_sarif_validates() {
    let commands = check_commands(&block_after(&readme(), "### GitHub Actions", "yaml"));
    assert_eq!(commands.len(), 2, "{commands:?}");
    let dir = run_recipe(&commands);
    let sarif = dir.path().join("atlas-sunset.sarif");
    let v: serde_json::Value = serde_json::from_slice(&std::fs::read(&sarif).unwrap()).unwrap();
    assert_eq!(v["runs"][0]["results"].as_array().unwrap().len(), 1);
    sarif_multitool::assert_valid_and_validator_alive(&sarif);
}

#[test]
fn gitlab_ci_recipe_runs_and_writes_a_code_quality_report() {
    let commands = check_commands(&block_after(&readme(), "### GitLab CI", "yaml"));
    assert_eq!(commands.len(), 1, "{commands:?}");
    let dir = run_recipe(&commands);
    let report: serde_json::Value = serde_json::from_slice(
        &std::fs::read(dir.path().join("gl-code-quality-report.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(report[0]["location"]["path"], "snapshot.sh");
    assert_eq!(report[0]["severity"], "critical");
}

#[test]
fn the_readme_config_example_is_a_valid_config() {
    let toml = block_after(&readme(), "## Configuration", "toml");
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("atlas-sunset.toml"), toml).unwrap();
    std::fs::create_dir_all(dir.path().join("tools/atlas-rules")).unwrap();
    let o = Command::new(env!("CARGO_BIN_EXE_atlas-sunset"))
        .arg("config")
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
}

#[test]
fn the_source_pre_commit_recipe_pins_a_commit_of_this_repository_with_its_hooks() {
    let config = &blocks_in_section(&readme(), "### pre-commit", "yaml")[2];
    let rev = config
        .lines()
        .find_map(|l| l.trim().strip_prefix("rev: "))
        .expect("a rev line");
    let project = Path::new(env!("CARGO_MANIFEST_DIR"));
    git(project, &["merge-base", "--is-ancestor", rev, "HEAD"]);
    let hooks = python::ok(
        Command::new("git")
            .args(["show", &format!("{rev}:.pre-commit-hooks.yaml")])
            .current_dir(project),
    );
    let hooks = String::from_utf8_lossy(&hooks.stdout);
    for id in config
        .lines()
        .filter_map(|l| l.trim().trim_start_matches("# ").strip_prefix("- id: "))
    {
        let id = id.split_whitespace().next().unwrap();
        assert!(
            hooks.contains(&format!("- id: {id}\n")),
            "{rev} has no hook {id}"
        );
    }
    assert!(hooks.contains("language: rust"), "{hooks}");
}

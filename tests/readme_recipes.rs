//! The README's CI recipes, tried as written: every `atlas-sunset check` line of the GitHub Actions
//! and GitLab CI blocks runs in a repository with a retired call, with this build of the binary on
//! PATH; the SARIF file is validated by the SARIF Multitool and the Code Quality report is read back.
//! And the README's configuration example is a valid config file. The pre-commit recipes: the
//! `repo: local` one runs under the real pre-commit with a wheel built from this tree and no cargo
//! on PATH; the other pins a commit of this repository whose hooks exist.

#[path = "support/python.rs"]
mod python;

use std::path::{Path, PathBuf};
use std::process::Command;

const RETIRED: &str = "curl -H 'Accept: application/vnd.atlas.2023-01-01+json' \"https://cloud.mongodb.com/api/atlas/v2/groups/$G/serverless/$C/backup/snapshots/$S\"\n";

fn readme() -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap()
}

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

/// Every fenced block with the given tag between `heading` and the next heading.
fn blocks_in_section(text: &str, heading: &str, tag: &str) -> Vec<String> {
    let at = text
        .find(heading)
        .unwrap_or_else(|| panic!("README lacks {heading}"))
        + heading.len();
    let section = &text[at..at + text[at..].find("\n#").unwrap_or(text.len() - at)];
    let open = format!("```{tag}\n");
    section
        .split(&open)
        .skip(1)
        .map(|b| b[..b.find("```").expect("a closed block")].to_string())
        .collect()
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
    let tool = std::env::var_os("SARIF_MULTITOOL")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join(".tools/sarif/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool")
        });
    let o = Command::new(&tool)
        .args(["validate", "--rule-kind", "Gh;Sarif"])
        .arg(&sarif)
        .output()
        .unwrap_or_else(|e| {
            panic!(
                "SARIF Multitool missing at {} ({e}); scripts/test installs it",
                tool.display()
            )
        });
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(
        !out.contains(": error") && !out.contains(": warning"),
        "{out}"
    );
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

const MIGRATED: &str = "curl -H 'Accept: application/vnd.atlas.2024-11-13+json' \"https://cloud.mongodb.com/api/atlas/v2/groups/$G/flexClusters/$C/backup/snapshots/$S\"\n";

fn git(dir: &Path, args: &[&str]) {
    python::ok(Command::new("git").args(args).current_dir(dir));
}

#[test]
fn the_python_pre_commit_recipe_runs_the_wheel_with_no_cargo_on_path() {
    let config = &blocks_in_section(&readme(), "### pre-commit", "yaml")[0];
    assert!(config.contains("language: python"), "{config}");
    let tmp = tempfile::tempdir().unwrap();
    let dist = tmp.path().join("dist");
    python::build_wheel(&dist);
    let work = tmp.path().join("work");
    std::fs::create_dir_all(&work).unwrap();
    git(&work, &["init", "-q"]);
    std::fs::write(work.join(".pre-commit-config.yaml"), config).unwrap();
    std::fs::write(work.join("snapshot.sh"), RETIRED).unwrap();
    git(&work, &["add", "-A"]);
    let find_links = format!("{} {}", dist.display(), python::tool("wheels").display());
    let path = python::path_without_cargo();
    let pre_commit = || {
        Command::new("pre-commit")
            .args(["run", "--all-files"])
            .current_dir(&work)
            .env("PATH", &path)
            .env("PIP_NO_INDEX", "1")
            .env("PIP_FIND_LINKS", &find_links)
            .env("PRE_COMMIT_HOME", tmp.path().join("pre-commit-home"))
            .output()
            .expect("pre-commit must be installed (scripts/test installs it)")
    };
    // The pinned version is this tree's, or pip finds no wheel for it.
    let o = pre_commit();
    assert_eq!(o.status.code(), Some(1), "{}", python::text(&o));
    assert!(
        python::text(&o).contains("snapshot.sh:1:"),
        "{}",
        python::text(&o)
    );
    std::fs::write(work.join("snapshot.sh"), MIGRATED).unwrap();
    git(&work, &["add", "-A"]);
    let o = pre_commit();
    assert_eq!(o.status.code(), Some(0), "{}", python::text(&o));
}

#[test]
fn the_source_pre_commit_recipe_pins_a_commit_of_this_repository_with_its_hooks() {
    let config = &blocks_in_section(&readme(), "### pre-commit", "yaml")[1];
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

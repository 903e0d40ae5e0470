//! The GitHub Action (`action.yml`), its steps run as written: each `run:` script goes through
//! `bash --noprofile --norc -eo pipefail` (GitHub's bash) with the environment the runner would give
//! it (the step's `env:` with `${{ }}` resolved, RUNNER_*, GITHUB_PATH, GITHUB_OUTPUT), `if:` decides
//! which steps run, and `uses:` steps are recorded with their `with:`. Releases are served from a
//! folder laid out as a GitHub release (archives made by scripts/package-release.sh around this
//! build's binary). Also: every script passes shellcheck.

#[path = "support/python.rs"]
mod python;

use python::{ok, project, text, tool};
use serde_json::{Map, Value};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

const RETIRED: &str =
    "curl \"https://cloud.mongodb.com/api/atlas/v2/groups/$G/serverless/$C/backup/snapshots/$S\"\n";

fn action() -> Value {
    let o = ok(Command::new(tool("venv/bin/python"))
        .args([
            "-c",
            "import json, sys, yaml; json.dump(yaml.safe_load(open(sys.argv[1])), sys.stdout)",
        ])
        .arg(project().join("action.yml")));
    serde_json::from_slice(&o.stdout).unwrap()
}

fn steps(action: &Value) -> Vec<Value> {
    assert_eq!(action["runs"]["using"], "composite");
    action["runs"]["steps"].as_array().unwrap().clone()
}

/// What one run of the action did.
struct Run {
    /// The exit status of the first failing step, or 0.
    status: i32,
    /// Standard output and error of every step, in order.
    log: String,
    /// `uses:` steps that ran, with their resolved `with:`.
    used: Vec<(String, Map<String, Value>)>,
    /// Names of the steps that ran.
    ran: Vec<String>,
}

struct Runner {
    inputs: HashMap<String, String>,
    outputs: HashMap<String, HashMap<String, String>>,
    workspace: PathBuf,
    temp: PathBuf,
}

impl Runner {
    fn new(action: &Value, with: &[(&str, &str)], workspace: &Path, temp: &Path) -> Runner {
        let mut inputs = HashMap::new();
        for (name, spec) in action["inputs"].as_object().unwrap() {
            let default = spec["default"].as_str().unwrap_or_default();
            inputs.insert(name.clone(), default.to_string());
        }
        for (k, v) in with {
            assert!(inputs.contains_key(*k), "action.yml has no input {k}");
            inputs.insert(k.to_string(), v.to_string());
        }
        Runner {
            inputs,
            outputs: HashMap::new(),
            workspace: workspace.to_path_buf(),
            temp: temp.to_path_buf(),
        }
    }

    fn value(&self, expr: &str) -> String {
        let parts: Vec<&str> = expr.split('.').collect();
        match parts.as_slice() {
            ["inputs", name] => self.inputs[*name].clone(),
            ["github", "action_repository"] => "example/atlas-sunset".to_string(),
            ["steps", id, "outputs", name] => self
                .outputs
                .get(*id)
                .and_then(|o| o.get(*name))
                .cloned()
                .unwrap_or_default(),
            _ => panic!("the test runner does not know `{expr}`"),
        }
    }

    /// A string with each `${{ expr }}` replaced by its value.
    fn expand(&self, s: &str) -> String {
        let mut out = String::new();
        let mut rest = s;
        while let Some(at) = rest.find("${{") {
            out.push_str(&rest[..at]);
            let end = rest[at..].find("}}").expect("closed ${{") + at;
            out.push_str(&self.value(rest[at + 3..end].trim()));
            rest = &rest[end + 2..];
        }
        out.push_str(rest);
        out
    }

    /// `A == 'x'` or `A != 'x'`, the only conditions action.yml uses.
    fn condition(&self, cond: &str) -> bool {
        for (op, want) in [(" == ", true), (" != ", false)] {
            if let Some((left, right)) = cond.split_once(op) {
                let lit = right.trim().trim_matches('\'');
                return (self.value(left.trim()) == lit) == want;
            }
        }
        panic!("the test runner does not know the condition `{cond}`");
    }

    fn run(&mut self, steps: &[Value]) -> Run {
        let github_path = self.temp.join("github_path");
        std::fs::write(&github_path, "").unwrap();
        let mut run = Run {
            status: 0,
            log: String::new(),
            used: vec![],
            ran: vec![],
        };
        for (i, step) in steps.iter().enumerate() {
            if let Some(cond) = step["if"].as_str() {
                if !self.condition(cond) {
                    continue;
                }
            }
            run.ran.push(step["name"].as_str().unwrap().to_string());
            if let Some(uses) = step["uses"].as_str() {
                let with = step["with"].as_object().cloned().unwrap_or_default();
                let with = with
                    .into_iter()
                    .map(|(k, v)| (k, Value::String(self.expand(v.as_str().unwrap()))))
                    .collect();
                run.used.push((uses.to_string(), with));
                continue;
            }
            assert_eq!(step["shell"], "bash");
            let script = self.temp.join(format!("step{i}.sh"));
            std::fs::write(&script, step["run"].as_str().unwrap()).unwrap();
            let output = self.temp.join(format!("output{i}"));
            std::fs::write(&output, "").unwrap();
            let mut path: Vec<String> = std::fs::read_to_string(&github_path)
                .unwrap()
                .lines()
                .rev()
                .map(str::to_string)
                .collect();
            path.push(std::env::var("PATH").unwrap_or_default());
            let mut cmd = Command::new("bash");
            cmd.args(["--noprofile", "--norc", "-eo", "pipefail"])
                .arg(&script)
                .current_dir(&self.workspace)
                .env("PATH", path.join(":"))
                .env("RUNNER_OS", "Linux")
                .env("RUNNER_ARCH", runner_arch())
                .env("RUNNER_TEMP", &self.temp)
                .env("GITHUB_WORKSPACE", &self.workspace)
                .env("GITHUB_ACTION_PATH", project())
                .env("GITHUB_SERVER_URL", "https://github.com")
                .env("GITHUB_PATH", &github_path)
                .env("GITHUB_OUTPUT", &output);
            for (k, v) in step["env"].as_object().cloned().unwrap_or_default() {
                cmd.env(k, self.expand(v.as_str().unwrap()));
            }
            let o = cmd.output().unwrap();
            run.log.push_str(&text(&o));
            let outputs = std::fs::read_to_string(&output).unwrap();
            if let Some(id) = step["id"].as_str() {
                let map = outputs
                    .lines()
                    .filter_map(|l| l.split_once('='))
                    .map(|(k, v)| (k.to_string(), v.to_string()))
                    .collect();
                self.outputs.insert(id.to_string(), map);
            }
            if !o.status.success() {
                run.status = o.status.code().unwrap_or(-1);
                return run;
            }
        }
        run
    }
}

fn runner_arch() -> &'static str {
    match std::env::consts::ARCH {
        "x86_64" => "X64",
        "aarch64" => "ARM64",
        other => panic!("no release target for {other}"),
    }
}

/// A folder laid out like `https://github.com/OWNER/REPO/releases`: the latest release and v0.1.0,
/// each with this build's binary packed by scripts/package-release.sh for the Linux target. Made
/// once per run (packing a debug binary is slow), under cargo's temporary folder for tests.
fn releases() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("action-releases");
        let _ = std::fs::remove_dir_all(&dir);
        let latest = dir.join("latest/download");
        let target = format!("{}-unknown-linux-musl", std::env::consts::ARCH);
        ok(Command::new(project().join("scripts/package-release.sh"))
            .arg(&target)
            .arg(env!("CARGO_BIN_EXE_atlas-sunset"))
            .arg(&latest)
            .current_dir(project()));
        copy_dir(&latest, &dir.join("download/v0.1.0"));
        dir
    })
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let p = e.unwrap().path();
        std::fs::copy(&p, to.join(p.file_name().unwrap())).unwrap();
    }
}

fn url(dir: &Path) -> String {
    format!("file://{}", dir.display())
}

struct Fixture {
    _tmp: tempfile::TempDir,
    workspace: PathBuf,
    temp: PathBuf,
}

fn fixture() -> Fixture {
    let tmp = tempfile::tempdir().unwrap();
    let workspace = tmp.path().join("workspace");
    let temp = tmp.path().join("runner-temp");
    std::fs::create_dir_all(&workspace).unwrap();
    std::fs::create_dir_all(&temp).unwrap();
    std::fs::write(workspace.join("snapshot.sh"), RETIRED).unwrap();
    std::fs::write(workspace.join("clean.sh"), "echo fine\n").unwrap();
    Fixture {
        _tmp: tmp,
        workspace,
        temp,
    }
}

#[test]
fn by_default_it_installs_the_latest_release_uploads_sarif_and_fails_on_findings() {
    let f = fixture();
    let action = action();
    let mut runner = Runner::new(
        &action,
        &[("releases-url", &url(releases()))],
        &f.workspace,
        &f.temp,
    );
    let run = runner.run(&steps(&action));
    assert_eq!(run.status, 1, "{}", run.log);
    assert!(
        run.log
            .contains(&format!("atlas-sunset {}", env!("CARGO_PKG_VERSION"))),
        "{}",
        run.log
    );
    assert!(run.log.contains(": OK"), "checksum verified: {}", run.log);
    assert_eq!(
        run.ran,
        [
            "Install atlas-sunset",
            "Check",
            "Upload SARIF",
            "Fail on findings"
        ]
    );
    assert_eq!(runner.value("steps.check.outputs.exit-code"), "1");
    let (uses, with) = &run.used[0];
    assert!(
        uses.starts_with("github/codeql-action/upload-sarif@"),
        "{uses}"
    );
    let sarif = f.workspace.join(with["sarif_file"].as_str().unwrap());
    let v: Value = serde_json::from_slice(&std::fs::read(&sarif).unwrap()).unwrap();
    let results = v["runs"][0]["results"].as_array().unwrap();
    assert_eq!(results.len(), 1);
    assert_eq!(results[0]["ruleId"], "serverless-backup-snapshot-get");
}

#[test]
fn without_sarif_it_annotates_and_honours_version_paths_fail_on_and_args() {
    let f = fixture();
    let action = action();
    let mut runner = Runner::new(
        &action,
        &[
            ("releases-url", &url(releases())),
            ("version", "0.1.0"),
            ("upload-sarif", "false"),
            ("paths", "snapshot.sh\nclean.sh"),
            ("fail-on", "error"),
            ("args", "--today 2026-01-01"),
        ],
        &f.workspace,
        &f.temp,
    );
    let run = runner.run(&steps(&action));
    // Before the sunset the call is a warning, which --fail-on error lets pass.
    assert_eq!(run.status, 0, "{}", run.log);
    assert_eq!(run.ran, ["Install atlas-sunset", "Check"]);
    assert!(run.used.is_empty());
    assert!(
        run.log.contains("::warning file=snapshot.sh,line=1,"),
        "{}",
        run.log
    );
    assert!(!f.workspace.join("atlas-sunset.sarif").exists());

    // The same inputs on the sunset date: an error, the step fails with the tool's status.
    let mut runner = Runner::new(
        &action,
        &[
            ("releases-url", &url(releases())),
            ("upload-sarif", "false"),
            ("fail-on", "error"),
            ("args", "--today 2026-01-22"),
        ],
        &f.workspace,
        &f.temp,
    );
    let run = runner.run(&steps(&action));
    assert_eq!(run.status, 1, "{}", run.log);
    assert!(
        run.log.contains("::error file=snapshot.sh,line=1,"),
        "{}",
        run.log
    );
}

#[test]
fn an_archive_that_does_not_match_its_checksum_is_not_installed() {
    let f = fixture();
    let tampered = f.workspace.with_file_name("releases");
    copy_dir(
        &releases().join("latest/download"),
        &tampered.join("latest/download"),
    );
    let archive = std::fs::read_dir(tampered.join("latest/download"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.to_string_lossy().ends_with(".tar.gz"))
        .unwrap();
    let mut bytes = std::fs::read(&archive).unwrap();
    bytes.extend_from_slice(b"tampered");
    std::fs::write(&archive, bytes).unwrap();
    let action = action();
    let mut runner = Runner::new(
        &action,
        &[("releases-url", &url(&tampered))],
        &f.workspace,
        &f.temp,
    );
    let run = runner.run(&steps(&action));
    assert_ne!(run.status, 0, "{}", run.log);
    assert_eq!(run.ran, ["Install atlas-sunset"]);
    assert!(run.log.contains("FAILED"), "{}", run.log);
    assert!(!f.temp.join("atlas-sunset/atlas-sunset").exists());
}

#[test]
fn every_script_of_the_action_passes_shellcheck() {
    let dir = tempfile::tempdir().unwrap();
    for (i, step) in steps(&action()).iter().enumerate() {
        let Some(script) = step["run"].as_str() else {
            continue;
        };
        let file = dir.path().join(format!("step{i}.sh"));
        std::fs::write(&file, script).unwrap();
        let o = Command::new("shellcheck")
            .args(["--shell", "bash"])
            .arg(&file)
            .output()
            .expect("shellcheck must be installed (scripts/test installs it)");
        assert!(o.status.success(), "{}: {}", step["name"], text(&o));
    }
}

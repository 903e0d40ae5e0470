//! The reusable campaign workflow (`.github/workflows/campaign.yml`) has the shape the README
//! promises, and actionlint (which tests/workflows.rs runs on every workflow) does catch a broken
//! copy of it.
//!
//! actionlint must be installed under `.tools/venv/` (`scripts/test` installs it) or named
//! by `ACTIONLINT`: a missing tool fails this test, never skips it.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn actionlint() -> PathBuf {
    let p = std::env::var_os("ACTIONLINT")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            Path::new(env!("CARGO_MANIFEST_DIR")).join(".tools/venv/bin/actionlint")
        });
    assert!(
        p.exists(),
        "actionlint missing at {} (scripts/test installs it)",
        p.display()
    );
    p
}

fn lint(dir: &Path, file: &str) -> Output {
    Command::new(actionlint())
        .args(["-no-color", "-oneline", file])
        .current_dir(dir)
        .output()
        .expect("run actionlint")
}

fn workflow() -> String {
    std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join(".github/workflows/campaign.yml"),
    )
    .unwrap()
}

#[test]
fn campaign_workflow_has_the_documented_shape() {
    let w = workflow();
    // The shape the README promises: called by other workflows, a matrix over the input list, one
    // pull request per repository by a well-kept action, reports as artifacts, a merging job.
    for part in [
        "workflow_call:",
        "repository: ${{ fromJSON(inputs.repositories) }}",
        "uses: peter-evans/create-pull-request@v8",
        "body-path: ${{ runner.temp }}/pull-request.md",
        "uses: actions/upload-artifact@v6",
        "needs: migrate",
        "report --merge \"${reports[@]}\"",
    ] {
        assert!(w.contains(part), "{part} missing from the workflow");
    }
}

#[test]
fn actionlint_rejects_a_broken_copy_of_the_workflow() {
    let dir = tempfile::tempdir().unwrap();
    let flows = dir.path().join(".github/workflows");
    std::fs::create_dir_all(&flows).unwrap();
    // An input that is not declared, and a shell word-splitting bug.
    let broken = workflow()
        .replace("inputs.unsafe-fixes", "inputs.unsafe-fix")
        .replace("\"${flags[@]}\"", "${flags[@]}");
    std::fs::write(flows.join("campaign.yml"), broken).unwrap();
    let o = lint(dir.path(), ".github/workflows/campaign.yml");
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(!o.status.success(), "{out}");
    assert!(out.contains("unsafe-fix"), "{out}");
    assert!(
        out.contains("SC2068"),
        "shellcheck runs on run scripts: {out}"
    );
}

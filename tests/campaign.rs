//! Campaigns through the real binary: three small git repositories built from testdata fixtures,
//! `check --format json` in each, `report --merge` of their reports in every format. The merged
//! counts equal the sum of the parts, reports of other tool or rule versions are merged with a
//! warning, credentials in a remote never appear, and the HTML renders in headless Chromium.
//!
//! git and chromium must be installed (`scripts/test` installs them): a missing tool fails these
//! tests, never skips them.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

mod support;
use support::git::git;
use support::{artefacts, atlas, chromium, sarif_problems};

const TODAY: &str = "2026-11-28";

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// A git repository holding copies of testdata folders, with this remote (if any).
fn repo(root: &Path, name: &str, fixtures: &[&str], remote: Option<&str>) -> PathBuf {
    let dir = root.join(name);
    std::fs::create_dir_all(&dir).unwrap();
    for f in fixtures {
        let from = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("testdata")
            .join(f);
        let status = Command::new("cp")
            .arg("-R")
            .arg(from)
            .arg(dir.join(f))
            .status()
            .expect("cp");
        assert!(status.success());
    }
    git(&dir, &["init", "-q"]);
    git(&dir, &["add", "-A"]);
    git(&dir, &["commit", "-qm", "fixtures"]);
    if let Some(r) = remote {
        git(&dir, &["remote", "add", "origin", r]);
    }
    dir
}

/// Three repositories and their JSON reports: (report path, parsed report).
fn campaign(root: &Path) -> Vec<(PathBuf, serde_json::Value)> {
    let repos = [
        repo(
            root,
            "payments",
            &["shell"],
            Some("https://ci-bot:tok3n-s3cret@github.com/acme/payments.git"),
        ),
        repo(
            root,
            "billing",
            &["python", "url"],
            Some("git@gitlab.com:acme/platform/billing.git"),
        ),
        repo(root, "scripts", &["yaml", "markdown"], None),
    ];
    repos
        .iter()
        .map(|dir| {
            let out = root.join(format!(
                "{}.json",
                dir.file_name().unwrap().to_string_lossy()
            ));
            let o = atlas(
                dir,
                &[
                    "check",
                    "--format",
                    "json",
                    "--today",
                    TODAY,
                    "-o",
                    out.to_str().unwrap(),
                ],
            );
            assert_eq!(o.status.code(), Some(1), "{}", text(&o.stderr));
            let v: serde_json::Value =
                serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
            (out, v)
        })
        .collect()
}

fn merge(root: &Path, reports: &[&Path], more: &[&str]) -> Output {
    let mut args = vec!["report", "--today", TODAY, "--merge"];
    // Named relative to the folder the merge runs in, as a user would type them.
    args.extend(
        reports
            .iter()
            .map(|p| p.strip_prefix(root).unwrap_or(p).to_str().unwrap()),
    );
    args.extend(more);
    atlas(root, &args)
}

fn count(v: &serde_json::Value) -> u64 {
    v.as_u64().expect("a count")
}

#[test]
fn json_reports_record_their_repository_without_credentials() {
    let root = tempfile::tempdir().unwrap();
    let reports = campaign(root.path());
    let names: Vec<&str> = reports
        .iter()
        .map(|(_, v)| v["repository"]["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["acme/payments", "acme/platform/billing", "scripts"]);
    let payments = &reports[0].1;
    assert_eq!(
        payments["repository"]["remote"],
        "https://github.com/acme/payments.git"
    );
    assert_eq!(payments["repository"]["commit"].as_str().unwrap().len(), 40);
    assert_eq!(payments["tool"]["version"], env!("CARGO_PKG_VERSION"));
    assert!(payments["tool"]["rules_version"]
        .as_str()
        .unwrap()
        .starts_with("builtin-"));
    assert_eq!(payments["date"], TODAY);
    assert_eq!(
        payments["rules"]["serverless-backup-snapshot-get"]["sunset"],
        "2026-01-22"
    );
    assert_eq!(
        reports[2].1["repository"]["remote"],
        serde_json::Value::Null
    );
    for (path, _) in &reports {
        assert!(!std::fs::read_to_string(path).unwrap().contains("s3cret"));
    }
}

#[test]
fn merged_counts_equal_the_sum_of_the_parts_in_every_format() {
    let root = tempfile::tempdir().unwrap();
    let reports = campaign(root.path());
    let paths: Vec<&Path> = reports.iter().map(|(p, _)| p.as_path()).collect();
    let sum = |key: &str| -> u64 { reports.iter().map(|(_, v)| count(&v["summary"][key])).sum() };

    let o = merge(root.path(), &paths, &["--format", "json"]);
    assert_eq!(o.status.code(), Some(1), "{}", text(&o.stderr));
    let merged: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let total = &merged["summary"]["counts"];
    assert_eq!(count(&total["findings"]), sum("findings"));
    assert_eq!(count(&total["fix"]), sum("fixable_safe"));
    assert_eq!(count(&total["review"]), sum("fixable_unsafe"));
    assert_eq!(count(&total["person"]), sum("manual"));
    assert_eq!(count(&total["errors"]), sum("errors"));
    assert_eq!(
        count(&merged["summary"]["files_scanned"]),
        sum("files_scanned")
    );
    // Per rule, the campaign's rows add up to the total too.
    let by_rule: u64 = merged["rules"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| count(&r["counts"]["findings"]))
        .sum();
    assert_eq!(by_rule, sum("findings"));
    assert!(merged["campaign"]["warnings"]
        .as_array()
        .unwrap()
        .is_empty());
    let stderr = text(&o.stderr);
    assert!(
        stderr.contains(&format!(
            "Merged 3 reports (3 repositories: {}",
            merged["repositories"][0]["repository"]["name"]
                .as_str()
                .unwrap()
        )),
        "{stderr}"
    );
    assert!(stderr.contains(&format!("{} findings", sum("findings"))));

    // Forge links: GitHub and GitLab URL forms, at the recorded commit; none without a remote.
    let repo = |name: &str| {
        merged["repositories"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["repository"]["name"] == name)
            .unwrap()
            .clone()
    };
    let payments = repo("acme/payments");
    let commit = payments["repository"]["commit"].as_str().unwrap();
    let link = payments["findings"][0]["link"].as_str().unwrap();
    assert!(
        link.starts_with(&format!(
            "https://github.com/acme/payments/blob/{commit}/shell/"
        )),
        "{link}"
    );
    let billing = repo("acme/platform/billing");
    assert!(billing["findings"][0]["link"]
        .as_str()
        .unwrap()
        .starts_with("https://gitlab.com/acme/platform/billing/-/blob/"));
    assert!(repo("scripts")["findings"][0]["link"].is_null());

    // SARIF keeps one run per repository, each with its repository and commit.
    let o = merge(root.path(), &paths, &["--format", "sarif"]);
    let sarif: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let runs = sarif["runs"].as_array().unwrap();
    assert_eq!(runs.len(), 3);
    let results: usize = runs
        .iter()
        .map(|r| r["results"].as_array().unwrap().len())
        .sum();
    assert_eq!(results as u64, sum("findings"));
    let github = runs
        .iter()
        .find(|r| r["properties"]["repository"] == "acme/payments")
        .unwrap();
    assert_eq!(
        github["versionControlProvenance"][0]["repositoryUri"],
        "https://github.com/acme/payments"
    );
    assert_eq!(github["versionControlProvenance"][0]["revisionId"], commit);
    assert_eq!(
        github["automationDetails"]["id"],
        "atlas-sunset/acme/payments/"
    );
    // Valid SARIF with GitHub's ingestion rules, every run.
    let file = root.path().join("campaign.sarif");
    std::fs::write(&file, &o.stdout).unwrap();
    let problems = sarif_problems(&file);
    assert!(problems.is_empty(), "{problems:#?}");

    // Markdown for one repository: the body of its pull request.
    let o = merge(root.path(), &paths[..1], &["--format", "markdown"]);
    let md = text(&o.stdout);
    assert!(md.contains("1 repository merged on 2026-11-28."), "{md}");
    assert!(md.contains("## acme/payments"), "{md}");
    assert!(
        md.contains("](https://github.com/acme/payments/blob/"),
        "{md}"
    );
    for out in [
        &md,
        &text(&o.stderr),
        &serde_json::to_string(&sarif).unwrap(),
    ] {
        assert!(!out.contains("s3cret"), "credentials leaked");
    }
}

#[test]
fn reports_of_other_tool_or_rule_versions_merge_with_a_warning() {
    let root = tempfile::tempdir().unwrap();
    let reports = campaign(root.path());
    let (old_path, mut old) = reports[1].clone();
    old["tool"]["version"] = "0.0.9".into();
    old["tool"]["rules_version"] = "builtin-0000000000000000".into();
    std::fs::write(&old_path, serde_json::to_vec(&old).unwrap()).unwrap();
    let paths: Vec<&Path> = reports.iter().map(|(p, _)| p.as_path()).collect();
    let o = merge(root.path(), &paths, &["-o", "campaign.md"]);
    assert_eq!(o.status.code(), Some(1), "{}", text(&o.stderr));
    let stderr = text(&o.stderr);
    let old_name = old_path.file_name().unwrap().to_string_lossy();
    assert!(
        stderr.contains(&format!(
            "warning: reports from different atlas-sunset versions were merged: 0.0.9 ({old_name}); {}",
            env!("CARGO_PKG_VERSION")
        )),
        "{stderr}"
    );
    assert!(
        stderr.contains("warning: reports from different rule sets were merged"),
        "{stderr}"
    );
    let md = std::fs::read_to_string(root.path().join("campaign.md")).unwrap();
    assert!(
        md.contains("> **Warning:** reports from different atlas-sunset versions"),
        "{md}"
    );

    // The same repository twice is counted twice, and said.
    let o = merge(
        root.path(),
        &[paths[0], paths[0]],
        &["--format", "json", "-o", "twice.json"],
    );
    assert!(
        text(&o.stderr).contains("repository acme/payments appears in 2 reports"),
        "{}",
        text(&o.stderr)
    );
}

#[test]
fn a_bad_report_is_named_and_nothing_is_written() {
    let root = tempfile::tempdir().unwrap();
    let reports = campaign(root.path());
    let bad = root.path().join("bad.json");
    std::fs::write(&bad, "{\"version\": 1, \"findings\": [").unwrap();
    let out = root.path().join("campaign.html");
    std::fs::write(&out, "previous campaign").unwrap();
    let o = merge(
        root.path(),
        &[&reports[0].0, &bad],
        &["-o", out.to_str().unwrap()],
    );
    assert_eq!(o.status.code(), Some(2));
    let stderr = text(&o.stderr);
    assert!(stderr.contains("bad.json: not a report"), "{stderr}");
    assert_eq!(
        std::fs::read_to_string(&out).unwrap(),
        "previous campaign",
        "the previous file is kept"
    );
    let o = merge(root.path(), &[&reports[0].0], &["--format", "junit"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(text(&o.stderr).contains("html, markdown, json or sarif"));
}

#[test]
fn campaign_html_renders_in_headless_chromium_with_totals_warnings_and_links() {
    let root = tempfile::tempdir().unwrap();
    let reports = campaign(root.path());
    let paths: Vec<&Path> = reports.iter().map(|(p, _)| p.as_path()).collect();
    let findings: u64 = reports
        .iter()
        .map(|(_, v)| count(&v["summary"]["findings"]))
        .sum();
    let o = merge(root.path(), &paths, &["-o", "campaign.html"]);
    assert_eq!(o.status.code(), Some(1), "{}", text(&o.stderr));
    let page = root.path().join("campaign.html");
    let html = std::fs::read_to_string(&page).unwrap();
    // Written like any new file (the umask decides), not with a temporary file's 0600.
    let plain = root.path().join("plain");
    std::fs::write(&plain, "").unwrap();
    let mode = |p: &Path| {
        std::os::unix::fs::PermissionsExt::mode(&std::fs::metadata(p).unwrap().permissions())
    };
    assert_eq!(mode(&page), mode(&plain));
    for banned in ["<script", "<link", " src=", "url(", "@import", "s3cret"] {
        assert!(!html.contains(banned), "{banned} in the campaign page");
    }

    let url = format!("file://{}", page.display());
    let dom = chromium(&["--dump-dom", &url]);
    let log = text(&dom.stderr);
    assert!(dom.status.success(), "{log}");
    let dom = text(&dom.stdout);
    assert!(
        dom.contains(&format!("<b id=\"total-findings\">{findings}</b>")),
        "{dom}"
    );
    assert!(dom.contains("<b id=\"total-repositories\">3</b>"));
    assert!(dom.contains("Retired Atlas endpoints: campaign report"));
    assert!(dom.contains("retired 310 days ago (2026-01-22)"));
    for name in ["acme/payments", "acme/platform/billing", "scripts"] {
        assert!(dom.contains(name), "{name} missing");
    }
    assert!(dom.contains("href=\"https://github.com/acme/payments/blob/"));
    assert!(dom.contains("href=\"https://gitlab.com/acme/platform/billing/-/blob/"));
    assert!(!dom.contains("id=\"warnings\""), "no warning to show");
    for bad in ["CONSOLE(", "Uncaught", "net::ERR"] {
        assert!(!log.contains(bad), "console error {bad}: {log}");
    }

    let shot = artefacts().join("campaign.png");
    let _ = std::fs::remove_file(&shot);
    let o = chromium(&[
        &format!("--screenshot={}", shot.display()),
        "--window-size=1100,1500",
        &url,
    ]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    let png = std::fs::read(&shot).expect("the screenshot is written");
    assert!(png.starts_with(b"\x89PNG") && png.len() > 10_000);
}

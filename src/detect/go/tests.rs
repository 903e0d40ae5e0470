//! Unit tests of the Go detector: the rule's Go examples, fences, parse failures and alignment.

use std::path::PathBuf;

use crate::date::Date;
use crate::detect::{self, Context};
use crate::engine::fix_until_stable;
use crate::fix::Applicability;
use crate::language::Language;
use crate::rules::RuleSet;
use crate::source::SourceFile;

fn today() -> Date {
    "2026-11-28".parse().expect("date")
}

fn file(name: &str, text: &str, language: Language) -> SourceFile {
    SourceFile::new(
        PathBuf::from(name),
        name.into(),
        text.into(),
        false,
        language,
    )
}

fn fixed(rules: &RuleSet, f: &SourceFile, threshold: Applicability) -> String {
    let ctx = Context {
        rules,
        today: today(),
    };
    let policy = crate::config::Policy::all(rules);
    let findings = crate::engine::analyze(&ctx, &policy, f);
    fix_until_stable(&ctx, &policy, f, findings, threshold).0
}

#[test]
fn rule_go_examples_report_and_fix_as_documented() {
    let rules = RuleSet::builtin().expect("rules");
    let ctx = Context {
        rules: &rules,
        today: today(),
    };
    let mut seen = 0;
    for rule in &rules.rules {
        for ex in rule.examples.iter().filter(|e| e.file.ends_with(".go")) {
            seen += 1;
            if let Some(good) = &ex.good {
                let f = file(&ex.file, good, Language::Go);
                assert!(detect::detect(&ctx, &f).is_empty(), "{}: reported", ex.name);
            }
            if let Some(bad) = &ex.bad {
                let f = file(&ex.file, bad, Language::Go);
                assert!(
                    !detect::detect(&ctx, &f).is_empty(),
                    "{}: not reported",
                    ex.name
                );
                if let Some(want) = &ex.fixed {
                    assert_eq!(&fixed(&rules, &f, Applicability::Safe), want, "{}", ex.name);
                }
            }
        }
    }
    assert!(seen >= 4, "the rule file should carry Go examples");
}

#[test]
fn fence_snippet_without_package_keeps_byte_ranges_in_the_markdown_file() {
    let rules = RuleSet::builtin().expect("rules");
    let text = "Intro\n\n```go\nsnap, _, err := client.CloudBackupsApi.GetServerlessBackup(ctx, g, c, s).Execute()\n```\n";
    let f = file("README.md", text, Language::Markdown);
    let ctx = Context {
        rules: &rules,
        today: today(),
    };
    let findings = detect::detect(&ctx, &f);
    let call = findings
        .iter()
        .find(|f| f.language == Language::Go)
        .expect("a Go finding");
    assert_eq!(&text[call.span.clone()], "GetServerlessBackup");
    let out = fixed(&rules, &f, Applicability::Safe);
    assert!(
        out.contains("client.FlexSnapshotsApi.GetFlexBackup(ctx, g, c, s)"),
        "{out}"
    );
    assert!(
        out.starts_with("Intro\n\n```go\n") && out.ends_with("```\n"),
        "{out}"
    );
}

#[test]
fn a_go_file_with_a_syntax_error_is_checked_outside_it_and_said_to_be_partial() {
    let rules = RuleSet::builtin().expect("rules");
    let ctx = Context {
        rules: &rules,
        today: today(),
    };
    let text = "package x\n\nimport \"go.mongodb.org/atlas-sdk/v20250312006/admin\"\n\nfunc broken() { x := ] }\n\nfunc f(c *admin.APIClient) { c.CloudBackupsApi.GetServerlessBackup(nil, \"g\", \"c\", \"s\") }\n";
    let f = file("x.go", text, Language::Go);
    let d = detect::detect_file(&ctx, &f);
    let lines: Vec<usize> = d
        .findings
        .iter()
        .map(|x| f.lines.line_of(x.span.start) + 1)
        .collect();
    assert_eq!(lines, vec![7], "the call after the broken line is reported");
    let fix = d.findings[0].fix.as_ref().expect("a fix outside the error");
    assert_eq!(
        fix.applicability,
        Applicability::Unsafe,
        "reviewed, never safe"
    );
    assert_eq!(d.partial.len(), 1);
    assert_eq!(d.partial[0].language, Language::Go);
    assert_eq!(d.partial[0].lines, vec![5]);
    assert_eq!(fixed(&rules, &f, Applicability::Safe), text, "no safe fix");
}

#[test]
fn a_fix_that_would_touch_broken_syntax_is_withheld() {
    let rules = RuleSet::builtin().expect("rules");
    let ctx = Context {
        rules: &rules,
        today: today(),
    };
    // The params literal the fix rewrites holds the broken expression.
    let text = "package x\n\nimport \"go.mongodb.org/atlas-sdk/v20250312006/admin\"\n\nfunc f(c *admin.APIClient) {\n\tc.CloudBackupsApi.GetServerlessBackupWithParams(nil, &admin.GetServerlessBackupApiParams{GroupId: \"g\", ClusterName: ], SnapshotId: \"s\"})\n}\n";
    let f = file("x.go", text, Language::Go);
    let d = detect::detect_file(&ctx, &f);
    assert!(!d.partial.is_empty());
    assert!(
        d.findings.iter().all(|x| x.fix.is_none()),
        "{:#?}",
        d.findings
    );
    assert_eq!(fixed(&rules, &f, Applicability::Unsafe), text);
}

#[test]
fn a_fence_with_placeholders_is_checked_around_them() {
    let rules = RuleSet::builtin().expect("rules");
    let ctx = Context {
        rules: &rules,
        today: today(),
    };
    let text = "# Docs\n\n```go\nfunc get(ctx context.Context) {\n\t...\n\tsnap, _, err := client.CloudBackupsApi.GetServerlessBackupSnapshot(ctx, g, c, s).Execute()\n\t...\n}\n```\n";
    let f = file("README.md", text, Language::Markdown);
    let d = detect::detect_file(&ctx, &f);
    let go: Vec<usize> = d
        .findings
        .iter()
        .filter(|x| x.language == Language::Go)
        .map(|x| f.lines.line_of(x.span.start) + 1)
        .collect();
    assert_eq!(go, vec![6], "{:#?}", d.findings);
    assert_eq!(d.partial.len(), 1, "the fence is said to be partial");
    assert_eq!(d.partial[0].lines, vec![5, 7]);
}

#[test]
fn renaming_a_key_realigns_only_its_block_of_the_literal() {
    let rules = RuleSet::builtin().expect("rules");
    let text = "package x\n\nimport \"go.mongodb.org/atlas-sdk/v20250312006/admin\"\n\nvar p = admin.GetServerlessBackupApiParams{\n\tClusterName: \"c\",\n\tGroupId:     \"g\",\n\n\tSnapshotId: \"s\",\n}\n";
    let f = file("x.go", text, Language::Go);
    let want = "package x\n\nimport \"go.mongodb.org/atlas-sdk/v20250312006/admin\"\n\nvar p = admin.GetFlexBackupApiParams{\n\tName:    \"c\",\n\tGroupId: \"g\",\n\n\tSnapshotId: \"s\",\n}\n";
    assert_eq!(fixed(&rules, &f, Applicability::Safe), want);
}

#[test]
fn an_sdk_older_than_flex_is_fixed_only_as_unsafe_with_the_import_bumped() {
    let rules = RuleSet::builtin().expect("rules");
    let text = "package x\n\nimport \"go.mongodb.org/atlas-sdk/v20231115008/admin\"\n\nfunc f(c *admin.APIClient) { c.CloudBackupsApi.GetServerlessBackup(nil, \"g\", \"c\", \"s\") }\n";
    let f = file("x.go", text, Language::Go);
    assert_eq!(fixed(&rules, &f, Applicability::Safe), text);
    let out = fixed(&rules, &f, Applicability::Unsafe);
    assert!(
        out.contains("\"go.mongodb.org/atlas-sdk/v20250312006/admin\""),
        "{out}"
    );
    assert!(out.contains("c.FlexSnapshotsApi.GetFlexBackup("), "{out}");
    let ctx = Context {
        rules: &rules,
        today: today(),
    };
    let findings = detect::detect(&ctx, &f);
    assert!(
        findings[0].message.contains("move to v20250312006"),
        "{}",
        findings[0].message
    );
    assert!(
        findings[0].notes.iter().any(|n| n.contains("go.mod")),
        "{:?}",
        findings[0].notes
    );
}

#[test]
fn removed_fields_keep_being_reported_after_the_call_is_fixed() {
    let rules = RuleSet::builtin().expect("rules");
    let text = "package x\n\nimport \"go.mongodb.org/atlas-sdk/v20250312006/admin\"\n\nfunc f(c *admin.APIClient) int64 {\n\ts, _, _ := c.CloudBackupsApi.GetServerlessBackup(nil, \"g\", \"c\", \"s\").Execute()\n\treturn s.GetStorageSizeBytes()\n}\n";
    let f = file("x.go", text, Language::Go);
    let ctx = Context {
        rules: &rules,
        today: today(),
    };
    let before = detect::detect(&ctx, &f);
    let removed = before
        .iter()
        .find(|f| f.message.contains("GetStorageSizeBytes"))
        .expect("reported");
    assert!(removed.fix.is_none());
    assert!(removed.notes.iter().any(|n| n.contains("Needs a person")));
    // Nothing is safe while a use needs a person; with --unsafe-fixes the call moves and the use stays reported.
    assert_eq!(fixed(&rules, &f, Applicability::Safe), text);
    let after = file(
        "x.go",
        &fixed(&rules, &f, Applicability::Unsafe),
        Language::Go,
    );
    let left = detect::detect(&ctx, &after);
    assert_eq!(left.len(), 1, "{left:?}");
    assert!(left[0].message.contains("GetStorageSizeBytes"));
}

#[test]
fn each_sdk_version_gets_the_names_of_its_era() {
    use super::sdk::{Names, SdkImport};
    let rules = RuleSet::builtin().expect("rules");
    let (_, rule) = rules.get("serverless-backup-snapshot-get").expect("rule");
    let go = rule.go.as_ref().expect("go table");
    let names = |v: &str| {
        let sdk = SdkImport {
            alias: "admin".into(),
            version: crate::rules::sdk_version(v).unwrap_or(0),
            version_text: v.into(),
            path: None,
            from_module: None,
        };
        let n = Names::new(go, &sdk).expect("names");
        let method = n.new_method_for(true);
        (n.new_service, method, n.upgrade.map(|(_, to)| to))
    };
    let upgrade = Some("v20250312006".to_string());
    let old = (
        "FlexSnapshotsApi".to_string(),
        "GetFlexBackupWithParams".to_string(),
    );
    let renamed = (
        "FlexSnapshotsApi".to_string(),
        "GetFlexBackupSnapshotWithParams".to_string(),
    );
    let api = (
        "FlexSnapshotsAPI".to_string(),
        "GetFlexBackupSnapshotWithParams".to_string(),
    );
    let with = |(a, b): (String, String), u: Option<String>| (a, b, u);
    assert_eq!(
        names(""),
        with(old.clone(), upgrade.clone()),
        "unversioned module"
    );
    assert_eq!(names("v20241023002"), with(old.clone(), upgrade.clone()));
    assert_eq!(names("v20241113001"), with(old.clone(), None));
    assert_eq!(names("v20250312006"), with(old, None));
    assert_eq!(names("v20250312007"), with(renamed.clone(), None));
    assert_eq!(names("v20250312021"), with(renamed, None));
    assert_eq!(names("v20250312022"), with(api.clone(), None));
    assert_eq!(names("v20250312023"), with(api, None));
}

#[test]
fn the_unversioned_sdk_module_is_moved_to_a_versioned_import() {
    let rules = RuleSet::builtin().expect("rules");
    let text = "package x\n\nimport atlas \"go.mongodb.org/atlas-sdk/admin\"\n\nfunc f(c *atlas.APIClient) { c.CloudBackupsApi.GetServerlessBackup(nil, \"g\", \"c\", \"s\") }\n";
    let f = file("x.go", text, Language::Go);
    let out = fixed(&rules, &f, Applicability::Unsafe);
    assert!(
        out.contains("import atlas \"go.mongodb.org/atlas-sdk/v20250312006/admin\""),
        "{out}"
    );
    assert!(out.contains("c.FlexSnapshotsApi.GetFlexBackup("), "{out}");
}

#[test]
fn sdk_subpackages_and_other_modules_are_not_the_sdk() {
    let rules = RuleSet::builtin().expect("rules");
    let ctx = Context {
        rules: &rules,
        today: today(),
    };
    for import in [
        "go.mongodb.org/atlas-sdk/v20250312006/mockadmin",
        "example.com/go.mongodb.org/atlas-sdk/v20250312006/admin",
        "go.mongodb.org/atlas-sdk/v20250312006/admin/extra",
    ] {
        let text = format!("package x\n\nimport admin \"{import}\"\n\nfunc f(c *admin.APIClient) {{ c.CloudBackupsApi.GetServerlessBackup(nil, \"g\", \"c\", \"s\") }}\n");
        let f = file("x.go", &text, Language::Go);
        assert!(detect::detect(&ctx, &f).is_empty(), "{import}");
    }
}

#[test]
fn truncated_and_spliced_fixtures_never_panic_and_fixes_stay_in_bounds() {
    let rules = RuleSet::builtin().expect("rules");
    let ctx = Context {
        rules: &rules,
        today: today(),
    };
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/testdata/go");
    let mut texts = Vec::new();
    for entry in std::fs::read_dir(dir).expect("testdata/go").flatten() {
        let p = entry.path();
        if p.extension().is_some_and(|e| e == "go") {
            texts.push(std::fs::read_to_string(&p).expect("fixture"));
        }
    }
    assert!(texts.len() >= 8);
    for text in &texts {
        let cuts = (0..text.len())
            .step_by(13)
            .filter(|&i| text.is_char_boundary(i));
        for cut in cuts {
            // A prefix, and the text with a slice removed (unbalanced braces, half tokens).
            let mut rest = (cut + 29).min(text.len());
            while !text.is_char_boundary(rest) {
                rest += 1;
            }
            let spliced = format!("{}{}", &text[..cut], &text[rest..]);
            for variant in [&text[..cut], spliced.as_str()] {
                let f = file("x.go", variant, Language::Go);
                for finding in detect::detect(&ctx, &f) {
                    let Some(fix) = &finding.fix else { continue };
                    for w in fix.edits.windows(2) {
                        assert!(w[0].range.end <= w[1].range.start, "overlapping edits");
                    }
                    assert!(fix
                        .edits
                        .iter()
                        .all(|e| variant.get(e.range.clone()).is_some()));
                }
                let _ = fixed(&rules, &f, Applicability::Unsafe);
            }
        }
    }
}

/// A module on disk: `files` are (path under the module, text).
fn module_on_disk(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    for (path, text) in files {
        let p = dir.path().join(path);
        std::fs::create_dir_all(p.parent().expect("parent")).expect("mkdir");
        std::fs::write(p, text).expect("write");
    }
    dir
}

const TWO_SDKS_GOMOD: &str = "module example.com/provider\n\ngo 1.23\n\nrequire (\n\
    \tgo.mongodb.org/atlas-sdk/v20241113005 v20241113005.0.0\n\
    \tgo.mongodb.org/atlas-sdk/v20250312006 v20250312006.1.0 // indirect\n)\n";

#[test]
fn go_mod_lists_the_sdk_majors_it_requires_oldest_first() {
    let dir = module_on_disk(&[("go.mod", TWO_SDKS_GOMOD), ("a/b/c.go", "package b\n")]);
    let m = super::module::module(&dir.path().join("a/b"), "go.mongodb.org/atlas-sdk/")
        .expect("module found above the package");
    assert_eq!(m.path, "example.com/provider");
    assert_eq!(m.sdk_majors, ["v20241113005", "v20250312006"]);
    assert_eq!(
        m.dir_of("example.com/provider/a/b"),
        Some(dir.path().join("a/b"))
    );
}

#[test]
fn a_file_without_the_sdk_import_gets_the_release_of_its_clients_type_in_another_package() {
    let config = "package config\n\nimport admin20241113 \"go.mongodb.org/atlas-sdk/v20241113005/admin\"\n\n\
        type MongoDBClient struct {\n\tAtlasV220241113 *admin20241113.APIClient\n}\n";
    let service = "package svc\n\nimport (\n\t\"context\"\n\n\t\"example.com/provider/internal/config\"\n)\n\n\
        func read(ctx context.Context, meta any) {\n\tconn := meta.(*config.MongoDBClient).AtlasV220241113\n\
        \t_, _, _ = conn.CloudBackupsApi.GetServerlessBackup(ctx, \"g\", \"c\", \"s\").Execute()\n}\n";
    let dir = module_on_disk(&[
        ("go.mod", TWO_SDKS_GOMOD),
        ("internal/config/client.go", config),
        ("internal/svc/read.go", service),
    ]);
    let rules = RuleSet::builtin().expect("rules");
    let ctx = Context {
        rules: &rules,
        today: today(),
    };
    let path = dir.path().join("internal/svc/read.go");
    let f = SourceFile::new(path, "read.go".into(), service.into(), false, Language::Go);
    let found = detect::detect(&ctx, &f);
    let call = found
        .iter()
        .find(|x| x.message.contains("GetServerlessBackup"))
        .expect("the call is reported although the file does not import the SDK");
    // v20241113005 (from the field's type), not v20250312006 (the newest require): GetFlexBackup.
    assert!(
        call.message.contains("FlexSnapshotsApi.GetFlexBackup`"),
        "{}",
        call.message
    );
    let fix = call.fix.as_ref().expect("a fix");
    assert_eq!(fix.applicability, Applicability::Safe);
}

#[test]
fn a_file_outside_any_module_that_does_not_import_the_sdk_is_not_read_as_sdk_code() {
    let text = "package p\n\nfunc f(c client) { c.CloudBackupsApi.GetServerlessBackup(nil, \"g\", \"c\", \"s\") }\n";
    let dir = module_on_disk(&[("p.go", text)]);
    let rules = RuleSet::builtin().expect("rules");
    let ctx = Context {
        rules: &rules,
        today: today(),
    };
    let f = SourceFile::new(
        dir.path().join("p.go"),
        "p.go".into(),
        text.into(),
        false,
        Language::Go,
    );
    assert!(detect::detect(&ctx, &f)
        .iter()
        .all(|x| !x.message.contains("GetServerlessBackup")));
}

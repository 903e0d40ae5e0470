//! Behaviour tests of the Rust detector on small sources.

use std::ops::Range;

use crate::date::Date;
use crate::detect::regions::Region;
use crate::detect::Context;
use crate::finding::Finding;
use crate::fix::{self, Applicability};
use crate::language::Language;
use crate::rules::RuleSet;
use crate::source::LineIndex;

fn rules() -> RuleSet {
    RuleSet::builtin().expect("built-in rules")
}

fn run(rules: &RuleSet, text: &str) -> Result<Vec<Finding>, String> {
    let ctx = Context {
        rules,
        today: "2026-11-28".parse::<Date>().expect("date"),
    };
    let region = Region {
        range: 0..text.len(),
        language: Language::Rust,
    };
    let mut out = Vec::new();
    super::detect(&ctx, text, &region, false, &mut out)?;
    out.sort_by_key(|f| f.span.start);
    Ok(out)
}

fn spans(text: &str) -> Vec<Range<usize>> {
    run(&rules(), text)
        .expect("parses")
        .into_iter()
        .map(|f| f.span)
        .collect()
}

/// Applies every fix at or above `threshold` once.
fn fixed(text: &str, threshold: Applicability) -> String {
    let findings = run(&rules(), text).expect("parses");
    let fixes = findings
        .iter()
        .filter_map(|f| f.fix.as_ref())
        .filter(|f| f.applicability >= threshold);
    let (edits, _) = fix::plan(text, fixes);
    fix::apply(text, &edits)
}

const PATH: &str = "/api/atlas/v2/groups/g/serverless/c/backup/snapshots/s";

fn source(n: usize) -> String {
    // A different amount of (multi-byte) text before the literal in each file.
    let pad = "é".repeat(n % 7) + &"x".repeat(n);
    format!("// {pad}\nfn f{n}() -> &'static str {{\n    \"{pad}{PATH}\"\n}}\n")
}

fn expected_span(text: &str) -> Range<usize> {
    let start = text.rfind("groups/").expect("path");
    start..start + PATH.len() - "/api/atlas/v2/".len()
}

#[test]
fn byte_ranges_are_the_same_in_one_thread_and_in_several() {
    let rules = rules();
    let sources: Vec<String> = (0..40).map(source).collect();
    let one_thread: Vec<Vec<Range<usize>>> = sources
        .iter()
        .map(|s| {
            run(&rules, s)
                .unwrap()
                .into_iter()
                .map(|f| f.span)
                .collect()
        })
        .collect();
    for (s, got) in sources.iter().zip(&one_thread) {
        assert_eq!(got, &vec![expected_span(s)], "{s}");
    }
    let several: Vec<Vec<Range<usize>>> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..4)
            .map(|t| {
                let (rules, sources) = (&rules, &sources);
                scope.spawn(move || {
                    // Each thread parses its files in reverse, after other files of its own.
                    let mut out: Vec<(usize, Vec<Range<usize>>)> = (0..sources.len())
                        .rev()
                        .filter(|i| i % 4 == t)
                        .map(|i| {
                            let spans = run(rules, &sources[i])
                                .unwrap()
                                .into_iter()
                                .map(|f| f.span)
                                .collect();
                            (i, spans)
                        })
                        .collect();
                    out.sort_by_key(|(i, _)| *i);
                    out
                })
            })
            .collect();
        let mut all: Vec<(usize, Vec<Range<usize>>)> = handles
            .into_iter()
            .flat_map(|h| h.join().expect("thread"))
            .collect();
        all.sort_by_key(|(i, _)| *i);
        all.into_iter().map(|(_, s)| s).collect()
    });
    assert_eq!(one_thread, several);
}

#[test]
fn non_ascii_text_before_a_finding_gives_columns_in_characters() {
    let text = "fn f() -> &'static str {\n    \"ünïcödé ✓ /api/atlas/v2/groups/g/serverless/c/backup/snapshots/s\"\n}\n";
    let span = spans(text).remove(0);
    let pos = LineIndex::new(text).line_col(text, span.start);
    // 4 spaces, the quote, "ünïcödé ✓ " (10 characters), "/api/atlas/v2/" (14): `groups` is at 30.
    assert_eq!((pos.line, pos.column), (2, 30));
}

#[test]
fn escapes_before_the_path_do_not_shift_the_edit() {
    let text = "const U: &str = \"\\\"\\n\\u{e9}\\\\/api/atlas/v2/groups/g/serverless/c/backup/snapshots/s\";\n";
    let out = fixed(text, Applicability::Unsafe);
    assert_eq!(
        out,
        "const U: &str = \"\\\"\\n\\u{e9}\\\\/api/atlas/v2/groups/g/flexClusters/c/backup/snapshots/s\";\n"
    );
}

#[test]
fn raw_byte_and_macro_strings_are_found() {
    let text = format!(
        "fn f() {{\n    let a = r#\"{PATH}\"#;\n    let b = b\"{PATH}\";\n    println!(\"{PATH}\");\n    my_macro!(x => {{ \"{PATH}\" }});\n}}\n"
    );
    assert_eq!(spans(&text).len(), 4);
}

#[test]
fn comments_doc_comments_and_attributes_are_not_call_sites() {
    let text = format!(
        "//! {PATH}\n#![doc = \"{PATH}\"]\n/// {PATH}\n#[doc = \"{PATH}\"]\nfn f() {{\n    // \"{PATH}\"\n    /* {PATH} */\n}}\nmacro_rules! m {{ () => {{ /// {PATH}\n fn g() {{}} }}; }}\n"
    );
    assert_eq!(spans(&text), Vec::<Range<usize>>::new());
}

#[test]
fn dedicated_cluster_paths_and_serverless_identifiers_are_left_alone() {
    let text = "fn get_serverless_backup(serverless: &str) -> String {\n    format!(\"/api/atlas/v2/groups/g/clusters/{serverless}/backup/snapshots/s\")\n}\nfn main() { let _ = get_serverless_backup(\"x\"); }\nstruct ServerlessBackupSnapshotCache;\n";
    assert_eq!(spans(text), Vec::<Range<usize>>::new());
}

#[test]
fn the_accept_header_of_the_same_chain_is_fixed_safely() {
    let text = format!(
        "async fn f(c: &reqwest::Client) {{\n    let _ = c.get(\"{PATH}\").header(ACCEPT, \"application/vnd.atlas.2023-01-01+json\").send().await;\n    let _ = c.get(\"/x\").header(ACCEPT, \"application/vnd.atlas.2023-01-01+json\").send().await;\n}}\n"
    );
    let out = fixed(&text, Applicability::Safe);
    let lines: Vec<&str> = out.lines().collect();
    assert!(
        lines[1].contains("flexClusters") && lines[1].contains("2024-11-13"),
        "{out}"
    );
    assert!(
        lines[2].contains("2023-01-01"),
        "another request keeps its header: {out}"
    );
}

#[test]
fn a_header_const_shared_with_another_request_makes_the_fix_unsafe() {
    let text = format!(
        "const V: &str = \"application/vnd.atlas.2023-01-01+json\";\nasync fn f(c: &reqwest::Client) {{\n    let _ = c.get(\"{PATH}\").header(ACCEPT, V).send().await;\n    let _ = c.get(\"/clusters\").header(ACCEPT, V).send().await;\n}}\n"
    );
    let findings = run(&rules(), &text).unwrap();
    let fix = findings[0].fix.as_ref().expect("a fix");
    assert_eq!(fix.applicability, Applicability::Unsafe);
    assert!(
        findings[0].notes[0].contains("line 4"),
        "{:?}",
        findings[0].notes
    );
    assert_eq!(fixed(&text, Applicability::Safe), text);
}

#[test]
fn a_header_const_used_only_by_the_request_is_fixed_safely() {
    let text = format!(
        "const V: &str = \"application/vnd.atlas.2023-01-01+json\";\nasync fn f(c: &reqwest::Client) {{\n    let url = format!(\"{PATH}\");\n    let _ = c.get(&url).header(ACCEPT, V).send().await;\n}}\n"
    );
    let out = fixed(&text, Applicability::Safe);
    assert!(
        out.starts_with("const V: &str = \"application/vnd.atlas.2024-11-13+json\";"),
        "{out}"
    );
    assert!(out.contains("flexClusters"), "{out}");
}

#[test]
fn generated_client_calls_are_renamed_by_an_unsafe_fix_with_a_note() {
    let text = "use api::apis::cloud_backups_api;\nasync fn f(c: &Cfg) {\n    let _ = cloud_backups_api::get_serverless_backup(c, GetParams { cluster_name: n });\n}\n";
    let findings = run(&rules(), text).unwrap();
    assert!(!findings.is_empty());
    let fix = findings[0].fix.as_ref().expect("a fix");
    assert_eq!(fix.applicability, Applicability::Unsafe);
    assert!(findings[0]
        .notes
        .iter()
        .any(|n| n.contains("Regenerate the client")));
    assert_eq!(fixed(text, Applicability::Safe), text);
    let out = fixed(text, Applicability::Unsafe);
    assert!(out.contains("use api::apis::flex_snapshots_api;"), "{out}");
    assert!(
        out.contains("flex_snapshots_api::get_flex_backup(c,"),
        "{out}"
    );
}

#[test]
fn params_struct_cluster_name_becomes_name() {
    let text = "use api::apis::cloud_backups_api::{get_serverless_backup_snapshot, GetServerlessBackupSnapshotParams};\nasync fn f(c: &Cfg, cluster_name: String) {\n    let p = GetServerlessBackupSnapshotParams { group_id: g, cluster_name, snapshot_id: s };\n    let q = GetServerlessBackupSnapshotParams { group_id: g, cluster_name: x, snapshot_id: s };\n    let _ = get_serverless_backup_snapshot(c, p).await;\n}\n";
    let out = fixed(text, Applicability::Unsafe);
    assert!(out.starts_with("use api::apis::flex_snapshots_api::{get_flex_backup_snapshot, GetFlexBackupSnapshotParams};"), "{out}");
    assert!(
        out.contains(
            "GetFlexBackupSnapshotParams { group_id: g, name: cluster_name, snapshot_id: s }"
        ),
        "{out}"
    );
    assert!(
        out.contains("GetFlexBackupSnapshotParams { group_id: g, name: x, snapshot_id: s }"),
        "{out}"
    );
    assert!(syn::parse_file(&out).is_ok(), "{out}");
}

#[test]
fn a_mixed_import_keeps_the_other_names_and_imports_the_new_one() {
    let text = "use api::apis::cloud_backups_api::{get_serverless_backup, list_export_buckets};\nfn f() { get_serverless_backup(); list_export_buckets(); }\n";
    let out = fixed(text, Applicability::Unsafe);
    assert_eq!(
        out,
        "use api::apis::cloud_backups_api::{list_export_buckets};\nuse api::apis::flex_snapshots_api::get_flex_backup;\nfn f() { get_flex_backup(); list_export_buckets(); }\n"
    );
}

#[test]
fn serde_rename_of_mongod_version_is_fixed_and_other_fields_are_noted() {
    let text = format!(
        "#[derive(Deserialize)]\nstruct Snap {{\n    #[serde(rename = \"mongodVersion\")]\n    v: String,\n    storage_size_bytes: i64,\n    id: String,\n}}\nasync fn f(c: &reqwest::Client) {{\n    let _ = c.get(\"{PATH}\").send().await?.json::<Snap>().await;\n}}\n"
    );
    let findings = run(&rules(), &text).unwrap();
    let model = findings
        .iter()
        .find(|f| &text[f.span.clone()] == "Snap")
        .expect("model finding");
    let notes = model.notes.join("\n");
    assert!(notes.contains("storageSizeBytes"), "{notes}");
    assert!(
        !notes.contains("`id`"),
        "exact fields are not noted: {notes}"
    );
    assert_eq!(
        model.fix.as_ref().map(|f| f.applicability),
        Some(Applicability::Safe)
    );
    assert!(fixed(&text, Applicability::Safe).contains("rename = \"mongoDBVersion\""));
}

#[test]
fn a_snapshot_struct_in_a_file_without_retired_calls_is_not_reported() {
    let text = "#[derive(Deserialize)]\n#[serde(rename_all = \"camelCase\")]\nstruct ServerlessBackupSnapshot { mongod_version: String }\n";
    assert_eq!(spans(text), Vec::<Range<usize>>::new());
}

#[test]
fn text_syn_cannot_parse_is_an_error_for_the_caller_to_fall_back_on() {
    assert!(run(&rules(), "fn f() { {% if x %} }").is_err());
}

#[test]
fn generated_client_paths_inside_macro_arguments_are_found() {
    let text = "async fn f(c: &Cfg) {\n    let (a, b) = tokio::join!(cloud_backups_api::get_serverless_backup(c, g, n, s), other());\n}\n";
    let out = fixed(text, Applicability::Unsafe);
    assert!(
        out.contains("tokio::join!(flex_snapshots_api::get_flex_backup(c, g, n, s), other())"),
        "{out}"
    );
}

#[test]
fn a_statement_with_two_requests_lends_only_the_following_header_and_is_unsafe() {
    let text = format!(
        "async fn f(c: &reqwest::Client) {{\n    let _ = futures::join!(\n        c.get(\"{PATH}\").header(ACCEPT, \"application/vnd.atlas.2023-01-01+json\").send(),\n        c.get(\"/api/atlas/v2/groups/g/clusters\").header(ACCEPT, \"application/vnd.atlas.2023-01-01+json\").send(),\n    );\n}}\n"
    );
    let findings = run(&rules(), &text).unwrap();
    assert_eq!(
        findings[0].fix.as_ref().map(|f| f.applicability),
        Some(Applicability::Unsafe)
    );
    assert_eq!(fixed(&text, Applicability::Safe), text);
    let out = fixed(&text, Applicability::Unsafe);
    let lines: Vec<&str> = out.lines().collect();
    assert!(
        lines[2].contains("flexClusters") && lines[2].contains("2024-11-13"),
        "{out}"
    );
    assert!(lines[3].contains("2023-01-01"), "{out}");
}

/// Every 5th prefix (counted in character boundaries) of three fixtures: all of them would be
/// five times slower for little more.
#[test]
fn every_5th_prefix_of_the_fixtures_is_detected_without_panicking() {
    let rules = rules();
    let sources = [
        include_str!("../../../testdata/rust/reqwest_chain.rs"),
        include_str!("../../../testdata/rust/generated_client.rs"),
        include_str!("../../../testdata/rust/serde_model.rs"),
    ];
    let mut parsed = 0;
    for src in sources {
        for end in (0..=src.len())
            .filter(|&i| src.is_char_boundary(i))
            .step_by(5)
        {
            let text = &src[..end];
            if let Ok(findings) = run(&rules, text) {
                parsed += 1;
                for f in findings {
                    assert!(f.span.end <= text.len() && text.is_char_boundary(f.span.start));
                }
            }
        }
    }
    assert!(parsed > 3, "some prefixes parse");
}

#[test]
fn the_new_module_is_never_imported_twice() {
    let text = "use api::apis::cloud_backups_api;\nuse api::apis::flex_snapshots_api;\nfn f() {\n    cloud_backups_api::get_serverless_backup();\n    flex_snapshots_api::list_flex_backups();\n}\n";
    let out = fixed(text, Applicability::Unsafe);
    assert_eq!(
        out,
        "use api::apis::flex_snapshots_api;\nfn f() {\n    flex_snapshots_api::get_flex_backup();\n    flex_snapshots_api::list_flex_backups();\n}\n"
    );
}

#[test]
fn a_glob_import_of_the_old_module_gets_the_new_name_imported() {
    let text = "use api::apis::cloud_backups_api::*;\nfn f() {\n    get_serverless_backup_snapshot();\n    list_export_buckets();\n}\n";
    let out = fixed(text, Applicability::Unsafe);
    assert_eq!(
        out,
        "use api::apis::cloud_backups_api::*;\nuse api::apis::flex_snapshots_api::get_flex_backup_snapshot;\nfn f() {\n    get_flex_backup_snapshot();\n    list_export_buckets();\n}\n"
    );
}

#[test]
fn a_snapshot_struct_with_only_shared_fields_is_not_taken_for_the_retired_model() {
    let text = format!(
        "#[derive(Deserialize)]\nstruct FlexSnapshot {{ id: String, status: String }}\nfn u() -> &'static str {{ \"{PATH}\" }}\n"
    );
    let findings = run(&rules(), &text).unwrap();
    assert!(findings
        .iter()
        .all(|f| &text[f.span.clone()] != "FlexSnapshot"));
}

#[test]
fn a_const_url_captured_by_a_format_string_belongs_to_that_request() {
    let text = format!(
        "const SNAP: &str = \"{PATH}\";\nasync fn f(c: &reqwest::Client, base: &str) {{\n    let _ = c.get(format!(\"{{base}}{{SNAP}}\")).header(ACCEPT, \"application/vnd.atlas.2023-01-01+json\").send().await;\n}}\n"
    );
    let out = fixed(&text, Applicability::Safe);
    assert!(
        out.contains("flexClusters") && out.contains("2024-11-13"),
        "{out}"
    );
}

#[test]
fn an_associated_const_header_is_fixed_with_its_request() {
    let text = format!(
        "struct Api;\nimpl Api {{\n    const ACCEPT_V: &'static str = \"application/vnd.atlas.2023-01-01+json\";\n    async fn f(c: &reqwest::Client) {{\n        let _ = c.get(\"{PATH}\").header(ACCEPT, Self::ACCEPT_V).send().await;\n    }}\n}}\n"
    );
    let out = fixed(&text, Applicability::Safe);
    assert!(
        out.contains("\"application/vnd.atlas.2024-11-13+json\";"),
        "{out}"
    );
}

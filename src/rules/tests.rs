//! Unit tests of rule loading and the rule set: parsing, validation, lookups, the prefilter.

use super::*;

/// The text of the first rule file, for tests that edit it.
pub(crate) fn builtin_text() -> &'static str {
    BUILTIN
        .iter()
        .find(|(n, _)| *n == "serverless-backup-snapshot-get.toml")
        .unwrap()
        .1
}

#[test]
fn builtin_rules_load_and_carry_the_mapping_facts() {
    let set = RuleSet::builtin().unwrap();
    let (_, rule) = set.get("serverless-backup-snapshot-get").unwrap();
    assert_eq!(rule.sunset.to_string(), "2026-01-22");
    assert_eq!(rule.old.operation_ids.legacy, "getServerlessBackup");
    assert_eq!(
        rule.old.operation_ids.ipa,
        "getGroupServerlessBackupSnapshot"
    );
    assert_eq!(rule.old.operation_ids.short, "getServerlessBackupSnapshot");
    let new = rule.new.as_ref().unwrap();
    assert_eq!(new.operation_ids.legacy, "getFlexBackup");
    assert_eq!(new.version, "2024-11-13");
    assert_eq!(
        rule.path.renames,
        vec![Rename {
            old: "serverless".into(),
            new: "flexClusters".into()
        }]
    );
    assert!(rule
        .fields
        .iter()
        .any(|f| f.old == "mongodVersion" && f.new.as_deref() == Some("mongoDBVersion")));
    assert!(set.prefilter_hit(b"x/serverless/y"));
    assert!(!set.prefilter_hit(b"npx serverless deploy"));
}

#[test]
fn unknown_key_names_file_rule_and_field() {
    let text = builtin_text().replacen("summary =", "sumary =", 1);
    let e = parse_rule("rules/x.toml", &text).unwrap_err();
    assert_eq!(e.rule.as_deref(), Some("serverless-backup-snapshot-get"));
    assert_eq!(e.field.as_deref(), Some("sumary"));
    assert!(e.to_string().starts_with("rules/x.toml:"), "{e}");
    assert!(e.to_string().contains("unknown field"), "{e}");
}

#[test]
fn invalid_values_name_the_field() {
    let cases = [
        (
            "sunset = \"2026-01-22\"",
            "sunset = \"2026-01-32\"",
            "sunset",
        ),
        (
            "version = \"2024-11-13\"",
            "version = \"soon\"",
            "new.version",
        ),
        (
            "path = \"/api/atlas/v2/groups/{groupId}/flexClusters",
            "path = \"/v1/groups/{groupId}/flexClusters",
            "new.path",
        ),
        (
            "id = \"serverless-backup-snapshot-get\"",
            "id = \"Bad Id\"",
            "id",
        ),
    ];
    for (from, to, field) in cases {
        let text = builtin_text().replacen(from, to, 1);
        assert_ne!(text, builtin_text(), "{from}");
        let e = parse_rule("r.toml", &text).unwrap_err();
        assert_eq!(e.field.as_deref(), Some(field), "{e}");
    }
}

#[test]
fn every_trigger_hits_the_prefilter_wherever_it_sits() {
    let set = RuleSet::builtin().unwrap();
    let filler = "x".repeat(200);
    for rule in &set.rules {
        for t in rule.triggers() {
            for text in [
                t.clone(),
                format!("{filler}{t}"),
                format!("{filler}{t}{filler}"),
            ] {
                assert!(
                    set.prefilter_hit(text.as_bytes()),
                    "{t:?} in {} bytes",
                    text.len()
                );
            }
            // A longer trigger that starts like a shorter one is still a hit, and a cut-off
            // trigger is not.
            let cut = &t[..t.len() - 1];
            if !set
                .rules
                .iter()
                .flat_map(Rule::triggers)
                .any(|o| cut.contains(o.as_str()))
            {
                assert!(
                    !set.prefilter_hit(format!("{filler}{cut}").as_bytes()),
                    "{cut:?}"
                );
            }
        }
    }
    assert!(!set.prefilter_hit(filler.as_bytes()));
    assert!(!set.prefilter_hit(b""));
}

#[test]
fn rust_client_names_load_and_reach_the_prefilter() {
    let set = RuleSet::builtin().unwrap();
    let (_, rule) = set.get("serverless-backup-snapshot-get").unwrap();
    let rust = rule.rust.as_ref().unwrap();
    assert_eq!(rust.old_module, "cloud_backups_api");
    assert_eq!(rust.eras[0].new_function, "get_flex_backup");
    assert!(set.prefilter_hit(b"use api::cloud_backups_api::get_serverless_backup;"));
    assert!(set.prefilter_hit(b"let s: models::ServerlessBackupSnapshot;"));
    assert!(!set.prefilter_hit(b"fn serverless_backup() {}"));
}

#[test]
fn rust_names_must_be_identifiers() {
    let text = builtin_text().replacen(
        "new-function = \"get_flex_backup\"",
        "new-function = \"get-flex\"",
        1,
    );
    assert_ne!(text, builtin_text());
    let e = parse_rule("r.toml", &text).unwrap_err();
    assert_eq!(e.field.as_deref(), Some("rust.eras[0].new-function"), "{e}");
}

fn builtin(name: &str) -> &'static str {
    BUILTIN
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, t)| *t)
        .unwrap_or_default()
}

#[test]
fn a_rule_without_replacement_carries_its_guidance() {
    let set = RuleSet::builtin().unwrap();
    let (_, rule) = set.get("serverless-private-endpoint-create").unwrap();
    assert!(rule.new.is_none());
    assert!(rule.path.renames.is_empty());
    assert_eq!(rule.fix_kind(), "no");
    assert_eq!(rule.new_request(), "no replacement");
    assert!(
        rule.replacement()
            .starts_with("none: Flex clusters do not support private endpoints"),
        "{}",
        rule.replacement()
    );
}

#[test]
fn replacement_and_no_replacement_are_exclusive_and_one_is_required() {
    let text = builtin("serverless-auto-indexing-get.toml");
    let start = text.find("no-replacement = ").unwrap();
    let end = start + text[start..].find("\"\"\"\n").unwrap() + 4;
    let end = end + text[end..].find("\"\"\"\n").unwrap() + 4;
    let without_guidance = format!("{}{}", &text[..start], &text[end..]);
    let e = parse_rule("r.toml", &without_guidance).unwrap_err();
    assert_eq!(e.field.as_deref(), Some("new"), "{e}");
    assert!(e.message.contains("no-replacement"), "{e}");

    let both = format!(
        "{}\nno-replacement = \"x\"\n",
        builtin("serverless-instance-delete.toml")
    );
    let both = both.replacen("[old]", "no-replacement = \"x\"\n[old]", 1);
    let e = parse_rule("r.toml", &both).unwrap_err();
    assert!(e.to_string().contains("no-replacement"), "{e}");

    let blank = format!(
        "{}no-replacement = \"  \"\n{}",
        &text[..start],
        &text[end..]
    );
    let e = parse_rule("r.toml", &blank).unwrap_err();
    assert_eq!(e.field.as_deref(), Some("no-replacement"), "{e}");
    assert!(e.message.contains("what to do instead"), "{e}");
}

#[test]
fn a_rule_without_replacement_cannot_describe_a_rewrite() {
    let text = format!(
        "{}\n[cli.api]\nold-tag = \"a\"\nold-commands = [\"b\"]\nnew-tag = \"c\"\nnew-command = \"d\"\n",
        builtin("serverless-auto-indexing-set.toml")
    );
    let e = parse_rule("r.toml", &text).unwrap_err();
    assert_eq!(e.field.as_deref(), Some("cli.api"), "{e}");
    assert!(e.message.contains("no `new` endpoint"), "{e}");
}

#[test]
fn retired_go_methods_belong_to_rules_without_replacement() {
    let text = format!(
        "{}\n[go-retired]\nsdk-module = \"m\"\nservices = [\"S\"]\nmethods = [\"M\"]\n",
        builtin("serverless-instance-delete.toml")
    );
    let e = parse_rule("r.toml", &text).unwrap_err();
    assert_eq!(e.field.as_deref(), Some("go-retired"), "{e}");
}

#[test]
fn instance_reads_warn_until_their_later_sunset() {
    let set = RuleSet::builtin().unwrap();
    let today: Date = "2026-11-28".parse().unwrap();
    let sunset: Date = "2027-01-18".parse().unwrap();
    for id in ["serverless-instance-get", "serverless-instances-list"] {
        let (_, rule) = set.get(id).unwrap();
        assert_eq!(
            rule.severity(today),
            crate::finding::Severity::Warning,
            "{id}"
        );
        assert_eq!(
            rule.severity(sunset),
            crate::finding::Severity::Error,
            "{id}"
        );
    }
    let (_, delete) = set.get("serverless-instance-delete").unwrap();
    assert_eq!(delete.severity(today), crate::finding::Severity::Error);
}

#[test]
fn terraform_table_mistakes_name_the_field() {
    let text = builtin("serverless-instance-create.toml").replacen(
        "replacement = \"mongodbatlas_flex_cluster\"",
        "replacement = \"Flex Cluster\"",
        1,
    );
    let e = parse_rule("r.toml", &text).unwrap_err();
    assert_eq!(e.field.as_deref(), Some("terraform.replacement"), "{e}");
}

#[test]
fn missing_field_is_reported() {
    let text = builtin_text().replacen("title = ", "# title = ", 1);
    let e = parse_rule("r.toml", &text).unwrap_err();
    assert!(e.message.contains("title"), "{e}");
}

#[test]
fn user_rules_folder_adds_and_replaces() {
    let dir = tempfile::tempdir().unwrap();
    let text = builtin_text().replacen(
        "id = \"serverless-backup-snapshot-get\"",
        "id = \"my-copy\"",
        1,
    );
    std::fs::write(dir.path().join("mine.toml"), text).unwrap();
    let set = RuleSet::load(&[dir.path().to_path_buf()]).unwrap();
    assert!(set.get("my-copy").is_some());
    assert!(set.get("serverless-backup-snapshot-get").is_some());
}

//! Every `[[examples]]` entry of every built-in rule is checked: `bad` code is reported by its rule
//! (and by no other rule), with a fix of the applicability the example says it shows; a `safe`
//! example is turned into `fixed` by `--fix`, an `unsafe` one only by `--fix --unsafe-fixes`, and
//! one with no automatic fix is left alone even by `--unsafe-fixes`; `good` code is not reported by
//! its rule.

use atlas_sunset::config::Policy;
use atlas_sunset::date::Date;
use atlas_sunset::detect::Context;
use atlas_sunset::engine::{analyze, fix_until_stable};
use atlas_sunset::fix::Applicability;
use atlas_sunset::language;
use atlas_sunset::rules::{ExampleFix, RuleSet};
use atlas_sunset::source::SourceFile;

#[test]
fn every_rule_example_behaves_as_documented() {
    let rules = RuleSet::builtin().expect("built-in rules load");
    let ctx = Context {
        rules: &rules,
        today: "2026-11-28".parse::<Date>().unwrap(),
    };
    let policy = Policy::all(&rules);
    let mut checked = 0;
    for (idx, rule) in rules.rules.iter().enumerate() {
        assert!(
            rule.examples.iter().any(|e| e.bad.is_some()),
            "{}: needs a bad example",
            rule.id
        );
        assert!(
            rule.examples.iter().any(|e| e.good.is_some()),
            "{}: needs a good example",
            rule.id
        );
        for ex in &rule.examples {
            let path = std::path::PathBuf::from(&ex.file);
            let code = ex.bad.as_ref().or(ex.good.as_ref()).unwrap();
            let lang = language::classify(&path, code.as_bytes());
            let file = SourceFile::new(path, ex.file.clone(), code.clone(), false, lang);
            let findings = analyze(&ctx, &policy, &file);
            let mine = findings.iter().filter(|f| f.rule == idx).count();
            if ex.good.is_some() {
                assert_eq!(mine, 0, "{} / {}: good example reported", rule.id, ex.name);
                continue;
            }
            assert!(
                mine > 0,
                "{} / {}: bad example not reported",
                rule.id,
                ex.name
            );
            let others: Vec<&str> = findings
                .iter()
                .filter(|f| f.rule != idx && f.rule < rules.rules.len())
                .map(|f| rules.rules[f.rule].id.as_str())
                .collect();
            assert!(
                others.is_empty(),
                "{} / {}: bad example also reported by {others:?}",
                rule.id,
                ex.name
            );
            let shows = ex.shows();
            let kinds: Vec<ExampleFix> = findings
                .iter()
                .filter(|f| f.rule == idx)
                .map(|f| match f.fix.as_ref().map(|x| x.applicability) {
                    Some(Applicability::Safe) => ExampleFix::Safe,
                    Some(Applicability::Unsafe) => ExampleFix::Unsafe,
                    Some(Applicability::DisplayOnly) => ExampleFix::DisplayOnly,
                    None => ExampleFix::None,
                })
                .collect();
            assert!(
                kinds.iter().all(|k| *k == shows),
                "{} / {}: the example says {shows:?}, its findings' fixes are {kinds:?}",
                rule.id,
                ex.name
            );
            let fix_at =
                |threshold| fix_until_stable(&ctx, &policy, &file, findings.clone(), threshold).0;
            let (safe, with_unsafe) = (fix_at(Applicability::Safe), fix_at(Applicability::Unsafe));
            let expected = match shows {
                ExampleFix::Safe => ex.fixed.as_ref(),
                ExampleFix::Unsafe => {
                    assert_eq!(
                        &safe, code,
                        "{} / {}: --fix alone must change nothing",
                        rule.id, ex.name
                    );
                    ex.fixed.as_ref()
                }
                ExampleFix::DisplayOnly | ExampleFix::None => None,
            };
            match expected {
                Some(fixed) => {
                    assert_ne!(
                        fixed, code,
                        "{} / {}: `fixed` equals `bad`",
                        rule.id, ex.name
                    );
                    let after = if shows == ExampleFix::Safe {
                        &safe
                    } else {
                        &with_unsafe
                    };
                    assert_eq!(
                        after, fixed,
                        "{} / {}: fix result ({shows:?})",
                        rule.id, ex.name
                    );
                }
                None => assert_eq!(
                    &with_unsafe, code,
                    "{} / {}: shows no automatic fix, yet --unsafe-fixes changed it",
                    rule.id, ex.name
                ),
            }
            checked += 1;
        }
    }
    assert!(checked >= 3);
}

#[test]
fn the_readme_table_lists_every_rule_with_its_sunset_and_fix() {
    let rules = RuleSet::builtin().expect("built-in rules load");
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    for rule in &rules.rules {
        let row = readme
            .lines()
            .find(|l| l.starts_with(&format!("| `{}` |", rule.id)))
            .unwrap_or_else(|| panic!("README has no row for {}", rule.id));
        let legacy = format!("`{}`", rule.old.operation_ids.legacy);
        assert!(row.contains(&legacy), "{}: {row}", rule.id);
        let tail = format!("| {} | {} |", rule.sunset, rule.fix_kind());
        assert!(row.ends_with(&tail), "{}: {row}", rule.id);
        match rule.new_operation() {
            Some(op) => assert!(row.contains(&format!("| `{op}`:")), "{}: {row}", rule.id),
            None => assert!(row.contains("| none: "), "{}: {row}", rule.id),
        }
    }
}

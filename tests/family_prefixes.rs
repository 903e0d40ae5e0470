//! Prefixes of the serverless-family fixtures (shell, Python, Rust, Go, Terraform) go through every
//! detector without a panic, and every finding and edit lies inside the text it came from: every
//! 11th prefix of all seven files (all of them would take minutes), and every prefix of the
//! smallest two.

use atlas_sunset::date::Date;
use atlas_sunset::detect::{detect, Context};
use atlas_sunset::language;
use atlas_sunset::rules::RuleSet;
use atlas_sunset::source::SourceFile;

/// Checks every `step`-th prefix of `src` (counted in character boundaries); returns the
/// number of findings.
fn check_prefixes(ctx: &Context<'_>, name: &str, src: &str, step: usize) -> usize {
    let mut findings = 0;
    for end in (0..=src.len())
        .filter(|&i| src.is_char_boundary(i))
        .step_by(step)
    {
        let text = &src[..end];
        let path = std::path::PathBuf::from(name);
        let lang = language::classify(&path, text.as_bytes());
        let file = SourceFile::new(path, name.to_string(), text.to_string(), false, lang);
        for f in detect(ctx, &file) {
            findings += 1;
            assert!(
                f.span.start <= f.span.end && f.span.end <= text.len(),
                "{name}[..{end}]"
            );
            for e in f.fix.iter().flat_map(|x| x.edits.iter()) {
                assert!(
                    e.range.start <= e.range.end && e.range.end <= text.len(),
                    "{name}[..{end}]: edit out of range"
                );
            }
        }
    }
    findings
}

fn setup() -> (RuleSet, std::path::PathBuf) {
    let rules = RuleSet::builtin().expect("built-in rules load");
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata");
    (rules, root)
}

fn context(rules: &RuleSet) -> Context<'_> {
    Context {
        rules,
        today: "2026-11-28".parse::<Date>().unwrap(),
    }
}

#[test]
fn every_11th_prefix_of_the_family_fixtures_is_detected_without_panicking() {
    let (rules, root) = setup();
    let files = [
        "family/restore-jobs.sh",
        "family/instances.sh",
        "family/no-replacement.py",
        "family/restore_jobs.rs",
        "family/main.tf",
        "go/restore_jobs_api_suffix.go",
        "go/no_replacement_calls.go",
    ];
    let mut findings = 0;
    for name in files {
        let src = std::fs::read_to_string(root.join(name)).unwrap();
        findings += check_prefixes(&context(&rules), name, &src, 11);
    }
    assert!(findings > 100, "the prefixes hold findings ({findings})");
}

#[test]
fn every_prefix_of_the_smallest_family_fixtures_is_detected_without_panicking() {
    let (rules, root) = setup();
    for name in ["family/main.tf", "family/no-replacement.py"] {
        let src = std::fs::read_to_string(root.join(name)).unwrap();
        let findings = check_prefixes(&context(&rules), name, &src, 1);
        assert!(
            findings > 100,
            "{name}: the prefixes hold findings ({findings})"
        );
    }
}

//! Every prefix of the serverless-family fixtures (shell, Python, Rust, Go, Terraform) goes
//! through every detector without a panic, and every finding lies inside the text it came from.

use atlas_sunset::date::Date;
use atlas_sunset::detect::{detect, Context};
use atlas_sunset::language;
use atlas_sunset::rules::RuleSet;
use atlas_sunset::source::SourceFile;

#[test]
fn every_prefix_of_the_family_fixtures_is_detected_without_panicking() {
    let rules = RuleSet::builtin().expect("built-in rules load");
    let ctx = Context {
        rules: &rules,
        today: "2026-11-28".parse::<Date>().unwrap(),
    };
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata");
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
        for end in (0..=src.len())
            .filter(|&i| src.is_char_boundary(i))
            .step_by(11)
        {
            let text = &src[..end];
            let path = std::path::PathBuf::from(name);
            let lang = language::classify(&path, text.as_bytes());
            let file = SourceFile::new(path, name.to_string(), text.to_string(), false, lang);
            for f in detect(&ctx, &file) {
                findings += 1;
                assert!(
                    f.span.start <= f.span.end && f.span.end <= text.len(),
                    "{name}[..{end}]"
                );
                for e in f.fix.iter().flat_map(|x| x.edits.iter()) {
                    assert!(
                        e.range.end <= text.len(),
                        "{name}[..{end}]: edit out of range"
                    );
                }
            }
        }
    }
    assert!(findings > 100, "the prefixes hold findings ({findings})");
}

//! No report prints a literal credential: every fake secret of `testdata/secrets` is checked
//! against every output format of `check` (with and without `--unsafe-fixes`: the fix previews),
//! the `report` formats (HTML and Markdown), and `--diff`, whose patch must carry the text of the
//! changed lines as it is (it has to apply) but whose summary must not, nor any line outside a hunk.

use std::path::Path;
use std::process::{Command, Output};

const TODAY: &str = "2026-11-28";

/// A third file, with the unquoted `-u key:secret` and single-quoted header forms.
const INLINE: &str = "curl --digest -u abcdef12:0a1b2c3d-4e5f-6789 -H 'Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.secret' \"https://cloud.mongodb.com/api/atlas/v2/groups/$G/serverless/$C/backup/snapshots/$S\"\n";

/// Every literal credential in `testdata/secrets/leaky.sh`, `leaky.py` and [`INLINE`] (the parts
/// a masker could keep apart are listed too: a token's signature, a password after its user).
const SECRETS: &[&str] = &[
    "0a1b2c3d-4e5f-6789",
    "eyJhbGciOiJIUzI1NiJ9.secret",
    "4f0c1e2d-9a8b-4c7d-8e6f-5a4b3c2d1e0f",
    "eyJhbGciOiJSUzI1NiJ9.fakepayload.fakesignature",
    "fakepayload",
    "fakesignature",
    "s3cr3t-P4ssw0rd-value",
    "hunter2-hunter2",
    "9e8d7c6b-5a4f-3e2d-1c0b-a9f8e7d6c5b4",
    "7b6a5f4e-3d2c-1b0a-9f8e-7d6c5b4a3f2e",
    "tok_live_51HxFakeTokenValue",
];

/// Every `--format` value of `check` (`html` and `markdown` are the `report` formats too).
const FORMATS: &[&str] = &[
    "human", "concise", "json", "sarif", "github", "gitlab", "junit", "html", "markdown",
];

fn secrets_dir() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/testdata/secrets"))
}

/// A copy of the fixtures (`secrets/leaky.sh`, `secrets/leaky.py`), without their `.expected`
/// and `.fixed` files, and [`INLINE`] as `secrets/inline.sh`.
fn copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("secrets")).unwrap();
    for name in ["leaky.sh", "leaky.py"] {
        std::fs::copy(
            secrets_dir().join(name),
            dir.path().join("secrets").join(name),
        )
        .unwrap();
    }
    std::fs::write(dir.path().join("secrets/inline.sh"), INLINE).unwrap();
    dir
}

fn run(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_atlas-sunset"))
        .args(args)
        .args(["--today", TODAY, "--color", "always", "secrets"])
        .current_dir(dir)
        .env_remove("NO_COLOR")
        .output()
        .expect("run atlas-sunset")
}

/// The secrets found in `text`, once colour escapes are removed (they could split a secret).
fn leaked(text: &str) -> Vec<&'static str> {
    let mut plain = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            // CSI: ESC [ parameters, then one final letter.
            for d in chars.by_ref() {
                if d.is_ascii_alphabetic() {
                    break;
                }
            }
            continue;
        }
        plain.push(c);
    }
    SECRETS
        .iter()
        .copied()
        .filter(|s| plain.contains(s))
        .collect()
}

#[test]
fn the_fixtures_hold_every_secret_checked_for() {
    // The check below could not fail for a secret that is not in the input.
    let dir = copy();
    let text = ["leaky.sh", "leaky.py", "inline.sh"]
        .map(|n| std::fs::read_to_string(dir.path().join("secrets").join(n)).unwrap())
        .join("");
    assert_eq!(leaked(&text), SECRETS);
}

#[test]
fn no_format_of_check_or_report_prints_a_secret() {
    let dir = copy();
    let mut failures = Vec::new();
    let mut check = |what: String, o: &Output| {
        let (out, err) = (
            String::from_utf8_lossy(&o.stdout),
            String::from_utf8_lossy(&o.stderr),
        );
        assert!(
            o.status.code() == Some(1) || o.status.code() == Some(0),
            "{what}: exit status {:?}: {err}",
            o.status.code()
        );
        // Something was reported, so the secrets' absence means something.
        assert!(
            out.contains("serverless-backup-snapshot-get") || out.contains("getServerlessBackup"),
            "{what}: no finding reported:\n{out}"
        );
        for s in leaked(&out).into_iter().chain(leaked(&err)) {
            failures.push(format!("{what} printed {s}"));
        }
    };
    let commands = [("check", FORMATS), ("report", &["html", "markdown"][..])];
    for (command, formats) in commands {
        for format in formats {
            for extra in [&[][..], &["--unsafe-fixes"][..]] {
                let mut args = vec![command, "--format", format];
                args.extend_from_slice(extra);
                check(
                    format!("{command} --format {format} {extra:?}"),
                    &run(dir.path(), &args),
                );
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn diff_carries_secrets_only_in_the_changed_lines_and_never_in_its_summary() {
    let dir = copy();
    for format in FORMATS {
        let o = run(
            dir.path(),
            &["check", "--diff", "--unsafe-fixes", "--format", format],
        );
        let (patch, err) = (
            String::from_utf8_lossy(&o.stdout),
            String::from_utf8_lossy(&o.stderr),
        );
        assert_eq!(o.status.code(), Some(1), "{format}: {err}");
        assert!(err.contains("The diff holds"), "{format}: {err}");
        assert!(
            leaked(&err).is_empty(),
            "{format}: the summary printed {:?}",
            leaked(&err)
        );
        assert!(patch.starts_with("diff --git "), "{format}: {patch}");
        let mut in_hunks = 0;
        for line in patch.lines() {
            let header = line.starts_with("diff --git ")
                || line.starts_with("--- ")
                || line.starts_with("+++ ")
                || line.starts_with("@@");
            let body = !header && [' ', '-', '+'].iter().any(|c| line.starts_with(*c));
            let found = leaked(line);
            assert!(
                found.is_empty() || body,
                "{format}: {found:?} outside a hunk's lines: {line}"
            );
            in_hunks += usize::from(body && !found.is_empty());
        }
        // The patch must apply, so the changed lines carry their credentials as they are (the
        // README says so): proof that the lines above were really looked at.
        assert!(in_hunks > 0, "{format}: {patch}");
    }
}

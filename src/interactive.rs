//! `check --interactive`: walks the fixes one by one, like `git add -p`. Each shows its code frame
//! and diff and takes `y` (apply), `n` (skip), `a` (apply this and the rest of the file) or `q`
//! (quit). A file's accepted fixes are planned together (non-overlapping), applied, verified and
//! written atomically; what remains is analyzed again.

use std::io::{Read, Write};

use crate::config::Policy;
use crate::detect::Context;
use crate::engine::{self, FileReport};
use crate::fix::{self, Applicability, Fix};
use crate::report::{self, Outcome};
use crate::{diff, secrets, write};

/// What the person answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Answer {
    Yes,
    No,
    All,
    Quit,
}

/// Settings of a review.
pub struct Review<'a> {
    pub ctx: &'a Context<'a>,
    pub policy: &'a Policy,
    pub threshold: Applicability,
    /// For the code frames (rule names, `--unsafe-fixes` wording).
    pub outcome: Outcome<'a>,
}

/// Reviews the fixes of `reports` (a `check` run's results), writing accepted ones. Returns the
/// reports updated: `fixed` counts applied fixes, `findings` what remains.
pub fn review(
    r: &Review<'_>,
    mut reports: Vec<FileReport>,
    input: &mut dyn Read,
    out: &mut dyn Write,
) -> std::io::Result<Vec<FileReport>> {
    let total: usize = reports
        .iter()
        .map(|rep| candidates(rep, r.threshold).len())
        .sum();
    if total == 0 {
        writeln!(out, "No fixes to review.")?;
        return Ok(reports);
    }
    let mut shown = 0;
    let mut quit = false;
    for rep in reports.iter_mut() {
        if quit {
            break;
        }
        let picks = candidates(rep, r.threshold);
        if picks.is_empty() {
            continue;
        }
        let Some(src) = rep.source.clone() else {
            continue;
        };
        let mut accepted: Vec<Fix> = Vec::new();
        let mut all = false;
        for idx in picks {
            shown += 1;
            let finding = &rep.findings[idx];
            let Some(fx) = finding.fix.clone() else {
                continue;
            };
            let mut trial = accepted.clone();
            trial.push(fx.clone());
            if fix::plan(&src.text, trial.iter()).1 < trial.len() {
                writeln!(
                    out,
                    "({shown}/{total}) {}: this fix overlaps one you accepted; skipped (run --interactive again)",
                    rep.display
                )?;
                continue;
            }
            if all {
                accepted.push(fx);
                continue;
            }
            show(r, rep, idx, &fx, shown, total, out)?;
            match ask(input, out, &rep.display)? {
                Answer::Yes => accepted.push(fx),
                Answer::No => {}
                Answer::All => {
                    accepted.push(fx);
                    all = true;
                }
                Answer::Quit => {
                    quit = true;
                    break;
                }
            }
        }
        if !accepted.is_empty() {
            apply(r, rep, &src, &accepted, out)?;
        }
    }
    Ok(reports)
}

/// Indices of the findings whose fix would be applied at this threshold.
fn candidates(rep: &FileReport, threshold: Applicability) -> Vec<usize> {
    rep.findings
        .iter()
        .enumerate()
        .filter(|(_, f)| {
            f.fix.as_ref().is_some_and(|x| {
                x.applicability >= threshold && x.applicability > Applicability::DisplayOnly
            })
        })
        .map(|(i, _)| i)
        .collect()
}

fn show(
    r: &Review<'_>,
    rep: &FileReport,
    idx: usize,
    fx: &Fix,
    shown: usize,
    total: usize,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let Some(src) = &rep.source else {
        return Ok(());
    };
    writeln!(out, "\n── fix {shown} of {total} ──")?;
    let one = FileReport {
        display: rep.display.clone(),
        source: Some(src.clone()),
        findings: vec![rep.findings[idx].clone()],
        ..FileReport::default()
    };
    let outcome = Outcome {
        reports: std::slice::from_ref(&one),
        ..r.outcome
    };
    report::human::write(out, &outcome, false)?;
    let masked = secrets::mask(&src.text);
    let (edits, _) = fix::plan(&masked, [fx]);
    let after = secrets::mask(&fix::apply(&masked, &edits));
    write!(out, "{}", diff::unified(&rep.display, &masked, &after))
}

fn ask(input: &mut dyn Read, out: &mut dyn Write, display: &str) -> std::io::Result<Answer> {
    loop {
        write!(out, "Apply this fix to {display} [y,n,a,q,?]? ")?;
        out.flush()?;
        let Some(line) = read_line(input)? else {
            writeln!(out)?;
            return Ok(Answer::Quit);
        };
        match line.trim() {
            "y" | "Y" => return Ok(Answer::Yes),
            "n" | "N" => return Ok(Answer::No),
            "a" | "A" => return Ok(Answer::All),
            "q" | "Q" => return Ok(Answer::Quit),
            _ => writeln!(
                out,
                "y - apply this fix\nn - skip this fix\na - apply this fix and every later fix in this file\nq - quit; write the fixes already accepted"
            )?,
        }
    }
}

/// One line from `input` (read byte by byte, so nothing after it is consumed); `None` at the end.
fn read_line(input: &mut dyn Read) -> std::io::Result<Option<String>> {
    let mut bytes = Vec::new();
    let mut b = [0u8; 1];
    loop {
        match input.read(&mut b) {
            Ok(0) if bytes.is_empty() => return Ok(None),
            Ok(0) => break,
            Ok(_) if b[0] == b'\n' => break,
            Ok(_) => bytes.push(b[0]),
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        }
    }
    Ok(Some(String::from_utf8_lossy(&bytes).into_owned()))
}

fn apply(
    r: &Review<'_>,
    rep: &mut FileReport,
    src: &crate::source::SourceFile,
    accepted: &[Fix],
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let (edits, taken) = fix::plan(&src.text, accepted.iter());
    let text = fix::apply(&src.text, &edits);
    if let Err(why) = engine::verify(src.language, &text) {
        if engine::verify(src.language, &src.text).is_ok() {
            let msg = format!(
                "the fixes were not applied: the fixed {} would not parse ({why})",
                src.language.name()
            );
            writeln!(out, "error: {}: {msg}", rep.display)?;
            rep.fix_rejected = Some(msg);
            return Ok(());
        }
    }
    let mut fixed = src.clone();
    fixed.set_text(text);
    if let Err(e) = write::replace_file(&src.path, &src.to_bytes(), &fixed.to_bytes()) {
        writeln!(out, "error: {}: {e}", rep.display)?;
        rep.error = Some(e.to_string());
        return Ok(());
    }
    writeln!(
        out,
        "Wrote {taken} fix{} to {}.",
        if taken == 1 { "" } else { "es" },
        rep.display
    )?;
    rep.fixed = taken;
    rep.findings = engine::analyze(r.ctx, r.policy, &fixed);
    rep.source = Some(fixed);
    rep.invalidate_positions();
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{FileOptions, Mode};
    use crate::rules::RuleSet;

    fn request(group: &str) -> String {
        format!("curl -H 'Accept: application/vnd.atlas.2023-01-01+json' \"https://cloud.mongodb.com/api/atlas/v2/groups/{group}/serverless/c/backup/snapshots/s\"\n")
    }

    /// Reviews one file holding two requests with `answers`; returns the file afterwards, the
    /// fixes applied and what the review printed.
    fn review_file(answers: &str) -> (String, usize, String) {
        let rules = RuleSet::builtin().unwrap();
        let policy = Policy::all(&rules);
        let ctx = Context {
            rules: &rules,
            today: "2026-11-28".parse().unwrap(),
        };
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.sh");
        std::fs::write(&path, format!("{}\n{}", request("one"), request("two"))).unwrap();
        let opts = FileOptions {
            policy: &policy,
            mode: Mode::Check,
            threshold: Applicability::Safe,
            max_filesize: 1 << 20,
            patch_base: None,
        };
        let report = engine::process(&ctx, &path, || "a.sh".into(), &opts);
        assert_eq!(report.findings.len(), 2);
        let r = Review {
            ctx: &ctx,
            policy: &policy,
            threshold: Applicability::Safe,
            outcome: Outcome {
                rules: &rules,
                reports: &[],
                files_scanned: 1,
                mode: Mode::Check,
                unsafe_fixes: false,
                today: ctx.today,
            },
        };
        let mut out = Vec::new();
        let reports = review(&r, vec![report], &mut answers.as_bytes(), &mut out).unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        (text, reports[0].fixed, String::from_utf8(out).unwrap())
    }

    #[test]
    fn only_the_accepted_fix_of_a_file_is_written() {
        let (text, fixed, out) = review_file("n\ny\n");
        assert_eq!(fixed, 1);
        let want = format!(
            "{}\n{}",
            request("one"),
            request("two")
                .replace("serverless", "flexClusters")
                .replace("2023-01-01", "2024-11-13")
        );
        assert_eq!(text, want, "{out}");
        assert!(out.contains("Wrote 1 fix to a.sh."), "{out}");
    }

    #[test]
    fn all_accepts_the_rest_of_the_file_without_asking() {
        let (text, fixed, out) = review_file("a\n");
        assert_eq!(fixed, 2);
        assert!(!text.contains("serverless"), "{text}");
        assert_eq!(out.matches("[y,n,a,q,?]?").count(), 1, "{out}");
    }

    #[test]
    fn quit_and_end_of_input_write_nothing_not_accepted() {
        for answers in ["q\n", ""] {
            let (text, fixed, _) = review_file(answers);
            assert_eq!(fixed, 0);
            assert_eq!(text.matches("serverless").count(), 2);
        }
    }

    #[test]
    fn an_unknown_answer_shows_the_help_and_asks_again() {
        let (_, fixed, out) = review_file("x\ny\nn\n");
        assert_eq!(fixed, 1);
        assert!(
            out.contains("a - apply this fix and every later fix in this file"),
            "{out}"
        );
        assert_eq!(out.matches("[y,n,a,q,?]?").count(), 3, "{out}");
    }

    #[test]
    fn a_fix_overlapping_an_accepted_one_is_skipped_not_merged() {
        use crate::finding::{Finding, Severity};
        use crate::fix::Edit;
        use crate::language::Language;
        use crate::source::SourceFile;
        let rules = RuleSet::builtin().unwrap();
        let policy = Policy::all(&rules);
        let ctx = Context {
            rules: &rules,
            today: "2026-11-28".parse().unwrap(),
        };
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x.txt");
        std::fs::write(&path, "abcdef\n").unwrap();
        let finding = |range: std::ops::Range<usize>, content: &str| Finding {
            rule: 0,
            span: range.clone(),
            severity: Severity::Error,
            language: Language::Text,
            message: "m".into(),
            replacement: String::new(),
            fix: Some(Fix::new(
                Applicability::Safe,
                vec![Edit::replace(range, content)],
                "t",
            )),
            notes: Vec::new(),
        };
        let src = SourceFile::new(
            path.clone(),
            "x.txt".into(),
            "abcdef\n".into(),
            false,
            Language::Text,
        );
        let report = FileReport {
            display: "x.txt".into(),
            source: Some(src),
            findings: vec![finding(1..3, "X"), finding(2..4, "Y"), finding(4..5, "Z")],
            ..FileReport::default()
        };
        let r = Review {
            ctx: &ctx,
            policy: &policy,
            threshold: Applicability::Safe,
            outcome: Outcome {
                rules: &rules,
                reports: &[],
                files_scanned: 1,
                mode: Mode::Check,
                unsafe_fixes: false,
                today: ctx.today,
            },
        };
        let mut out = Vec::new();
        let reports = review(&r, vec![report], &mut "y\ny\n".as_bytes(), &mut out).unwrap();
        let out = String::from_utf8(out).unwrap();
        assert!(out.contains("overlaps one you accepted"), "{out}");
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "aXdZf\n");
        assert_eq!(reports[0].fixed, 2);
    }
}

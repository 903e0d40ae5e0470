//! One file through the pipeline: read, prefilter, decode, detect, and (for `--fix`/`--diff`) fix
//! until stable, verify and write. Returns plain data; never prints.

use std::path::{Path, PathBuf};

use crate::config::Policy;
use crate::detect::{self, Context};
use crate::diff;
use crate::finding::Finding;
use crate::fix::{self, Applicability};
use crate::language::{self, Language};
use crate::read::Read;
use crate::source::{self, SourceFile, Undecodable};
use crate::suppress;
use crate::write;

/// Passes of fix-then-detect before giving up on reaching a stable text.
pub const MAX_FIX_PASSES: usize = 10;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Report only.
    Check,
    /// Compute fixes and produce a diff; write nothing.
    Diff,
    /// Write fixes.
    Fix,
}

#[derive(Debug, Clone, Copy)]
pub struct FileOptions<'a> {
    /// Which rules apply where (config and flags).
    pub policy: &'a Policy,
    pub mode: Mode,
    /// The least applicability that is applied (`Safe`, or `Unsafe` with `--unsafe-fixes`).
    pub threshold: Applicability,
    pub max_filesize: u64,
    /// Where `--diff` paths start (the git work tree's top); `None`: paths as shown.
    pub patch_base: Option<&'a diff::PatchBase>,
}

/// Why a file was not scanned, for `--verbose`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Skip {
    TooLarge {
        size: u64,
        limit: u64,
    },
    Binary,
    InvalidUtf8 {
        offset: usize,
    },
    NotAFile,
    /// Symbolic links are not followed while walking (their targets are scanned where they are).
    Symlink,
    /// UTF-16 text (by its byte-order mark): not supported.
    Utf16,
}

impl std::fmt::Display for Skip {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Skip::TooLarge { size, limit } => {
                write!(f, "skipped: {size} bytes is over the size limit of {limit} bytes (--max-filesize)")
            }
            Skip::Binary => write!(f, "skipped: binary file"),
            Skip::InvalidUtf8 { offset } => write!(f, "skipped: not valid UTF-8 (byte {offset})"),
            Skip::NotAFile => write!(f, "skipped: not a regular file"),
            Skip::Symlink => write!(f, "skipped: symbolic link (not followed)"),
            Skip::Utf16 => write!(
                f,
                "skipped: UTF-16 text is not supported (convert it to UTF-8)"
            ),
        }
    }
}

/// What happened to one file.
#[derive(Debug, Default)]
pub struct FileReport {
    pub display: String,
    /// The file's text as it is now (after fixes when written), kept only when there are findings
    /// to show in code frames.
    pub source: Option<SourceFile>,
    /// Findings that remain (after fixing, in `--fix` mode; all of them otherwise).
    pub findings: Vec<Finding>,
    /// Fixes applied (written with `--fix`, shown in the diff with `--diff`).
    pub fixed: usize,
    /// The unified diff of the fixes (`--diff`).
    pub diff: String,
    pub skipped: Option<Skip>,
    /// How the file was scanned, for `--verbose` ("not parsed as Rust ...").
    pub notices: Vec<String>,
    /// Syntax its parsers could not read: the file was checked around it (always reported).
    pub partial: Vec<detect::Partial>,
    /// Why the fixes were not applied (the fixed text failed its language's check): always shown.
    pub fix_rejected: Option<String>,
    /// An I/O or write error: reported, and the run ends with exit status 2.
    pub error: Option<String>,
    /// The source text was dropped to bound memory: [`FileReport::source`] reads it again.
    pub evicted: Option<(PathBuf, crate::language::Language)>,
    /// Start, end and edit positions of each finding, computed once on first use.
    pub positions: std::sync::OnceLock<Vec<FindingPosition>>,
    /// `--fix`: the fixed text, written beside the file, for [`commit_fixes`] to put in place.
    pub staged: Option<write::Staged>,
}

/// Where a finding and its fix's edits are, 1-based, columns in characters.
#[derive(Debug, Clone, Default)]
pub struct FindingPosition {
    pub start: crate::source::LineCol,
    pub end: crate::source::LineCol,
    pub edits: Vec<(crate::source::LineCol, crate::source::LineCol)>,
}

impl FileReport {
    /// The file's text for printing: kept in memory, or read again from disk when it was evicted
    /// (the same text: the file as checked, or as written by `--fix`).
    pub fn source(&self) -> Option<std::borrow::Cow<'_, SourceFile>> {
        if let Some(s) = &self.source {
            return Some(std::borrow::Cow::Borrowed(s));
        }
        let (path, language) = self.evicted.as_ref()?;
        let bytes = std::fs::read(path).ok()?;
        let (text, bom) = source::decode(bytes).ok()?;
        let file = SourceFile::new(path.clone(), self.display.clone(), text, bom, *language);
        Some(std::borrow::Cow::Owned(file))
    }

    /// The positions of finding `f` (one of this report's), read from the source once per report.
    pub fn position_of(&self, f: &Finding) -> FindingPosition {
        let all = self.positions.get_or_init(|| {
            let Some(src) = self.source() else {
                return vec![FindingPosition::default(); self.findings.len()];
            };
            let at = |p: usize| src.lines.line_col(&src.text, p);
            self.findings
                .iter()
                .map(|f| FindingPosition {
                    start: at(f.span.start),
                    end: at(f.span.end),
                    edits: f
                        .fix
                        .iter()
                        .flat_map(|x| x.edits.iter().map(|e| (at(e.range.start), at(e.range.end))))
                        .collect(),
                })
                .collect()
        });
        // `f` is an element of `self.findings`: its index follows from its address.
        let base = self.findings.as_ptr() as usize;
        let index = (f as *const Finding as usize).wrapping_sub(base)
            / std::mem::size_of::<Finding>().max(1);
        let index = match self.findings.get(index) {
            Some(x) if std::ptr::eq(x, f) => index,
            _ => self
                .findings
                .iter()
                .position(|x| std::ptr::eq(x, f))
                .unwrap_or(usize::MAX),
        };
        all.get(index).cloned().unwrap_or_default()
    }

    /// Forgets the cached positions: call after changing `findings` or `source`.
    pub fn invalidate_positions(&mut self) {
        self.positions = std::sync::OnceLock::new();
    }

    /// Drops the source text (findings keep their byte ranges); returns the bytes freed.
    pub fn evict(&mut self) -> usize {
        let Some(src) = self.source.take() else {
            return 0;
        };
        let freed = src.text.len();
        self.evicted = Some((src.path, src.language));
        freed
    }
}

/// Runs the pipeline on one file; `display` (the path as reports show it) is only computed for a
/// file that has something to report.
pub fn process(
    ctx: &Context<'_>,
    path: &Path,
    display: impl FnOnce() -> String,
    opts: &FileOptions<'_>,
) -> FileReport {
    let rules = ctx.rules;
    let read = crate::read::read_file(path, opts.max_filesize, rules.prefilter_overlap(), |b| {
        rules.prefilter_hit(b)
    });
    let bytes = match read {
        Read::Bytes(b) => b,
        Read::Miss => return FileReport::default(),
        Read::Skipped(skip) => {
            return FileReport {
                display: display(),
                skipped: Some(skip),
                ..FileReport::default()
            }
        }
        Read::Failed(error) => {
            return FileReport {
                display: display(),
                error: Some(error),
                ..FileReport::default()
            }
        }
    };
    let mut report = FileReport {
        display: display(),
        ..FileReport::default()
    };
    let language = language::classify(path, &bytes[..bytes.len().min(256)]);
    let original = if opts.mode == Mode::Fix {
        Some(bytes.clone())
    } else {
        None
    };
    let (text, bom) = match source::decode(bytes) {
        Ok(t) => t,
        Err(Undecodable::Binary) => {
            report.skipped = Some(Skip::Binary);
            return report;
        }
        Err(Undecodable::InvalidUtf8 { offset }) => {
            report.skipped = Some(Skip::InvalidUtf8 { offset });
            return report;
        }
    };
    let file = SourceFile::new(
        path.to_path_buf(),
        report.display.clone(),
        text,
        bom,
        language,
    );
    check_text(ctx, opts, file, original.as_deref(), report)
}

/// The `--diff` patch of one file.
pub fn patch(opts: &FileOptions<'_>, display: &str, bom: bool, old: &str, new: &str) -> String {
    match opts.patch_base {
        Some(base) => diff::file_patch(base, display, bom, old, new),
        None => diff::file_patch(
            &diff::PatchBase::here(Path::new(".")),
            display,
            bom,
            old,
            new,
        ),
    }
}

/// The pipeline from decoded text on: analyze, and fix/diff/write by mode. `original` holds the
/// bytes read from disk (for `--fix`, to refuse writing over a file changed since).
pub fn check_text(
    ctx: &Context<'_>,
    opts: &FileOptions<'_>,
    mut file: SourceFile,
    original: Option<&[u8]>,
    mut report: FileReport,
) -> FileReport {
    let path = file.path.clone();
    let detection = analyze_file(ctx, opts.policy, &file);
    report.notices = detection.notices;
    report.partial = detection.partial;
    let mut findings = detection.findings;
    if opts.mode != Mode::Check && findings.iter().any(|f| fixable(f, opts.threshold)) {
        let outcome = fix_file(ctx, opts.policy, &file, findings.clone(), opts.threshold);
        report.fix_rejected = outcome.rejected;
        let (after, applied, after_findings) = (outcome.text, outcome.applied, outcome.findings);
        if after != file.text {
            match opts.mode {
                Mode::Diff => {
                    report.fixed = applied;
                    report.diff = patch(opts, &report.display, file.bom, &file.text, &after);
                }
                Mode::Fix => {
                    let mut fixed_file = file.clone();
                    fixed_file.set_text(after);
                    let original = original.unwrap_or(&[]);
                    match write::stage(&path, original, &fixed_file.to_bytes()) {
                        Err(e) => report.error = Some(e.to_string()),
                        Ok(staged) => {
                            report.staged = Some(staged);
                            report.fixed = applied;
                            file = fixed_file;
                            // What remains, found by the last fix pass on this very text.
                            findings = after_findings;
                        }
                    }
                }
                Mode::Check => {}
            }
        }
    }
    if !findings.is_empty() {
        report.findings = findings;
        report.source = Some(file);
    }
    report
}

/// `--fix`, once every file is checked: flushes the fixed files staged by [`process`] to disk at
/// once and renames them into place. A file that cannot be put in place is reported as not fixed.
pub fn commit_fixes(reports: &mut [FileReport]) {
    let (at, staged): (Vec<usize>, Vec<write::Staged>) = reports
        .iter_mut()
        .enumerate()
        .filter_map(|(i, r)| r.staged.take().map(|s| (i, s)))
        .unzip();
    for (i, result) in at.into_iter().zip(write::commit(staged)) {
        if let Err(e) = result {
            let r = &mut reports[i];
            r.error = Some(e.to_string());
            r.fixed = 0;
        }
    }
}

fn fixable(f: &Finding, threshold: Applicability) -> bool {
    f.fix.as_ref().is_some_and(|x| {
        x.applicability >= threshold && x.applicability > Applicability::DisplayOnly
    })
}

/// Every finding of one file: detectors, then the policy (rule choices, per-file ignores,
/// severities) and inline suppressions.
pub fn analyze(ctx: &Context<'_>, policy: &Policy, file: &SourceFile) -> Vec<Finding> {
    analyze_file(ctx, policy, file).findings
}

/// [`analyze`], with the detectors' notices for `--verbose`.
pub fn analyze_file(ctx: &Context<'_>, policy: &Policy, file: &SourceFile) -> detect::Detection {
    let abs = policy.absolute(&file.path);
    let mut d = detect::detect_file(ctx, file);
    let found = policy.apply(&abs, std::mem::take(&mut d.findings));
    let all = suppress::apply(file, ctx.rules, &|i| policy.enabled(i, &abs), found);
    d.findings = policy.apply(&abs, all);
    d
}

/// Applies fixes, re-analyzes and repeats until nothing changes (at most [`MAX_FIX_PASSES`]).
/// Returns the final text and the number of fixes applied (none when the result fails [`verify`]).
pub fn fix_until_stable(
    ctx: &Context<'_>,
    policy: &Policy,
    file: &SourceFile,
    findings: Vec<Finding>,
    threshold: Applicability,
) -> (String, usize) {
    let outcome = fix_file(ctx, policy, file, findings, threshold);
    (outcome.text, outcome.applied)
}

/// The result of fixing one file.
#[derive(Debug, Clone)]
pub struct FixOutcome {
    pub text: String,
    pub applied: usize,
    /// Set when the fixed text failed [`verify`]: `text` is then the original.
    pub rejected: Option<String>,
    /// The findings of `text` (analyzed by the last pass; the given ones when nothing changed).
    pub findings: Vec<Finding>,
}

/// Checks that a fixed text is still valid in its language (Rust must parse). Languages without a
/// checker pass.
pub fn verify(language: Language, text: &str) -> Result<(), String> {
    match language {
        Language::Rust => crate::detect::rust::parse::check_file(text),
        Language::Go if crate::detect::go::parses(text) => Ok(()),
        Language::Go => Err("Go syntax error".into()),
        _ => Ok(()),
    }
}

/// [`fix_until_stable`], keeping the original text when the fixes break a file that was valid.
pub fn fix_file(
    ctx: &Context<'_>,
    policy: &Policy,
    file: &SourceFile,
    findings: Vec<Finding>,
    threshold: Applicability,
) -> FixOutcome {
    let (text, applied, found, kept_tokens) = fix_passes(ctx, policy, file, findings, threshold);
    let fixed = FixOutcome {
        text,
        applied,
        rejected: None,
        findings: found,
    };
    if fixed.text == file.text || kept_tokens {
        return fixed;
    }
    let Err(why) = verify(file.language, &fixed.text) else {
        return fixed;
    };
    if verify(file.language, &file.text).is_err() {
        // It was not valid before either: the fixes did not break it.
        return fixed;
    }
    FixOutcome {
        text: file.text.clone(),
        applied: 0,
        rejected: Some(format!(
            "the fixes were not applied: the fixed {} would not parse ({why})",
            file.language.name()
        )),
        findings: analyze(ctx, policy, file),
    }
}

/// The fixes applied until the text is stable: the text, the fixes applied, the findings left,
/// and whether every edit kept the tokens of a Go file (then it parses exactly when it did before:
/// see [`crate::detect::go::edits_keep_tokens`]).
fn fix_passes(
    ctx: &Context<'_>,
    policy: &Policy,
    file: &SourceFile,
    mut findings: Vec<Finding>,
    threshold: Applicability,
) -> (String, usize, Vec<Finding>, bool) {
    let mut work = file.clone();
    let mut applied = 0;
    let mut kept_tokens = file.language == Language::Go;
    for _ in 0..MAX_FIX_PASSES {
        let fixes = findings
            .iter()
            .filter(|f| fixable(f, threshold))
            .filter_map(|f| f.fix.as_ref());
        let (edits, taken) = fix::plan(&work.text, fixes);
        if edits.is_empty() {
            break;
        }
        let next = fix::apply(&work.text, &edits);
        if next == work.text {
            break;
        }
        kept_tokens = kept_tokens && crate::detect::go::edits_keep_tokens(&work.text, &edits);
        applied += taken;
        work.set_text(next);
        // A text the prefilter passes over has no finding (the same gate that skips such a file
        // when it is read), so a file the fixes cleared of every trigger is not analyzed again.
        if !ctx.rules.prefilter_hit(work.text.as_bytes()) {
            findings = Vec::new();
            break;
        }
        findings = analyze(ctx, policy, &work);
    }
    (work.text, applied, findings, kept_tokens)
}

/// Resolves a path for display: relative to `cwd` when inside it, with `/` separators and no `./`.
pub fn display_path(path: &Path, cwd: &Path) -> String {
    let rel: PathBuf = if path.is_absolute() {
        path.strip_prefix(cwd)
            .map(Path::to_path_buf)
            .unwrap_or_else(|_| path.to_path_buf())
    } else {
        path.components()
            .filter(|c| !matches!(c, std::path::Component::CurDir))
            .collect()
    };
    let s = rel.to_string_lossy().replace('\\', "/");
    if s.is_empty() {
        ".".into()
    } else {
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fix::{Edit, Fix};
    use crate::rules::RuleSet;

    fn rust_file(text: &str) -> SourceFile {
        SourceFile::new(
            "a.rs".into(),
            "a.rs".into(),
            text.to_string(),
            false,
            Language::Rust,
        )
    }

    fn finding_with(edit: Edit) -> Finding {
        Finding {
            rule: 0,
            span: edit.range.clone(),
            severity: crate::finding::Severity::Error,
            language: Language::Rust,
            message: String::new(),
            replacement: String::new(),
            fix: Some(Fix::new(Applicability::Safe, vec![edit], "t")),
            notes: Vec::new(),
        }
    }

    #[test]
    fn a_fix_that_breaks_a_rust_file_is_not_applied() {
        let rules = RuleSet::builtin().unwrap();
        let ctx = Context {
            rules: &rules,
            today: "2026-11-28".parse().unwrap(),
        };
        let file = rust_file("fn main() {}\n");
        let broken = finding_with(Edit::replace(0..2, "fn fn"));
        let policy = Policy::all(&rules);
        let out = fix_file(&ctx, &policy, &file, vec![broken], Applicability::Safe);
        assert_eq!(out.text, file.text);
        assert_eq!(out.applied, 0);
        assert!(out.rejected.unwrap().contains("would not parse"));

        let fine = finding_with(Edit::replace(3..7, "start"));
        let out = fix_file(&ctx, &policy, &file, vec![fine], Applicability::Safe);
        assert_eq!(out.text, "fn start() {}\n");
        assert_eq!((out.applied, out.rejected), (1, None));
    }

    #[test]
    fn verify_passes_languages_without_a_checker() {
        assert!(verify(Language::Python, "def (").is_ok());
        assert!(verify(Language::Rust, "fn (").is_err());
    }
}

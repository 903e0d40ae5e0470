//! One file through the pipeline: read, prefilter, decode, detect, and (for `--fix`/`--diff`) fix
//! until stable, verify and write. Returns plain data; never prints.

use std::path::{Path, PathBuf};

use crate::config::Policy;
use crate::detect::{self, Context};
use crate::diff;
use crate::finding::Finding;
use crate::fix::{self, Applicability};
use crate::language;
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
}

/// Why a file was not scanned, for `--verbose`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Skip {
    TooLarge { size: u64, limit: u64 },
    Binary,
    InvalidUtf8 { offset: usize },
    NotAFile,
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
    /// An I/O or write error: reported, and the run ends with exit status 2.
    pub error: Option<String>,
}

/// Runs the pipeline on one file.
pub fn process(
    ctx: &Context<'_>,
    path: &Path,
    display: String,
    opts: &FileOptions<'_>,
) -> FileReport {
    let mut report = FileReport {
        display,
        ..FileReport::default()
    };
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) => {
            report.error = Some(format!("cannot read: {e}"));
            return report;
        }
    };
    if !meta.is_file() {
        report.skipped = Some(Skip::NotAFile);
        return report;
    }
    if meta.len() > opts.max_filesize {
        report.skipped = Some(Skip::TooLarge {
            size: meta.len(),
            limit: opts.max_filesize,
        });
        return report;
    }
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            report.error = Some(format!("cannot read: {e}"));
            return report;
        }
    };
    if !ctx.rules.prefilter_hit(&bytes) {
        return report;
    }
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
    let mut findings = analyze(ctx, opts.policy, &file);
    if opts.mode != Mode::Check && findings.iter().any(|f| fixable(f, opts.threshold)) {
        let (after, applied) =
            fix_until_stable(ctx, opts.policy, &file, findings.clone(), opts.threshold);
        if after != file.text {
            match opts.mode {
                Mode::Diff => {
                    report.fixed = applied;
                    report.diff = diff::unified(&report.display, &file.text, &after);
                }
                Mode::Fix => {
                    let mut fixed_file = file.clone();
                    fixed_file.set_text(after);
                    let original = original.unwrap_or(&[]);
                    match write::replace_file(&path, original, &fixed_file.to_bytes()) {
                        Err(e) => report.error = Some(e.to_string()),
                        Ok(()) => {
                            report.fixed = applied;
                            file = fixed_file;
                            // What remains is reported against the file as it is now.
                            findings = analyze(ctx, opts.policy, &file);
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

fn fixable(f: &Finding, threshold: Applicability) -> bool {
    f.fix.as_ref().is_some_and(|x| {
        x.applicability >= threshold && x.applicability > Applicability::DisplayOnly
    })
}

/// Every finding of one file: detectors, then the policy (rule choices, per-file ignores,
/// severities) and inline suppressions.
pub fn analyze(ctx: &Context<'_>, policy: &Policy, file: &SourceFile) -> Vec<Finding> {
    let abs = policy.absolute(&file.path);
    let found = policy.apply(&abs, detect::detect(ctx, file));
    let all = suppress::apply(file, ctx.rules, &|i| policy.enabled(i, &abs), found);
    policy.apply(&abs, all)
}

/// Applies fixes, re-analyzes and repeats until nothing changes (at most [`MAX_FIX_PASSES`]).
/// Returns the final text and the number of fixes applied.
pub fn fix_until_stable(
    ctx: &Context<'_>,
    policy: &Policy,
    file: &SourceFile,
    mut findings: Vec<Finding>,
    threshold: Applicability,
) -> (String, usize) {
    let mut work = file.clone();
    let mut applied = 0;
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
        applied += taken;
        work.set_text(next);
        findings = analyze(ctx, policy, &work);
    }
    (work.text, applied)
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

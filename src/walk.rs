//! File discovery and the parallel driver: folders are walked with `ignore` (honouring
//! `.gitignore`/`.ignore`), explicit files are always checked unless `--force-exclude`.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use ignore::{WalkBuilder, WalkState};

use crate::detect::Context;
use crate::engine::{self, FileOptions, FileReport};
use crate::globs::{self, PathGlobs};

/// Hidden folders and files that are walked even without `--hidden`: CI configuration lives there.
const ALWAYS_WALKED_HIDDEN: &[&str] = &[
    ".github",
    ".gitlab",
    ".gitlab-ci.yml",
    ".circleci",
    ".buildkite",
    ".azure-pipelines",
];

#[derive(Debug, Clone)]
pub struct WalkOptions {
    pub paths: Vec<PathBuf>,
    pub no_ignore: bool,
    pub hidden: bool,
    /// Exclusion globs (from flags and the config file).
    pub excludes: Vec<PathGlobs>,
    pub force_exclude: bool,
    pub threads: usize,
    /// Counts files and findings as they are done, for the progress line.
    pub progress: Option<Arc<crate::progress::Progress>>,
    /// Set by SIGINT/SIGTERM: no new file is started (a file being written is finished first).
    pub cancel: Option<Arc<std::sync::atomic::AtomicBool>>,
    /// Bytes of source text to keep in memory for the report; `None` keeps all.
    pub retain_budget: Option<usize>,
}

/// The default [`WalkOptions::retain_budget`].
pub const RETAIN_BUDGET: usize = 64 << 20;

/// Everything the walk found, and how many files were read.
pub struct WalkResult {
    pub reports: Vec<FileReport>,
    pub files_scanned: usize,
}

/// Walks every path and runs the pipeline on each file, in parallel. Reports come back sorted by
/// path, whatever the thread count.
pub fn run(ctx: &Context<'_>, walk: &WalkOptions, opts: &FileOptions, cwd: &Path) -> WalkResult {
    let reports = Mutex::new(Vec::new());
    let scanned = AtomicUsize::new(0);
    // Source texts kept for the report stay under a budget; past it they are dropped and read
    // again while printing, so memory does not grow with the number of files with findings.
    let retained = AtomicUsize::new(0);
    let keep = |mut r: FileReport| {
        if let Some(src) = &r.source {
            let len = src.text.len();
            if walk
                .retain_budget
                .is_some_and(|b| retained.fetch_add(len, Ordering::Relaxed) + len > b)
            {
                r.evict();
            }
        }
        if let Some(p) = &walk.progress {
            p.file_done(r.findings.len() + r.fixed);
        }
        let interesting = !r.findings.is_empty()
            || r.fixed > 0
            || r.error.is_some()
            || r.skipped.is_some()
            || !r.diff.is_empty();
        if interesting {
            reports
                .lock()
                .expect("no panics while holding the lock")
                .push(r);
        }
    };

    let mut files = Vec::new();
    let mut dirs = Vec::new();
    for p in &walk.paths {
        let display = engine::display_path(p, cwd);
        match std::fs::metadata(p) {
            Ok(m) if m.is_dir() => dirs.push(p.clone()),
            // Not opened at all: a device or socket named on the command line.
            Ok(m) if !m.is_file() => keep(FileReport {
                display,
                skipped: Some(engine::Skip::NotAFile),
                ..FileReport::default()
            }),
            Ok(_) => {
                if walk.force_exclude && excluded(&walk.excludes, &globs::absolute(p, cwd)) {
                    continue;
                }
                files.push((p.clone(), display));
            }
            Err(e) => keep(FileReport {
                display,
                error: Some(format!("cannot read: {e}")),
                ..FileReport::default()
            }),
        }
    }

    let cancelled = || {
        walk.cancel
            .as_ref()
            .is_some_and(|c| c.load(Ordering::SeqCst))
    };
    for_each_parallel(&files, walk.threads, |(path, display)| {
        if cancelled() {
            return;
        }
        scanned.fetch_add(1, Ordering::Relaxed);
        keep(engine::process(ctx, path, || display.clone(), opts));
    });

    if let Some((first, rest)) = dirs.split_first() {
        let mut builder = WalkBuilder::new(first);
        for d in rest {
            builder.add(d);
        }
        let excludes: Arc<Vec<PathGlobs>> = Arc::new(walk.excludes.clone());
        let any_excludes = walk.excludes.iter().any(|g| !g.patterns.is_empty());
        let cwd_owned = cwd.to_path_buf();
        let hidden = walk.hidden;
        builder
            .threads(walk.threads)
            .hidden(false)
            .follow_links(false)
            .require_git(false)
            .git_ignore(!walk.no_ignore)
            .git_exclude(!walk.no_ignore)
            .git_global(!walk.no_ignore)
            .ignore(!walk.no_ignore)
            .parents(!walk.no_ignore)
            .filter_entry(move |e| {
                let name = e.file_name().to_string_lossy();
                if e.depth() > 0 && name.starts_with('.') {
                    if name == ".git" {
                        return false;
                    }
                    if !hidden && !ALWAYS_WALKED_HIDDEN.contains(&name.as_ref()) {
                        return false;
                    }
                }
                // Without exclude patterns, no absolute path is built for every entry.
                !any_excludes || !excluded(&excludes, &globs::absolute(e.path(), &cwd_owned))
            });
        builder.build_parallel().run(|| {
            Box::new(|entry| {
                if cancelled() {
                    return WalkState::Quit;
                }
                match entry {
                    Ok(e) => {
                        let kind = e.file_type();
                        let is_file = kind.is_some_and(|t| t.is_file());
                        if kind.is_some_and(|t| t.is_symlink()) && e.depth() > 0 {
                            keep(FileReport {
                                display: engine::display_path(e.path(), cwd),
                                skipped: Some(engine::Skip::Symlink),
                                ..FileReport::default()
                            });
                        }
                        if is_file {
                            scanned.fetch_add(1, Ordering::Relaxed);
                            let display = || engine::display_path(e.path(), cwd);
                            keep(engine::process(ctx, e.path(), display, opts));
                        }
                    }
                    Err(err) => keep(walk_error(err, cwd)),
                }
                WalkState::Continue
            })
        });
    }

    let mut reports = reports
        .into_inner()
        .expect("no panics while holding the lock");
    reports.sort_by(|a, b| a.display.cmp(&b.display));
    WalkResult {
        reports,
        files_scanned: scanned.into_inner(),
    }
}

fn excluded(excludes: &[PathGlobs], abs: &Path) -> bool {
    excludes.iter().any(|g| g.is_match(abs))
}

fn walk_error(err: ignore::Error, cwd: &Path) -> FileReport {
    let path = error_path(&err);
    FileReport {
        display: path.map_or_else(|| ".".to_string(), |p| engine::display_path(p, cwd)),
        error: Some(strip_path(&err.to_string())),
        ..FileReport::default()
    }
}

fn error_path(err: &ignore::Error) -> Option<&Path> {
    match err {
        ignore::Error::WithPath { path, .. } => Some(path),
        ignore::Error::WithDepth { err, .. } | ignore::Error::WithLineNumber { err, .. } => {
            error_path(err)
        }
        ignore::Error::Loop { child, .. } => Some(child),
        _ => None,
    }
}

/// `ignore` errors start with the path, which the report prints already.
fn strip_path(msg: &str) -> String {
    match msg.split_once(": ") {
        Some((_, rest)) if !rest.is_empty() => rest.to_string(),
        _ => msg.to_string(),
    }
}

/// Runs `f` on every item with up to `threads` threads.
fn for_each_parallel<T: Sync>(items: &[T], threads: usize, f: impl Fn(&T) + Sync) {
    let next = AtomicUsize::new(0);
    let workers = threads.clamp(1, items.len().max(1));
    std::thread::scope(|s| {
        for _ in 0..workers {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(item) = items.get(i) else { break };
                f(item);
            });
        }
    });
}

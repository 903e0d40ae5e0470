//! The progress line of long runs: files done, findings so far and elapsed time, drawn on a
//! terminal's stderr only (never in pipes, CI logs or machine formats). Workers count; one thread
//! draws.

use std::io::{self, Write};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use crate::cli::Format;

/// Counters the walk updates from its worker threads.
#[derive(Debug, Default)]
pub struct Progress {
    files: AtomicUsize,
    findings: AtomicUsize,
}

impl Progress {
    /// One more file done, with its findings (and fixes: they were findings).
    pub fn file_done(&self, findings: usize) {
        self.files.fetch_add(1, Ordering::Relaxed);
        self.findings.fetch_add(findings, Ordering::Relaxed);
    }

    /// (files done, findings so far)
    pub fn counts(&self) -> (usize, usize) {
        (
            self.files.load(Ordering::Relaxed),
            self.findings.load(Ordering::Relaxed),
        )
    }
}

/// Whether to draw: stderr is a terminal, not `--quiet`, not CI, and a format for people.
pub fn enabled(stderr_is_terminal: bool, quiet: bool, ci: bool, format: Format) -> bool {
    let for_people = matches!(
        format,
        Format::Human | Format::Concise | Format::Html | Format::Markdown
    );
    stderr_is_terminal && !quiet && !ci && for_people
}

/// True when the `CI` environment variable says this is a CI run (set, and not `false` or `0`).
pub fn ci_from_env(value: Option<&std::ffi::OsStr>) -> bool {
    value.is_some_and(|v| !v.is_empty() && v != "false" && v != "0")
}

/// The line for `tick` (an animation step): a moving bar, files, findings, elapsed time.
pub fn line(files: usize, findings: usize, elapsed: Duration, tick: usize) -> String {
    const WIDTH: usize = 20;
    const BLOCK: usize = 4;
    let span = WIDTH - BLOCK;
    let step = tick % (2 * span);
    let pos = if step < span { step } else { 2 * span - step };
    let bar: String = (0..WIDTH)
        .map(|i| {
            if i >= pos && i < pos + BLOCK {
                '='
            } else {
                ' '
            }
        })
        .collect();
    let secs = elapsed.as_secs();
    format!(
        "[{bar}] {files} file{} checked, {findings} finding{} so far, {}:{:02}",
        if files == 1 { "" } else { "s" },
        if findings == 1 { "" } else { "s" },
        secs / 60,
        secs % 60
    )
}

/// Draws `text` over the current terminal line.
pub fn draw(out: &mut dyn Write, text: &str) -> io::Result<()> {
    write!(out, "\r\x1b[2K{text}")?;
    out.flush()
}

/// Clears the progress line.
pub fn clear(out: &mut dyn Write) -> io::Result<()> {
    write!(out, "\r\x1b[2K")?;
    out.flush()
}

/// Runs `walk` on a worker thread while this one draws the progress line on `err`.
pub fn while_drawing<T: Send>(
    p: &Progress,
    err: &mut dyn Write,
    walk: impl FnOnce() -> T + Send,
) -> T {
    let start = std::time::Instant::now();
    std::thread::scope(|s| {
        let handle = s.spawn(walk);
        let mut tick = 0;
        while !handle.is_finished() {
            let (files, findings) = p.counts();
            let _ = draw(err, &line(files, findings, start.elapsed(), tick));
            tick += 1;
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
        let _ = clear(err);
        handle
            .join()
            .unwrap_or_else(|e| std::panic::resume_unwind(e))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shown_only_on_a_terminal_outside_ci_for_people_formats() {
        assert!(enabled(true, false, false, Format::Human));
        assert!(enabled(true, false, false, Format::Html));
        assert!(!enabled(false, false, false, Format::Human));
        assert!(!enabled(true, true, false, Format::Human));
        assert!(!enabled(true, false, true, Format::Human));
        assert!(!enabled(true, false, false, Format::Json));
        assert!(!enabled(true, false, false, Format::Sarif));
    }

    #[test]
    fn ci_variable_values() {
        assert!(ci_from_env(Some("true".as_ref())));
        assert!(ci_from_env(Some("1".as_ref())));
        assert!(!ci_from_env(Some("false".as_ref())));
        assert!(!ci_from_env(Some("".as_ref())));
        assert!(!ci_from_env(None));
    }

    #[test]
    fn line_shows_files_findings_and_elapsed_time() {
        let l = line(1234, 1, Duration::from_secs(75), 3);
        assert!(
            l.ends_with("] 1234 files checked, 1 finding so far, 1:15"),
            "{l}"
        );
        assert_eq!(l.chars().filter(|&c| c == '=').count(), 4);
        // The bar moves and stays inside its brackets.
        for t in 0..100 {
            assert_eq!(line(0, 0, Duration::ZERO, t).find(']'), Some(21));
        }
    }
}

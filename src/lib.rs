//! atlas-sunset: finds and fixes calls to retired MongoDB Atlas Admin API endpoints.
//!
//! The pipeline: walk -> classify -> read -> prefilter -> detect -> fix -> report. [`run`] is the
//! whole command line, writing to the writers it is given, so tests can drive it in-process.

pub mod cli;
pub mod date;
pub mod detect;
pub mod diff;
pub mod engine;
pub mod explain;
pub mod finding;
pub mod fix;
pub mod language;
pub mod report;
pub mod rules;
pub mod secrets;
pub mod source;
pub mod walk;
pub mod write;

use std::ffi::OsString;
use std::io::Write;

use clap::Parser;

use cli::{CheckArgs, Cli, ColorChoice, Command, FailOn, Format};
use date::Date;
use detect::Context;
use engine::{FileOptions, Mode};
use finding::Severity;
use fix::Applicability;
use report::Outcome;
use rules::RuleSet;

/// Exit status: nothing left to report.
pub const EXIT_OK: i32 = 0;
/// Exit status: findings remain.
pub const EXIT_FINDINGS: i32 = 1;
/// Exit status: usage, configuration or I/O error.
pub const EXIT_ERROR: i32 = 2;

/// Where [`run`] writes, and what it needs to know about the terminal.
pub struct Io<'a> {
    pub stdout: &'a mut dyn Write,
    pub stderr: &'a mut dyn Write,
    pub stdout_is_terminal: bool,
    /// The value of `NO_COLOR`, if set.
    pub no_color: bool,
}

/// Runs the command line `args` (the first item is the program name). Returns the exit status.
pub fn run<I, T>(args: I, io: &mut Io<'_>) -> i32
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let cli = match Cli::try_parse_from(args) {
        Ok(c) => c,
        Err(e) => {
            let to_stdout = !e.use_stderr();
            let text = if io.stdout_is_terminal && to_stdout {
                e.render().ansi().to_string()
            } else {
                e.render().to_string()
            };
            let _ = if to_stdout {
                write!(io.stdout, "{text}")
            } else {
                write!(io.stderr, "{text}")
            };
            return if to_stdout { EXIT_OK } else { EXIT_ERROR };
        }
    };
    let result = match cli.command {
        Command::Check(args) => check(&args, io),
        Command::Rules(args) => RuleSet::load(&args.rules_dirs)
            .map_err(|e| e.to_string())
            .and_then(|set| {
                explain::write_rules(io.stdout, &set, args.json).map_err(|e| e.to_string())
            })
            .map(|()| EXIT_OK),
        Command::Explain(args) => RuleSet::load(&args.rules_dirs)
            .map_err(|e| e.to_string())
            .and_then(|set| explain::write_explain(io.stdout, &set, &args.rule)),
    };
    match result {
        Ok(code) => code,
        Err(msg) => {
            let _ = writeln!(io.stderr, "error: {msg}");
            EXIT_ERROR
        }
    }
}

fn check(args: &CheckArgs, io: &mut Io<'_>) -> Result<i32, String> {
    let rules = RuleSet::load(&args.rules_dirs).map_err(|e| e.to_string())?;
    let today = match &args.today {
        Some(s) => s.parse::<Date>().map_err(|e| format!("--today: {e}"))?,
        None => Date::today_utc(),
    };
    let excludes = walk::Excludes::new(&args.exclude).map_err(|e| format!("--exclude: {e}"))?;
    let cwd =
        std::env::current_dir().map_err(|e| format!("cannot read the working directory: {e}"))?;
    let mode = if args.fix {
        Mode::Fix
    } else if args.diff {
        Mode::Diff
    } else {
        Mode::Check
    };
    let threads = args
        .threads
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
        .max(1);
    let walk_opts = walk::WalkOptions {
        paths: args.paths.clone(),
        no_ignore: args.no_ignore,
        hidden: args.hidden,
        excludes,
        force_exclude: args.force_exclude,
        threads,
    };
    let file_opts = FileOptions {
        mode,
        threshold: if args.unsafe_fixes {
            Applicability::Unsafe
        } else {
            Applicability::Safe
        },
        max_filesize: args.max_filesize,
    };
    let ctx = Context {
        rules: &rules,
        today,
    };
    let result = walk::run(&ctx, &walk_opts, &file_opts, &cwd);
    let outcome = Outcome {
        rules: &rules,
        reports: &result.reports,
        files_scanned: result.files_scanned,
        mode,
        unsafe_fixes: args.unsafe_fixes,
    };

    for r in &result.reports {
        if let Some(e) = &r.error {
            let _ = writeln!(io.stderr, "error: {}: {e}", r.display);
        }
        if let Some(why) = &r.fix_rejected {
            let _ = writeln!(io.stderr, "error: {}: {why}", r.display);
        }
        if let (Some(skip), true) = (&r.skipped, args.verbose) {
            let _ = writeln!(io.stderr, "note: {}: {skip}", r.display);
        }
        for notice in r.notices.iter().filter(|_| args.verbose) {
            let _ = writeln!(io.stderr, "note: {}: {notice}", r.display);
        }
    }
    let written = write_outcome(args, io, &outcome);
    written.map_err(|e| format!("cannot write the report: {e}"))?;

    let summary = outcome.summary();
    if summary.io_errors > 0 {
        return Ok(EXIT_ERROR);
    }
    let failing = outcome.findings().any(|(_, f)| match args.fail_on {
        FailOn::Warning => true,
        FailOn::Error => f.severity == Severity::Error,
    });
    Ok(if failing { EXIT_FINDINGS } else { EXIT_OK })
}

fn write_outcome(args: &CheckArgs, io: &mut Io<'_>, o: &Outcome<'_>) -> std::io::Result<()> {
    if o.mode == Mode::Diff {
        for r in o.reports {
            io.stdout.write_all(r.diff.as_bytes())?;
        }
        return report::write_summary(io.stderr, o);
    }
    match args.format {
        Format::Json => report::json::write(io.stdout, o),
        Format::Concise => {
            report::concise::write(io.stdout, o)?;
            report::write_summary(io.stdout, o)
        }
        Format::Human => {
            let color = match args.color {
                ColorChoice::Always => true,
                ColorChoice::Never => false,
                ColorChoice::Auto => io.stdout_is_terminal && !io.no_color,
            };
            report::human::write(io.stdout, o, color)?;
            report::write_summary(io.stdout, o)
        }
    }
}

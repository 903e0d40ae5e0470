//! atlas-sunset: finds and fixes calls to retired MongoDB Atlas Admin API endpoints.
//!
//! The pipeline: walk -> classify -> read -> prefilter -> detect -> suppress -> fix -> report.
//! [`run`] is the whole command line, writing to the writers it is given, so tests can drive it
//! in-process; the binary only maps its result to an exit status.

pub mod baseline;
pub mod changed;
pub mod cli;
pub mod codeowners;
pub mod completions;
pub mod config;
pub mod date;
pub mod detect;
pub mod diff;
pub mod engine;
pub mod explain;
pub mod finding;
pub mod fingerprint;
pub mod fix;
pub mod git;
pub mod globs;
pub mod group;
pub mod interactive;
pub mod interrupt;
pub mod invariants;
pub mod language;
pub mod prefilter;
pub mod progress;
pub mod read;
pub mod report;
pub mod rules;
pub mod secrets;
pub mod source;
pub mod split;
pub mod suppress;
pub mod walk;
pub mod write;

use std::ffi::OsString;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use clap::{CommandFactory, Parser};

use cli::{CheckArgs, Cli, ColorChoice, Command, FailOn, Format, RulesFormat, SettingsArgs};
use config::{Overrides, Settings};
use date::Date;
use detect::Context;
use engine::{FileOptions, FileReport, Mode};
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

/// Where [`run`] reads and writes, and what it needs to know about the terminal.
pub struct Io<'a> {
    pub stdin: &'a mut dyn Read,
    pub stdout: &'a mut dyn Write,
    pub stderr: &'a mut dyn Write,
    pub stdout_is_terminal: bool,
    /// Standard error is a terminal: the progress line may be drawn there.
    pub stderr_is_terminal: bool,
    /// `NO_COLOR` is set to a non-empty value.
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
        Command::Report(args) if !args.merge.is_empty() => merge(&args, io),
        Command::Report(args) => report(args.check, io),
        Command::Rules(args) => load(&args.settings, &Overrides::default()).and_then(|(_, set)| {
            explain::write_rules(io.stdout, &set, args.format == RulesFormat::Json)
                .map(|()| EXIT_OK)
                .map_err(|e| e.to_string())
        }),
        Command::Explain(args) => load(&args.settings, &Overrides::default())
            .and_then(|(_, set)| explain::write_explain(io.stdout, &set, &args.rule)),
        Command::Config(args) => {
            load(&args.settings, &choices(&args.choices)).and_then(|(settings, set)| {
                settings.policy(&set)?;
                write!(io.stdout, "{}", settings.to_toml()).map_err(|e| e.to_string())?;
                Ok(EXIT_OK)
            })
        }
        Command::Completions(args) => io
            .stdout
            .write_all(&completions::script(args.shell))
            .map(|()| EXIT_OK)
            .map_err(|e| e.to_string()),
        Command::Man => clap_mangen::Man::new(Cli::command())
            .render(io.stdout)
            .map(|()| EXIT_OK)
            .map_err(|e| e.to_string()),
    };
    match result {
        Ok(code) => code,
        Err(msg) => {
            let _ = writeln!(io.stderr, "error: {msg}");
            EXIT_ERROR
        }
    }
}

/// What the choice flags of `check` and `config` override.
fn choices(c: &cli::ChoiceArgs) -> Overrides {
    Overrides {
        exclude: c.exclude.clone(),
        select: c.select.clone(),
        ignore: c.ignore.clone(),
        fail_on: c.fail_on,
        ..Overrides::default()
    }
}

/// Settings (config file and flags) and the rules they load.
fn load(args: &SettingsArgs, more: &Overrides) -> Result<(Settings, RuleSet), String> {
    let cwd =
        std::env::current_dir().map_err(|e| format!("cannot read the working directory: {e}"))?;
    let overrides = Overrides {
        config: args.config.clone(),
        no_config: args.no_config,
        rules: args.rules_dirs.clone(),
        ..more.clone()
    };
    let settings = Settings::resolve(&cwd, &overrides)?;
    let rules = RuleSet::load(settings.rule_dirs()).map_err(|e| e.to_string())?;
    Ok((settings, rules))
}

fn check(args: &CheckArgs, io: &mut Io<'_>) -> Result<i32, String> {
    let (settings, rules) = load(&args.settings, &choices(&args.choices))?;
    let policy = settings.policy(&rules)?;
    let today = today(args.today.as_deref())?;
    let cwd = settings.cwd.clone();
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
    let patch_base = diff::PatchBase::discover(&cwd);
    let file_opts = FileOptions {
        policy: &policy,
        mode,
        threshold: if args.unsafe_fixes {
            Applicability::Unsafe
        } else {
            Applicability::Safe
        },
        max_filesize: args.max_filesize,
        patch_base: Some(&patch_base),
    };
    let ctx = Context {
        rules: &rules,
        today,
    };
    let baseline = args.baseline.as_deref().map(baseline::read).transpose()?;
    let changes = args
        .changed_since
        .as_deref()
        .map(|rev| changed::Changes::since(&cwd, rev))
        .transpose()?;

    let interrupt = interrupt::Interrupt::install();
    let stdin_mode = args.paths.iter().any(|p| p.as_os_str() == "-");
    if stdin_mode && args.interactive {
        return Err("--interactive reviews files on disk, not standard input".into());
    }
    let grouper = if args.group_by.is_some()
        || args.split_by.is_some()
        || args.statistics
        || matches!(args.format, Format::Html | Format::Markdown)
    {
        group::Grouper::discover(&args.paths, &cwd)?
    } else {
        group::Grouper::without_owners(&cwd)
    };
    grouper.require(args.group_by, "--group-by")?;
    grouper.require(args.split_by, "--split-by")?;
    if let (Some((path, c)), true) = (&grouper.codeowners, args.verbose) {
        for problem in &c.problems {
            let _ = writeln!(io.stderr, "note: {}: {problem}", path.display());
        }
    }
    let ci = progress::ci_from_env(std::env::var_os("CI").as_deref());
    let progress = progress::enabled(io.stderr_is_terminal, args.quiet, ci, args.format)
        .then(|| std::sync::Arc::new(progress::Progress::default()));
    let (mut reports, files_scanned) = if stdin_mode {
        if args.paths.len() != 1 {
            return Err("`-` (standard input) cannot be combined with other paths".into());
        }
        let name = args
            .stdin_filename
            .clone()
            .unwrap_or_else(|| PathBuf::from("stdin"));
        (vec![check_stdin(&ctx, &file_opts, &name, &cwd, io)?], 1)
    } else {
        let walk_opts = walk::WalkOptions {
            paths: args.paths.clone(),
            no_ignore: args.no_ignore,
            hidden: args.hidden,
            excludes: settings.excludes()?,
            force_exclude: args.force_exclude,
            threads,
            progress: progress.clone(),
            cancel: Some(interrupt.flag()),
            // Interactive review edits the kept sources in place, so it keeps them all.
            retain_budget: (!args.interactive).then(|| {
                args.retain_budget.map_or(walk::RETAIN_BUDGET, |b| {
                    usize::try_from(b).unwrap_or(usize::MAX)
                })
            }),
        };
        let result = match &progress {
            Some(p) => progress::while_drawing(p, io.stderr, || {
                walk::run(&ctx, &walk_opts, &file_opts, &cwd)
            }),
            None => walk::run(&ctx, &walk_opts, &file_opts, &cwd),
        };
        (result.reports, result.files_scanned)
    };
    engine::commit_fixes(&mut reports);

    // An interrupted scan would record only part of the findings: nothing is written then.
    let recorded = match &args.write_baseline {
        Some(path) if !interrupt.fired() => Some(baseline::write(path, &reports, &rules)?),
        _ => None,
    };
    if let (Some(b), Some(path)) = (&baseline, &args.baseline) {
        let counts = baseline::filter(&mut reports, &rules, b);
        let _ = writeln!(io.stderr, "{}", counts.describe(path));
    }
    if let Some(c) = &changes {
        c.filter(&mut reports, &cwd);
    }
    if args.interactive {
        let review = interactive::Review {
            ctx: &ctx,
            policy: &policy,
            threshold: file_opts.threshold,
            outcome: Outcome {
                rules: &rules,
                reports: &[],
                files_scanned,
                mode: Mode::Check,
                unsafe_fixes: args.unsafe_fixes,
                today,
            },
        };
        reports = interactive::review(&review, reports, io.stdin, io.stdout)
            .map_err(|e| format!("interactive review: {e}"))?;
    }
    let grouped = args
        .group_by
        .filter(|_| matches!(args.format, Format::Human | Format::Concise) && mode == Mode::Check);
    if let Some(by) = grouped {
        reports.sort_by_cached_key(|r| grouper.key(by, &r.display));
    }

    let outcome = Outcome {
        rules: &rules,
        reports: &reports,
        files_scanned,
        mode: if args.interactive { Mode::Fix } else { mode },
        unsafe_fixes: args.unsafe_fixes,
        today,
    };
    for r in &reports {
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
        for partial in r.partial.iter().filter(|_| args.verbose) {
            let _ = writeln!(io.stderr, "note: {}: {partial}", r.display);
        }
    }
    if let (Some(n), Some(path)) = (recorded, &args.write_baseline) {
        writeln!(io.stdout, "{}", baseline::describe_written(n, path))
            .map_err(|e| e.to_string())?;
        let unread = outcome.summary().io_errors > 0;
        return Ok(if unread { EXIT_ERROR } else { EXIT_OK });
    }
    if args.interactive {
        report::write_summary(io.stdout, &outcome).map_err(|e| e.to_string())?;
    } else if !(stdin_mode && mode != Mode::Check) {
        write_outcome(args, io, &outcome, &grouper, &patch_base)
            .map_err(|e| format!("cannot write the report: {e}"))?;
    } else {
        // With stdin, stdout carries the fixed text or the diff: the report goes to stderr.
        report::concise::write(io.stderr, &outcome).map_err(|e| e.to_string())?;
    }

    if interrupt.fired() {
        let _ = writeln!(
            io.stderr,
            "interrupted: stopped before every file was checked; files already fixed are complete, the rest untouched"
        );
        return Ok(interrupt::EXIT_INTERRUPTED);
    }
    if outcome.summary().io_errors > 0 {
        return Ok(EXIT_ERROR);
    }
    let fail_on = settings.fail_on();
    let failing = outcome.findings().any(|(_, f)| match fail_on {
        FailOn::Warning => true,
        FailOn::Error => f.severity == Severity::Error,
    });
    Ok(if failing { EXIT_FINDINGS } else { EXIT_OK })
}

/// `check -`: the file comes from standard input. With `--fix` the fixed text goes to standard
/// output (nothing is written to disk); with `--diff`, the diff.
fn check_stdin(
    ctx: &Context<'_>,
    opts: &FileOptions<'_>,
    name: &Path,
    cwd: &Path,
    io: &mut Io<'_>,
) -> Result<FileReport, String> {
    let mut bytes = Vec::new();
    io.stdin
        .read_to_end(&mut bytes)
        .map_err(|e| format!("cannot read standard input: {e}"))?;
    let display = engine::display_path(name, cwd);
    let language = language::classify(name, &bytes[..bytes.len().min(256)]);
    let (text, bom) = source::decode(bytes.clone())
        .map_err(|e| format!("standard input is not UTF-8 text ({e:?})"))?;
    let file = source::SourceFile::new(name.to_path_buf(), display.clone(), text, bom, language);
    let check_opts = FileOptions {
        mode: Mode::Check,
        ..*opts
    };
    let report = FileReport {
        display,
        ..FileReport::default()
    };
    if opts.mode == Mode::Check {
        return Ok(engine::check_text(ctx, &check_opts, file, None, report));
    }
    let findings = engine::analyze(ctx, opts.policy, &file);
    let (after, applied) =
        engine::fix_until_stable(ctx, opts.policy, &file, findings, opts.threshold);
    let out = match opts.mode {
        Mode::Diff => {
            engine::patch(opts, &report.display, file.bom, &file.text, &after).into_bytes()
        }
        _ => {
            let mut fixed = file.clone();
            fixed.set_text(after);
            fixed.to_bytes()
        }
    };
    io.stdout.write_all(&out).map_err(|e| e.to_string())?;
    let mut fixed_file = file;
    if opts.mode == Mode::Fix {
        let text = String::from_utf8_lossy(&out)
            .trim_start_matches('\u{feff}')
            .to_string();
        fixed_file.set_text(text);
    }
    let mut report = engine::check_text(ctx, &check_opts, fixed_file, None, report);
    report.fixed = applied;
    Ok(report)
}

/// `atlas-sunset report`: `check` writing a migration report (HTML unless told or `-o x.md`).
fn report(mut args: CheckArgs, io: &mut Io<'_>) -> Result<i32, String> {
    if args.fix || args.diff || args.interactive {
        return Err(
            "report writes a report only: use `check` for --fix, --diff or --interactive".into(),
        );
    }
    args.format = match args.format {
        Format::Html | Format::Markdown => args.format,
        Format::Human => report::campaign::page_format(args.output.as_deref()),
        other => {
            return Err(format!(
                "report writes html or markdown, not {other:?} (use `check --format`)"
            ))
        }
    };
    check(&args, io)
}

/// `--today`, or the system's date.
fn today(arg: Option<&str>) -> Result<Date, String> {
    match arg {
        Some(s) => s.parse::<Date>().map_err(|e| format!("--today: {e}")),
        None => Ok(Date::today_utc()),
    }
}

/// `report --merge`: the campaign across the given JSON reports.
fn merge(args: &cli::ReportArgs, io: &mut Io<'_>) -> Result<i32, String> {
    let (_, rules) = load(&args.check.settings, &Overrides::default())?;
    let today = today(args.check.today.as_deref())?;
    let opts = report::campaign::MergeOptions {
        reports: &args.merge,
        format: args.check.format,
        output: args.check.output.as_deref(),
        today,
    };
    let campaign = report::campaign::run(&opts, &rules, io.stdout, io.stderr)?;
    Ok(if campaign.total.findings > 0 {
        EXIT_FINDINGS
    } else {
        EXIT_OK
    })
}

fn write_outcome(
    args: &CheckArgs,
    io: &mut Io<'_>,
    o: &Outcome<'_>,
    grouper: &group::Grouper,
    patch_base: &diff::PatchBase,
) -> std::io::Result<()> {
    let fixes = |reports: &[FileReport]| {
        (
            reports.iter().map(|r| r.fixed).sum(),
            reports.iter().filter(|r| r.fixed > 0).count(),
        )
    };
    if let (Mode::Diff, Some(by), Some(dir)) = (o.mode, args.split_by, &args.out) {
        let patches =
            split::write_patches(dir, o.reports, grouper, by).map_err(std::io::Error::other)?;
        for p in &patches {
            writeln!(
                io.stderr,
                "Wrote {} ({}: {} fix{} in {} file{}).",
                p.path.display(),
                p.group,
                p.fixes,
                if p.fixes == 1 { "" } else { "es" },
                p.files,
                if p.files == 1 { "" } else { "s" },
            )?;
        }
        report::write_summary(io.stderr, o)?;
        let (n, files) = fixes(o.reports);
        return diff::write_summary(io.stderr, patch_base, n, files, Some(patches.len()));
    }
    if o.mode == Mode::Diff {
        for r in o.reports {
            io.stdout.write_all(r.diff.as_bytes())?;
        }
        report::write_summary(io.stderr, o)?;
        let (n, files) = fixes(o.reports);
        return diff::write_summary(io.stderr, patch_base, n, files, None);
    }
    let mut file;
    let out: &mut dyn Write = match &args.output {
        Some(path) => {
            file =
                std::io::BufWriter::new(std::fs::File::create(path).map_err(|e| {
                    std::io::Error::new(e.kind(), format!("{}: {e}", path.display()))
                })?);
            &mut file
        }
        None => &mut *io.stdout,
    };
    let statistics = args.statistics.then(|| report::stats::compute(o, grouper));
    let group_of =
        |r: &FileReport| grouper.key(args.group_by.unwrap_or(cli::GroupBy::Folder), &r.display);
    match args.format {
        Format::Json => {
            let first = args.paths.first().map_or(Path::new("."), PathBuf::as_path);
            let repository =
                report::campaign::origin::Repository::discover(first, &std::env::current_dir()?);
            let extras = report::json::Extras {
                repository: Some(&repository),
                group: args
                    .group_by
                    .map(|_| &group_of as &dyn Fn(&FileReport) -> String),
                statistics: statistics.as_ref(),
            };
            report::json::write_with(out, o, &extras)?;
        }
        Format::Sarif => report::sarif::write(out, o)?,
        Format::Github => report::github::write(out, o)?,
        Format::Gitlab => report::gitlab::write(out, o)?,
        Format::Junit => report::junit::write(out, o)?,
        Format::Html => {
            report::html::write(out, &report::migration::build(o, grouper, args.group_by))?
        }
        Format::Markdown => {
            report::markdown::write(out, &report::migration::build(o, grouper, args.group_by))?
        }
        Format::Concise | Format::Human => {
            let color = args.format == Format::Human
                && match args.color {
                    ColorChoice::Always => true,
                    ColorChoice::Never => false,
                    ColorChoice::Auto => {
                        args.output.is_none() && io.stdout_is_terminal && !io.no_color
                    }
                };
            match &statistics {
                Some(s) => report::stats::write_table(out, s)?,
                None => {
                    report::grouped::write(out, o, args.format, args.group_by, &group_of, color)?
                }
            }
            report::write_summary(out, o)?;
        }
    }
    if !matches!(args.format, Format::Concise | Format::Human) {
        // Machine formats carry it in their own way (JSON, SARIF, GitHub) or not at all: people
        // reading the log see it too.
        report::write_partial(io.stderr, o)?;
    }
    out.flush()
}

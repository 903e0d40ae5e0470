//! The command line, declared with clap's derive API.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// What `--version` prints after the name: the version and the commit the binary was built from
/// (`unknown` when build.rs found none: see its `embed_commit`).
pub const VERSION: &str = concat!(
    env!("CARGO_PKG_VERSION"),
    " (commit ",
    env!("ATLAS_SUNSET_COMMIT"),
    ")"
);

#[derive(Debug, Parser)]
#[command(
    name = "atlas-sunset",
    version = VERSION,
    about = "Find and fix calls to retired MongoDB Atlas Admin API endpoints (serverless backup snapshots -> Flex)"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Scan files and folders for retired endpoints; report, diff or fix them.
    Check(Box<CheckArgs>),
    /// List the rules.
    Rules(RulesArgs),
    /// Print one rule's documentation and migration.
    Explain(ExplainArgs),
    /// Print the merged settings (config file and flags).
    Config(ConfigArgs),
    /// Write a migration report (`--format html` or `markdown`) of the findings, for a team or a PR.
    ///
    /// Takes the options of `check`; the format defaults to `html`, or `markdown` when `-o` names a
    /// `.md` file. With `--merge`, merges the JSON reports of many repositories into a campaign.
    Report(Box<ReportArgs>),
    /// Print a shell completion script.
    Completions(CompletionsArgs),
    /// Print the man page (roff).
    Man,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Code frames with the fix shown under each.
    Human,
    /// One line per finding: path:line:col: severity[rule] message.
    Concise,
    /// One JSON document (see the README for its keys).
    Json,
    /// SARIF 2.1.0, for GitHub code scanning and other SARIF viewers.
    Sarif,
    /// GitHub Actions workflow commands (`::error file=...::message`): annotations on the diff.
    Github,
    /// GitLab Code Quality report (JSON).
    Gitlab,
    /// JUnit XML, one test case per finding.
    Junit,
    /// One self-contained HTML page: totals, charts, every finding with its fix (`report`).
    Html,
    /// The same report in Markdown, for a pull request or an issue (`report`).
    Markdown,
}

/// How bulk migrations group files: by CODEOWNERS owner or by top-level folder.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum GroupBy {
    Owner,
    Folder,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, serde::Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum FailOn {
    /// Exit 1 only when errors (retired endpoints) remain.
    Error,
    /// Exit 1 when any finding remains.
    Warning,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Files or folders to scan. Files named here are always checked, even when ignored,
    /// unless --force-exclude is given.
    #[arg(default_value = ".")]
    pub paths: Vec<PathBuf>,

    /// Write safe fixes to the files.
    #[arg(long, conflicts_with = "diff")]
    pub fix: bool,

    /// Print a unified diff of the fixes (applies with `git apply`); write nothing.
    #[arg(long)]
    pub diff: bool,

    /// Also apply fixes that need review (with --fix or --diff).
    #[arg(long)]
    pub unsafe_fixes: bool,

    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,

    /// Treat this day as today (YYYY-MM-DD): decides warning vs error, for reproducible output.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub today: Option<String>,

    #[command(flatten)]
    pub settings: SettingsArgs,

    #[command(flatten)]
    pub choices: ChoiceArgs,

    /// Ignore findings recorded in this baseline file (see --write-baseline).
    #[arg(long, value_name = "FILE")]
    pub baseline: Option<PathBuf>,

    /// Record the current findings in a baseline file, print how many, and exit 0 (no report).
    #[arg(long, value_name = "FILE")]
    pub write_baseline: Option<PathBuf>,

    /// Only report findings on lines changed since this git revision (and in new files).
    #[arg(long, value_name = "REV")]
    pub changed_since: Option<String>,

    /// With `-` as the path: read the file from standard input and report it under this name.
    #[arg(long, value_name = "PATH")]
    pub stdin_filename: Option<PathBuf>,

    /// Apply --exclude to files named on the command line too (for pre-commit).
    #[arg(long)]
    pub force_exclude: bool,

    /// Do not honour .gitignore, .ignore and git exclude files.
    #[arg(long)]
    pub no_ignore: bool,

    /// Scan hidden files and folders too (.github, .gitlab and .circleci are always scanned).
    #[arg(long)]
    pub hidden: bool,

    /// Skip files larger than this (bytes, or with K, M, G suffix).
    #[arg(long, value_name = "SIZE", default_value = "10M", value_parser = parse_size)]
    pub max_filesize: u64,

    /// Worker threads (default: one per core).
    #[arg(long, value_name = "N")]
    pub threads: Option<usize>,

    /// Say which files were skipped and why, and which were checked as text instead of parsed.
    #[arg(short, long)]
    pub verbose: bool,

    /// Colour in human output: auto (on a terminal, unless NO_COLOR is set), always, never.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,

    /// Print a burn-down table (per rule, language, folder and owner) instead of each finding;
    /// with --format json, add a `statistics` object.
    #[arg(long)]
    pub statistics: bool,

    /// Group findings and statistics by CODEOWNERS owner or by top-level folder.
    #[arg(long, value_enum, value_name = "BY")]
    pub group_by: Option<GroupBy>,

    /// With --diff: write one patch per owner or top-level folder into --out DIR.
    #[arg(long, value_enum, value_name = "BY", requires_all = ["diff", "out"])]
    pub split_by: Option<GroupBy>,

    /// The folder for --split-by patches.
    #[arg(long, value_name = "DIR", requires = "split_by")]
    pub out: Option<PathBuf>,

    /// Write the report to this file instead of standard output.
    #[arg(short = 'o', long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Review each fix in the terminal (y: apply, n: skip, a: apply the rest of this file, q: quit);
    /// accepted fixes are written like --fix.
    #[arg(long, conflicts_with_all = ["fix", "diff"])]
    pub interactive: bool,

    /// No progress bar.
    #[arg(short, long)]
    pub quiet: bool,

    /// Bytes of source text kept in memory for the report (more are read again while printing).
    #[arg(long, value_name = "SIZE", hide = true, value_parser = parse_size)]
    pub retain_budget: Option<u64>,
}

/// `report`: the options of `check`, or `--merge` of JSON reports into a campaign.
#[derive(Debug, Args)]
pub struct ReportArgs {
    /// Merge these reports of `check --format json` (one per repository) into a campaign report
    /// (html, markdown, json or sarif) instead of scanning.
    #[arg(long, value_name = "JSON", num_args = 1..)]
    pub merge: Vec<PathBuf>,

    #[command(flatten)]
    pub check: CheckArgs,
}

/// The flags that override the config file's choices: shared by `check` and `config`.
#[derive(Debug, Clone, Args)]
pub struct ChoiceArgs {
    /// Which findings make the exit status 1 [default: warning, or the config file's `fail-on`].
    #[arg(long, value_enum)]
    pub fail_on: Option<FailOn>,

    /// Skip files and folders matching this glob; repeatable, added to the config file's. Without a
    /// `/` it matches a name at any depth; with one, a path relative to the working directory.
    #[arg(long, value_name = "GLOB")]
    pub exclude: Vec<String>,

    /// Only report these rules, comma-separated: ids, prefixes ending at a `-` (`serverless-backup`),
    /// globs (`serverless-*-get`) or ALL; overrides the config file's `select`.
    #[arg(long, value_delimiter = ',', value_name = "RULES")]
    pub select: Option<Vec<String>>,

    /// Never report these rules (ids, prefixes or globs, as --select), comma-separated; added to the
    /// config file's `ignore`.
    #[arg(long, value_delimiter = ',', value_name = "RULES")]
    pub ignore: Vec<String>,
}

/// Where settings come from: shared by `check`, `rules`, `explain` and `config`.
#[derive(Debug, Clone, Args)]
pub struct SettingsArgs {
    /// Load more rule files (*.toml) from this folder; repeatable.
    #[arg(long = "rules", value_name = "DIR")]
    pub rules_dirs: Vec<PathBuf>,

    /// Use this config file instead of searching for atlas-sunset.toml / .atlas-sunset.toml.
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,

    /// Ignore config files.
    #[arg(long, conflicts_with = "config")]
    pub no_config: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RulesFormat {
    Table,
    Json,
}

#[derive(Debug, Args)]
pub struct RulesArgs {
    #[command(flatten)]
    pub settings: SettingsArgs,

    /// Output format.
    #[arg(long, value_enum, default_value_t = RulesFormat::Table)]
    pub format: RulesFormat,
}

#[derive(Debug, Args)]
pub struct ExplainArgs {
    /// The rule: its id (see `atlas-sunset rules`), or any operationId of the retired operation,
    /// an SDK method name or an `atlas api` command.
    pub rule: String,

    #[command(flatten)]
    pub settings: SettingsArgs,
}

#[derive(Debug, Args)]
pub struct ConfigArgs {
    #[command(flatten)]
    pub settings: SettingsArgs,

    #[command(flatten)]
    pub choices: ChoiceArgs,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

/// Parses `1048576`, `512K`, `10M`, `1G` (binary multiples).
pub fn parse_size(s: &str) -> Result<u64, String> {
    let s = s.trim();
    let (num, mult) = match s.char_indices().last() {
        Some((i, c)) if c.eq_ignore_ascii_case(&'k') => (&s[..i], 1u64 << 10),
        Some((i, c)) if c.eq_ignore_ascii_case(&'m') => (&s[..i], 1 << 20),
        Some((i, c)) if c.eq_ignore_ascii_case(&'g') => (&s[..i], 1 << 30),
        _ => (s, 1),
    };
    num.parse::<u64>()
        .ok()
        .and_then(|n| n.checked_mul(mult))
        .ok_or_else(|| format!("`{s}` is not a size (examples: 1048576, 512K, 10M, 1G)"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_take_binary_suffixes() {
        assert_eq!(parse_size("10M"), Ok(10 << 20));
        assert_eq!(parse_size("512k"), Ok(512 << 10));
        assert_eq!(parse_size("7"), Ok(7));
        assert!(parse_size("ten").is_err());
        assert!(parse_size("").is_err());
    }

    #[test]
    fn clap_definition_is_valid() {
        use clap::CommandFactory;
        Cli::command().debug_assert();
    }
}

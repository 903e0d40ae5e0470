//! `report --merge A.json B.json ...`: a campaign across repositories. Each repository is checked
//! on its own (`check --format json`, which records the repository); this merges their reports into
//! one view in HTML, Markdown, JSON or SARIF, and says what it merged and what differs.

pub mod html;
pub mod json;
pub mod load;
pub mod markdown;
pub mod model;
pub mod origin;
pub mod sarif;

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::cli::Format;
use crate::date::Date;
use crate::rules::RuleSet;

/// What `report --merge` was asked for.
pub struct MergeOptions<'a> {
    pub reports: &'a [PathBuf],
    pub format: Format,
    pub output: Option<&'a Path>,
    pub today: Date,
}

/// The format of a `report` given none: Markdown when `-o` names a `.md` file, else HTML.
pub fn page_format(output: Option<&Path>) -> Format {
    let md = output
        .and_then(Path::extension)
        .is_some_and(|x| x == "md" || x == "markdown");
    if md {
        Format::Markdown
    } else {
        Format::Html
    }
}

/// Reads every report (all of them, so every bad file is named), merges and writes the campaign.
/// Warnings and the closing line go to `stderr`. Returns the merged campaign.
pub fn run(
    opts: &MergeOptions<'_>,
    rules: &RuleSet,
    stdout: &mut dyn Write,
    stderr: &mut dyn Write,
) -> Result<model::Campaign, String> {
    let format = match opts.format {
        Format::Html | Format::Markdown | Format::Json | Format::Sarif => opts.format,
        Format::Human => page_format(opts.output),
        other => {
            return Err(format!(
                "report --merge writes html, markdown, json or sarif, not {other:?}"
            ))
        }
    };
    let mut reports = Vec::new();
    let mut errors = Vec::new();
    for path in opts.reports {
        match load::read(path) {
            Ok(r) => reports.push((path.display().to_string(), r)),
            Err(e) => errors.push(e),
        }
    }
    if !errors.is_empty() {
        return Err(format!("nothing written:\n  {}", errors.join("\n  ")));
    }
    let campaign = model::merge(reports, opts.today, rules);
    for w in &campaign.warnings {
        let _ = writeln!(stderr, "warning: {w}");
    }
    let mut text = Vec::new();
    let written = match format {
        Format::Markdown => markdown::write(&mut text, &campaign),
        Format::Json => json::write(&mut text, &campaign),
        Format::Sarif => sarif::write(&mut text, &campaign, rules),
        _ => html::write(&mut text, &campaign),
    };
    written.map_err(|e| e.to_string())?;
    match opts.output {
        Some(path) => write_atomically(path, &text)
            .map_err(|e| format!("{}: cannot write: {e}", path.display()))?,
        None => stdout.write_all(&text).map_err(|e| e.to_string())?,
    }
    let t = &campaign.total;
    let _ = writeln!(
        stderr,
        "Merged {} report{} ({} repositor{}: {}): {} findings, {} fixed by --fix, {} need review, {} need a person{}.",
        campaign.repos.len(),
        if campaign.repos.len() == 1 { "" } else { "s" },
        campaign.repos.len(),
        if campaign.repos.len() == 1 { "y" } else { "ies" },
        names(&campaign),
        t.findings,
        t.fix,
        t.review,
        t.person,
        opts.output
            .map(|p| format!("; wrote {}", p.display()))
            .unwrap_or_default()
    );
    Ok(campaign)
}

fn names(c: &model::Campaign) -> String {
    c.repos
        .iter()
        .map(|r| r.repository.name.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

/// The campaign file appears whole or not at all: a temporary file in its folder, then a rename.
fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let mut builder = tempfile::Builder::new();
    // A report is an ordinary file: the mode any new file gets (0666 less the umask), not the
    // temporary file's 0600.
    #[cfg(unix)]
    builder.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o666));
    let mut tmp = builder.tempfile_in(dir)?;
    tmp.write_all(bytes)?;
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

//! Reads the JSON reports of `check --format json` back for a merge: typed, checked for the keys a
//! campaign needs, with errors that name the file. Keys added by later versions are ignored.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;

use super::origin::Repository;

/// One report, as `check --format json` wrote it.
#[derive(Debug, Clone, Deserialize)]
pub struct Report {
    pub version: u32,
    /// Missing in reports of versions before campaigns.
    pub repository: Option<Repository>,
    pub tool: Option<Tool>,
    pub date: Option<String>,
    pub mode: Option<String>,
    pub findings: Vec<Finding>,
    #[serde(default)]
    pub rules: BTreeMap<String, RuleMeta>,
    pub summary: Summary,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Tool {
    pub name: String,
    pub version: String,
    pub rules_version: String,
}

#[derive(Debug, Clone, Deserialize)]
pub struct RuleMeta {
    pub title: String,
    pub sunset: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Finding {
    pub rule: String,
    pub severity: String,
    pub path: String,
    pub line: usize,
    pub column: usize,
    pub end_line: usize,
    pub end_column: usize,
    pub message: String,
    #[serde(default)]
    pub replacement: String,
    pub fix: Option<Fix>,
    #[serde(default)]
    pub notes: Vec<String>,
    pub docs: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Fix {
    pub applicability: String,
    pub message: String,
    #[serde(default)]
    pub edits: Vec<Edit>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Edit {
    pub content: String,
    pub location: Loc,
    pub end_location: Loc,
}

#[derive(Debug, Clone, Copy, Deserialize)]
pub struct Loc {
    pub line: usize,
    pub column: usize,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Summary {
    pub files_scanned: usize,
    pub findings: usize,
    pub errors: usize,
    pub warnings: usize,
    #[serde(default)]
    pub fixed: usize,
    #[serde(default)]
    pub skipped: usize,
    #[serde(default)]
    pub io_errors: Vec<serde_json::Value>,
}

/// What a finding needs, in the order a campaign shows them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Need {
    /// A safe fix: `--fix` applies it.
    Fix,
    /// An unsafe fix: `--unsafe-fixes` applies it, a person reviews it.
    Review,
    /// No automatic fix.
    Person,
}

impl Need {
    pub fn of(f: &Finding) -> Need {
        match f.fix.as_ref().map(|x| x.applicability.as_str()) {
            Some("safe") => Need::Fix,
            Some("unsafe") => Need::Review,
            _ => Need::Person,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Need::Fix => "fixed by --fix",
            Need::Review => "needs review",
            Need::Person => "needs a person",
        }
    }

    /// A short key for machine output.
    pub fn key(self) -> &'static str {
        match self {
            Need::Fix => "fix",
            Need::Review => "review",
            Need::Person => "person",
        }
    }
}

/// Reads and checks one report; the error names the file and what is wrong.
pub fn read(path: &Path) -> Result<Report, String> {
    let name = path.display();
    let bytes = std::fs::read(path).map_err(|e| format!("{name}: cannot read: {e}"))?;
    let report: Report = serde_json::from_slice(&bytes)
        .map_err(|e| format!("{name}: not a report of `atlas-sunset check --format json` ({e})"))?;
    if report.version != 1 {
        return Err(format!(
            "{name}: report format version {} is not known to this atlas-sunset (it reads version 1)",
            report.version
        ));
    }
    if report.findings.len() != report.summary.findings {
        return Err(format!(
            "{name}: lists {} findings but its summary counts {}: the file is truncated or edited",
            report.findings.len(),
            report.summary.findings
        ));
    }
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(text: &str) -> (tempfile::TempDir, std::path::PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("r.json");
        std::fs::write(&p, text).unwrap();
        (dir, p)
    }

    #[test]
    fn bad_reports_get_errors_naming_the_file() {
        let (_d, p) = write("{not json");
        assert!(read(&p).unwrap_err().contains("r.json: not a report"));
        let (_d, p) = write(
            r#"{"version": 2, "findings": [], "summary": {"files_scanned": 0, "findings": 0, "errors": 0, "warnings": 0}}"#,
        );
        assert!(read(&p).unwrap_err().contains("version 2"));
        let (_d, p) = write(
            r#"{"version": 1, "findings": [], "summary": {"files_scanned": 0, "findings": 3, "errors": 0, "warnings": 0}}"#,
        );
        assert!(read(&p).unwrap_err().contains("truncated"));
        let missing = std::path::Path::new("/nonexistent/r.json");
        assert!(read(missing).unwrap_err().contains("cannot read"));
    }
}

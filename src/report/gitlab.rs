//! `--format gitlab`: a GitLab Code Quality report (a JSON array of issues).

use std::io::{self, Write};

use serde::Serialize;

use super::{position, Outcome};
use crate::finding::Severity;
use crate::fingerprint;

#[derive(Serialize)]
struct Issue<'a> {
    description: String,
    check_name: &'a str,
    fingerprint: String,
    severity: &'static str,
    location: Location<'a>,
}

#[derive(Serialize)]
struct Location<'a> {
    path: &'a str,
    lines: Lines,
}

#[derive(Serialize)]
struct Lines {
    begin: usize,
    end: usize,
}

pub fn write(out: &mut dyn Write, o: &Outcome<'_>) -> io::Result<()> {
    let mut issues = Vec::new();
    for report in o.reports {
        let prints = fingerprint::fingerprints(report, |i| o.rules.info(i).id.to_string());
        for (f, print) in report.findings.iter().zip(prints) {
            let (start, end) = position(report, f);
            let rule = o.rules.info(f.rule);
            issues.push(Issue {
                description: format!("{}: {}", rule.id, f.message),
                check_name: rule.id,
                fingerprint: format!("{:016x}", fingerprint::fnv1a(&[&report.display, &print])),
                severity: match f.severity {
                    Severity::Error => "critical",
                    Severity::Warning => "major",
                },
                location: Location {
                    path: &report.display,
                    lines: Lines {
                        begin: start.line,
                        end: end.line,
                    },
                },
            });
        }
    }
    serde_json::to_writer_pretty(&mut *out, &issues).map_err(io::Error::other)?;
    writeln!(out)
}

//! Detectors: each reads one file (or one region of it) and produces findings with byte ranges.

pub mod comments;
pub mod go;
pub mod regions;
pub mod shell;
pub mod statement;
pub mod url;

use crate::date::Date;
use crate::finding::Finding;
use crate::rules::RuleSet;
use crate::source::SourceFile;

/// What every detector needs besides the file.
#[derive(Debug, Clone, Copy)]
pub struct Context<'a> {
    pub rules: &'a RuleSet,
    pub today: Date,
}

/// Runs every detector on `file`; findings come back sorted by position.
pub fn detect(ctx: &Context<'_>, file: &SourceFile) -> Vec<Finding> {
    let mut findings = Vec::new();
    for region in regions::regions(&file.text, file.language) {
        let shell = shell::ShellView::build(&file.text, &region);
        let first = findings.len();
        url::detect(ctx, &file.text, &region, shell.as_ref(), &mut findings);
        if let Some(sh) = &shell {
            let urls: Vec<_> = findings[first..]
                .iter()
                .map(|f| (f.rule, f.span.clone()))
                .collect();
            shell::cli::detect(ctx, &file.text, &region, sh, &mut findings);
            shell::jq::detect(ctx, &file.text, &region, sh, &urls, &mut findings);
        }
        go::detect(ctx, &file.text, &region, &mut findings);
    }
    findings.sort_by_key(|f| (f.span.start, f.span.end, f.rule));
    findings.dedup_by(|a, b| a.span == b.span && a.rule == b.rule);
    findings
}

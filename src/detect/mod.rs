//! Detectors: each reads one file (or one region of it) and produces findings with byte ranges.

pub mod body;
pub mod comments;
pub mod fields;
pub mod go;
pub mod method;
pub mod regions;
pub mod retired;
pub mod rust;
pub mod shell;
pub mod statement;
pub mod terraform;
pub mod url;

use crate::date::Date;
use crate::finding::Finding;
use crate::fix::Applicability;
use crate::language::Language;
use crate::rules::RuleSet;
use crate::source::SourceFile;

/// What every detector needs besides the file.
#[derive(Debug, Clone, Copy)]
pub struct Context<'a> {
    pub rules: &'a RuleSet,
    pub today: Date,
}

/// What the detectors found in one file, and what `--verbose` should say about how.
#[derive(Debug, Default)]
pub struct Detection {
    /// Sorted by position.
    pub findings: Vec<Finding>,
    /// Facts about the scan itself ("not parsed as Rust: ...; checked as text").
    pub notices: Vec<String>,
    /// Syntax the parsers could not read, by language: the file was checked around it.
    pub partial: Vec<Partial>,
}

/// Syntax of one language in a file that its parser could not read: detection went on around it,
/// and fixes that touch it were withheld. Always counted in the run's summary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Partial {
    pub language: Language,
    /// The 1-based lines where the unreadable syntax starts, in order, without repeats.
    pub lines: Vec<usize>,
}

impl std::fmt::Display for Partial {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let first = self.lines.first().copied().unwrap_or(0);
        write!(
            f,
            "{} syntax this parser does not know at line {first}",
            self.language.title()
        )?;
        match self.lines.len() {
            0 | 1 => {}
            2 => write!(f, " (and 1 more place)")?,
            n => write!(f, " (and {} more places)", n - 1)?,
        }
        write!(
            f,
            ": checked outside the errors; fixes that touch them are withheld"
        )
    }
}

impl Detection {
    /// Records unreadable syntax of `language` starting at `lines` (no-op when there is none).
    fn add_partial(&mut self, language: Language, lines: impl Iterator<Item = usize>) {
        let mut lines = lines.peekable();
        if lines.peek().is_none() {
            return;
        }
        let i = match self.partial.iter().position(|p| p.language == language) {
            Some(i) => i,
            None => {
                self.partial.push(Partial {
                    language,
                    lines: Vec::new(),
                });
                self.partial.len() - 1
            }
        };
        let entry = &mut self.partial[i].lines;
        entry.extend(lines);
        entry.sort_unstable();
        entry.dedup();
    }
}

/// Runs every detector on `file`; findings come back sorted by position.
pub fn detect(ctx: &Context<'_>, file: &SourceFile) -> Vec<Finding> {
    detect_file(ctx, file).findings
}

/// [`detect`], with the notices.
pub fn detect_file(ctx: &Context<'_>, file: &SourceFile) -> Detection {
    let mut d = Detection::default();
    let in_markdown = file.language == Language::Markdown;
    for region in regions::regions(&file.text, file.language) {
        if region.language == Language::Rust {
            let Err(why) = rust::detect(ctx, &file.text, &region, in_markdown, &mut d.findings)
            else {
                continue;
            };
            let line = file.lines.line_of(region.range.start) + 1;
            d.notices.push(format!(
                "Rust from line {line} is not parsed ({why}): its string literals were checked as text"
            ));
        }
        let shell = shell::ShellView::build(&file.text, &region);
        let comments = comments::RegionComments::new(&file.text, &region);
        let first = d.findings.len();
        url::detect(
            ctx,
            &file.text,
            &region,
            &comments,
            shell.as_ref(),
            &mut d.findings,
        );
        if region.language == Language::Go && region.range == (0..file.text.len()) {
            go::v1_base_in_package(ctx, &file.path, &file.text, &mut d.findings[first..]);
        }
        if region.language == Language::Markdown {
            prose_fixes_need_review(&mut d.findings[first..]);
        }
        let urls: Vec<_> = d.findings[first..]
            .iter()
            .map(|f| (f.rule, f.span.clone()))
            .collect();
        fields::detect(ctx, &file.text, &region, &comments, &urls, &mut d.findings);
        if let Some(sh) = &shell {
            shell::cli::detect(ctx, &file.text, &region, sh, &mut d.findings);
            shell::jq::detect(ctx, &file.text, &region, sh, &urls, &mut d.findings);
        }
        let broken = go::detect(
            ctx,
            Some(&file.path),
            &file.text,
            &file.lines,
            &region,
            &comments,
            &mut d.findings,
        );
        d.add_partial(
            Language::Go,
            broken.iter().map(|r| file.lines.line_of(r.start) + 1),
        );
        terraform::detect(ctx, &file.text, &region, &comments, &mut d.findings);
    }
    d.findings
        .sort_by_key(|f| (f.span.start, f.span.end, f.rule));
    d.findings
        .dedup_by(|a, b| a.span == b.span && a.rule == b.rule);
    d
}

/// A URL in Markdown prose or inline code may name the old endpoint on purpose ("the old endpoint
/// was ..."): rewriting it changes what the document says, so its fix needs review. Fenced code
/// keeps the rules of its language.
fn prose_fixes_need_review(findings: &mut [Finding]) {
    for f in findings {
        let Some(fix) = f
            .fix
            .as_mut()
            .filter(|x| x.applicability == Applicability::Safe)
        else {
            continue;
        };
        fix.applicability = Applicability::Unsafe;
        f.notes.push(
            "Markdown prose: the text may name the old endpoint on purpose (a changelog, a migration note), so the fix needs review."
                .to_string(),
        );
    }
}

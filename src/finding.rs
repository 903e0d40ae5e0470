//! What a detector reports: a byte range in one file, the rule it breaks, and how to fix it.

use std::ops::Range;

use crate::fix::Fix;
use crate::language::Language;

/// Severity follows the rule's sunset date: a warning before it, an error from that day on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Warning,
    Error,
}

impl Severity {
    pub fn name(self) -> &'static str {
        match self {
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// One call site of a retired endpoint (or a use of its result).
#[derive(Debug, Clone)]
pub struct Finding {
    /// Index of the rule in the loaded [`crate::rules::RuleSet`].
    pub rule: usize,
    /// Byte range in the file's text.
    pub span: Range<usize>,
    pub severity: Severity,
    /// The language of the code at the span (a Markdown fence's language, say).
    pub language: Language,
    pub message: String,
    /// What to use instead, in one line.
    pub replacement: String,
    pub fix: Option<Fix>,
    /// Extra facts a person needs: what differs, what must be done by hand.
    pub notes: Vec<String>,
}

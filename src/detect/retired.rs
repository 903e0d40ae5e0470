//! Findings for endpoints nothing replaces (`no-replacement` rules): reported with the rule's
//! guidance, never fixed, whichever detector found them.

use std::ops::Range;

use super::Context;
use crate::finding::Finding;
use crate::language::Language;
use crate::rules::Rule;

/// The one message every detector uses for a rule: what retired, when, and what to use instead.
pub fn message(ctx: &Context<'_>, rule: &Rule) -> String {
    format!(
        "`{}` ({}) {}: {}",
        rule.old.operation_ids.legacy,
        rule.title,
        rule.when(ctx.today),
        rule.instead()
    )
}

/// A finding without a fix whose note is the rule's `no-replacement` guidance.
pub fn finding(
    ctx: &Context<'_>,
    rule_idx: usize,
    rule: &Rule,
    span: Range<usize>,
    language: Language,
) -> Finding {
    Finding {
        rule: rule_idx,
        span,
        severity: rule.severity(ctx.today),
        language,
        message: message(ctx, rule),
        replacement: rule.replacement(),
        fix: None,
        notes: rule.no_replacement.iter().cloned().collect(),
    }
}

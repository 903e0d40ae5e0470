//! The Rust detector: parses a file (or a Markdown ```rust fence) with `syn` and finds the retired
//! endpoint in string literals, generated-client calls and serde models of the response. A text
//! `syn` cannot parse goes back to the URL detector (see [`detect`]).

mod client;
mod facts;
pub mod parse;
mod serde_model;
mod urls;

use super::regions::Region;
use super::Context;
use crate::finding::Finding;
use crate::rules::Rule;

/// Checks one Rust region. `in_markdown` allows a fence body to be parsed as the body of `fn main`.
/// Returns the parse error when the region is not Rust `syn` understands: the caller then runs the
/// URL detector on it instead.
pub fn detect(
    ctx: &Context<'_>,
    text: &str,
    region: &Region,
    in_markdown: bool,
    out: &mut Vec<Finding>,
) -> Result<(), String> {
    let parsed = parse::parse(text, region.range.clone(), in_markdown)?;
    let facts = facts::Facts::collect(&parsed, text);
    let mut found = Vec::new();
    let requests = urls::check(ctx, &facts, region.language, &mut found);
    client::check(ctx, &facts, region.language, &mut found);
    let has_calls = !found.is_empty();
    serde_model::check(
        ctx,
        &facts,
        &requests,
        has_calls,
        region.language,
        &mut found,
    );
    out.extend(found);
    Ok(())
}

/// The message every finding of `rule` carries (the same as the URL detector's).
fn message(ctx: &Context<'_>, rule: &Rule) -> String {
    super::retired::message(ctx, rule)
}

#[cfg(test)]
mod tests;

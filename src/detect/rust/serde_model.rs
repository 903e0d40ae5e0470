//! serde models of the retired response.

use std::ops::Range;

use super::facts::Facts;
use crate::detect::Context;
use crate::finding::Finding;
use crate::language::Language;

pub fn check(
    _ctx: &Context<'_>,
    _facts: &Facts<'_>,
    _requests: &[Range<usize>],
    _language: Language,
    _out: &mut Vec<Finding>,
) {
}

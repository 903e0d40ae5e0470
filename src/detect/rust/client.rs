//! Calls into a Rust client generated from the Atlas OpenAPI spec (openapi-generator style).

use super::facts::Facts;
use crate::detect::Context;
use crate::finding::Finding;
use crate::language::Language;

pub fn check(_ctx: &Context<'_>, _facts: &Facts<'_>, _language: Language, _out: &mut Vec<Finding>) {}

//! The Terraform detector: `resource "<type>" "<name>"` and `data "<type>" "<name>"` blocks of
//! the MongoDB Atlas provider whose type a rule's `[terraform]` table names, outside `#`, `//`
//! and `/* */` comments. Reported with the replacement and what to do; never fixed, because
//! moving Terraform state to another resource type is a person's decision.

use std::sync::OnceLock;

use regex::Regex;

use super::comments::{self, RegionComments};
use super::regions::Region;
use super::Context;
use crate::finding::Finding;
use crate::language::Language;

/// A block header: the keyword in `kind`, the type label in `ty` (quoted or bare).
fn block_regex() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r#"(?m)^[ \t]*(?P<kind>resource|data)[ \t]+"?(?P<ty>[A-Za-z0-9_]+)"?[ \t]+"?[A-Za-z0-9_\-]*"?[ \t]*\{"#)
            .expect("valid regex")
    })
}

pub fn detect(
    ctx: &Context<'_>,
    text: &str,
    region: &Region,
    comments: &RegionComments<'_>,
    out: &mut Vec<Finding>,
) {
    if region.language != Language::Terraform {
        return;
    }
    let Some(body) = text.get(region.range.clone()) else {
        return;
    };
    for caps in block_regex().captures_iter(body) {
        let (Some(kind), Some(ty)) = (caps.name("kind"), caps.name("ty")) else {
            continue;
        };
        let is_resource = kind.as_str() == "resource";
        let owner = ctx.rules.rules.iter().enumerate().find(|(_, r)| {
            r.terraform.as_ref().is_some_and(|tf| {
                let list = if is_resource {
                    &tf.resources
                } else {
                    &tf.data_sources
                };
                list.iter().any(|t| t == ty.as_str())
            })
        });
        let Some((idx, rule)) = owner else {
            continue;
        };
        let Some(tf) = &rule.terraform else {
            continue;
        };
        let start = region.range.start + kind.start();
        if comments::contains(comments.get(), start) {
            continue;
        }
        let what = if is_resource {
            "resource"
        } else {
            "data source"
        };
        out.push(Finding {
            rule: idx,
            span: region.range.start + ty.start()..region.range.start + ty.end(),
            severity: rule.severity(ctx.today),
            language: Language::Terraform,
            message: format!(
                "Terraform {what} `{}` is built on `{}` ({}), which {}: use `{}`",
                ty.as_str(),
                rule.old.operation_ids.legacy,
                rule.title,
                rule.when(ctx.today),
                tf.replacement
            ),
            replacement: format!("{} `{}`", what, tf.replacement),
            fix: None,
            notes: vec![tf.advice.clone()],
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::RuleSet;

    fn found(text: &str) -> Vec<(String, String)> {
        let rules = RuleSet::builtin().expect("rules");
        let ctx = Context {
            rules: &rules,
            today: "2026-11-28".parse().expect("date"),
        };
        let region = Region {
            range: 0..text.len(),
            language: Language::Terraform,
        };
        let mut out = Vec::new();
        detect(
            &ctx,
            text,
            &region,
            &RegionComments::new(text, &region),
            &mut out,
        );
        out.iter()
            .map(|f| {
                (
                    rules.rules[f.rule].id.clone(),
                    text[f.span.clone()].to_string(),
                )
            })
            .collect()
    }

    #[test]
    fn resource_and_data_sources_land_on_their_rules() {
        let text = r#"
resource "mongodbatlas_serverless_instance" "app" {
  name = "app"
}
data "mongodbatlas_serverless_instance" "one" {
  name = "app"
}
data mongodbatlas_serverless_instances "all" {
}
"#;
        let ids: Vec<String> = found(text).into_iter().map(|(id, _)| id).collect();
        assert_eq!(
            ids,
            [
                "serverless-instance-create",
                "serverless-instance-get",
                "serverless-instances-list"
            ]
        );
    }

    #[test]
    fn comments_strings_and_other_types_are_not_blocks() {
        let text = r#"
# resource "mongodbatlas_serverless_instance" "old" {
// data "mongodbatlas_serverless_instances" "all" {
/*
resource "mongodbatlas_serverless_instance" "x" {
*/
resource "mongodbatlas_flex_cluster" "app" {
  comment = "resource \"mongodbatlas_serverless_instance\" \"y\" {"
}
resource "mongodbatlas_serverless_instances" "not_a_resource_type" {
}
"#;
        assert_eq!(found(text), Vec::<(String, String)>::new());
    }
}

//! The `[terraform]` table of a rule file: the Terraform resources and data sources of the
//! MongoDB Atlas provider that call the retired endpoint, and what replaces them.

use serde::Deserialize;

/// Terraform block types built on the retired endpoint. They are reported, never fixed: moving
/// state to another resource type is a decision for a person.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct TerraformRule {
    /// `resource "<type>" "<name>"` blocks (`mongodbatlas_serverless_instance`).
    #[serde(default)]
    pub resources: Vec<String>,
    /// `data "<type>" "<name>"` blocks (`mongodbatlas_serverless_instances`).
    #[serde(default)]
    pub data_sources: Vec<String>,
    /// The type to use instead (`mongodbatlas_flex_cluster`).
    pub replacement: String,
    /// What to do, in a sentence or two (state migration, attribute changes).
    pub advice: String,
}

impl TerraformRule {
    /// Every block type the rule names, for the prefilter.
    pub fn types(&self) -> impl Iterator<Item = &str> {
        self.resources
            .iter()
            .chain(&self.data_sources)
            .map(String::as_str)
    }
}

/// Checks the table; errors name the field.
pub fn validate(tf: &TerraformRule) -> Result<(), (String, String)> {
    if tf.resources.is_empty() && tf.data_sources.is_empty() {
        return Err((
            "resources".into(),
            "name at least one resource or data source".into(),
        ));
    }
    let is_type = |s: &str| {
        !s.is_empty()
            && s.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
    };
    for (key, list) in [
        ("resources", &tf.resources),
        ("data-sources", &tf.data_sources),
    ] {
        for (i, t) in list.iter().enumerate() {
            if !is_type(t) {
                return Err((
                    format!("{key}[{i}]"),
                    format!("`{t}` is not a Terraform type name"),
                ));
            }
        }
    }
    if !is_type(&tf.replacement) {
        return Err((
            "replacement".into(),
            format!("`{}` is not a Terraform type name", tf.replacement),
        ));
    }
    Ok(())
}

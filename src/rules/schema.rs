//! The rule file format (`rules/*.toml`), as serde reads it. Unknown keys are errors.

use serde::Deserialize;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RuleFile {
    /// Stable identifier, used by `explain`, suppressions and reports: lower-case words joined by `-`.
    pub id: String,
    /// The operation's title in the Atlas docs.
    pub title: String,
    /// The day calls stop working, `YYYY-MM-DD`.
    pub sunset: String,
    /// What the endpoint did and why it is gone.
    pub summary: String,
    /// How to migrate, in prose.
    pub migration: String,
    /// Link to the retired operation's documentation.
    pub docs: String,
    pub old: Endpoint,
    pub new: Endpoint,
    /// Response fields of the old schema and where they went.
    #[serde(default)]
    pub fields: Vec<FieldMap>,
    /// Enum values of the response `status` that changed.
    #[serde(default)]
    pub status_values: Vec<ValueMap>,
    /// How the endpoint appears in Go code (atlas-sdk-go and the older client).
    #[serde(default)]
    pub go: Option<super::go::GoRule>,
    /// Bad, fixed and good code, each run by the test suite.
    #[serde(default)]
    pub examples: Vec<Example>,
    /// Atlas CLI commands that call the retired endpoint.
    #[serde(default)]
    pub cli: Option<Cli>,
}

/// The Atlas CLI's spellings of the operation.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Cli {
    /// `atlas api <tag> <command>` (generated from the spec).
    #[serde(default)]
    pub api: Option<CliApi>,
    /// The hand-written commands (`atlas serverless backups snapshots describe`).
    #[serde(default)]
    pub human: Vec<CliHuman>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct CliApi {
    pub old_tag: String,
    /// Every name the retired command had (legacy, short and the long IPA alias).
    pub old_commands: Vec<String>,
    pub new_tag: String,
    /// The name current CLIs accept.
    pub new_command: String,
    /// Path-parameter flags whose name changed (`--clusterName` -> `--name`).
    #[serde(default)]
    pub renamed_flags: Vec<FlagRename>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct FlagRename {
    pub old: String,
    pub new: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct CliHuman {
    /// The retired command path after `atlas`, canonical spelling (`serverless backups snapshots describe`).
    pub old: String,
    /// Its replacement (`backups snapshots describe`).
    pub new: String,
    /// A flag whose value becomes the first positional argument (`snapshotId`).
    #[serde(default)]
    pub positional: Option<String>,
    /// The Atlas CLI version that removed the old command (`1.52.0`).
    #[serde(default)]
    pub removed_in: Option<String>,
}

/// One side of the migration: the retired endpoint or its replacement.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Endpoint {
    pub method: String,
    /// Path template starting at `/api/atlas/v2/`, with `{param}` placeholders.
    pub path: String,
    /// The only API version the endpoint defines (`YYYY-MM-DD`, sent as `application/vnd.atlas.<version>+json`).
    pub version: String,
    pub tag: String,
    /// Response schema name.
    pub schema: String,
    pub operation_ids: OperationIds,
    pub docs: String,
}

/// The three names every operation has had (see the mapping file, section 0).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct OperationIds {
    /// Used until mid-2025 (`getServerlessBackup`).
    pub legacy: String,
    /// The IPA-compliant upstream id (`getGroupServerlessBackupSnapshot`).
    pub ipa: String,
    /// `x-xgen-operation-id-override`, the SDK and CLI name (`getServerlessBackupSnapshot`).
    pub short: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Mapping {
    /// Same name, same meaning.
    Exact,
    /// Same meaning under a new name.
    Rename,
    /// A field with a related but different meaning.
    Approximate,
    /// Same name, but its values changed.
    Values,
    /// Nothing in the new schema.
    None,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct FieldMap {
    pub old: String,
    #[serde(default)]
    pub new: Option<String>,
    pub mapping: Mapping,
    #[serde(default)]
    pub note: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct ValueMap {
    pub old: String,
    pub new: String,
}

/// A piece of code the rule must report (`bad`, with the `fixed` result) or must leave alone (`good`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Example {
    pub name: String,
    /// The file name the example is checked as (its extension picks the language).
    pub file: String,
    #[serde(default)]
    pub bad: Option<String>,
    #[serde(default)]
    pub fixed: Option<String>,
    #[serde(default)]
    pub good: Option<String>,
}

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
    /// The replacement; absent when there is none (then `no-replacement` says what to do).
    #[serde(default)]
    pub new: Option<Endpoint>,
    /// Why nothing replaces the endpoint and what to do instead (only without `new`).
    #[serde(default)]
    pub no_replacement: Option<String>,
    /// Response fields of the old schema and where they went.
    #[serde(default)]
    pub fields: Vec<FieldMap>,
    /// Enum values of the response `status` that changed.
    #[serde(default)]
    pub status_values: Vec<ValueMap>,
    /// How the endpoint appears in Go code (atlas-sdk-go and the older client).
    #[serde(default)]
    pub go: Option<super::go::GoRule>,
    /// atlas-sdk-go methods of an operation nothing replaces (only without `new`).
    #[serde(default)]
    pub go_retired: Option<super::go::GoRetired>,
    /// Bad, fixed and good code, each run by the test suite.
    #[serde(default)]
    pub examples: Vec<Example>,
    /// Atlas CLI commands that call the retired endpoint.
    #[serde(default)]
    pub cli: Option<Cli>,
    /// Names in Rust clients generated from the Atlas OpenAPI spec (openapi-generator style).
    #[serde(default)]
    pub rust: Option<RustClient>,
    /// How the request body changes (POST and PATCH endpoints).
    #[serde(default)]
    pub request: Option<RequestBody>,
    /// Terraform resources and data sources built on the retired endpoint.
    #[serde(default)]
    pub terraform: Option<super::terraform::TerraformRule>,
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
    /// The only values of the `positional` flag the new command supports (`automated`); any other
    /// value is reported without a fix. Empty: every value.
    #[serde(default)]
    pub positional_values: Vec<String>,
    /// Why other values of the `positional` flag have no equivalent, and what to do instead.
    #[serde(default)]
    pub unsupported_note: Option<String>,
    /// Words appended to the command line by the fix (`--tier FLEX`).
    #[serde(default)]
    pub add_args: Vec<String>,
    /// What a person must still check after the fix; a note makes the fix unsafe.
    #[serde(default)]
    pub review: Option<String>,
    /// The Atlas CLI version that removed the old command (`1.52.0`).
    #[serde(default)]
    pub removed_in: Option<String>,
}

/// The request body of the retired operation and what the replacement expects instead.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RequestBody {
    /// The body schema of the retired operation and of the replacement.
    pub old_schema: String,
    pub new_schema: String,
    /// Keys renamed by the migration (`targetClusterName` -> `targetDeploymentItemName`).
    #[serde(default)]
    pub renamed: Vec<NameMap>,
    /// Keys both bodies have unchanged: seeing one shows the body is in sight.
    #[serde(default)]
    pub kept: Vec<String>,
    /// Keys the fix removes when they hold the given value (`deliveryType: automated`).
    #[serde(default)]
    pub dropped: Vec<KeyValue>,
    /// Keys and values the replacement cannot express (`pointInTimeUTCSeconds`, `download`): a
    /// request that uses one is reported without a fix.
    #[serde(default)]
    pub unsupported: Vec<String>,
    /// What differs, for a person: shown when the body is not in sight or cannot be fixed.
    pub note: String,
    /// Set when even a visible body needs a person's review: the fix is never safe.
    #[serde(default)]
    pub review: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct KeyValue {
    pub key: String,
    pub value: String,
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
    /// Which fix a `bad` example shows (see [`Example::shows`]); optional, so older rule files
    /// load unchanged.
    #[serde(default)]
    pub applicability: Option<ExampleFix>,
}

/// The fix a `bad` example shows: `safe` (`fixed` is what `--fix` writes), `unsafe` (`fixed` is
/// what `--fix --unsafe-fixes` writes; `--fix` alone changes nothing), `display-only` or `none`
/// (no automatic fix: nothing changes, and there is no `fixed`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ExampleFix {
    Safe,
    Unsafe,
    DisplayOnly,
    None,
}

impl Example {
    /// The fix the example shows: as written, or by default `safe` when it has a `fixed` text and
    /// `none` when it has not.
    pub fn shows(&self) -> ExampleFix {
        self.applicability.unwrap_or(if self.fixed.is_some() {
            ExampleFix::Safe
        } else {
            ExampleFix::None
        })
    }

    /// What is wrong with a written `applicability`, if anything.
    pub fn applicability_problem(&self) -> Option<&'static str> {
        let shows = self.applicability?;
        let fixes = matches!(shows, ExampleFix::Safe | ExampleFix::Unsafe);
        if self.good.is_some() {
            Some("a `good` example shows no fix: drop `applicability`")
        } else if fixes && self.fixed.is_none() {
            Some("a `safe` or `unsafe` example needs the `fixed` text")
        } else if !fixes && self.fixed.is_some() {
            Some("an example with no automatic fix has no `fixed` text")
        } else {
            None
        }
    }
}

/// The generated Rust client's names for the retired operation and its replacement.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RustClient {
    /// The API module of the retired operation (`cloud_backups_api`).
    pub old_module: String,
    /// The API module of the replacement (`flex_snapshots_api`).
    pub new_module: String,
    /// One entry per operationId era, oldest first.
    pub eras: Vec<RustEra>,
    /// Model types and their replacements (`ServerlessBackupSnapshot` -> `FlexBackupSnapshot20241113`).
    #[serde(default)]
    pub models: Vec<NameMap>,
    /// Fields of the params struct that are renamed (`cluster_name` -> `name`).
    #[serde(default)]
    pub param_fields: Vec<NameMap>,
}

/// The names one generator run produces for the operation, from the operationId of that era.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RustEra {
    /// Which operationId the names come from (for messages).
    pub name: String,
    pub old_function: String,
    pub new_function: String,
    /// The `...Params` struct (`useSingleRequestParameter`).
    pub old_params: String,
    pub new_params: String,
    /// The error enum (`GetServerlessBackupError`).
    pub old_error: String,
    pub new_error: String,
    /// Other generated names that exist only in a client of this era: one of them in a file means
    /// the file's client is of this era.
    #[serde(default)]
    pub markers: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct NameMap {
    pub old: String,
    pub new: String,
}

impl RustClient {
    /// Literals that make a file worth the Rust detector's time.
    pub fn triggers(&self) -> impl Iterator<Item = &str> {
        self.eras
            .iter()
            .flat_map(|e| {
                [
                    e.old_function.as_str(),
                    e.old_params.as_str(),
                    e.old_error.as_str(),
                ]
            })
            .chain(self.models.iter().map(|m| m.old.as_str()))
    }

    /// The first name that is not a Rust identifier, as `(field, name)`.
    pub fn invalid_name(&self) -> Option<(String, &str)> {
        let is_ident = |s: &str| {
            let mut chars = s.chars();
            chars
                .next()
                .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
                && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
        };
        let mut names: Vec<(String, &str)> = vec![
            ("rust.old-module".into(), self.old_module.as_str()),
            ("rust.new-module".into(), self.new_module.as_str()),
        ];
        for (i, e) in self.eras.iter().enumerate() {
            for (k, v) in [
                ("old-function", &e.old_function),
                ("new-function", &e.new_function),
                ("old-params", &e.old_params),
                ("new-params", &e.new_params),
                ("old-error", &e.old_error),
                ("new-error", &e.new_error),
            ] {
                names.push((format!("rust.eras[{i}].{k}"), v.as_str()));
            }
            for m in &e.markers {
                names.push((format!("rust.eras[{i}].markers"), m.as_str()));
            }
        }
        for (list, key) in [
            (&self.models, "models"),
            (&self.param_fields, "param-fields"),
        ] {
            for (i, m) in list.iter().enumerate() {
                names.push((format!("rust.{key}[{i}].old"), m.old.as_str()));
                names.push((format!("rust.{key}[{i}].new"), m.new.as_str()));
            }
        }
        names.into_iter().find(|(_, n)| !is_ident(n))
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::{parse_rule, tests::builtin_text, ExampleFix};

    /// The first `bad` example of the built-in rule, given the extra lines after its `file` line.
    fn with_example_lines(extra: &str) -> Result<crate::rules::Rule, crate::rules::RuleError> {
        let text = builtin_text().replacen(
            "file = \"snapshot.sh\"\n",
            &format!("file = \"snapshot.sh\"\n{extra}"),
            1,
        );
        assert!(
            extra.is_empty() || text != builtin_text(),
            "the example was found"
        );
        parse_rule("rules/x.toml", &text)
    }

    #[test]
    fn an_example_without_applicability_shows_safe_with_fixed_and_none_without() {
        let rule = with_example_lines("").unwrap();
        let bad = rule.examples.iter().find(|e| e.fixed.is_some()).unwrap();
        assert_eq!((bad.applicability, bad.shows()), (None, ExampleFix::Safe));
        let good = rule.examples.iter().find(|e| e.good.is_some()).unwrap();
        assert_eq!(good.shows(), ExampleFix::None);
    }

    #[test]
    fn applicability_must_agree_with_fixed() {
        let rule = with_example_lines("applicability = \"unsafe\"\n").unwrap();
        assert_eq!(rule.examples[0].shows(), ExampleFix::Unsafe);
        let e = with_example_lines("applicability = \"none\"\n").unwrap_err();
        assert_eq!(e.field.as_deref(), Some("examples[0].applicability"), "{e}");
        assert!(e.to_string().contains("has no `fixed` text"), "{e}");
        let e = with_example_lines("applicability = \"sometimes\"\n").unwrap_err();
        assert!(e.to_string().contains("unknown variant"), "{e}");
    }
}

//! The `[go]` table of a rule file: how the endpoint is spelled in Go code, per atlas-sdk-go era,
//! kept apart from the rest of the schema so the Go detector's data lives in one place.

use serde::Deserialize;

use super::schema::ValueMap;

/// The Go side of a rule: the SDK's names for the old and new operation in each SDK era.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct GoRule {
    /// Literals that make a Go file worth parsing (added to the prefilter).
    pub triggers: Vec<String>,
    /// The SDK module without its major version (`go.mongodb.org/atlas-sdk`); its package is
    /// imported as `<sdk-module>/vNNN/admin`.
    pub sdk_module: String,
    /// The first SDK version that has the replacement (`v20241113001`).
    pub first_new_version: String,
    /// The SDK version a file on an older SDK is moved to.
    pub upgrade_to: String,
    /// Response model types: old and new; empty for an operation without a response model
    /// (a delete), or whose model another rule of the pack owns.
    #[serde(default)]
    pub old_model: String,
    #[serde(default)]
    pub new_model: String,
    /// Method names from the docs' code samples that no SDK release ever had (without `WithParams`).
    #[serde(default)]
    pub docs_only_methods: Vec<String>,
    /// Fields of the `...ApiParams` struct that were renamed.
    #[serde(default)]
    pub param_renames: Vec<ValueMap>,
    /// SDK eras, oldest first; each holds from its `from` version until the next era.
    pub eras: Vec<GoEra>,
    /// For a paginated response: the getter of its items (`GetResults`). The items of a
    /// `for _, item := range page.GetResults()` loop are followed like a single response.
    #[serde(default)]
    pub results_getter: Option<String>,
    /// The response model is also the retired request body (`ServerlessBackupRestoreJob`): a
    /// composite literal of it is a request of another rule and is left to that rule.
    #[serde(default)]
    pub model_also_request: bool,
    /// The old model is this operation's request body and also another rule's response: only its
    /// composite literals (the bodies) belong to this rule.
    #[serde(default)]
    pub model_in_literals_only: bool,
    /// What one followed value is, for messages (`serverless snapshot`).
    #[serde(default = "default_noun")]
    pub result_noun: String,
    /// The model of one item of a paginated response (`FlexBackupSnapshot20241113`), for messages.
    #[serde(default)]
    pub new_item_model: Option<String>,
    /// Set when the Go fix cannot be mechanical (the request type changes shape): calls are
    /// reported with this note and no fix.
    #[serde(default)]
    pub report_only: Option<String>,
    /// The older `go.mongodb.org/atlas/mongodbatlas` client: reported, never fixed.
    #[serde(default)]
    pub legacy_client: Option<GoLegacyClient>,
}

fn default_noun() -> String {
    "serverless snapshot".to_string()
}

/// atlas-sdk-go methods of an operation nothing replaces: reported with the rule's guidance.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct GoRetired {
    /// The SDK module without its major version (`go.mongodb.org/atlas-sdk`).
    pub sdk_module: String,
    /// `APIClient` fields the methods hang off, every era's spelling (`PerformanceAdvisorApi`).
    pub services: Vec<String>,
    /// Method names (their `WithParams` form is found too).
    pub methods: Vec<String>,
}

/// The names one range of SDK versions uses.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct GoEra {
    /// First SDK version of the era (`v20250312007`).
    pub from: String,
    /// `APIClient` fields: the old service and the replacement's.
    pub old_service: String,
    pub new_service: String,
    /// Methods (their `WithParams`, `ApiParams` and `ApiRequest` names follow).
    pub old_method: String,
    pub new_method: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct GoLegacyClient {
    /// Import path (`go.mongodb.org/atlas/mongodbatlas`).
    pub import: String,
    /// The client field the methods hang off (`CloudProviderSnapshots`).
    pub service: String,
    pub methods: Vec<String>,
    /// What to do instead, in one sentence.
    pub advice: String,
}

/// An SDK version (`v20250312006`) as a number; `None` when it is not `v` and digits.
pub fn sdk_version(s: &str) -> Option<u64> {
    let digits = s.strip_prefix('v')?;
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

pub fn validate(go: &GoRule) -> Result<(), (String, String)> {
    let version = |field: &str, v: &str| {
        sdk_version(v).ok_or_else(|| {
            (
                field.to_string(),
                format!("`{v}` is not an SDK version like `v20250312006`"),
            )
        })
    };
    version("first-new-version", &go.first_new_version)?;
    version("upgrade-to", &go.upgrade_to)?;
    if go.eras.is_empty() {
        return Err(("eras".into(), "needs at least one era".into()));
    }
    let mut last = 0;
    for (i, era) in go.eras.iter().enumerate() {
        let v = version(&format!("eras[{i}].from"), &era.from)?;
        if v < last {
            return Err((
                format!("eras[{i}].from"),
                "eras must be sorted oldest first".into(),
            ));
        }
        last = v;
    }
    if go.triggers.iter().any(String::is_empty) {
        return Err(("triggers".into(), "a trigger must not be empty".into()));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::super::parse_rule;
    use super::super::tests::builtin_text;

    #[test]
    fn the_go_table_loads_with_every_era() {
        let rule = parse_rule("r.toml", builtin_text()).expect("rule");
        let go = rule.go.expect("a [go] table");
        let eras: Vec<_> = go
            .eras
            .iter()
            .map(|e| {
                (
                    e.from.as_str(),
                    e.new_service.as_str(),
                    e.new_method.as_str(),
                )
            })
            .collect();
        assert_eq!(
            eras,
            [
                ("v0", "FlexSnapshotsApi", "GetFlexBackup"),
                ("v20250312007", "FlexSnapshotsApi", "GetFlexBackupSnapshot"),
                ("v20250312022", "FlexSnapshotsAPI", "GetFlexBackupSnapshot"),
            ]
        );
        assert_eq!(go.first_new_version, "v20241113001");
    }

    #[test]
    fn go_table_mistakes_name_the_field() {
        let cases = [
            (
                "upgrade-to = \"v20250312006\"",
                "upgrade-to = \"latest\"",
                "go.upgrade-to",
            ),
            (
                "from = \"v20250312022\"",
                "from = \"v20250312001\"",
                "go.eras[2].from",
            ),
            ("sdk-module = ", "sdk-modul = ", "sdk-modul"),
        ];
        for (from, to, field) in cases {
            let text = builtin_text().replacen(from, to, 1);
            assert_ne!(text, builtin_text(), "{from}");
            let e = parse_rule("r.toml", &text).expect_err(to);
            assert_eq!(e.field.as_deref(), Some(field), "{e}");
        }
    }
}

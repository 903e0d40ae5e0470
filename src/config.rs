//! Settings: defaults < config file (`atlas-sunset.toml` or `.atlas-sunset.toml`, found from the
//! working directory upward) < flags; and the [`Policy`] they compile into for a rule set.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::cli::FailOn;
use crate::finding::{Finding, Severity};
use crate::globs::{self, PathGlobs};
use crate::rules::RuleSet;

/// The names a config file may have, in the order they are looked for in each folder.
pub const CONFIG_NAMES: &[&str] = &["atlas-sunset.toml", ".atlas-sunset.toml"];

/// The config file as written. Unknown keys are errors.
#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq, Eq)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct ConfigFile {
    /// Globs to skip, replacing the default (none).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exclude: Option<Vec<String>>,
    /// Globs to skip in addition to `exclude`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub extend_exclude: Vec<String>,
    /// Only these rules (ids, or `ALL`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub select: Option<Vec<String>>,
    /// Never these rules.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ignore: Vec<String>,
    /// Glob -> rules to ignore in matching files (`ALL` for every rule).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub per_file_ignores: BTreeMap<String, Vec<String>>,
    /// Rule -> `error` or `warning`, whatever the date.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub severity: BTreeMap<String, SeverityName>,
    /// More rule folders, relative to the config file.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rules: Vec<PathBuf>,
    /// Which findings make the exit status 1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fail_on: Option<FailOn>,
}

#[derive(Debug, Clone, Copy, Deserialize, Serialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum SeverityName {
    Error,
    Warning,
}

/// What flags add to or override.
#[derive(Debug, Clone, Default)]
pub struct Overrides {
    pub config: Option<PathBuf>,
    pub no_config: bool,
    pub exclude: Vec<String>,
    pub select: Option<Vec<String>>,
    pub ignore: Vec<String>,
    pub rules: Vec<PathBuf>,
    pub fail_on: Option<FailOn>,
}

/// The merged settings of one run.
#[derive(Debug, Clone)]
pub struct Settings {
    /// The config file used, if any.
    pub file: Option<PathBuf>,
    /// The config file's folder (or the working directory): config globs are relative to it.
    pub base: PathBuf,
    pub cwd: PathBuf,
    /// Merged values; `exclude` here is the config's (`exclude` + `extend-exclude`).
    pub merged: ConfigFile,
    /// `--exclude` globs, relative to the working directory.
    pub cli_exclude: Vec<String>,
}

impl Settings {
    pub fn resolve(cwd: &Path, o: &Overrides) -> Result<Settings, String> {
        let file = match (&o.config, o.no_config) {
            (_, true) => None,
            (Some(p), false) => Some(globs::absolute(p, cwd)),
            (None, false) => find_config(cwd),
        };
        let mut merged = match &file {
            Some(p) => load(p)?,
            None => ConfigFile::default(),
        };
        let base = file
            .as_ref()
            .and_then(|p| p.parent().map(Path::to_path_buf))
            .unwrap_or_else(|| cwd.to_path_buf());
        let mut exclude = merged.exclude.take().unwrap_or_default();
        exclude.append(&mut merged.extend_exclude);
        merged.exclude = Some(exclude);
        merged.rules = merged
            .rules
            .iter()
            .map(|r| globs::absolute(r, &base))
            .collect();
        merged
            .rules
            .extend(o.rules.iter().map(|r| globs::absolute(r, cwd)));
        if o.select.is_some() {
            merged.select = o.select.clone();
        }
        merged.ignore.extend(o.ignore.iter().cloned());
        if o.fail_on.is_some() {
            merged.fail_on = o.fail_on;
        }
        Ok(Settings {
            file,
            base,
            cwd: cwd.to_path_buf(),
            merged,
            cli_exclude: o.exclude.clone(),
        })
    }

    pub fn fail_on(&self) -> FailOn {
        self.merged.fail_on.unwrap_or(FailOn::Warning)
    }

    pub fn rule_dirs(&self) -> &[PathBuf] {
        &self.merged.rules
    }

    /// Exclusion globs: the config's (relative to its folder) and the flags' (relative to the
    /// working directory).
    pub fn excludes(&self) -> Result<Vec<PathGlobs>, String> {
        let config = self.merged.exclude.clone().unwrap_or_default();
        Ok(vec![
            PathGlobs::new(&self.base, &config)
                .map_err(|e| self.key_error("exclude", &e.to_string()))?,
            PathGlobs::new(&self.cwd, &self.cli_exclude).map_err(|e| format!("--exclude: {e}"))?,
        ])
    }

    fn key_error(&self, key: &str, msg: &str) -> String {
        match &self.file {
            Some(f) => format!("{}: `{key}`: {msg}", f.display()),
            None => format!("`{key}`: {msg}"),
        }
    }

    /// Compiles the rule choices against the loaded rules; unknown rule ids are errors naming the key.
    pub fn policy(&self, rules: &RuleSet) -> Result<Policy, String> {
        let n = rules.count();
        let ids = |key: &str, list: &[String]| -> Result<Vec<usize>, String> {
            let mut out = Vec::new();
            for id in list {
                let chosen =
                    crate::rules::names::select(rules, id).map_err(|e| self.key_error(key, &e))?;
                out.extend(chosen);
            }
            Ok(out)
        };
        let mut enabled = vec![self.merged.select.is_none(); n];
        if let Some(select) = &self.merged.select {
            for i in ids("select", select)? {
                enabled[i] = true;
            }
        }
        for i in ids("ignore", &self.merged.ignore)? {
            enabled[i] = false;
        }
        let mut per_file = Vec::new();
        for (glob, list) in &self.merged.per_file_ignores {
            let key = format!("per-file-ignores.\"{glob}\"");
            let g = PathGlobs::new(&self.base, std::slice::from_ref(glob))
                .map_err(|e| self.key_error(&key, &e.to_string()))?;
            per_file.push((g, ids(&key, list)?));
        }
        let mut severity = vec![None; n];
        for (id, s) in &self.merged.severity {
            let [i] = ids(&format!("severity.{id}"), std::slice::from_ref(id))?[..] else {
                return Err(self.key_error(&format!("severity.{id}"), "names more than one rule"));
            };
            severity[i] = Some(match s {
                SeverityName::Error => Severity::Error,
                SeverityName::Warning => Severity::Warning,
            });
        }
        Ok(Policy {
            enabled,
            per_file,
            severity,
            cwd: self.cwd.clone(),
        })
    }

    /// The merged settings as TOML, for `atlas-sunset config`.
    pub fn to_toml(&self) -> String {
        let source = match &self.file {
            Some(f) => format!("# config file: {}\n", f.display()),
            None => "# no config file found\n".to_string(),
        };
        let mut shown = self.merged.clone();
        if !self.cli_exclude.is_empty() {
            shown.extend_exclude = self.cli_exclude.clone();
        }
        let fail_on = self.fail_on();
        shown.fail_on = Some(fail_on);
        format!(
            "{source}{}",
            toml::to_string_pretty(&shown).unwrap_or_default()
        )
    }
}

fn find_config(cwd: &Path) -> Option<PathBuf> {
    cwd.ancestors()
        .flat_map(|dir| CONFIG_NAMES.iter().map(move |n| dir.join(n)))
        .find(|p| p.is_file())
}

fn load(path: &Path) -> Result<ConfigFile, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("{}: cannot read: {e}", path.display()))?;
    toml::from_str(&text).map_err(|e| {
        let line = e
            .span()
            .map(|s| text[..s.start.min(text.len())].matches('\n').count() + 1);
        let at = line.map(|l| format!(":{l}")).unwrap_or_default();
        format!("{}{at}: {}", path.display(), e.message())
    })
}

/// Which rules apply where, and severity overrides: compiled from [`Settings`].
#[derive(Debug, Clone)]
pub struct Policy {
    enabled: Vec<bool>,
    per_file: Vec<(PathGlobs, Vec<usize>)>,
    severity: Vec<Option<Severity>>,
    cwd: PathBuf,
}

impl Policy {
    /// Every rule on, no overrides.
    pub fn all(rules: &RuleSet) -> Policy {
        Policy {
            enabled: vec![true; rules.count()],
            per_file: Vec::new(),
            severity: vec![None; rules.count()],
            cwd: std::env::current_dir().unwrap_or_default(),
        }
    }

    pub fn absolute(&self, path: &Path) -> PathBuf {
        globs::absolute(path, &self.cwd)
    }

    /// Whether rule `idx` applies to the file at absolute path `abs`.
    pub fn enabled(&self, idx: usize, abs: &Path) -> bool {
        self.enabled.get(idx).copied().unwrap_or(true)
            && !self
                .per_file
                .iter()
                .any(|(g, ids)| ids.contains(&idx) && g.is_match(abs))
    }

    /// Drops findings of rules that do not apply and sets overridden severities.
    pub fn apply(&self, abs: &Path, findings: Vec<Finding>) -> Vec<Finding> {
        findings
            .into_iter()
            .filter(|f| self.enabled(f.rule, abs))
            .map(|mut f| {
                if let Some(Some(s)) = self.severity.get(f.rule) {
                    f.severity = *s;
                }
                f
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings(dir: &Path, toml_text: &str, o: Overrides) -> Result<Settings, String> {
        std::fs::write(dir.join("atlas-sunset.toml"), toml_text).unwrap();
        Settings::resolve(dir, &o)
    }

    #[test]
    fn unknown_keys_are_errors_naming_the_key() {
        let dir = tempfile::tempdir().unwrap();
        let e = settings(dir.path(), "exlude = [\"x\"]\n", Overrides::default()).unwrap_err();
        assert!(e.contains("atlas-sunset.toml:1"), "{e}");
        assert!(e.contains("exlude"), "{e}");
    }

    #[test]
    fn found_from_a_subfolder_and_flags_override() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join(".atlas-sunset.toml"),
            "fail-on = \"error\"\nignore = [\"suppression-unused\"]\n",
        )
        .unwrap();
        let sub = dir.path().join("a/b");
        std::fs::create_dir_all(&sub).unwrap();
        let s = Settings::resolve(&sub, &Overrides::default()).unwrap();
        assert_eq!(s.fail_on(), FailOn::Error);
        assert_eq!(s.base, dir.path());
        let o = Overrides {
            fail_on: Some(FailOn::Warning),
            ..Overrides::default()
        };
        assert_eq!(
            Settings::resolve(&sub, &o).unwrap().fail_on(),
            FailOn::Warning
        );
    }

    #[test]
    fn unknown_rules_in_choices_are_errors() {
        let dir = tempfile::tempdir().unwrap();
        let rules = RuleSet::builtin().unwrap();
        let s = settings(
            dir.path(),
            "[per-file-ignores]\n\"docs/**\" = [\"nope\"]\n",
            Overrides::default(),
        )
        .unwrap();
        let e = s.policy(&rules).unwrap_err();
        assert!(e.contains("per-file-ignores.\"docs/**\""), "{e}");
        assert!(e.contains("unknown rule `nope`"), "{e}");
    }

    #[test]
    fn select_ignore_per_file_and_severity() {
        let dir = tempfile::tempdir().unwrap();
        let rules = RuleSet::builtin().unwrap();
        let text = "select = [\"serverless-backup-snapshot-get\"]\n[per-file-ignores]\n\"legacy/*\" = [\"ALL\"]\n[severity]\nserverless-backup-snapshot-get = \"warning\"\n";
        let s = settings(dir.path(), text, Overrides::default()).unwrap();
        let p = s.policy(&rules).unwrap();
        let get = rules.index("serverless-backup-snapshot-get").unwrap();
        let list = rules.index("serverless-backup-snapshots-list").unwrap();
        let file = dir.path().join("src/a.sh");
        assert!(p.enabled(get, &file));
        assert!(!p.enabled(list, &file));
        assert!(!p.enabled(get, &dir.path().join("legacy/a.sh")));
        assert_eq!(p.severity[get], Some(Severity::Warning));
    }
}

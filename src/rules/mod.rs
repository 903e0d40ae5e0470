//! Rules are data: TOML files embedded at build time plus any from `--rules DIR`, validated and
//! compiled once into a [`RuleSet`] with one literal prefilter for all of them.

pub mod go;
pub mod names;
mod path;
pub mod schema;
pub mod terraform;

use std::fmt;
use std::path::{Path, PathBuf};

use crate::date::Date;
use crate::prefilter::Prefilter;
pub use go::{sdk_version, GoEra, GoLegacyClient, GoRetired, GoRule};
pub use path::{PathMatch, PathPattern, Rename, V2_BASE};
pub use schema::{
    Cli, CliApi, CliHuman, Endpoint, Example, ExampleFix, FieldMap, FlagRename, KeyValue, Mapping,
    NameMap, OperationIds, RequestBody, RustClient, RustEra, ValueMap,
};
pub use terraform::TerraformRule;

/// The rule files shipped in the binary: `(file name, contents)`.
const BUILTIN: &[(&str, &str)] = include!(concat!(env!("OUT_DIR"), "/builtin_rules.rs"));

/// A rule file that could not be used, with everything needed to find the mistake.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct RuleError {
    pub file: String,
    pub line: Option<usize>,
    /// The rule's id, when it could be read.
    pub rule: Option<String>,
    /// The offending key, dotted (`old.path`, `examples[2].fixed`).
    pub field: Option<String>,
    pub message: String,
}

impl fmt::Display for RuleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        if let Some(rule) = &self.rule {
            write!(f, ": rule `{rule}`")?;
        }
        if let Some(field) = &self.field {
            write!(f, ", field `{field}`")?;
        }
        write!(f, ": {}", self.message)
    }
}

/// A validated, compiled rule.
#[derive(Debug, Clone)]
pub struct Rule {
    pub id: String,
    pub title: String,
    pub sunset: Date,
    pub summary: String,
    pub migration: String,
    pub docs: String,
    pub old: Endpoint,
    /// The replacement; `None` for an endpoint nothing replaces (see [`Rule::no_replacement`]).
    pub new: Option<Endpoint>,
    /// For an endpoint nothing replaces: why, and what to do instead.
    pub no_replacement: Option<String>,
    pub fields: Vec<FieldMap>,
    pub status_values: Vec<ValueMap>,
    pub examples: Vec<Example>,
    pub cli: Option<Cli>,
    /// Where the rule came from (`builtin:x.toml` or a path).
    pub origin: String,
    pub path: PathPattern,
    /// How the endpoint appears in Go code, when the rule covers Go.
    pub go: Option<GoRule>,
    /// Names in generated Rust clients, when the rule knows them.
    pub rust: Option<RustClient>,
    /// How the request body changes, for operations that send one.
    pub request: Option<RequestBody>,
    /// atlas-sdk-go methods of an operation nothing replaces.
    pub go_retired: Option<GoRetired>,
    /// Terraform block types built on the endpoint.
    pub terraform: Option<TerraformRule>,
}

impl Rule {
    /// `GET /api/atlas/v2/...`, for messages; `no replacement` when there is none.
    pub fn new_request(&self) -> String {
        match &self.new {
            Some(new) => format!("{} {}", new.method, new.path),
            None => "no replacement".to_string(),
        }
    }

    /// The `Accept` header value of the replacement (the retired one's when there is none).
    pub fn new_media_type(&self) -> String {
        format!("application/vnd.atlas.{}+json", self.new_version())
    }

    /// The replacement's API version (the retired one's when there is none).
    pub fn new_version(&self) -> &str {
        self.new.as_ref().map_or(&self.old.version, |n| &n.version)
    }

    /// The replacement's legacy operationId, the name messages use; `None` when there is none.
    pub fn new_operation(&self) -> Option<&str> {
        self.new.as_ref().map(|n| n.operation_ids.legacy.as_str())
    }

    /// The replacement's legacy operationId, or `no replacement`.
    pub fn new_operation_name(&self) -> &str {
        self.new_operation().unwrap_or("no replacement")
    }

    /// The replacement's response schema, or `no replacement`.
    pub fn new_schema(&self) -> &str {
        self.new
            .as_ref()
            .map_or("no replacement", |n| n.schema.as_str())
    }

    /// How far the rule's fixes go, for tables: `yes` (safe where the call is in sight),
    /// `review` (every fix needs a person's review) or `no` (nothing replaces the endpoint).
    pub fn fix_kind(&self) -> &'static str {
        match (&self.new, &self.request) {
            (None, _) => "no",
            (Some(_), Some(req)) if req.review => "review",
            _ => "yes",
        }
    }

    /// The message tail after "retired on D": what to use instead.
    pub fn instead(&self) -> String {
        match self.new_operation() {
            Some(op) => format!("use `{op}`"),
            None => "nothing replaces it".to_string(),
        }
    }

    /// The note for a fix that moves a v1.0 request to the v2 API.
    pub fn v1_literal_note(&self) -> String {
        format!(
            "This request uses the retired v1.0 API, which has no Flex endpoints. The fix moves it to \
             /api/atlas/v2, where every request must send `Accept: {}`: check the request's \
             headers and response handling.",
            self.new_media_type()
        )
    }

    /// The note for a path built on a v1.0 base declared on `line` of the file: no fix is offered.
    pub fn v1_in_file_note(&self, line: usize) -> String {
        self.v1_base_note(&format!(
            "This file builds requests on the retired v1.0 API (line {line})"
        ))
    }

    /// The note for a path built on a v1.0 base declared at `place` (`file:line`) of its package.
    pub fn v1_in_package_note(&self, place: &str) -> String {
        self.v1_base_note(&format!(
            "This package builds requests on the retired v1.0 API ({place})"
        ))
    }

    fn v1_base_note(&self, lead: &str) -> String {
        format!(
            "{lead}, which has no Flex endpoints: swapping the segment alone gives a URL that does not exist. Build this request as \
             `{}` with `Accept: {}`.",
            self.new_request(),
            self.new_media_type()
        )
    }

    /// The edits that rename the retired path's segments found at `renamed` (one range per
    /// renamed segment, in path order), and a title saying so.
    pub fn rename_edits(
        &self,
        renamed: &[std::ops::Range<usize>],
    ) -> (Vec<crate::fix::Edit>, String) {
        let edits = renamed
            .iter()
            .zip(&self.path.renames)
            .map(|(r, rn)| crate::fix::Edit::replace(r.clone(), rn.new.clone()))
            .collect();
        let title = self
            .path
            .renames
            .iter()
            .map(|rn| format!("replace `{}` with `{}`", rn.old, rn.new))
            .collect::<Vec<_>>()
            .join(", ");
        (edits, title)
    }

    /// Warning before the sunset date, error from that day on.
    pub fn severity(&self, today: Date) -> crate::finding::Severity {
        if today < self.sunset {
            crate::finding::Severity::Warning
        } else {
            crate::finding::Severity::Error
        }
    }

    /// "retires on D" before the sunset, "retired on D; calls now fail" from that day on.
    pub fn when(&self, today: Date) -> String {
        if today < self.sunset {
            format!("retires on {}", self.sunset)
        } else {
            format!("retired on {}; calls now fail", self.sunset)
        }
    }

    /// The literals whose presence makes a file worth this rule's detectors.
    pub fn triggers(&self) -> Vec<String> {
        let mut t = vec![self.path.trigger.clone()];
        if let Some(go) = &self.go {
            t.extend(go.triggers.iter().cloned());
        }
        if let Some(rust) = &self.rust {
            t.extend(rust.triggers().map(str::to_string));
        }
        if let Some(tf) = &self.terraform {
            t.extend(tf.types().map(str::to_string));
        }
        if let Some(g) = &self.go_retired {
            t.extend(g.methods.iter().cloned());
        }
        if let Some(cli) = &self.cli {
            if let Some(api) = &cli.api {
                t.extend(api.old_commands.iter().cloned());
            }
            for h in &cli.human {
                // `serverless backups ...` / `sl backup ...`: the first two words, both spellings.
                let mut words = h.old.split_whitespace();
                if let (Some(a), Some(b)) = (words.next(), words.next()) {
                    for a in crate::detect::shell::cli::spellings(a) {
                        for b in crate::detect::shell::cli::spellings(b) {
                            t.push(format!("{a} {}", b.trim_end_matches('s')));
                        }
                    }
                }
            }
        }
        t
    }

    /// One line saying what to call instead, or what to do when nothing replaces the endpoint.
    pub fn replacement(&self) -> String {
        match (&self.new, &self.no_replacement) {
            (Some(new), _) => format!(
                "{} {} ({}), Accept: {}",
                new.method,
                new.path,
                new.operation_ids.legacy,
                self.new_media_type()
            ),
            (None, Some(why)) => format!("none: {}", first_sentence(why)),
            (None, None) => "none".to_string(),
        }
    }
}

/// The text up to and including its first `. ` (or all of it), on one line.
fn first_sentence(text: &str) -> String {
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    match flat.find(". ") {
        Some(i) => flat[..=i].to_string(),
        None => flat,
    }
}

/// A rule about atlas-sunset's own suppression comments (not an Atlas endpoint).
#[derive(Debug, Clone, Copy)]
pub struct MetaRule {
    pub id: &'static str,
    pub title: &'static str,
    pub summary: &'static str,
    /// What to do about a finding.
    pub help: &'static str,
}

/// The meta rules, numbered after the loaded Atlas rules.
pub const META_RULES: &[MetaRule] = &[
    MetaRule {
        id: "suppression-invalid",
        title: "Invalid suppression comment",
        summary: "An `atlas-sunset: ignore[rule] -- reason` comment must name known rules and give a reason after `--`.",
        help: "Name rules that `atlas-sunset rules` lists, and say after `--` why the line is left as it is.",
    },
    MetaRule {
        id: "suppression-unused",
        title: "Unused suppression comment",
        summary: "An `atlas-sunset: ignore[rule]` comment that suppresses nothing (after code it covers its own line, alone on its line the next one); `--fix` removes it.",
        help: "Remove the comment (`--fix` does), or move it to the line it was meant for.",
    },
];

/// What reports need to know about any rule, Atlas or meta.
#[derive(Debug, Clone)]
pub struct RuleInfo<'a> {
    pub id: &'a str,
    pub title: &'a str,
    pub summary: &'a str,
    /// How to migrate (Atlas rules) or what to do.
    pub help: &'a str,
    pub docs: Option<&'a str>,
    /// The replacement operation, for Atlas rules.
    pub replacement: Option<String>,
}

/// All loaded rules, and the literals that make a file worth a detector's time.
#[derive(Debug, Clone)]
pub struct RuleSet {
    pub rules: Vec<Rule>,
    /// Names the rule texts loaded, for reports: `builtin-<hash>`, or `custom-<hash>` with `--rules`.
    pub version: String,
    prefilter: Prefilter,
}

impl RuleSet {
    /// The rules shipped in the binary.
    pub fn builtin() -> Result<RuleSet, RuleError> {
        RuleSet::load(&[])
    }

    /// The built-in rules plus every `*.toml` in each folder (sorted by name). A user rule with the
    /// id of a built-in one replaces it.
    pub fn load(dirs: &[PathBuf]) -> Result<RuleSet, RuleError> {
        let mut rules: Vec<Rule> = Vec::new();
        let mut texts: Vec<&str> = Vec::new();
        for (name, text) in BUILTIN {
            rules.push(parse_rule(&format!("builtin:rules/{name}"), text)?);
            texts.extend([name, text]);
        }
        let custom: Vec<(PathBuf, String)> = dirs
            .iter()
            .map(|d| read_rule_dir(d))
            .collect::<Result<Vec<_>, _>>()?
            .concat();
        for (_, text) in &custom {
            texts.push(text);
        }
        let kind = if custom.is_empty() {
            "builtin"
        } else {
            "custom"
        };
        let version = format!("{kind}-{:016x}", crate::fingerprint::fnv1a(&texts));
        for (path, text) in custom {
            let rule = parse_rule(&path.display().to_string(), &text)?;
            if let Some(pos) = rules.iter().position(|r| r.id == rule.id) {
                if !rules[pos].origin.starts_with("builtin:") {
                    return Err(RuleError {
                        file: rule.origin.clone(),
                        line: None,
                        rule: Some(rule.id.clone()),
                        field: Some("id".into()),
                        message: format!("defined twice (also in {})", rules[pos].origin),
                    });
                }
                rules[pos] = rule;
            } else {
                rules.push(rule);
            }
        }
        RuleSet::new(rules, version)
    }

    fn new(rules: Vec<Rule>, version: String) -> Result<RuleSet, RuleError> {
        let mut triggers: Vec<String> = rules.iter().flat_map(Rule::triggers).collect();
        // Suppression comments are read even where nothing else triggers, to report stale ones.
        triggers.push("atlas-sunset:".to_string());
        triggers.sort();
        triggers.dedup();
        let prefilter = Prefilter::new(&triggers).map_err(|e| RuleError {
            file: "rules".into(),
            line: None,
            rule: None,
            field: None,
            message: format!("cannot build the prefilter: {e}"),
        })?;
        Ok(RuleSet {
            rules,
            version,
            prefilter,
        })
    }

    /// True when some rule's trigger literal occurs in `bytes`: only then is the file decoded and
    /// handed to detectors.
    pub fn prefilter_hit(&self, bytes: &[u8]) -> bool {
        self.prefilter.hit(bytes)
    }

    /// How many bytes a trigger can reach back over a boundary: text searched in pieces must carry
    /// this many bytes of each piece over to the next.
    pub fn prefilter_overlap(&self) -> usize {
        self.prefilter.longest().saturating_sub(1)
    }

    pub fn get(&self, id: &str) -> Option<(usize, &Rule)> {
        self.rules.iter().enumerate().find(|(_, r)| r.id == id)
    }

    /// How many rules there are, Atlas and meta: valid indices for [`RuleSet::info`].
    pub fn count(&self) -> usize {
        self.rules.len() + META_RULES.len()
    }

    /// The index of a rule id, Atlas or meta.
    pub fn index(&self, id: &str) -> Option<usize> {
        self.get(id).map(|(i, _)| i).or_else(|| {
            META_RULES
                .iter()
                .position(|m| m.id == id)
                .map(|i| self.rules.len() + i)
        })
    }

    /// The index of a meta rule by id (they always exist).
    pub fn meta_index(&self, id: &str) -> usize {
        self.rules.len() + META_RULES.iter().position(|m| m.id == id).unwrap_or(0)
    }

    /// Facts about rule `idx` for reports.
    pub fn info(&self, idx: usize) -> RuleInfo<'_> {
        if let Some(r) = self.rules.get(idx) {
            return RuleInfo {
                id: &r.id,
                title: &r.title,
                summary: &r.summary,
                help: &r.migration,
                docs: Some(&r.docs),
                replacement: Some(r.replacement()),
            };
        }
        let m = META_RULES[(idx - self.rules.len()).min(META_RULES.len() - 1)];
        RuleInfo {
            id: m.id,
            title: m.title,
            summary: m.summary,
            help: m.help,
            docs: None,
            replacement: None,
        }
    }
}

fn read_rule_dir(dir: &Path) -> Result<Vec<(PathBuf, String)>, RuleError> {
    let io_err = |path: &Path, what: &str, e: std::io::Error| RuleError {
        file: path.display().to_string(),
        line: None,
        rule: None,
        field: None,
        message: format!("cannot read {what}: {e}"),
    };
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| {
            io_err(
                dir,
                "this rule folder (--rules or `rules` in the config)",
                e,
            )
        })?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml") && p.is_file())
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|p| {
            let text = std::fs::read_to_string(&p).map_err(|e| io_err(&p, "this rule file", e))?;
            Ok((p, text))
        })
        .collect()
}

/// Parses and validates one rule file.
pub fn parse_rule(file: &str, text: &str) -> Result<Rule, RuleError> {
    let loose_id = toml::from_str::<toml::Table>(text)
        .ok()
        .and_then(|t| t.get("id").and_then(|v| v.as_str()).map(str::to_string));
    let def: schema::RuleFile = toml::from_str(text).map_err(|e| {
        let span = e.span();
        let line = span
            .as_ref()
            .map(|s| text[..s.start.min(text.len())].matches('\n').count() + 1);
        RuleError {
            file: file.to_string(),
            line,
            rule: loose_id.clone(),
            field: span.and_then(|s| key_at(text, s)),
            message: e.message().to_string(),
        }
    })?;
    let err = |field: &str, message: String| RuleError {
        file: file.to_string(),
        line: None,
        rule: Some(def.id.clone()),
        field: Some(field.to_string()),
        message,
    };
    if def.id.is_empty()
        || !def
            .id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    {
        return Err(err(
            "id",
            format!("`{}` must be lower-case letters, digits and `-`", def.id),
        ));
    }
    let sunset: Date = def
        .sunset
        .parse()
        .map_err(|e: crate::date::DateError| err("sunset", e.to_string()))?;
    match (&def.new, &def.no_replacement) {
        (Some(_), Some(_)) => {
            return Err(err(
                "no-replacement",
                "a rule with a `new` endpoint must not have `no-replacement`".to_string(),
            ))
        }
        (None, None) => {
            return Err(err(
                "new",
                "name the replacement endpoint in `[new]`, or say in `no-replacement` why there is none and what to do instead".to_string(),
            ))
        }
        (None, Some(why)) if why.trim().is_empty() => {
            return Err(err(
                "no-replacement",
                "must say what to do instead".to_string(),
            ))
        }
        _ => {}
    }
    if def.new.is_some() && def.go_retired.is_some() {
        return Err(err(
            "go-retired",
            "only a rule without a `new` endpoint lists retired Go methods; use `[go]`".to_string(),
        ));
    }
    if def.new.is_none() {
        let needs_new = [
            ("go", def.go.is_some()),
            ("rust", def.rust.is_some()),
            ("cli.api", def.cli.as_ref().is_some_and(|c| c.api.is_some())),
            (
                "cli.human",
                def.cli.as_ref().is_some_and(|c| !c.human.is_empty()),
            ),
            ("fields", !def.fields.is_empty()),
            ("request", def.request.is_some()),
            ("status-values", !def.status_values.is_empty()),
        ];
        if let Some((table, _)) = needs_new.iter().find(|(_, present)| *present) {
            return Err(err(
                table,
                "describes a rewrite, but the rule has no `new` endpoint to rewrite to".to_string(),
            ));
        }
    }
    let sides = [("old", Some(&def.old)), ("new", def.new.as_ref())];
    for (side, ep) in sides.iter().filter_map(|(s, e)| e.map(|e| (*s, e))) {
        ep.version
            .parse::<Date>()
            .map_err(|e| err(&format!("{side}.version"), e.to_string()))?;
        if !matches!(
            ep.method.as_str(),
            "GET" | "POST" | "PUT" | "PATCH" | "DELETE"
        ) {
            return Err(err(
                &format!("{side}.method"),
                format!("`{}` is not an HTTP method", ep.method),
            ));
        }
        for (key, url) in [("docs", &ep.docs)] {
            if !url.starts_with("https://") {
                return Err(err(
                    &format!("{side}.{key}"),
                    format!("`{url}` must be an https:// link"),
                ));
            }
        }
    }
    if !def.docs.starts_with("https://") {
        return Err(err(
            "docs",
            format!("`{}` must be an https:// link", def.docs),
        ));
    }
    let path = PathPattern::compile(&def.old.path, def.new.as_ref().map(|n| n.path.as_str()))
        .map_err(|(field, msg)| err(field, msg))?;
    for (i, f) in def.fields.iter().enumerate() {
        let needs_new = !matches!(f.mapping, Mapping::None);
        if needs_new != f.new.is_some() {
            let msg = if needs_new {
                format!("`{}` is mapped as {:?} and needs `new`", f.old, f.mapping)
            } else {
                format!("`{}` has no equivalent and must not name `new`", f.old)
            };
            return Err(err(&format!("fields[{i}].new"), msg));
        }
    }
    for (i, ex) in def.examples.iter().enumerate() {
        let shape = (ex.bad.is_some(), ex.fixed.is_some(), ex.good.is_some());
        if !matches!(shape, (true, _, false) | (false, false, true)) {
            return Err(err(
                &format!("examples[{i}]"),
                format!(
                    "`{}` must have `bad` (with an optional `fixed`) or `good`, not both",
                    ex.name
                ),
            ));
        }
        if let Some(msg) = ex.applicability_problem() {
            return Err(err(
                &format!("examples[{i}].applicability"),
                format!("`{}`: {msg}", ex.name),
            ));
        }
    }
    if let Some(go) = &def.go {
        go::validate(go).map_err(|(field, msg)| err(&format!("go.{field}"), msg))?;
    }
    if let Some(rust) = &def.rust {
        if rust.eras.is_empty() {
            return Err(err("rust.eras", "needs at least one era".to_string()));
        }
        if let Some((field, name)) = rust.invalid_name() {
            return Err(err(&field, format!("`{name}` is not a Rust identifier")));
        }
    }
    if let Some(tf) = &def.terraform {
        terraform::validate(tf).map_err(|(field, msg)| err(&format!("terraform.{field}"), msg))?;
    }
    Ok(Rule {
        id: def.id,
        title: def.title,
        sunset,
        summary: def.summary.trim().to_string(),
        migration: def.migration.trim().to_string(),
        docs: def.docs,
        old: def.old,
        new: def.new,
        no_replacement: def.no_replacement.map(|t| t.trim().to_string()),
        fields: def.fields,
        status_values: def.status_values,
        examples: def.examples,
        cli: def.cli,
        origin: file.to_string(),
        path,
        go: def.go,
        rust: def.rust,
        request: def.request,
        go_retired: def.go_retired,
        terraform: def.terraform,
    })
}

/// The key named at a TOML error span: the span itself when it is a bare key, else the key of the
/// `key = value` line it sits on.
fn key_at(text: &str, span: std::ops::Range<usize>) -> Option<String> {
    let start = span.start.min(text.len());
    let at = text.get(start..span.end.min(text.len()))?.trim();
    let is_key = |s: &str| {
        !s.is_empty()
            && s.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    };
    if is_key(at) {
        return Some(at.to_string());
    }
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let line = &text[line_start..];
    let line = &line[..line.find('\n').unwrap_or(line.len())];
    let key = line.split('=').next()?.trim();
    is_key(key).then(|| key.to_string())
}

#[cfg(test)]
pub(crate) mod tests;

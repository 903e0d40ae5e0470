//! Which Atlas client a Go region uses (from its imports, under any alias) and, for the SDK, the
//! old and new names of the operation in that SDK version's era.

use std::collections::HashSet;
use std::ops::Range;
use std::path::Path;

use tree_sitter::Node;

use super::parse::Doc;
use crate::rules::{sdk_version, GoEra, GoRule};

/// The atlas-sdk-go `admin` package as one region imports it.
#[derive(Debug, Clone)]
pub struct SdkImport {
    /// The name the package is used under (`admin`, or the import's alias).
    pub alias: String,
    /// The SDK version (`20250312006`; 0 for the unversioned module).
    pub version: u64,
    /// `vNNN` as written, or empty for the unversioned module.
    pub version_text: String,
    /// File range of the import path's text (inside the quotes); `None` when the import is assumed.
    pub path: Option<Range<usize>>,
    /// For a file that does not import the SDK: where its release was read (its client's type, or
    /// go.mod). Its calls are fixed in place; a fix that needs an import is left for a person.
    pub from_module: Option<String>,
}

/// The imports that matter to the Go detector.
#[derive(Debug, Default)]
pub struct Imports {
    pub sdk: Option<SdkImport>,
    /// The alias of the older `mongodbatlas` client, when imported.
    pub legacy: Option<String>,
}

/// Reads the region's imports. A fence that imports nothing is taken as SDK code when it names
/// `admin.` or an SDK service; its version is guessed from the names it uses.
pub fn imports(doc: &Doc, go: &GoRule, fence: bool) -> Imports {
    let mut out = Imports::default();
    let mut any_import = false;
    for node in doc.import_specs() {
        any_import = true;
        let Some(path_node) = node.child_by_field_name("path") else {
            continue;
        };
        let path = doc.text(path_node).trim_matches(['"', '`']);
        let alias = node.child_by_field_name("name").map(|n| doc.text(n));
        if matches!(alias, Some("_" | ".")) {
            continue;
        }
        if let Some(version_text) = sdk_major(&go.sdk_module, path) {
            let default = "admin";
            let content = doc
                .range(path_node)
                .map(|r| r.start + 1..r.end.saturating_sub(1));
            out.sdk = Some(SdkImport {
                alias: alias.unwrap_or(default).to_string(),
                version: sdk_version(&version_text).unwrap_or(0),
                version_text,
                path: content,
                from_module: None,
            });
        } else if go.legacy_client.as_ref().is_some_and(|l| l.import == path) {
            let last = path.rsplit('/').next().unwrap_or(path);
            out.legacy = Some(alias.unwrap_or(last).to_string());
        }
    }
    if fence && !any_import && out.sdk.is_none() {
        out.sdk = assumed_sdk(doc, go);
    }
    out
}

/// `vNNN` of `<module>/vNNN/admin`, `""` for `<module>/admin`; `None` for any other path.
fn sdk_major(module: &str, path: &str) -> Option<String> {
    let rest = path.strip_prefix(module)?.strip_prefix('/')?;
    if rest == "admin" {
        return Some(String::new());
    }
    let (major, pkg) = rest.split_once('/')?;
    (pkg == "admin" && sdk_version(major).is_some()).then(|| major.to_string())
}

fn assumed_sdk(doc: &Doc, go: &GoRule) -> Option<SdkImport> {
    let src = &doc.src;
    let tokens: HashSet<&str> = src
        .split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .collect();
    let names_service = go
        .eras
        .iter()
        .any(|e| tokens.contains(e.old_service.as_str()));
    if !src.contains("admin.") && !names_service {
        return None;
    }
    // A service name only one era has, else the oldest era whose method name the fence uses; an
    // era without the replacement stands for the last version with the old names.
    let uses = |name: &str| {
        ["", "WithParams", "ApiParams", "ApiRequest"]
            .iter()
            .any(|s| tokens.contains(format!("{name}{s}").as_str()))
    };
    let unique_service = |e: &GoEra| {
        tokens.contains(e.old_service.as_str())
            && go
                .eras
                .iter()
                .filter(|o| o.old_service == e.old_service)
                .count()
                == 1
    };
    let first_new = sdk_version(&go.first_new_version)?;
    let from = go
        .eras
        .iter()
        .rev()
        .find(|e| unique_service(e))
        .or_else(|| go.eras.iter().find(|e| uses(&e.old_method)))
        .map(|e| e.from.clone())
        .filter(|v| sdk_version(v).is_some_and(|v| v >= first_new))
        .unwrap_or_else(|| go.upgrade_to.clone());
    Some(SdkImport {
        alias: "admin".into(),
        version: sdk_version(&from).unwrap_or(0),
        version_text: from,
        path: None,
        from_module: None,
    })
}

/// The SDK release of a file of a module that does not import the SDK: the `admin` package its
/// client's type comes from (resolved through the module index), else go.mod's only SDK require.
pub fn from_module(doc: &Doc, nodes: &[Node<'_>], path: &Path, go: &GoRule) -> Option<SdkImport> {
    let prefix = format!("{}/", go.sdk_module);
    let module = super::module::module(path.parent()?, &prefix)?;
    if module.sdk_majors.is_empty() {
        return None;
    }
    let resolved = super::resolve::Resolver::new(doc, path, &module).and_then(|r| {
        nodes.iter().find_map(|&n| {
            if n.kind() != "call_expression" {
                return None;
            }
            let f = n.child_by_field_name("function")?;
            let method = doc.text(f.child_by_field_name("field")?);
            let base = method.strip_suffix("WithParams").unwrap_or(method);
            if !go.eras.iter().any(|e| e.old_method == base) {
                return None;
            }
            let service = f.child_by_field_name("operand")?;
            let client = service.child_by_field_name("operand")?;
            let t = r.type_of(client)?;
            let major = t
                .pkg?
                .strip_prefix(&prefix)?
                .strip_suffix("/admin")?
                .to_string();
            let at = doc.range(client).map_or(0, |r| r.start);
            Some((major, at))
        })
    });
    let (major, how) = match resolved {
        Some((major, _)) => (major, "the type of the client it calls through".to_string()),
        None if module.sdk_majors.len() == 1 => {
            (module.sdk_majors[0].clone(), "go.mod's require".to_string())
        }
        None => return None,
    };
    Some(SdkImport {
        alias: String::new(),
        version: sdk_version(&major)?,
        version_text: major.clone(),
        path: None,
        from_module: Some(format!("atlas-sdk-go {major} (from {how})")),
    })
}

/// The era holding `version`: the last one starting at or before it.
pub fn era_for(go: &GoRule, version: u64) -> Option<&GoEra> {
    go.eras
        .iter()
        .rev()
        .find(|e| sdk_version(&e.from).is_some_and(|from| from <= version))
        .or(go.eras.first())
}

/// Names of one region's migration: what to look for (every era's old names) and what to write
/// (the names of the region's SDK version, or of the version it must move to).
#[derive(Debug, Clone)]
pub struct Names {
    /// Every old method base name (per era and docs-only), with a flag for docs-only names.
    pub old_methods: Vec<(String, bool)>,
    pub old_services: Vec<String>,
    pub new_service: String,
    pub new_method: String,
    pub old_model: String,
    pub new_model: String,
    /// Services the replacement hangs off in any era (to follow already migrated code).
    pub new_services: Vec<String>,
    pub new_methods: Vec<String>,
    /// Set when the region's SDK predates the replacement: `(from, to)` versions.
    pub upgrade: Option<(String, String)>,
}

impl Names {
    pub fn new(go: &GoRule, sdk: &SdkImport) -> Option<Names> {
        let first_new = sdk_version(&go.first_new_version)?;
        let upgrade = (sdk.version < first_new).then(|| {
            let from = if sdk.version_text.is_empty() {
                "the unversioned module".to_string()
            } else {
                sdk.version_text.clone()
            };
            (from, go.upgrade_to.clone())
        });
        let target = match &upgrade {
            Some(_) => sdk_version(&go.upgrade_to)?,
            None => sdk.version,
        };
        let era = era_for(go, target)?;
        let mut old_methods: Vec<(String, bool)> = Vec::new();
        for e in &go.eras {
            if !old_methods.iter().any(|(m, _)| *m == e.old_method) {
                old_methods.push((e.old_method.clone(), false));
            }
        }
        old_methods.extend(go.docs_only_methods.iter().map(|m| (m.clone(), true)));
        let uniq = |it: &mut dyn Iterator<Item = &String>| {
            let mut v: Vec<String> = Vec::new();
            for s in it {
                if !v.contains(s) {
                    v.push(s.clone());
                }
            }
            v
        };
        Some(Names {
            old_methods,
            old_services: uniq(&mut go.eras.iter().map(|e| &e.old_service)),
            new_services: uniq(&mut go.eras.iter().map(|e| &e.new_service)),
            new_methods: uniq(&mut go.eras.iter().map(|e| &e.new_method)),
            new_service: era.new_service.clone(),
            new_method: era.new_method.clone(),
            old_model: go.old_model.clone(),
            new_model: go.new_model.clone(),
            upgrade,
        })
    }

    /// An old method name: its base, whether it is the `WithParams` form, whether it is docs-only.
    pub fn old_method(&self, name: &str) -> Option<(&str, bool, bool)> {
        self.old_methods.iter().find_map(|(base, docs)| {
            if name == base {
                Some((base.as_str(), false, *docs))
            } else if name.strip_suffix("WithParams") == Some(base.as_str()) {
                Some((base.as_str(), true, *docs))
            } else {
                None
            }
        })
    }

    /// The replacement of an old method (`WithParams` kept).
    pub fn new_method_for(&self, with_params: bool) -> String {
        if with_params {
            format!("{}WithParams", self.new_method)
        } else {
            self.new_method.clone()
        }
    }

    /// A type of the package: the old `...ApiParams`/`...ApiRequest` or model name and its
    /// replacement, and whether it is a params struct.
    pub fn old_type(&self, name: &str) -> Option<(String, TypeKind, bool)> {
        if !self.old_model.is_empty() && name == self.old_model {
            return Some((self.new_model.clone(), TypeKind::Model, false));
        }
        for (suffix, kind) in [
            ("ApiParams", TypeKind::Params),
            ("ApiRequest", TypeKind::Request),
        ] {
            let Some(base) = name.strip_suffix(suffix) else {
                continue;
            };
            if let Some((_, docs)) = self.old_methods.iter().find(|(m, _)| m == base) {
                return Some((format!("{}{suffix}", self.new_method), kind, *docs));
            }
        }
        None
    }

    /// True for the replacement's method name in any era (`GetFlexBackup[WithParams]`, ...).
    pub fn is_new_method(&self, name: &str) -> bool {
        let base = name.strip_suffix("WithParams").unwrap_or(name);
        self.new_methods.iter().any(|m| m == base)
    }

    /// True for the name of the response model in the replacement (already migrated code).
    pub fn is_model(&self, name: &str) -> bool {
        !name.is_empty() && (name == self.old_model || name == self.new_model)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TypeKind {
    Params,
    Request,
    Model,
}

/// `pkg.Name` as a type (`qualified_type`) or an expression (`selector_expression`): the package
/// identifier node and the name node.
pub fn qualified<'t>(doc: &Doc, node: Node<'t>, alias: &str) -> Option<(Node<'t>, Node<'t>)> {
    let (pkg, name) = match node.kind() {
        "qualified_type" => (
            node.child_by_field_name("package")?,
            node.child_by_field_name("name")?,
        ),
        "selector_expression" => {
            let operand = node.child_by_field_name("operand")?;
            if operand.kind() != "identifier" {
                return None;
            }
            (operand, node.child_by_field_name("field")?)
        }
        _ => return None,
    };
    (doc.text(pkg) == alias).then_some((pkg, name))
}

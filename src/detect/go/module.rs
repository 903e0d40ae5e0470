//! The module index: what the Go detector knows about the other files of a file's module. Built
//! lazily, once per package directory and once per `go.mod` in a run, and only for files that
//! matched a rule, so Go files of modules that never need it are never read twice: go.mod's SDK
//! requires, each package's files, struct field types (embedded structs included), function and
//! method result types, package-level variables, and type aliases.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};

use tree_sitter::{Node, Parser};

/// A `go.mod`: where it is, the module path and the atlas-sdk-go majors it requires.
#[derive(Debug, Default)]
pub struct Module {
    pub root: PathBuf,
    pub path: String,
    /// `vNNN` of every `require`d `<sdk_prefix>vNNN` (sorted, oldest first).
    pub sdk_majors: Vec<String>,
}

/// A type as written in a declaration, with the import path of its package qualifier.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TypeRef {
    /// Import path of the qualifier (`None`: the declaring package).
    pub pkg: Option<String>,
    /// The type's name (`APIClient`), pointers and slices stripped.
    pub name: String,
}

/// What one package directory declares.
#[derive(Debug, Default)]
pub struct Facts {
    /// (struct, field) -> type. Embedded fields are listed under their type's name.
    pub fields: HashMap<(String, String), TypeRef>,
    /// Function name, or `Type.Method`, -> its first result's type.
    pub results: HashMap<String, TypeRef>,
    /// Package-level variables with a declared or composite-literal type.
    pub vars: HashMap<String, TypeRef>,
    /// Type aliases and defined types of another named type: name -> target.
    pub aliases: HashMap<String, TypeRef>,
}

/// A package directory: its Go files' texts, and their declarations (parsed on first use).
#[derive(Debug, Default)]
pub struct Package {
    pub files: Vec<(PathBuf, String)>,
    facts: OnceLock<Facts>,
    /// Per file of `files`: the 1-based line of its first v1.0 base, read once per run.
    v1_lines: OnceLock<Vec<Option<usize>>>,
}

/// Per key, one cell: the first caller builds the value, and a caller that comes meanwhile waits
/// for it rather than building it again (a module's word index is read from every file of it).
pub(super) type Cache<T, K = PathBuf> = Mutex<HashMap<K, Arc<OnceLock<Option<Arc<T>>>>>>;

fn packages() -> &'static Cache<Package> {
    static C: OnceLock<Cache<Package>> = OnceLock::new();
    C.get_or_init(Default::default)
}

fn module_files() -> &'static Cache<Vec<(PathBuf, String)>> {
    static C: OnceLock<Cache<Vec<(PathBuf, String)>>> = OnceLock::new();
    C.get_or_init(Default::default)
}

fn modules() -> &'static Cache<Module> {
    static C: OnceLock<Cache<Module>> = OnceLock::new();
    C.get_or_init(Default::default)
}

pub(super) fn cached<T, K: std::hash::Hash + Eq>(
    cache: &Cache<T, K>,
    key: K,
    build: impl FnOnce() -> Option<T>,
) -> Option<Arc<T>> {
    let cell = cache.lock().ok()?.entry(key).or_default().clone();
    cell.get_or_init(|| build().map(Arc::new)).clone()
}

/// The package of the directory `dir` (its `.go` files, read once per run).
pub fn package(dir: &Path) -> Option<Arc<Package>> {
    cached(packages(), dir.to_path_buf(), || {
        let mut files: Vec<(PathBuf, String)> = std::fs::read_dir(dir)
            .ok()?
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "go") && p.is_file())
            .filter_map(|p| Some((p.clone(), std::fs::read_to_string(&p).ok()?)))
            .collect();
        files.sort();
        Some(Package {
            files,
            facts: OnceLock::new(),
            v1_lines: OnceLock::new(),
        })
    })
}

/// The module holding `dir`: the nearest `go.mod` at or above it.
pub fn module(dir: &Path, sdk_prefix: &str) -> Option<Arc<Module>> {
    cached(modules(), dir.to_path_buf(), || {
        let gomod = dir.join("go.mod");
        match std::fs::read_to_string(&gomod) {
            Ok(text) => Some(parse_gomod(dir, &text, sdk_prefix)),
            Err(_) => {
                let m = module(dir.parent()?, sdk_prefix)?;
                Some(Module {
                    root: m.root.clone(),
                    path: m.path.clone(),
                    sdk_majors: m.sdk_majors.clone(),
                })
            }
        }
    })
}

fn parse_gomod(dir: &Path, text: &str, sdk_prefix: &str) -> Module {
    let mut m = Module {
        root: dir.to_path_buf(),
        ..Module::default()
    };
    for line in text.lines() {
        let line = line.split("//").next().unwrap_or("").trim();
        if let Some(p) = line.strip_prefix("module ") {
            m.path = p.trim().trim_matches('"').to_string();
        }
        let word = line.strip_prefix("require ").unwrap_or(line).trim();
        let Some(rest) = word.strip_prefix(sdk_prefix) else {
            continue;
        };
        let major: String = rest
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        if crate::rules::sdk_version(&major).is_some() && !m.sdk_majors.contains(&major) {
            m.sdk_majors.push(major);
        }
    }
    m.sdk_majors
        .sort_by_key(|v| crate::rules::sdk_version(v).unwrap_or(0));
    m
}

/// Where one name occurs in a module's files: per file that holds it as a whole word (its index in
/// the module's files), the 1-based line of the first such use and of the first qualified one
/// (`pkg.name`).
type Occurrences = Vec<(usize, usize, Option<usize>)>;

/// The exported names (words that start with an upper-case letter) of a module's files and where
/// they occur, read in one pass over the module: a package declares many exported things (every
/// getter of every model in an SDK), and a search per name would read the whole module each time.
type WordIndex = HashMap<String, Occurrences>;

fn word_indexes() -> &'static Cache<WordIndex> {
    static C: OnceLock<Cache<WordIndex>> = OnceLock::new();
    C.get_or_init(Default::default)
}

fn index_words(files: &[(PathBuf, String)]) -> WordIndex {
    let mut index: WordIndex = HashMap::new();
    // Per word of the file being read: (first line, first qualified line); one map for all files.
    let mut here: HashMap<&str, (usize, Option<usize>)> = HashMap::new();
    for (n, (_, text)) in files.iter().enumerate() {
        let bytes = text.as_bytes();
        let mut line = 1;
        let mut i = 0;
        while let Some(&b) = bytes.get(i) {
            if b == b'\n' {
                line += 1;
                i += 1;
                continue;
            }
            if b < 0x80 && !WORD_BYTE[usize::from(b)] {
                i += 1;
                continue;
            }
            let len = word_char_len(text, i);
            if len == 0 {
                i += char_len(b);
                continue;
            }
            let start = i;
            i += len;
            while let Some(&c) = bytes.get(i) {
                let len = if c < 0x80 {
                    usize::from(WORD_BYTE[usize::from(c)])
                } else {
                    word_char_len(text, i)
                };
                if len == 0 {
                    break;
                }
                i += len;
            }
            // Only exported names are asked about: a lower-case ASCII start is no upper-case letter.
            if b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' {
                continue;
            }
            let word = &text[start..i];
            if word.chars().next().is_some_and(char::is_uppercase) {
                let qualified = start > 0 && bytes[start - 1] == b'.';
                let entry = here.entry(word).or_insert((line, None));
                if qualified && entry.1.is_none() {
                    entry.1 = Some(line);
                }
            }
        }
        for (word, (first, qualified)) in here.drain() {
            // A word repeated across files is allocated once, when first seen.
            match index.get_mut(word) {
                Some(occurrences) => occurrences.push((n, first, qualified)),
                None => {
                    index.insert(word.to_string(), vec![(n, first, qualified)]);
                }
            }
        }
    }
    for occurrences in index.values_mut() {
        occurrences.sort_unstable();
    }
    index
}

/// The ASCII bytes of a word: letters, digits and `_`.
const WORD_BYTE: [bool; 128] = {
    let mut table = [false; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        table[b] = c.is_ascii_alphanumeric() || c == b'_';
        b += 1;
    }
    table
};

/// The length in bytes of the word character (letter, digit, `_`) at byte `i` of `text` (a
/// character boundary); 0 for any other character or at the end. ASCII without decoding.
fn word_char_len(text: &str, i: usize) -> usize {
    match text.as_bytes().get(i) {
        None => 0,
        Some(&b) if b < 0x80 => usize::from(b.is_ascii_alphanumeric() || b == b'_'),
        Some(_) => text[i..]
            .chars()
            .next()
            .filter(|c| c.is_alphanumeric())
            .map_or(0, char::len_utf8),
    }
}

/// The length of the UTF-8 character that starts with byte `b`.
fn char_len(b: u8) -> usize {
    match b {
        0xF0.. => 4,
        0xE0.. => 3,
        0xC0.. => 2,
        _ => 1,
    }
}

/// The places in the module, outside `file`, that name the exported `name` of `file`'s package:
/// any use in the same package, `pkg.name` in another (`path`, 1-based line), at most `limit`.
pub fn uses_of(file: &Path, name: &str, sdk_prefix: &str, limit: usize) -> Vec<(PathBuf, usize)> {
    let Some(dir) = file.parent() else {
        return Vec::new();
    };
    let Some(m) = module(dir, sdk_prefix) else {
        return Vec::new();
    };
    let Some(files) = cached(module_files(), m.root.clone(), || Some(go_files(&m.root))) else {
        return Vec::new();
    };
    let Some(index) = cached(word_indexes(), m.root.clone(), || Some(index_words(&files))) else {
        return Vec::new();
    };
    index
        .get(name)
        .into_iter()
        .flatten()
        .filter_map(|&(n, first, qualified)| {
            let p = &files[n].0;
            if p == file {
                return None;
            }
            let line = if p.parent() == Some(dir) {
                first
            } else {
                qualified?
            };
            Some((p.clone(), line))
        })
        .take(limit)
        .collect()
}

/// The first `api/atlas/v1.0` base (with or without a leading slash) outside a `//` comment in
/// another file of `file`'s package: (file name, 1-based line).
pub fn v1_base_elsewhere(file: &Path) -> Option<(String, usize)> {
    let pkg = package(file.parent()?)?;
    let own = pkg
        .files
        .iter()
        .find(|(p, _)| p == file)
        .map_or("", |(_, t)| package_name(t));
    let v1_lines = pkg.v1_lines.get_or_init(|| {
        pkg.files
            .iter()
            .map(|(_, text)| {
                let (i, _) = text.lines().enumerate().find(|(_, l)| {
                    l.find("api/atlas/v1.0")
                        .is_some_and(|at| !l[..at].contains("//"))
                })?;
                Some(i + 1)
            })
            .collect()
    });
    pkg.files
        .iter()
        .zip(v1_lines)
        .filter(|((p, t), _)| p != file && package_name(t) == own)
        .find_map(|((p, _), line)| Some((p.file_name()?.to_string_lossy().into_owned(), (*line)?)))
}

/// Every `.go` file under `root`, outside `vendor/`, `testdata/` and hidden folders, sorted.
fn go_files(root: &Path) -> Vec<(PathBuf, String)> {
    let mut out = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            let name = e.file_name().to_string_lossy().into_owned();
            let Ok(ft) = e.file_type() else {
                continue;
            };
            if ft.is_dir() {
                let skip = name.starts_with('.') || name == "vendor" || name == "testdata";
                // A nested module is another module.
                if !skip && !p.join("go.mod").exists() {
                    stack.push(p);
                }
            } else if name.ends_with(".go") {
                if let Ok(text) = std::fs::read_to_string(&p) {
                    out.push((p, text));
                }
            }
        }
    }
    out.sort();
    out
}

impl Module {
    /// The directory of an import path of this module.
    pub fn dir_of(&self, import: &str) -> Option<PathBuf> {
        let rest = import.strip_prefix(&self.path)?;
        if rest.is_empty() {
            return Some(self.root.clone());
        }
        Some(self.root.join(rest.strip_prefix('/')?))
    }
}

impl Package {
    /// The package's declarations, parsed once.
    pub fn facts(&self) -> &Facts {
        self.facts.get_or_init(|| {
            let mut facts = Facts::default();
            let mut parser = Parser::new();
            if parser
                .set_language(&tree_sitter_go::LANGUAGE.into())
                .is_err()
            {
                return facts;
            }
            for (_, text) in &self.files {
                if let Some(tree) = parser.parse(text, None) {
                    read_file(&mut facts, text, tree.root_node());
                }
            }
            facts
        })
    }

    /// The texts of the files of package `name` (and its external tests, `name_test`) in this
    /// directory, other than `except`.
    /// The files of package `package` other than `except` that use the word `name` (anywhere,
    /// comments included; after a `.` only, for a `member`): each with the 1-based line of its
    /// first use.
    pub fn uses_in_others(
        &self,
        except: &Path,
        package: &str,
        name: &str,
        member: bool,
    ) -> Vec<(PathBuf, usize)> {
        self.files
            .iter()
            .filter(|(p, t)| {
                let pkg = package_name(t);
                p != except && (pkg == package || pkg.strip_suffix("_test") == Some(package))
            })
            .filter_map(|(p, t)| {
                let at = first_word(t, name, member)?;
                Some((p.clone(), t[..at].matches('\n').count() + 1))
            })
            .collect()
    }

    pub fn others<'p>(&'p self, except: &'p Path, name: &'p str) -> impl Iterator<Item = &'p str> {
        self.files
            .iter()
            .filter(move |(p, t)| {
                let pkg = package_name(t);
                p != except && (pkg == name || pkg.strip_suffix("_test") == Some(name))
            })
            .map(|(_, t)| t.as_str())
    }
}

/// The byte position of the first whole-word `name` in `text` (right after a `.`, with
/// `selected`).
fn first_word(text: &str, name: &str, selected: bool) -> Option<usize> {
    let is_word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
    text.match_indices(name).map(|(i, _)| i).find(|&i| {
        let before = text[..i].chars().next_back();
        (!selected || before == Some('.'))
            && !is_word(before)
            && !is_word(text[i + name.len()..].chars().next())
    })
}

/// The name in a Go file's `package` clause (empty when there is none).
pub fn package_name(text: &str) -> &str {
    text.lines()
        .find_map(|l| l.trim_start().strip_prefix("package "))
        .map_or("", |rest| rest.split_whitespace().next().unwrap_or(""))
}

/// The imports of a file: name used in code -> import path.
pub fn imports_of(text: &str, root: Node<'_>) -> HashMap<String, String> {
    let mut out = HashMap::new();
    let mut stack = vec![root];
    while let Some(n) = stack.pop() {
        if n.kind() == "import_spec" {
            let Some(path) = n.child_by_field_name("path") else {
                continue;
            };
            let path = text[path.byte_range()].trim_matches(['"', '`']).to_string();
            let name = match n.child_by_field_name("name") {
                Some(a) => text[a.byte_range()].to_string(),
                None => default_name(&path),
            };
            out.insert(name, path);
            continue;
        }
        if matches!(
            n.kind(),
            "source_file" | "import_declaration" | "import_spec_list"
        ) {
            let mut c = n.walk();
            stack.extend(n.named_children(&mut c));
        }
    }
    out
}

/// The name a package is used under when imported without an alias (`admin` for `.../v2/admin`,
/// the last element otherwise, skipping a major-version suffix).
fn default_name(path: &str) -> String {
    let mut parts = path.rsplit('/');
    let last = parts.next().unwrap_or(path);
    let is_major =
        last.len() > 1 && last.starts_with('v') && last[1..].chars().all(|c| c.is_ascii_digit());
    if is_major {
        return parts.next().unwrap_or(last).to_string();
    }
    last.to_string()
}

/// The named type a type expression denotes (`*admin.APIClient` -> `admin` path + `APIClient`).
pub fn type_ref(text: &str, ty: Node<'_>, imports: &HashMap<String, String>) -> Option<TypeRef> {
    match ty.kind() {
        "pointer_type" | "parenthesized_type" => type_ref(text, ty.named_child(0)?, imports),
        "type_identifier" => Some(TypeRef {
            pkg: None,
            name: text[ty.byte_range()].to_string(),
        }),
        "qualified_type" => {
            let pkg = &text[ty.child_by_field_name("package")?.byte_range()];
            Some(TypeRef {
                pkg: Some(imports.get(pkg)?.clone()),
                name: text[ty.child_by_field_name("name")?.byte_range()].to_string(),
            })
        }
        "generic_type" => type_ref(text, ty.child_by_field_name("type")?, imports),
        _ => None,
    }
}

fn read_file(facts: &mut Facts, text: &str, root: Node<'_>) {
    let imports = imports_of(text, root);
    let name = |n: Node<'_>| text[n.byte_range()].to_string();
    let mut c = root.walk();
    for decl in root.named_children(&mut c) {
        match decl.kind() {
            "type_declaration" => {
                let mut c = decl.walk();
                for spec in decl.named_children(&mut c) {
                    let (Some(n), Some(ty)) = (
                        spec.child_by_field_name("name"),
                        spec.child_by_field_name("type"),
                    ) else {
                        continue;
                    };
                    let tname = name(n);
                    if ty.kind() == "struct_type" {
                        struct_fields(facts, text, &tname, ty, &imports);
                    } else if let Some(t) = type_ref(text, ty, &imports) {
                        facts.aliases.insert(tname, t);
                    }
                }
            }
            "function_declaration" | "method_declaration" => {
                let Some(n) = decl.child_by_field_name("name") else {
                    continue;
                };
                let Some(result) = decl.child_by_field_name("result") else {
                    continue;
                };
                let first = if result.kind() == "parameter_list" {
                    result
                        .named_child(0)
                        .and_then(|p| p.child_by_field_name("type"))
                } else {
                    Some(result)
                };
                let Some(t) = first.and_then(|t| type_ref(text, t, &imports)) else {
                    continue;
                };
                let key = match decl
                    .child_by_field_name("receiver")
                    .and_then(|r| r.named_child(0))
                    .and_then(|p| p.child_by_field_name("type"))
                    .and_then(|t| type_ref(text, t, &imports))
                {
                    Some(recv) => format!("{}.{}", recv.name, name(n)),
                    None => name(n),
                };
                facts.results.insert(key, t);
            }
            "var_declaration" | "const_declaration" => {
                package_values(facts, text, decl, &imports);
            }
            _ => {}
        }
    }
}

fn struct_fields(
    facts: &mut Facts,
    text: &str,
    tname: &str,
    ty: Node<'_>,
    imports: &HashMap<String, String>,
) {
    let Some(list) = ty.named_child(0) else {
        return;
    };
    let mut c = list.walk();
    for field in list.named_children(&mut c) {
        let Some(fty) = field.child_by_field_name("type") else {
            continue;
        };
        let Some(t) = type_ref(text, fty, imports) else {
            continue;
        };
        let mut c = field.walk();
        let names: Vec<String> = field
            .children_by_field_name("name", &mut c)
            .map(|n| text[n.byte_range()].to_string())
            .collect();
        // An embedded field is named after its type.
        let names = if names.is_empty() {
            vec![t.name.clone()]
        } else {
            names
        };
        for n in names {
            facts.fields.insert((tname.to_string(), n), t.clone());
        }
    }
}

fn package_values(
    facts: &mut Facts,
    text: &str,
    decl: Node<'_>,
    imports: &HashMap<String, String>,
) {
    let mut stack = vec![decl];
    while let Some(n) = stack.pop() {
        if !matches!(n.kind(), "var_spec" | "const_spec") {
            let mut c = n.walk();
            stack.extend(n.named_children(&mut c));
            continue;
        }
        let mut c = n.walk();
        let names: Vec<Node<'_>> = n.children_by_field_name("name", &mut c).collect();
        let ty = n.child_by_field_name("type");
        for name in &names {
            let name_text = text[name.byte_range()].to_string();
            if let Some(t) = ty.and_then(|t| type_ref(text, t, imports)) {
                facts.vars.insert(name_text.clone(), t);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_word_index_holds_whole_exported_words_with_their_first_and_first_qualified_lines() {
        let files = vec![
            (
                PathBuf::from("a.go"),
                "package a\n\nfunc Store() {}\n// StoreAll, xStore and Storeé are other words\n"
                    .to_string(),
            ),
            (
                PathBuf::from("b/b.go"),
                "package b\n\nvar _ = Store\nvar _ = a.Store()\nvar _ = a.Store\n".to_string(),
            ),
        ];
        let index = index_words(&files);
        assert_eq!(index["Store"], vec![(0, 3, None), (1, 3, Some(4))]);
        assert_eq!(index["StoreAll"], vec![(0, 4, None)]);
        assert!(!index.contains_key("xStore"), "not exported");
        assert_eq!(index["Storeé"], vec![(0, 4, None)], "a letter ends no word");
        assert!(!index.contains_key("store"));
    }

    #[test]
    fn the_word_index_splits_words_at_any_character_that_is_no_letter_or_digit() {
        let files = vec![(
            PathBuf::from("a.go"),
            "package a
// Über→Next — Ärger2_x «Quote»
var Éa = 1
"
            .to_string(),
        )];
        let index = index_words(&files);
        let mut words: Vec<&str> = index.keys().map(String::as_str).collect();
        words.sort_unstable();
        assert_eq!(words, ["Next", "Quote", "Ärger2_x", "Éa", "Über"]);
        assert_eq!(index["Éa"], vec![(0, 3, None)]);
    }
}

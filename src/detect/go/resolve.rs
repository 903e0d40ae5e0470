//! Resolves, through the module index, the type of the expression a call's service hangs off
//! (`meta.(*config.MongoDBClient).AtlasV220241113`, `s.clientv2`, a variable assigned either),
//! so a file that does not import the SDK still knows which SDK release its client is.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use tree_sitter::Node;

use super::module::{self, imports_of, type_ref, Module, TypeRef};
use super::parse::{list_item, unparen, Doc};

/// What resolving needs: the file, its imports, its package's directory and import path.
pub struct Resolver<'d> {
    doc: &'d Doc,
    imports: HashMap<String, String>,
    module: &'d Module,
    dir: PathBuf,
    /// The import path of the file's own package.
    own: String,
}

/// How deep a chain of variables, fields and calls is followed.
const DEPTH: usize = 8;

impl<'d> Resolver<'d> {
    pub fn new(doc: &'d Doc, file: &Path, module: &'d Module) -> Option<Resolver<'d>> {
        let dir = file.parent()?.to_path_buf();
        let rel = dir.strip_prefix(&module.root).ok()?;
        let own = if rel.as_os_str().is_empty() {
            module.path.clone()
        } else {
            format!(
                "{}/{}",
                module.path,
                rel.to_string_lossy().replace('\\', "/")
            )
        };
        Some(Resolver {
            imports: imports_of(&doc.src, doc.tree.root_node()),
            doc,
            module,
            dir,
            own,
        })
    }

    /// The type of `expr`, its package qualified by import path.
    pub fn type_of(&self, expr: Node<'_>) -> Option<TypeRef> {
        self.type_at(expr, DEPTH)
    }

    fn local(&self, t: TypeRef) -> TypeRef {
        TypeRef {
            pkg: Some(t.pkg.unwrap_or_else(|| self.own.clone())),
            name: t.name,
        }
    }

    fn type_at(&self, expr: Node<'_>, depth: usize) -> Option<TypeRef> {
        let depth = depth.checked_sub(1)?;
        let doc = self.doc;
        let expr = unparen(expr);
        match expr.kind() {
            "type_assertion_expression" => {
                let ty = expr.child_by_field_name("type")?;
                type_ref(&doc.src, ty, &self.imports).map(|t| self.local(t))
            }
            "composite_literal" => {
                let ty = expr.child_by_field_name("type")?;
                type_ref(&doc.src, ty, &self.imports).map(|t| self.local(t))
            }
            "unary_expression" => self.type_at(expr.child_by_field_name("operand")?, depth),
            "identifier" => self.variable(expr, depth),
            "selector_expression" => {
                let operand = unparen(expr.child_by_field_name("operand")?);
                let field = doc.text(expr.child_by_field_name("field")?);
                if operand.kind() == "identifier" {
                    if let Some(pkg) = self.imports.get(doc.text(operand)) {
                        let facts = self.facts(pkg)?;
                        return facts.facts().vars.get(field).map(|t| qualify(t, pkg));
                    }
                }
                let owner = self.type_at(operand, depth)?;
                self.field(&owner, field, depth)
            }
            "call_expression" => {
                let f = unparen(expr.child_by_field_name("function")?);
                match f.kind() {
                    "identifier" => {
                        let facts = self.facts(&self.own)?;
                        let results = &facts.facts().results;
                        results.get(doc.text(f)).map(|t| qualify(t, &self.own))
                    }
                    "selector_expression" => {
                        let operand = unparen(f.child_by_field_name("operand")?);
                        let name = doc.text(f.child_by_field_name("field")?);
                        if let Some(pkg) = self.imports.get(doc.text(operand)) {
                            let facts = self.facts(pkg)?;
                            return facts.facts().results.get(name).map(|t| qualify(t, pkg));
                        }
                        let owner = self.type_at(operand, depth)?;
                        let pkg = owner.pkg.clone()?;
                        let facts = self.facts(&pkg)?;
                        facts
                            .facts()
                            .results
                            .get(&format!("{}.{name}", owner.name))
                            .map(|t| qualify(t, &pkg))
                    }
                    _ => None,
                }
            }
            _ => None,
        }
    }

    /// The package index of an import path of this module.
    fn facts(&self, pkg: &str) -> Option<std::sync::Arc<module::Package>> {
        let dir = if pkg == self.own {
            self.dir.clone()
        } else {
            self.module.dir_of(pkg)?
        };
        module::package(&dir)
    }

    /// The type of `owner.field`: a declared field, or one of an embedded struct's.
    fn field(&self, owner: &TypeRef, field: &str, depth: usize) -> Option<TypeRef> {
        let depth = depth.checked_sub(1)?;
        let pkg = owner.pkg.clone()?;
        let package = self.facts(&pkg)?;
        let facts = package.facts();
        let key = (owner.name.clone(), field.to_string());
        if let Some(t) = facts.fields.get(&key) {
            return Some(qualify(t, &pkg));
        }
        if let Some(target) = facts.aliases.get(&owner.name) {
            return self.field(&qualify(target, &pkg), field, depth);
        }
        // Embedded structs: fields named after their own type.
        let embedded: Vec<TypeRef> = facts
            .fields
            .iter()
            .filter(|((s, f), t)| *s == owner.name && *f == t.name)
            .map(|(_, t)| qualify(t, &pkg))
            .collect();
        embedded.iter().find_map(|e| self.field(e, field, depth))
    }

    /// The type of a variable: its declaration in the enclosing functions (a parameter, `x := v`,
    /// `var x T`), else a package-level variable.
    fn variable(&self, ident: Node<'_>, depth: usize) -> Option<TypeRef> {
        let doc = self.doc;
        let name = doc.text(ident);
        let mut scope = ident.parent();
        while let Some(sc) = scope {
            if let Some(t) = self.declared_in(sc, name, ident.start_byte(), depth) {
                return Some(t);
            }
            scope = sc.parent();
        }
        let facts = self.facts(&self.own)?;
        facts.facts().vars.get(name).map(|t| qualify(t, &self.own))
    }

    /// A declaration of `name` directly in `scope` (its statements or its parameters) before `before`.
    fn declared_in(
        &self,
        scope: Node<'_>,
        name: &str,
        before: usize,
        depth: usize,
    ) -> Option<TypeRef> {
        let doc = self.doc;
        let mut found = None;
        let mut c = scope.walk();
        let mut children: Vec<Node<'_>> = scope.named_children(&mut c).collect();
        if let Some(params) = scope.child_by_field_name("parameters") {
            let mut c = params.walk();
            children.extend(params.named_children(&mut c));
        }
        for n in children.into_iter().filter(|n| n.start_byte() < before) {
            let decl = match n.kind() {
                "short_var_declaration" | "parameter_declaration" => n,
                _ => continue,
            };
            if decl.kind() == "parameter_declaration" {
                let mut c = decl.walk();
                let named = decl
                    .children_by_field_name("name", &mut c)
                    .any(|x| doc.text(x) == name);
                if named {
                    let ty = decl.child_by_field_name("type")?;
                    found = type_ref(&doc.src, ty, &self.imports).map(|t| self.local(t));
                }
                continue;
            }
            if decl.kind() == "short_var_declaration" {
                let left = decl.child_by_field_name("left")?;
                let mut c = left.walk();
                let names: Vec<Node<'_>> = left.named_children(&mut c).collect();
                let Some(i) = names.iter().position(|x| doc.text(*x) == name) else {
                    continue;
                };
                let right = decl.child_by_field_name("right")?;
                if right.named_child_count() == names.len() {
                    if let Some(v) = list_item(right, i) {
                        found = self.type_at(v, depth);
                    }
                } else if i == 0 {
                    found = list_item(right, 0).and_then(|v| self.type_at(v, depth));
                }
            }
        }
        found
    }
}

/// A type declared in package `pkg`, qualified by its import path.
fn qualify(t: &TypeRef, pkg: &str) -> TypeRef {
    TypeRef {
        pkg: Some(t.pkg.clone().unwrap_or_else(|| pkg.to_string())),
        name: t.name.clone(),
    }
}

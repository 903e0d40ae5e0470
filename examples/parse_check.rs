//! Development tool for scripts/real-check: says which files fail to parse. Go is parsed with the
//! Go grammar the detector uses (`--go-grammar`) and Rust with `syn`, the parser the Rust detector
//! uses; each failing file is printed as `path: reason`, and the exit status is 1 when any fails.
//!
//! `cargo run --example parse_check -- [--go-grammar] FILE...` (file names also read from stdin when
//! none are given, one a line).

use std::io::BufRead;
use std::path::Path;

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let grammar = args.iter().position(|a| a == "--go-grammar");
    if let Some(i) = grammar {
        args.remove(i);
    }
    if args.is_empty() {
        args = std::io::stdin()
            .lock()
            .lines()
            .map_while(Result::ok)
            .collect();
    }
    let mut failed = 0usize;
    for path in &args {
        let Ok(text) = std::fs::read_to_string(path) else {
            println!("{path}: not readable as UTF-8");
            failed += 1;
            continue;
        };
        let why = match Path::new(path).extension().and_then(|e| e.to_str()) {
            Some("rs") => syn::parse_file(&text).err().map(|e| e.to_string()),
            Some("go") if grammar.is_some() => go_error(&text),
            _ => None,
        };
        if let Some(why) = why {
            println!("{path}: {why}");
            failed += 1;
        }
    }
    std::process::exit(i32::from(failed > 0));
}

/// The first syntax error tree-sitter-go finds, as `line N`.
fn go_error(text: &str) -> Option<String> {
    let mut parser = tree_sitter::Parser::new();
    parser.set_language(&tree_sitter_go::LANGUAGE.into()).ok()?;
    let tree = parser.parse(text, None)?;
    let root = tree.root_node();
    if !root.has_error() {
        return None;
    }
    let mut cursor = root.walk();
    let mut node = root;
    'down: loop {
        for child in node.children(&mut cursor) {
            if child.is_error() || child.is_missing() {
                return Some(format!(
                    "syntax error at line {}",
                    child.start_position().row + 1
                ));
            }
            if child.has_error() {
                node = child;
                continue 'down;
            }
        }
        return Some(format!(
            "syntax error at line {}",
            node.start_position().row + 1
        ));
    }
}

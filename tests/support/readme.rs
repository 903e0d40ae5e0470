//! Reads the README's fenced blocks, for the tests that run its recipes as written.

use std::path::Path;

pub fn readme() -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap()
}

/// Every fenced block with the given tag between `heading` and the next heading.
pub fn blocks_in_section(text: &str, heading: &str, tag: &str) -> Vec<String> {
    let at = text
        .find(heading)
        .unwrap_or_else(|| panic!("README lacks {heading}"))
        + heading.len();
    let section = &text[at..at + text[at..].find("\n#").unwrap_or(text.len() - at)];
    let open = format!("```{tag}\n");
    section
        .split(&open)
        .skip(1)
        .map(|b| b[..b.find("```").expect("a closed block")].to_string())
        .collect()
}

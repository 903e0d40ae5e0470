//! Fuzz target: the rule-file parser never panics; it accepts a rule or names what is wrong.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Err(e) = atlas_sunset::rules::parse_rule("fuzz.toml", text) {
        assert!(!e.message.is_empty(), "an error says what is wrong");
    }
});

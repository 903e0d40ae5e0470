//! Fuzz target: the fix planner never picks overlapping edits, never panics on edits that are out
//! of range or off character boundaries, and applying its plan keeps every byte outside the edits.
#![no_main]

use atlas_sunset::fix::{apply, plan, Applicability, Edit, Fix};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if data.len() < 2 {
        return;
    }
    let n = usize::from(data[0] % 16);
    let (spec, text) = data[1..].split_at((n * 3).min(data.len() - 1));
    let text = String::from_utf8_lossy(text).into_owned();
    let len = text.len().max(1);
    let fixes: Vec<Fix> = spec
        .chunks(3)
        .map(|c| {
            let start = usize::from(c[0]) * len / 256;
            let end = (start + usize::from(*c.get(1).unwrap_or(&0)) % 8).min(text.len() + 2);
            let content = "x".repeat(usize::from(*c.get(2).unwrap_or(&0)) % 4);
            Fix::new(Applicability::Safe, vec![Edit::replace(start..end, content)], "f")
        })
        .collect();
    let (edits, _) = plan(&text, fixes.iter());
    for w in edits.windows(2) {
        assert!(w[0].range.end <= w[1].range.start, "overlapping plan");
    }
    for e in &edits {
        assert!(e.range.end <= text.len() && text.is_char_boundary(e.range.start) && text.is_char_boundary(e.range.end));
    }
    let out = apply(&text, &edits);
    // The text before the first edit is kept byte for byte.
    let first = edits.first().map_or(text.len(), |e| e.range.start);
    assert_eq!(&out[..first], &text[..first]);
});

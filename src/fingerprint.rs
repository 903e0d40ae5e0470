//! Stable fingerprints of findings: they survive unrelated lines moving, for baselines, SARIF's
//! `primaryLocationLineHash` and GitLab's `fingerprint`.

use crate::engine::FileReport;

/// FNV-1a, 64 bits: small, fast and the same on every platform and run.
pub fn fnv1a(parts: &[&str]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for p in parts {
        for b in p.bytes().chain(std::iter::once(0)) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    h
}

/// One fingerprint per finding of `report`, in order: a hash of the rule, the path, the finding's
/// line with white space folded and the flagged text, then `:n` for the n-th finding of that hash in
/// the file. Moving the line, or adding lines above it, keeps the fingerprint.
pub fn fingerprints(report: &FileReport, rule_id: impl Fn(usize) -> String) -> Vec<String> {
    let Some(src) = report.source() else {
        return Vec::new();
    };
    let mut seen: Vec<(u64, usize)> = Vec::new();
    report
        .findings
        .iter()
        .map(|f| {
            let line = src.lines.line_of(f.span.start);
            let text = &src.text[src.lines.line_range(&src.text, line)];
            let folded: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
            let flagged = src.text.get(f.span.clone()).unwrap_or("");
            let h = fnv1a(&[&rule_id(f.rule), &report.display, &folded, flagged]);
            let n = match seen.iter_mut().find(|(x, _)| *x == h) {
                Some((_, n)) => {
                    *n += 1;
                    *n
                }
                None => {
                    seen.push((h, 1));
                    1
                }
            };
            format!("{h:016x}:{n}")
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fnv_is_stable() {
        assert_eq!(fnv1a(&["a"]), fnv1a(&["a"]));
        assert_ne!(fnv1a(&["ab", "c"]), fnv1a(&["a", "bc"]));
    }
}

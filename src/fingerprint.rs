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

    /// Baselines and SARIF/GitLab fingerprints written by one version must match the next one's:
    /// the hash is pinned to known values, not compared with itself.
    #[test]
    fn fnv_gives_the_published_fnv1a_64_values() {
        // No parts: the FNV-1a 64 offset basis.
        assert_eq!(fnv1a(&[]), 0xcbf2_9ce4_8422_2325);
        // Each part is followed by a NUL: FNV-1a 64 of "a\0" (the published value for "a" is
        // 0xaf63dc4c8601ec8c; one more round over the NUL gives this one).
        assert_eq!(fnv1a(&["a"]), 0x089b_e207_b544_f1e4);
        assert_eq!(
            fnv1a(&[
                "serverless-backup-snapshot-get",
                "a.sh",
                "curl x",
                "/serverless/"
            ]),
            0x374f_fb21_8e3b_7b00
        );
        // The separator keeps part boundaries apart.
        assert_ne!(fnv1a(&["ab", "c"]), fnv1a(&["a", "bc"]));
    }
}

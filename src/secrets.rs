//! Masks credentials in source text before any report shows it: `--user a:b`, `Authorization:
//! Bearer ...`, `PRIVATE_KEY=...`, URL user info. Variables such as `${PRIVATE_KEY}` stay readable.
//! Masking keeps every byte offset, so spans computed on the original text still apply.

use std::ops::Range;
use std::sync::OnceLock;

use regex::Regex;

fn patterns() -> &'static [Regex] {
    static RE: OnceLock<Vec<Regex>> = OnceLock::new();
    RE.get_or_init(|| {
        [
            // curl -u / --user / --proxy-user, and wget-style --password
            r#"(?:^|\s)(?:-u|--user|--proxy-user|--password|--http-password)(?:\s+|=)['"]?(?P<v>[^\s'"]+)"#,
            // Authorization headers in any quoting: "Authorization: Bearer x", {"Authorization": "Bearer x"}
            r#"(?i)authorization['"]?\s*[:=,]\s*['"]?(?:bearer|basic|digest|token)\s+(?P<v>[^\s'"]+)"#,
            // NAME=value / NAME: value / "name": "value" for credential-looking names
            r#"(?i)\b[A-Z0-9_.-]*(?:PRIVATE_KEY|PUBLIC_KEY|API_KEY|APIKEY|SECRET|TOKEN|PASSWORD|PASSWD|CLIENT_ID)[A-Z0-9_]*['"]?\s*[:=]\s*['"]?(?P<v>[^\s'",;)}]+)"#,
            // HTTPDigestAuth("public", "private") / HTTPBasicAuth / (user, pass) tuples
            r#"(?i)(?:DigestAuth|BasicAuth)\(\s*(?P<v>[^)\n]+)\)"#,
            // https://user:password@host
            r#"[a-z][a-z0-9+.-]*://(?P<v>[^\s/@'"]+:[^\s/@'"]+)@"#,
            // --digest -u key:secret written as a single token after -u already covered; bare key:secret after --digest
            r#"--digest\s+(?:-u\s*)?['"]?(?P<v>[A-Za-z0-9]{6,}:[A-Za-z0-9-]{8,})"#,
        ]
        .iter()
        .map(|p| Regex::new(p).expect("valid secret pattern"))
        .collect()
    })
}

fn variable_regex() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r#"\$\{\{[^}]*\}\}|\$\{[^}]*\}|\$\([^)]*\)|\$[A-Za-z_][A-Za-z0-9_]*|\{[A-Za-z_][\w.\[\]'"]*\}|os\.environ\[[^\]]*\]|os\.getenv\([^)]*\)|process\.env\.[A-Za-z_][A-Za-z0-9_]*|[,:\s"']"#)
            .expect("valid variable pattern")
    })
}

/// Byte ranges of literal credential text in `text`.
pub fn secret_ranges(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    for (i, re) in patterns().iter().enumerate() {
        // In `NAME = value` and `DigestAuth(a, b)`, a bare identifier is code, not a credential.
        let code_context = i == 2 || i == 3;
        for caps in re.captures_iter(text) {
            let Some(v) = caps.name("v") else { continue };
            // Mask what is not a variable reference or punctuation between credentials.
            let first_new = out.len();
            let mut pos = v.start();
            for var in variable_regex().find_iter(v.as_str()) {
                let (s, e) = (v.start() + var.start(), v.start() + var.end());
                if s > pos {
                    out.push(pos..s);
                }
                pos = e;
            }
            if v.end() > pos {
                out.push(pos..v.end());
            }
            let mut kept = out.split_off(first_new);
            kept.retain(|r| !(code_context && looks_like_identifier(&text[r.clone()])));
            out.extend(kept);
        }
    }
    out.retain(|r| !r.is_empty());
    out.sort_by_key(|r| r.start);
    out
}

/// Identifiers such as `pub`, `priv` or `settings.token` passed as variables.
fn looks_like_identifier(s: &str) -> bool {
    s.chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.')
        && s.chars()
            .next()
            .is_some_and(|c| c.is_ascii_lowercase() || c == '_')
        && !s.chars().any(|c| c.is_ascii_digit())
}

/// `text` with every literal credential byte replaced by `*` (same length, same offsets).
pub fn mask(text: &str) -> String {
    let ranges = secret_ranges(text);
    if ranges.is_empty() {
        return text.to_string();
    }
    let mut bytes = text.as_bytes().to_vec();
    for r in ranges {
        for b in &mut bytes[r] {
            *b = b'*';
        }
    }
    // Whole multi-byte characters are replaced (all their bytes fall in a range), so this holds.
    String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks_literal_credentials_and_keeps_variables() {
        let cases = [
            (
                "curl -u abcdef:9f8e7d6c-1234 https://x",
                "abcdef:9f8e7d6c-1234",
            ),
            ("curl --user 'pub1:s3cr3t' x", "pub1:s3cr3t"),
            (
                "-H 'Authorization: Bearer eyJhbGciOi.abc.def'",
                "eyJhbGciOi.abc.def",
            ),
            (
                "headers={\"Authorization\": \"Bearer tok_123456\"}",
                "tok_123456",
            ),
            ("ATLAS_PRIVATE_KEY=5d1f-77aa-bb curl", "5d1f-77aa-bb"),
            (
                "auth=HTTPDigestAuth(\"PUBKEY1\", \"priv-9876\")",
                "priv-9876",
            ),
            ("https://admin:hunter22@cloud.mongodb.com/x", "hunter22"),
        ];
        for (text, secret) in cases {
            let masked = mask(text);
            assert_eq!(masked.len(), text.len());
            assert!(!masked.contains(secret), "{text} -> {masked}");
        }
    }

    #[test]
    fn an_identifier_like_user_name_is_masked_whatever_else_the_text_holds() {
        // Regression: ranges of other patterns were filtered with the code-context rule.
        let text = "A_TOKEN=x1\ncurl --user abcdefgh:s3cr3t-value x\n";
        assert!(!mask(text).contains("abcdefgh"), "{}", mask(text));
    }

    #[test]
    fn variables_stay_readable() {
        let text = r#"curl --digest -u "${ATLAS_PUBLIC_KEY}:${ATLAS_PRIVATE_KEY}" -H "Authorization: Bearer $TOKEN" x"#;
        assert_eq!(mask(text), text);
        let text = "auth=HTTPDigestAuth(pub, priv)";
        assert_eq!(mask(text), text);
    }
}

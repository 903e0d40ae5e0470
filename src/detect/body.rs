//! The request body of a retired POST or PATCH, where it is written beside the URL (a curl `-d`,
//! a `json=` argument, an object literal): renamed keys are fixed, keys the replacement drops are
//! removed, and keys or values it cannot express stop the fix.

use std::ops::Range;

use regex::Regex;

use crate::fix::Edit;
use crate::rules::RequestBody;

/// What the body check found in one statement.
#[derive(Debug, Default)]
pub struct BodyCheck {
    /// Key renames and removals.
    pub edits: Vec<Edit>,
    /// A key of the retired body was seen: the body is in sight.
    pub seen: bool,
    /// Keys or values the replacement cannot express.
    pub unsupported: Vec<String>,
}

/// A key as JSON, escaped JSON in a shell string, a Python dict or a JavaScript object writes it;
/// group `k` is the key itself.
fn key_regex(key: &str) -> Option<Regex> {
    let k = regex::escape(key);
    Regex::new(&format!(
        r#"(?:\\?["'](?P<k>{k})\\?["']|\b(?P<bare>{k}))\s*:"#
    ))
    .ok()
}

/// Checks the body keys in `range` of `text`.
pub fn check(req: &RequestBody, text: &str, range: Range<usize>) -> BodyCheck {
    let mut out = BodyCheck::default();
    let Some(body) = text.get(range.clone()) else {
        return out;
    };
    for rn in &req.renamed {
        let Some(re) = key_regex(&rn.old) else {
            continue;
        };
        for c in re.captures_iter(body) {
            let Some(k) = c.name("k").or_else(|| c.name("bare")) else {
                continue;
            };
            out.seen = true;
            let at = range.start + k.start();
            out.edits
                .push(Edit::replace(at..at + k.len(), rn.new.clone()));
        }
    }
    let kept = req.kept.iter().filter_map(|k| key_regex(k));
    out.seen |= kept.into_iter().any(|re| re.is_match(body));
    for kv in &req.dropped {
        if let Some(r) = pair_range(body, &kv.key, &kv.value) {
            out.seen = true;
            out.edits.push(Edit::replace(
                range.start + r.start..range.start + r.end,
                "",
            ));
        }
    }
    for word in &req.unsupported {
        let Ok(re) = Regex::new(&format!(r"\b{}\b", regex::escape(word))) else {
            continue;
        };
        if re.is_match(body) {
            out.seen = true;
            out.unsupported.push(word.clone());
        }
    }
    out
}

/// The range of `"key": "value"` with the comma that separates it from its neighbour.
fn pair_range(body: &str, key: &str, value: &str) -> Option<Range<usize>> {
    let (k, v) = (regex::escape(key), regex::escape(value));
    let q = r#"\\?["']"#;
    let pair = Regex::new(&format!(r#"{q}{k}{q}\s*:\s*{q}{v}{q}"#)).ok()?;
    let m = pair.find(body)?;
    let after = &body[m.end()..];
    let trailing = after.len() - after.trim_start().len();
    if after.trim_start().starts_with(',') {
        // `"k": "v", next`: take the comma and the blanks up to the next key.
        let rest = &after.trim_start()[1..];
        let ws = rest.len() - rest.trim_start_matches([' ', '\t']).len();
        return Some(m.start()..m.end() + trailing + 1 + ws);
    }
    // The last pair: take the comma before it instead.
    let before = body[..m.start()].trim_end();
    let comma = before.strip_suffix(',')?;
    Some(comma.len()..m.end())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::{KeyValue, NameMap};

    fn req() -> RequestBody {
        RequestBody {
            old_schema: "Old".into(),
            new_schema: "New".into(),
            kept: vec!["snapshotId".into()],
            renamed: vec![NameMap {
                old: "targetClusterName".into(),
                new: "targetDeploymentItemName".into(),
            }],
            dropped: vec![KeyValue {
                key: "deliveryType".into(),
                value: "automated".into(),
            }],
            unsupported: vec!["pointInTime".into()],
            note: String::new(),
            review: false,
        }
    }

    fn apply(text: &str, edits: &[Edit]) -> String {
        let mut out = text.to_string();
        let mut edits: Vec<&Edit> = edits.iter().collect();
        edits.sort_by_key(|e| std::cmp::Reverse(e.range.start));
        for e in edits {
            out.replace_range(e.range.clone(), &e.content);
        }
        out
    }

    #[test]
    fn renames_keys_and_drops_the_delivery_type() {
        let text =
            r#"-d '{"deliveryType": "automated", "snapshotId": "s", "targetClusterName": "t"}'"#;
        let c = check(&req(), text, 0..text.len());
        assert!(c.seen && c.unsupported.is_empty());
        assert_eq!(
            apply(text, &c.edits),
            r#"-d '{"snapshotId": "s", "targetDeploymentItemName": "t"}'"#
        );
        let last = r#"{"snapshotId": "s", "deliveryType": "automated"}"#;
        let c = check(&req(), last, 0..last.len());
        assert_eq!(apply(last, &c.edits), r#"{"snapshotId": "s"}"#);
    }

    #[test]
    fn escaped_and_bare_keys_are_keys_too() {
        let text = r#"body = "{\"targetClusterName\": \"t\"}"; js = { targetClusterName: t }"#;
        let c = check(&req(), text, 0..text.len());
        assert_eq!(c.edits.len(), 2);
        let text = "name = targetClusterName";
        assert!(
            !check(&req(), text, 0..text.len()).seen,
            "a value is not a key"
        );
    }

    #[test]
    fn an_unsupported_value_is_found_as_a_whole_word() {
        let text = r#"{"deliveryType": "pointInTime", "pointInTimeUTCSeconds": 1}"#;
        let c = check(&req(), text, 0..text.len());
        assert_eq!(c.unsupported, vec!["pointInTime".to_string()]);
        let text = r#"{"pointInTimeUTCSeconds": 1}"#;
        assert!(check(&req(), text, 0..text.len()).unsupported.is_empty());
    }
}

//! Which HTTP method a request uses, read from the text of its statement, so that a path shared
//! by several operations (`GET` lists restore jobs, `POST` creates one) lands on one rule.

use std::sync::OnceLock;

use regex::Regex;

use crate::rules::RuleSet;

/// The spellings of a method in code: `-X POST`, `--request=PATCH`, `requests.post(`, `.delete(`,
/// `http.MethodPost`, `Method::PATCH`, `method: "POST"`, `POST https://...` (HTTP files), and
/// curl's body flags, which make a request a `POST`.
fn method_regex() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(concat!(
            r#"(?:-X\s*|--request[\s=]+)['"]?(?P<curl>GET|POST|PUT|PATCH|DELETE)\b"#,
            r#"|\.(?P<call>get|post|put|patch|delete)\s*[(<!]"#,
            r#"|http\.Method(?P<go>Get|Post|Put|Patch|Delete)\b"#,
            r#"|Method::(?P<rs>GET|POST|PUT|PATCH|DELETE)\b"#,
            r#"|['"](?P<lit>GET|POST|PUT|PATCH|DELETE)['"]"#,
            r#"|(?m:^\s*(?P<line>GET|POST|PUT|PATCH|DELETE)\s+\S)"#,
            r#"|(?:^|\s)(?P<body>-d|--data(?:-raw|-binary|-urlencode)?|--json|-F|--form)(?:\s|=|$)"#,
        ))
        .expect("valid regex")
    })
}

/// The method the statement's text names; `None` when it names none (a `GET` by default).
pub fn in_text(statement: &str) -> Option<&'static str> {
    let caps = method_regex().captures(statement)?;
    if caps.name("body").is_some() {
        // A body without an explicit method: curl sends POST. An explicit method later wins.
        return method_regex()
            .captures_iter(statement)
            .find_map(|c| named(&c))
            .or(Some("POST"));
    }
    named(&caps)
}

fn named(caps: &regex::Captures<'_>) -> Option<&'static str> {
    let word = ["curl", "call", "go", "rs", "lit", "line"]
        .iter()
        .find_map(|n| caps.name(n))?
        .as_str();
    ["GET", "POST", "PUT", "PATCH", "DELETE"]
        .into_iter()
        .find(|m| m.eq_ignore_ascii_case(word))
}

/// True when rule `idx` owns a request with `method` at its path. A path only one rule has is
/// always its own; a path several rules share goes to the rule of the request's method, and a
/// request with no visible method (or one no rule has) to the rule of `GET`, else the first.
pub fn owns(rules: &RuleSet, idx: usize, method: Option<&str>) -> bool {
    let Some(rule) = rules.rules.get(idx) else {
        return false;
    };
    let sharing: Vec<(usize, &str)> = rules
        .rules
        .iter()
        .enumerate()
        .filter(|(_, r)| r.old.path == rule.old.path)
        .map(|(i, r)| (i, r.old.method.as_str()))
        .collect();
    if sharing.len() < 2 {
        return true;
    }
    let pick = |m: &str| sharing.iter().find(|(_, rm)| *rm == m).map(|(i, _)| *i);
    let owner = method
        .and_then(pick)
        .or_else(|| pick("GET"))
        .unwrap_or(sharing[0].0);
    owner == idx
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_method_in_each_language() {
        let cases = [
            ("curl -X POST \"$URL/restoreJobs\"", Some("POST")),
            ("curl --request=PATCH \"$URL\"", Some("PATCH")),
            ("curl -d @body.json \"$URL\"", Some("POST")),
            ("curl --json @body.json -X PUT \"$URL\"", Some("PUT")),
            (
                "resp = requests.post(f\"{base}/x\", json=body)",
                Some("POST"),
            ),
            (
                "req, _ := http.NewRequest(http.MethodDelete, url, nil)",
                Some("DELETE"),
            ),
            ("client.request(Method::PATCH, url)", Some("PATCH")),
            ("fetch(url, { method: \"DELETE\" })", Some("DELETE")),
            (
                "POST https://cloud.mongodb.com/api/atlas/v2/x",
                Some("POST"),
            ),
            ("resp = requests.get(url)", Some("GET")),
            ("curl \"$URL\" -H 'Accept: x'", None),
            ("curl --digest -u \"$PUB:$PRIV\" \"$URL\"", None),
        ];
        for (text, want) in cases {
            assert_eq!(in_text(text), want, "{text}");
        }
    }

    #[test]
    fn a_shared_path_goes_to_the_rule_of_the_method() {
        let set = RuleSet::builtin().unwrap();
        let (list, _) = set.get("serverless-backup-restore-jobs-list").unwrap();
        let (create, _) = set.get("serverless-backup-restore-job-create").unwrap();
        assert!(owns(&set, list, None));
        assert!(!owns(&set, create, None));
        assert!(owns(&set, create, Some("POST")));
        assert!(!owns(&set, list, Some("POST")));
        assert!(owns(&set, list, Some("GET")));
        let (get, _) = set.get("serverless-backup-snapshot-get").unwrap();
        assert!(owns(&set, get, Some("DELETE")), "a path of its own");
    }
}

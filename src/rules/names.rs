//! Every name a user may call a rule by: its id, the retired operation's operationId of any era,
//! the SDK, client and CLI names of the call; rule selectors (`--select`, `--ignore`, config) with
//! prefixes and globs; and "did you mean" for a name that matches nothing.

use super::{RuleSet, META_RULES};

/// The names of Atlas rule `idx` besides its id, each once.
fn spellings(set: &RuleSet, idx: usize) -> Vec<&str> {
    let r = &set.rules[idx];
    let ids = &r.old.operation_ids;
    let mut out = vec![r.id.as_str(), &ids.legacy, &ids.ipa, &ids.short];
    if let Some(go) = &r.go {
        out.extend(go.eras.iter().map(|e| e.old_method.as_str()));
        out.extend(go.docs_only_methods.iter().map(String::as_str));
        if let Some(legacy) = &go.legacy_client {
            out.extend(legacy.methods.iter().map(String::as_str));
        }
    }
    if let Some(g) = &r.go_retired {
        out.extend(g.methods.iter().map(String::as_str));
    }
    if let Some(rust) = &r.rust {
        out.extend(rust.eras.iter().map(|e| e.old_function.as_str()));
    }
    if let Some(api) = r.cli.as_ref().and_then(|c| c.api.as_ref()) {
        out.extend(api.old_commands.iter().map(String::as_str));
    }
    out.retain(|s| !s.is_empty());
    out.sort_unstable();
    out.dedup();
    out
}

/// The Atlas rules `name` names: an id, an operationId of any era, an SDK method (with or without
/// `WithParams`), a generated Rust function or an `atlas api` command; case does not matter.
pub fn find(set: &RuleSet, name: &str) -> Vec<usize> {
    let name = name.trim();
    let bare = name.strip_suffix("WithParams").unwrap_or(name);
    (0..set.rules.len())
        .filter(|&i| {
            spellings(set, i)
                .iter()
                .any(|s| s.eq_ignore_ascii_case(name) || s.eq_ignore_ascii_case(bare))
        })
        .collect()
}

/// The closest known names to `name` (rule ids, then other spellings with their rule), for a
/// "did you mean" hint; empty when nothing is close.
pub fn suggest(set: &RuleSet, name: &str) -> Vec<String> {
    let lower = name.to_ascii_lowercase();
    let close = |s: &str| strsim::jaro_winkler(&lower, &s.to_ascii_lowercase());
    // The closest spelling of each rule.
    let mut scored: Vec<(f64, String)> = (0..set.rules.len())
        .filter_map(|i| {
            let id = &set.rules[i].id;
            let (score, s) = spellings(set, i)
                .into_iter()
                .map(|s| (close(s), s))
                .max_by(|a, b| a.0.total_cmp(&b.0))?;
            let shown = if s == id {
                format!("`{id}`")
            } else {
                format!("`{id}` (`{s}`)")
            };
            Some((score, shown))
        })
        .chain(
            META_RULES
                .iter()
                .map(|m| (close(m.id), format!("`{}`", m.id))),
        )
        .filter(|(score, _)| *score >= 0.85)
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
    scored.into_iter().take(3).map(|(_, s)| s).collect()
}

/// " Did you mean `x`?" or nothing.
pub fn did_you_mean(set: &RuleSet, name: &str) -> String {
    let s = suggest(set, name);
    if s.is_empty() {
        return String::new();
    }
    format!(" Did you mean {}?", s.join(" or "))
}

/// The rules (Atlas and meta, by index) a selector chooses: `ALL`, a rule id, a prefix ending at a
/// `-` (`serverless-backup` chooses `serverless-backup-*`, not `serverless-backups-x`), or a glob
/// (`serverless-*-get`). A selector that chooses nothing is an error with a hint.
pub fn select(set: &RuleSet, selector: &str) -> Result<Vec<usize>, String> {
    let n = set.count();
    if selector.eq_ignore_ascii_case("ALL") {
        return Ok((0..n).collect());
    }
    let ids: Vec<&str> = (0..n).map(|i| set.info(i).id).collect();
    let chosen: Vec<usize> = if selector.contains(['*', '?', '[']) {
        let glob = globset::Glob::new(selector)
            .map_err(|e| format!("`{selector}` is not a valid glob: {e}"))?
            .compile_matcher();
        (0..n).filter(|&i| glob.is_match(ids[i])).collect()
    } else {
        (0..n)
            .filter(|&i| {
                let id = ids[i];
                id == selector
                    || id
                        .strip_prefix(selector)
                        .is_some_and(|rest| selector.ends_with('-') || rest.starts_with('-'))
            })
            .collect()
    };
    if chosen.is_empty() {
        let by_name = find(set, selector);
        let hint = match by_name.first() {
            Some(&i) => format!(
                " `{selector}` is an operation of rule `{}`: use the rule id.",
                ids[i]
            ),
            None => did_you_mean(set, selector),
        };
        return Err(format!(
            "unknown rule `{selector}` (see `atlas-sunset rules`).{hint}"
        ));
    }
    Ok(chosen)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set() -> RuleSet {
        RuleSet::builtin().unwrap()
    }

    fn id(set: &RuleSet, found: &[usize]) -> Vec<String> {
        found.iter().map(|&i| set.info(i).id.to_string()).collect()
    }

    #[test]
    fn every_spelling_of_an_operation_finds_its_rule() {
        let s = set();
        for name in [
            "serverless-backup-snapshot-get",
            "getServerlessBackup",
            "getGroupServerlessBackupSnapshot",
            "getServerlessBackupSnapshot",
            "GetServerlessBackupSnapshotWithParams",
            "GetServerlessBackup",
            "GETSERVERLESSBACKUP",
        ] {
            assert_eq!(
                id(&s, &find(&s, name)),
                vec!["serverless-backup-snapshot-get"],
                "{name}"
            );
        }
    }

    #[test]
    fn a_near_miss_gets_a_suggestion() {
        let s = set();
        assert!(find(&s, "getServerlesBackup").is_empty());
        let hint = did_you_mean(&s, "getServerlesBackup");
        assert!(
            hint.starts_with(" Did you mean `serverless-backup-snapshot-get` (`"),
            "{hint}"
        );
        assert_eq!(did_you_mean(&s, "zzzz"), "");
    }

    #[test]
    fn selectors_take_prefixes_at_a_dash_and_globs() {
        let s = set();
        let backup = id(&s, &select(&s, "serverless-backup").unwrap());
        assert!(
            backup.iter().all(|i| i.starts_with("serverless-backup-")),
            "{backup:?}"
        );
        assert_eq!(backup.len(), 5, "{backup:?}");
        assert_eq!(id(&s, &select(&s, "serverless-backup-*").unwrap()), backup);
        let instance = id(&s, &select(&s, "serverless-instance").unwrap());
        assert!(
            !instance.contains(&"serverless-instances-list".to_string()),
            "{instance:?}"
        );
        assert_eq!(select(&s, "serverless-").unwrap().len(), s.rules.len());
        assert_eq!(id(&s, &select(&s, "suppression-*").unwrap()).len(), 2);
        let e = select(&s, "serverless-backup-snapshot-gte").unwrap_err();
        assert!(
            e.contains("Did you mean `serverless-backup-snapshot-get`"),
            "{e}"
        );
        let e = select(&s, "getServerlessBackup").unwrap_err();
        assert!(e.contains("rule `serverless-backup-snapshot-get`"), "{e}");
    }
}

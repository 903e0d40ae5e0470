//! Compiles a rule's old and new path templates into a matcher for the retired path as people write
//! it in code: literal ids, `{param}` templates, shell and CI variables, format holes, concatenation.

use regex::Regex;

/// The API base both paths must start with.
pub const V2_BASE: &str = "/api/atlas/v2";

/// One path segment that may be filled in any way code fills a URL: a literal id, `{groupId}`,
/// `${VAR}`, `$VAR`, `$(VAR)`, `${{ vars.X }}`, `%s`, `{}`, `<id>`, `:id`, `#{x}`, or a string
/// concatenation such as `" + id + "`.
const SEG: &str = concat!(
    r#"(?:[A-Za-z0-9._~\-]"#,
    r#"|%[0-9A-Fa-f]{2}"#,
    r#"|%[-+ #0-9.]*[sdvqxXfgi]"#,
    r#"|\$\{\{[^}\n]*\}\}"#,
    r#"|\$\{[^}\n]*\}"#,
    r#"|\$\([^)\n]*\)"#,
    r#"|\$[A-Za-z_][A-Za-z0-9_]*"#,
    r#"|\$[0-9@*]"#,
    r#"|\{[^}/\n]*\}"#,
    r#"|<[^>/\n]*>"#,
    r#"|:[A-Za-z_][A-Za-z0-9_]*"#,
    r#"|#\{[^}\n]*\}"#,
    r#"|"\s*\+\s*[^"+\n]+?\s*\+\s*""#,
    r#"|'\s*\+\s*[^'+\n]+?\s*\+\s*'"#,
    r#"|`\s*\+\s*[^`+\n]+?\s*\+\s*`"#,
    r#")+"#
);

/// A path that ends the literal and continues by concatenation: `".../snapshots/" + id`.
const CONCAT_TAIL: &str = r#"(?:["'`]\s*\+\s*[A-Za-z_][\w.()\[\]]*)"#;

/// A path segment of a rule's template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Segment {
    Literal(String),
    Param(String),
}

/// A literal segment the migration renames (`serverless` -> `flexClusters`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rename {
    pub old: String,
    pub new: String,
}

/// The compiled matcher for one rule's retired path.
#[derive(Debug, Clone)]
pub struct PathPattern {
    regex: Regex,
    /// The renamed segments, in path order; capture group `r{i}` holds the i-th.
    pub renames: Vec<Rename>,
    /// Index of the first renamed segment: segments before it are context and may be missing
    /// (`.../serverless/...` written after a base that already holds `groups/{id}`).
    prefix_optional: bool,
    /// The last segment is a literal (`.../snapshots`), so a longer word must not follow it.
    ends_with_literal: bool,
    /// The literal the prefilter looks for: the first renamed segment followed by `/`, or alone.
    pub trigger: String,
    /// Where `find_all` finds the anchor and the renamed segments among the capture groups.
    groups: Groups,
    /// The trigger and the literal segments after the anchor (each with the `/` before it): every
    /// match holds them all, so a text missing one is not searched.
    required: Vec<memchr::memmem::Finder<'static>>,
}

/// Where a retired path was found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PathMatch {
    /// The whole matched path, from `groups/` (or the first renamed segment) to its end.
    pub range: std::ops::Range<usize>,
    /// Byte ranges of each renamed segment, in the order of [`PathPattern::renames`].
    pub renamed: Vec<std::ops::Range<usize>>,
}

fn segments(path: &str) -> Result<Vec<Segment>, String> {
    let rest = path
        .strip_prefix(V2_BASE)
        .and_then(|r| r.strip_prefix('/'))
        .ok_or_else(|| format!("must start with `{V2_BASE}/`"))?;
    rest.split('/')
        .map(|s| {
            if s.is_empty() {
                Err("has an empty segment".to_string())
            } else if let Some(p) = s.strip_prefix('{').and_then(|p| p.strip_suffix('}')) {
                Ok(Segment::Param(p.to_string()))
            } else if s
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == ':')
            {
                Ok(Segment::Literal(s.to_string()))
            } else {
                Err(format!("has an invalid segment `{s}`"))
            }
        })
        .collect()
}

impl PathPattern {
    /// Compiles the pattern for `old`, renaming the literal segments that differ in `new`. Without
    /// a `new` path nothing is renamed and the first literal after a parameter anchors the match.
    /// Errors name the problem; the caller adds the file, rule and field.
    pub fn compile(old: &str, new: Option<&str>) -> Result<PathPattern, (&'static str, String)> {
        let old_segs = segments(old).map_err(|e| ("old.path", format!("`{old}` {e}")))?;
        let Some(new) = new else {
            return PathPattern::retired_only(&old_segs);
        };
        let new_segs = segments(new).map_err(|e| ("new.path", format!("`{new}` {e}")))?;
        if old_segs.len() != new_segs.len() {
            return Err((
                "new.path",
                format!("`{new}` must have as many segments as the old path `{old}`"),
            ));
        }
        let mut renames = Vec::new();
        let mut first_rename = None;
        for (i, (o, n)) in old_segs.iter().zip(&new_segs).enumerate() {
            match (o, n) {
                (Segment::Literal(a), Segment::Literal(b)) if a != b => {
                    first_rename.get_or_insert(i);
                    renames.push(Rename {
                        old: a.clone(),
                        new: b.clone(),
                    });
                }
                (Segment::Literal(_), Segment::Literal(_))
                | (Segment::Param(_), Segment::Param(_)) => {}
                _ => {
                    return Err((
                        "new.path",
                        format!(
                            "segment {} is a parameter on one side and a literal on the other",
                            i + 1
                        ),
                    ))
                }
            }
        }
        let Some(first) = first_rename else {
            return Err((
                "new.path",
                "no literal segment differs from the old path".to_string(),
            ));
        };
        let renamed: Vec<bool> = old_segs
            .iter()
            .zip(&new_segs)
            .map(|(o, n)| matches!((o, n), (Segment::Literal(a), Segment::Literal(b)) if a != b))
            .collect();
        PathPattern::build(&old_segs, first, &renamed, renames)
    }

    /// A pattern for a path nothing replaces: anchored on the first literal after a parameter.
    fn retired_only(old_segs: &[Segment]) -> Result<PathPattern, (&'static str, String)> {
        let after_param = old_segs.iter().enumerate().position(|(i, s)| {
            matches!(s, Segment::Literal(_))
                && i > 0
                && matches!(old_segs[i - 1], Segment::Param(_))
        });
        let first = after_param
            .or_else(|| {
                old_segs
                    .iter()
                    .position(|s| matches!(s, Segment::Literal(_)))
            })
            .ok_or(("old.path", "has no literal segment".to_string()))?;
        PathPattern::build(old_segs, first, &vec![false; old_segs.len()], Vec::new())
    }

    /// The regex for `old_segs`; `first` is the anchor segment (the first renamed one), captured
    /// as `a`; renamed segments are captured as `r0`, `r1`, ...
    fn build(
        old_segs: &[Segment],
        first: usize,
        renamed: &[bool],
        renames: Vec<Rename>,
    ) -> Result<PathPattern, (&'static str, String)> {
        let literal_count = old_segs[first..]
            .iter()
            .filter(|s| matches!(s, Segment::Literal(_)))
            .count();
        let piece = |seg: &Segment, idx: Option<usize>, last: bool| -> String {
            match (seg, idx) {
                (Segment::Literal(l), Some(i)) => format!("(?P<r{i}>{})", regex::escape(l)),
                (Segment::Literal(l), None) => regex::escape(l),
                (Segment::Param(_), _) if last => format!("(?:{SEG}|{CONCAT_TAIL})"),
                (Segment::Param(_), _) => SEG.to_string(),
            }
        };
        let mut prefix = String::new();
        for seg in &old_segs[..first] {
            prefix.push_str(&piece(seg, None, false));
            prefix.push('/');
        }
        let mut body = Vec::new();
        let mut rename_idx = 0;
        for (i, seg) in old_segs.iter().enumerate().skip(first) {
            let idx = renamed[i].then(|| {
                rename_idx += 1;
                rename_idx - 1
            });
            let p = piece(seg, idx, i + 1 == old_segs.len());
            body.push(if i == first { format!("(?P<a>{p})") } else { p });
        }
        let prefix_optional = literal_count >= 3;
        let source = if prefix.is_empty() {
            body.join("/")
        } else if prefix_optional {
            format!(r"(?:\b{prefix})?{}", body.join("/"))
        } else {
            format!(r"\b{prefix}{}", body.join("/"))
        };
        let regex = compiled(&source).map_err(|e| ("old.path", e.to_string()))?;
        let Segment::Literal(anchor) = &old_segs[first] else {
            return Err((
                "old.path",
                "the anchor segment must be a literal".to_string(),
            ));
        };
        // Without its optional context the anchor may start the text; with required context a
        // `/` always comes before it, which keeps a bare word such as `serverless` out.
        let lead = if prefix.is_empty() || prefix_optional {
            ""
        } else {
            "/"
        };
        let trail = if old_segs.get(first + 1).is_some() {
            "/"
        } else {
            ""
        };
        let trigger = format!("{lead}{anchor}{trail}");
        let later = old_segs[first + 1..].iter().filter_map(|s| match s {
            Segment::Literal(l) => Some(format!("/{l}")),
            Segment::Param(_) => None,
        });
        let required = std::iter::once(trigger.clone())
            .chain(later)
            .map(|needle| memchr::memmem::Finder::new(&needle).into_owned())
            .collect();
        Ok(PathPattern {
            groups: Groups::of(&regex, renames.len()),
            required,
            regex,
            renames,
            prefix_optional,
            ends_with_literal: matches!(old_segs.last(), Some(Segment::Literal(_))),
            trigger,
        })
    }

    /// What decides [`PathPattern::find_all`]'s matches: two patterns with the same key find the
    /// same paths (the regex is built from the old path and the anchor alone).
    pub fn key(&self) -> &str {
        self.regex.as_str()
    }

    /// False when `text` cannot hold the path: its trigger or a literal segment after the anchor
    /// is missing. Cheaper than [`PathPattern::find_all`], which finds nothing then.
    pub fn may_occur(&self, text: &str) -> bool {
        self.required
            .iter()
            .all(|f| f.find(text.as_bytes()).is_some())
    }

    /// Every occurrence of the retired path in `text`, in order.
    pub fn find_all(&self, text: &str) -> Vec<PathMatch> {
        let bytes = text.as_bytes();
        let mut out = Vec::new();
        let mut locs = self.regex.capture_locations();
        let mut at = 0;
        while at < text.len() {
            // The match alone first: most candidates are another endpoint's longer path, told by
            // what follows the match, and need no capture groups.
            let Some(whole) = self.regex.find_at(text, at) else {
                break;
            };
            at = next_char(text, whole.start());
            // A longer path is another endpoint.
            let end = whole.end();
            let next = bytes.get(end).copied();
            if next == Some(b'/') && continues_path(&bytes[end + 1..]) {
                continue;
            }
            if self.ends_with_literal
                && next.is_some_and(|b| b.is_ascii_alphanumeric() || b == b'_')
            {
                continue;
            }
            // The same match again, from its start, for the groups.
            if self
                .regex
                .captures_read_at(&mut locs, text, whole.start())
                .map_or(true, |m| m.range() != whole.range())
            {
                continue;
            }
            let Some(r0) = locs.get(self.groups.anchor) else {
                continue;
            };
            // Without its `groups/...` context the first renamed segment must start a segment.
            if whole.start() == r0.0 && self.prefix_optional {
                let before = r0.0.checked_sub(1).map(|i| bytes[i]);
                let starts_segment = matches!(
                    before,
                    None | Some(b'/' | b'"' | b'\'' | b'`' | b'(' | b' ' | b'\t' | b'\n')
                );
                if !starts_segment {
                    continue;
                }
            }
            let renamed = self
                .groups
                .renamed
                .iter()
                .filter_map(|&g| locs.get(g).map(|(s, e)| s..e))
                .collect();
            out.push(PathMatch {
                range: whole.range(),
                renamed,
            });
            at = end;
        }
        out
    }
}

/// The capture group indices [`PathPattern::find_all`] reads.
#[derive(Debug, Clone)]
struct Groups {
    /// `a`: the anchor segment.
    anchor: usize,
    /// `r0`, `r1`, ...: the renamed segments, in order.
    renamed: Vec<usize>,
}

impl Groups {
    fn of(regex: &Regex, renames: usize) -> Groups {
        let index = |name: &str| {
            regex
                .capture_names()
                .position(|n| n == Some(name))
                .expect("the pattern names its groups")
        };
        Groups {
            anchor: index("a"),
            renamed: (0..renames).map(|i| index(&format!("r{i}"))).collect(),
        }
    }
}

/// The regex for `source`, compiled once per process: the rules of one path (its GET, PATCH and
/// DELETE) build the same one, and compiling is most of loading the rules.
fn compiled(source: &str) -> Result<Regex, regex::Error> {
    static CACHE: std::sync::Mutex<Vec<Regex>> = std::sync::Mutex::new(Vec::new());
    let mut cache = CACHE
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    if let Some(r) = cache.iter().find(|r| r.as_str() == source) {
        return Ok(r.clone());
    }
    let regex = Regex::new(source)?;
    // Bounded: rules read from many files (or a fuzzer) must not grow it without end.
    if cache.len() == 64 {
        cache.clear();
    }
    cache.push(regex.clone());
    Ok(regex)
}

fn next_char(text: &str, i: usize) -> usize {
    let mut j = i + 1;
    while j < text.len() && !text.is_char_boundary(j) {
        j += 1;
    }
    j
}

/// After a `/`: another segment, written or concatenated (`/" + id`).
fn continues_path(rest: &[u8]) -> bool {
    match rest.first() {
        Some(b'"' | b'\'' | b'`') => {
            rest[1..].iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'+')
        }
        Some(b) => is_segment_start(*b),
        None => false,
    }
}

fn is_segment_start(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'{' | b'$' | b'%' | b'<' | b':' | b'_' | b'-' | b'.')
}

#[cfg(test)]
mod tests {
    use super::*;

    const OLD: &str =
        "/api/atlas/v2/groups/{groupId}/serverless/{clusterName}/backup/snapshots/{snapshotId}";
    const NEW: &str =
        "/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/snapshots/{snapshotId}";

    fn pattern() -> PathPattern {
        PathPattern::compile(OLD, Some(NEW)).unwrap()
    }

    fn renamed(text: &str) -> Vec<&str> {
        pattern()
            .find_all(text)
            .iter()
            .flat_map(|m| m.renamed.iter().map(|r| &text[r.clone()]))
            .collect()
    }

    #[test]
    fn finds_every_way_of_filling_the_path() {
        let cases = [
            "https://cloud.mongodb.com/api/atlas/v2/groups/5f1a/serverless/c0/backup/snapshots/6a2b",
            "/api/atlas/v2/groups/{groupId}/serverless/{clusterName}/backup/snapshots/{snapshotId}",
            "$BASE/groups/${GROUP_ID}/serverless/$CLUSTER/backup/snapshots/$(SNAP)",
            "groups/${{ vars.GROUP }}/serverless/${{ inputs.name }}/backup/snapshots/${{ env.S }}",
            "fmt.Sprintf(\"%s/groups/%s/serverless/%s/backup/snapshots/%s\", base, g, c, s)",
            "format!(\"{}/groups/{}/serverless/{}/backup/snapshots/{}\", base, g, c, s)",
            "f\"{base}/groups/{cfg['g']}/serverless/{name}/backup/snapshots/{sid}?pretty=true\"",
            "`${base}/groups/${p.id}/serverless/${c}/backup/snapshots/${s}`",
            "\"/groups/\" + gid + \"/serverless/\" + name + \"/backup/snapshots/\" + sid",
            "'/groups/:groupId/serverless/:name/backup/snapshots/:id'",
            "\"/serverless/%s/backup/snapshots/%s\"",
        ];
        for case in cases {
            assert_eq!(renamed(case), vec!["serverless"], "{case}");
        }
    }

    #[test]
    fn ignores_other_endpoints_and_prose() {
        let cases = [
            "/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/snapshots/{snapshotId}",
            "/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/snapshots/{snapshotId}",
            "/api/atlas/v2/groups/{groupId}/serverless/{name}/backup/snapshots",
            "/api/atlas/v2/groups/{groupId}/serverless/{name}/backup/snapshots/{id}/download",
            "/api/atlas/v2/groups/{groupId}/serverless/{name}",
            "We deploy with the serverless framework: npx serverless deploy",
            "aws-serverless/x/backup/snapshots/y",
        ];
        let list = PathPattern::compile(
            "/api/atlas/v2/groups/{groupId}/serverless/{clusterName}/backup/snapshots",
            Some("/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/snapshots"),
        )
        .unwrap();
        let concat = "\"/groups/\" + g + \"/serverless/\" + c + \"/backup/snapshots/\" + s";
        assert!(
            list.find_all(concat).is_empty(),
            "one snapshot is not the list"
        );
        assert_eq!(
            list.find_all("\"/groups/g/serverless/c/backup/snapshots/\"")
                .len(),
            1
        );
        for case in cases {
            assert!(renamed(case).is_empty(), "{case}");
        }
    }

    #[test]
    fn reports_renamed_segment_range() {
        let text = "x /groups/g/serverless/c/backup/snapshots/s y";
        let m = &pattern().find_all(text)[0];
        assert_eq!(
            &text[m.range.clone()],
            "groups/g/serverless/c/backup/snapshots/s"
        );
        assert_eq!(m.renamed, vec![12..22]);
    }

    /// The pattern of `family` named `name`.
    fn member(name: &str) -> PathPattern {
        family()
            .into_iter()
            .find(|(n, _)| *n == name)
            .map(|(_, p)| p)
            .expect("a pattern of the family")
    }

    /// The serverless family's paths, old and new, as the rules hold them.
    fn family() -> Vec<(&'static str, PathPattern)> {
        let v2 = "/api/atlas/v2/groups/{groupId}";
        let pairs = [
            ("instances", "/serverless", "/flexClusters"),
            ("instance", "/serverless/{name}", "/flexClusters/{name}"),
            (
                "snapshots",
                "/serverless/{clusterName}/backup/snapshots",
                "/flexClusters/{name}/backup/snapshots",
            ),
            (
                "snapshot",
                "/serverless/{clusterName}/backup/snapshots/{snapshotId}",
                "/flexClusters/{name}/backup/snapshots/{snapshotId}",
            ),
            (
                "restores",
                "/serverless/{clusterName}/backup/restoreJobs",
                "/flexClusters/{name}/backup/restoreJobs",
            ),
            (
                "restore",
                "/serverless/{clusterName}/backup/restoreJobs/{restoreJobId}",
                "/flexClusters/{name}/backup/restoreJobs/{restoreJobId}",
            ),
        ];
        let mut out: Vec<(&str, PathPattern)> = pairs
            .iter()
            .map(|(n, o, new)| {
                let p = PathPattern::compile(&format!("{v2}{o}"), Some(&format!("{v2}{new}")));
                (*n, p.unwrap())
            })
            .collect();
        let ai = format!("{v2}/serverless/{{clusterName}}/performanceAdvisor/autoIndexing");
        out.push(("autoIndexing", PathPattern::compile(&ai, None).unwrap()));
        let pe = format!("{v2}/privateEndpoint/serverless/instance/{{instanceName}}/endpoint");
        out.push(("endpoints", PathPattern::compile(&pe, None).unwrap()));
        let one = format!("{pe}/{{endpointId}}");
        out.push(("endpoint", PathPattern::compile(&one, None).unwrap()));
        out
    }

    /// The patterns that find `text`; on the way, checks that [`PathPattern::may_occur`] never
    /// turns away a text the pattern finds.
    fn owners(text: &str) -> Vec<&'static str> {
        family()
            .into_iter()
            .filter(|(n, p)| {
                let found = !p.find_all(text).is_empty();
                assert!(!found || p.may_occur(text), "{n} gated out {text}");
                found
            })
            .map(|(n, _)| n)
            .collect()
    }

    #[test]
    fn a_text_missing_a_literal_segment_is_not_searched() {
        let p = member("snapshot");
        let whole = "/groups/g/serverless/c/backup/snapshots/s1";
        assert!(p.may_occur(whole));
        assert_eq!(p.find_all(whole).len(), 1);
        for text in [
            "/groups/g/serverless/c/backup/restoreJobs/s1",
            "/groups/g/serverless/c/snapshots/s1",
            "/groups/g/flexClusters/c/backup/snapshots/s1",
        ] {
            assert!(!p.may_occur(text), "{text}");
            assert!(p.find_all(text).is_empty(), "{text}");
        }
        // The literals may lie anywhere in the text: the regex decides.
        assert!(p.may_occur("/backup /snapshots serverless/"));
    }

    #[test]
    fn each_family_url_lands_on_exactly_its_own_pattern() {
        let cases = [
            (
                "https://cloud.mongodb.com/api/atlas/v2/groups/$G/serverless",
                "instances",
            ),
            (
                "https://cloud.mongodb.com/api/atlas/v2/groups/$G/serverless?itemsPerPage=5",
                "instances",
            ),
            ("f\"{base}/groups/{gid}/serverless\"", "instances"),
            ("\"/groups/\" + g + \"/serverless/\" + name", "instance"),
            (
                "/api/atlas/v2/groups/{groupId}/serverless/{name}",
                "instance",
            ),
            ("`${base}/groups/${g}/serverless/${name}`", "instance"),
            (
                "/groups/g/serverless/c/backup/snapshots?pageNum=2",
                "snapshots",
            ),
            ("/groups/g/serverless/c/backup/snapshots/s1", "snapshot"),
            ("/groups/g/serverless/c/backup/restoreJobs", "restores"),
            (
                "/groups/g/serverless/c/backup/restoreJobs?includeCount=true",
                "restores",
            ),
            ("/groups/g/serverless/c/backup/restoreJobs/r1", "restore"),
            ("\"/serverless/%s/backup/restoreJobs/%s\"", "restore"),
            (
                "/groups/g/serverless/c/performanceAdvisor/autoIndexing",
                "autoIndexing",
            ),
            (
                "/groups/g/privateEndpoint/serverless/instance/c/endpoint",
                "endpoints",
            ),
            (
                "/groups/g/privateEndpoint/serverless/instance/c/endpoint/e1",
                "endpoint",
            ),
        ];
        for (text, want) in cases {
            assert_eq!(owners(text), vec![want], "{text}");
        }
    }

    #[test]
    fn short_instance_paths_need_their_groups_prefix() {
        let cases = [
            "npx serverless deploy",
            "/serverless/my-instance",
            "aws/serverless",
            "/groups/g/serverlessInstances",
            "/groups/g/serverless/c/backup",
            "/groups/g/flexClusters/c",
            "/groups/g/serverless/c/backup/snapshots/s/download",
        ];
        for text in cases {
            assert_eq!(owners(text), Vec::<&str>::new(), "{text}");
        }
    }

    #[test]
    fn pagination_stays_outside_the_match() {
        let text = "/groups/g/serverless/c/backup/restoreJobs?itemsPerPage=20&pageNum=1";
        let p = member("restores");
        let m = &p.find_all(text)[0];
        assert_eq!(
            &text[m.range.clone()],
            "groups/g/serverless/c/backup/restoreJobs"
        );
    }

    #[test]
    fn a_path_without_replacement_renames_nothing_and_triggers_on_its_anchor() {
        let p = member("endpoints");
        assert!(p.renames.is_empty());
        assert_eq!(p.trigger, "privateEndpoint/");
        let m = &p.find_all("/groups/g/privateEndpoint/serverless/instance/c/endpoint")[0];
        assert!(m.renamed.is_empty());
        let list = member("instances");
        assert_eq!(list.trigger, "/serverless");
    }

    #[test]
    fn compile_errors_name_the_field() {
        let e = PathPattern::compile("/v1/x", Some(NEW)).unwrap_err();
        assert_eq!(e.0, "old.path");
        let e = PathPattern::compile(OLD, Some(OLD)).unwrap_err();
        assert_eq!(e.0, "new.path");
    }
}

//! The shell-aware detector: lexes the shell code of a region once, then answers the URL
//! detector's questions (which command uses this URL, which `Accept` header goes with it, is it
//! only `echo`ed) and finds Atlas CLI commands and `jq` reads of a retired response.

pub mod cli;
pub mod embed;
pub mod jq;
pub mod lexer;

use std::collections::HashMap;
use std::ops::Range;

use lexer::{Command, Dialect, Script};

use super::regions::Region;
use crate::language::Language;

/// Programs that send HTTP requests and take headers as arguments.
const REQUEST_PROGRAMS: &[&str] = &["curl", "wget", "http", "https", "xh", "curlie"];

/// The lexed shell code of one region, with the indexes that keep lookups cheap on files with
/// thousands of commands.
#[derive(Debug, Clone)]
pub struct ShellView {
    pub script: Script,
    pub dialect: Dialect,
    /// Makefile variables defined outside recipes: name -> value range.
    make_vars: HashMap<String, Range<usize>>,
    /// `max_end[i]`: the largest end of commands `0..=i` (sorted by start), to stop searching early.
    max_end: Vec<usize>,
    /// Variable -> (assignment position, value range), in source order.
    assignments: HashMap<String, Vec<(usize, Range<usize>)>>,
    /// Variable -> indices of the commands that expand it (in words or redirections), in source order.
    users_of: HashMap<String, Vec<usize>>,
    /// Pipeline id -> indices of its commands.
    pipelines: HashMap<usize, Vec<usize>>,
}

/// The headers of the requests that use a URL.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RequestHeaders {
    /// Ranges of the `YYYY-MM-DD` of each `application/vnd.atlas.YYYY-MM-DD+json` to set.
    pub versions: Vec<Range<usize>>,
    /// A header set through a variable that other commands use too: the fix needs review.
    pub shared: Option<String>,
}

impl ShellView {
    pub fn build(text: &str, region: &Region) -> Option<ShellView> {
        let code = embed::shell_code(text, region)?;
        let script = lexer::lex(text, &code.segments, code.dialect);
        let make_vars = if region.language == Language::Makefile {
            make_assignments(text, region.range.clone())
        } else {
            HashMap::new()
        };
        let mut max_end = Vec::with_capacity(script.commands.len());
        let mut assignments: HashMap<String, Vec<(usize, Range<usize>)>> = HashMap::new();
        let mut users_of: HashMap<String, Vec<usize>> = HashMap::new();
        let mut pipelines: HashMap<usize, Vec<usize>> = HashMap::new();
        for (i, c) in script.commands.iter().enumerate() {
            pipelines.entry(c.pipeline).or_default().push(i);
            max_end.push(max_end.last().copied().unwrap_or(0).max(c.range.end));
            let exported = c.words.iter().filter_map(|w| export_assignment(w, c));
            for (name, value) in c
                .assignments
                .iter()
                .map(|a| (a.name.clone(), a.value.range.clone()))
                .chain(exported)
            {
                assignments
                    .entry(name)
                    .or_default()
                    .push((c.range.start, value));
            }
            let targets = c.redirects.iter().map(|r| &r.target);
            let mut vars: Vec<&String> = c
                .words
                .iter()
                .chain(targets)
                .flat_map(|w| w.vars.iter())
                .collect();
            vars.sort();
            vars.dedup();
            for v in vars {
                users_of.entry(v.clone()).or_default().push(i);
            }
        }
        Some(ShellView {
            script,
            dialect: code.dialect,
            make_vars,
            max_end,
            assignments,
            users_of,
            pipelines,
        })
    }

    /// The commands of pipeline `id`.
    pub fn pipeline(&self, id: usize) -> impl Iterator<Item = &Command> {
        self.pipelines
            .get(&id)
            .into_iter()
            .flatten()
            .map(|&i| &self.script.commands[i])
    }

    /// The commands that expand `$var`, in source order.
    pub fn users_of(&self, var: &str) -> impl Iterator<Item = &Command> {
        self.users_of
            .get(var)
            .into_iter()
            .flatten()
            .map(|&i| &self.script.commands[i])
    }

    /// The innermost command that encloses `inner` (`X=$(curl ...)` for the curl).
    pub fn enclosing(&self, inner: &Command) -> Option<&Command> {
        let cmds = &self.script.commands;
        let pos = inner.range.start;
        let mut i = cmds.partition_point(|c| c.range.start <= pos);
        while i > 0 {
            i -= 1;
            if self.max_end[i] < inner.range.end {
                return None;
            }
            let c = &cmds[i];
            if std::ptr::eq(c, inner) {
                continue;
            }
            if c.range.start <= pos && inner.range.end <= c.range.end {
                return Some(c);
            }
        }
        None
    }

    /// The innermost command holding byte `pos` in one of its words or assignments.
    pub fn command_at(&self, pos: usize) -> Option<&Command> {
        let cmds = &self.script.commands;
        let mut i = cmds.partition_point(|c| c.range.start <= pos);
        // Commands are sorted by start; nested ones start after their parent, so the first one
        // found walking back that holds `pos` is the innermost.
        while i > 0 {
            i -= 1;
            if self.max_end[i] <= pos {
                return None;
            }
            let c = &cmds[i];
            if pos < c.range.end.max(c.range.start + 1) {
                return Some(c);
            }
        }
        None
    }

    /// True when `pos` is only text a command prints (`echo`, `printf`), not a request.
    pub fn is_printed(&self, pos: usize) -> bool {
        self.command_at(pos)
            .and_then(Command::name)
            .is_some_and(|n| matches!(n, "echo" | "printf"))
    }

    /// The request commands that use the URL at `url`: the command it is written in, or the commands
    /// that expand the variable it is assigned to.
    pub fn users(&self, url: &Range<usize>) -> Vec<&Command> {
        if let Some(cmd) = self.command_at(url.start) {
            if is_request(cmd) {
                return vec![cmd];
            }
            if let Some(var) = assigned_var(cmd, url.start) {
                return self.commands_using(&var, cmd.range.end, REQUEST_PROGRAMS);
            }
            return Vec::new();
        }
        // A Makefile variable outside recipes.
        let Some((name, _)) = self
            .make_vars
            .iter()
            .find(|(_, r)| r.start <= url.start && url.start < r.end)
        else {
            return Vec::new();
        };
        self.commands_using(name, 0, REQUEST_PROGRAMS)
    }

    /// Commands after `after` whose program is one of `programs` and that expand `$var`.
    pub fn commands_using(&self, var: &str, after: usize, programs: &[&str]) -> Vec<&Command> {
        let Some(users) = self.users_of.get(var) else {
            return Vec::new();
        };
        users
            .iter()
            .map(|&i| &self.script.commands[i])
            .filter(|c| c.range.start >= after)
            .filter(|c| c.name().is_some_and(|n| programs.contains(&n)))
            .collect()
    }

    /// The `Accept`/`Content-Type` versions of the requests that use the URL at `url`; `None` when no
    /// request command uses it (the caller falls back to text heuristics).
    pub fn request_headers(&self, text: &str, url: &Range<usize>) -> Option<RequestHeaders> {
        let users = self.users(url);
        if users.is_empty() {
            return None;
        }
        let mut out = RequestHeaders::default();
        for cmd in &users {
            for w in &cmd.words {
                let direct = media_versions(text, &w.range);
                if !direct.is_empty() {
                    out.versions.extend(direct);
                    continue;
                }
                for var in &w.vars {
                    let Some(def) = self.definition(var, cmd.range.start) else {
                        continue;
                    };
                    let found = media_versions(text, &def);
                    if found.is_empty() {
                        continue;
                    }
                    out.versions.extend(found);
                    let all = self.commands_using(var, 0, REQUEST_PROGRAMS);
                    if all.len() > users.len() {
                        let line = text[..def.start].matches('\n').count() + 1;
                        out.shared = Some(format!(
                            "The fix also changes the header variable `{var}` (line {line}), which {} other requests use too: \
                             check that they are all Flex calls.",
                            all.len() - users.len()
                        ));
                    }
                }
            }
        }
        out.versions.sort_by_key(|r| r.start);
        out.versions.dedup();
        Some(out)
    }

    /// The value range of the last assignment to `var` before `before` (shell or Makefile).
    fn definition(&self, var: &str, before: usize) -> Option<Range<usize>> {
        let shell = self.assignments.get(var).and_then(|list| {
            let n = list.partition_point(|(at, _)| *at < before);
            n.checked_sub(1).map(|i| list[i].1.clone())
        });
        shell.or_else(|| self.make_vars.get(var).cloned())
    }
}

fn is_request(cmd: &Command) -> bool {
    cmd.name().is_some_and(|n| REQUEST_PROGRAMS.contains(&n))
}

/// `export NAME=value` / `local NAME=value`: the assignment is a word of the command.
fn export_assignment(w: &lexer::Word, c: &Command) -> Option<(String, Range<usize>)> {
    let name = c.name()?;
    if !matches!(
        name,
        "export" | "local" | "declare" | "readonly" | "typeset"
    ) {
        return None;
    }
    let eq = w.literal.find('=')?;
    let var = &w.literal[..eq];
    if var.is_empty()
        || !var
            .chars()
            .all(|ch| ch.is_ascii_alphanumeric() || ch == '_')
    {
        return None;
    }
    // The value starts after `NAME=` in the source (quotes, if any, come after the `=`).
    Some((var.to_string(), w.range.start + eq + 1..w.range.end))
}

/// The variable that `cmd` assigns the text at `pos` to, if any.
fn assigned_var(cmd: &Command, pos: usize) -> Option<String> {
    let direct = cmd
        .assignments
        .iter()
        .find(|a| a.value.range.start <= pos && pos < a.value.range.end)
        .map(|a| a.name.clone());
    direct.or_else(|| {
        cmd.words
            .iter()
            .filter_map(|w| export_assignment(w, cmd))
            .find(|(_, r)| r.start <= pos && pos < r.end)
            .map(|(n, _)| n)
    })
}

/// Ranges of the dates in `application/vnd.atlas.YYYY-MM-DD+json` inside `range`.
pub fn media_versions(text: &str, range: &Range<usize>) -> Vec<Range<usize>> {
    crate::detect::url::media_type_regex()
        .captures_iter(&text[range.clone()])
        .filter_map(|c| c.get(1))
        .map(|g| range.start + g.start()..range.start + g.end())
        .collect()
}

/// `NAME = value`, `NAME := value`, `NAME ?= value`, `export NAME = value` lines of a Makefile.
fn make_assignments(text: &str, range: Range<usize>) -> HashMap<String, Range<usize>> {
    let mut out = HashMap::new();
    let mut pos = range.start;
    while pos < range.end {
        let end = text[pos..range.end]
            .find('\n')
            .map_or(range.end, |i| pos + i);
        let line = &text[pos..end];
        if !line.starts_with('\t') {
            let body = line.strip_prefix("export ").unwrap_or(line);
            let offset = line.len() - body.len();
            if let Some(eq) = body.find('=') {
                let name = body[..eq]
                    .trim_end_matches([':', '?', '+', '!', ' ', '\t'])
                    .trim();
                if !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                    let value_start = pos + offset + eq + 1;
                    out.insert(name.to_string(), value_start..end);
                }
            }
        }
        pos = end + 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn view(text: &str, language: Language) -> ShellView {
        ShellView::build(
            text,
            &Region {
                range: 0..text.len(),
                language,
            },
        )
        .unwrap()
    }

    #[test]
    fn header_of_the_curl_that_uses_the_url_variable() {
        let text = "URL=\"$B/x\"\nOTHER=1\ncurl -H 'Accept: application/vnd.atlas.2023-01-01+json' \"$URL\"\n";
        let v = view(text, Language::Shell);
        let url = text.find("$B/x").unwrap();
        let h = v.request_headers(text, &(url..url + 4)).unwrap();
        assert_eq!(h.versions.len(), 1);
        assert_eq!(&text[h.versions[0].clone()], "2023-01-01");
        assert_eq!(h.shared, None);
    }

    #[test]
    fn header_variable_shared_with_other_requests_needs_review() {
        let text = "A=\"Accept: application/vnd.atlas.2023-01-01+json\"\ncurl -H \"$A\" x/serverless\ncurl -H \"$A\" y/clusters\n";
        let v = view(text, Language::Shell);
        let url = text.find("x/serverless").unwrap();
        let h = v.request_headers(text, &(url..url + 12)).unwrap();
        assert_eq!(h.versions.len(), 1);
        assert!(h.shared.as_deref().unwrap().contains("`A` (line 1)"));
    }

    #[test]
    fn makefile_variables_feed_recipes() {
        let text = "ACCEPT := application/vnd.atlas.2023-01-01+json\nURL = $(BASE)/serverless\nx:\n\tcurl -H \"Accept: $(ACCEPT)\" \"$(URL)\"\n";
        let v = view(text, Language::Makefile);
        let url = text.find("$(BASE)/serverless").unwrap();
        let h = v.request_headers(text, &(url..url + 5)).unwrap();
        assert_eq!(h.versions.len(), 1);
    }

    #[test]
    fn echoed_text_is_not_a_request() {
        let text = "echo \"call /groups/g/serverless/c/backup/snapshots/s\"\n";
        let v = view(text, Language::Shell);
        assert!(v.is_printed(text.find("/groups").unwrap()));
    }
}

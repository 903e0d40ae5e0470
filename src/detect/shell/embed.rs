//! Where shell code is written inside other files: Makefile recipes, Dockerfile `RUN` lines, GitHub
//! Actions `run:` and GitLab CI `script:` blocks, Markdown fences (a `console` fence, or a shell or
//! unlabelled one with `$ ` prompts, is a terminal session: only the commands after a prompt are code).
//! Every segment is a byte range of the original file, so findings point into it.

use std::ops::Range;

use super::lexer::Dialect;
use crate::detect::regions::Region;
use crate::language::Language;

/// The shell segments of one region and how to lex them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShellCode {
    pub segments: Vec<Range<usize>>,
    pub dialect: Dialect,
}

/// The shell code in `region`, if its language holds any.
pub fn shell_code(text: &str, region: &Region) -> Option<ShellCode> {
    let r = region.range.clone();
    let (segments, dialect) = match region.language {
        Language::Shell => match fence_kind(text, &r) {
            Fence::Console => (
                console_segments(text, r, &["$ ", "% ", "# "]),
                Dialect::Posix,
            ),
            // In a script fence `#` starts a comment, never a root prompt.
            Fence::Prompted => (console_segments(text, r, &["$ ", "% "]), Dialect::Posix),
            Fence::Script => (vec![r], Dialect::Posix),
        },
        Language::Makefile => (make_recipes(text, r), Dialect::Make),
        Language::Dockerfile => (docker_runs(text, r), Dialect::Posix),
        Language::Yaml => (yaml_scripts(text, r), Dialect::Posix),
        _ => return None,
    };
    (!segments.is_empty()).then_some(ShellCode { segments, dialect })
}

/// Lines of `range` as (start, end-without-newline, next-line-start).
fn lines(text: &str, range: Range<usize>) -> impl Iterator<Item = (usize, usize, usize)> + '_ {
    let mut pos = range.start;
    std::iter::from_fn(move || {
        if pos >= range.end {
            return None;
        }
        let nl = text[pos..range.end].find('\n').map(|i| pos + i);
        let end = nl.unwrap_or(range.end);
        let next = nl.map_or(range.end, |i| i + 1);
        let item = (pos, end, next);
        pos = next;
        Some(item)
    })
}

fn continues(line: &str) -> bool {
    line.trim_end_matches(['\r', ' ', '\t']).ends_with('\\')
}

/// How the shell code of a region is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Fence {
    /// A `console` or `shell-session` fence: prompts, commands and their output.
    Console,
    /// A Markdown fence (`sh`, `bash`, `shell`, `zsh` or unlabelled) whose lines start with `$ `:
    /// a terminal session written in a script fence.
    Prompted,
    /// A script: a shell file, or a fence without prompts.
    Script,
}

fn fence_kind(text: &str, r: &Range<usize>) -> Fence {
    let Some(before) = text.get(..r.start).filter(|b| !b.is_empty()) else {
        return Fence::Script;
    };
    let opener = before
        .trim_end_matches('\n')
        .rsplit('\n')
        .next()
        .unwrap_or("")
        .trim_start();
    if !(opener.starts_with("```") || opener.starts_with("~~~")) {
        return Fence::Script;
    }
    let info = opener
        .trim_start_matches(['`', '~'])
        .trim()
        .to_ascii_lowercase();
    if info.starts_with("console")
        || info.starts_with("shell-session")
        || info.starts_with("shellsession")
    {
        return Fence::Console;
    }
    let zsh_prompt = info.starts_with("zsh")
        && text[r.clone()]
            .lines()
            .any(|l| l.trim_start().starts_with("% "));
    if crate::detect::regions::has_prompts(&text[r.clone()]) || zsh_prompt {
        return Fence::Prompted;
    }
    Fence::Script
}

/// In a terminal session, the commands after `prompts` (and `> ` continuations); output lines are
/// not code.
fn console_segments(text: &str, r: Range<usize>, prompts: &[&str]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut continuing = false;
    for (start, end, next) in lines(text, r) {
        let line = &text[start..end];
        let trimmed = line.trim_start();
        let indent = line.len() - trimmed.len();
        let prompt = prompts.iter().find(|p| trimmed.starts_with(**p));
        if let Some(p) = prompt {
            out.push(start + indent + p.len()..next);
            continuing = continues(line);
        } else if continuing {
            let body = trimmed
                .strip_prefix("> ")
                .map_or(start, |_| start + indent + 2);
            out.push(body..next);
            continuing = continues(line);
        }
    }
    out
}

/// Segments that start on the lines where `start_of` finds shell code (its offset in the line) and
/// run on over backslash-continued lines; `also_continues` names lines that keep a continued
/// instruction going without a backslash of their own.
fn continued_segments(
    text: &str,
    r: Range<usize>,
    start_of: impl Fn(&str) -> Option<usize>,
    also_continues: impl Fn(&str) -> bool,
) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::new();
    let mut continuing = false;
    for (start, end, next) in lines(text, r) {
        let line = &text[start..end];
        if continuing {
            if let Some(last) = out.last_mut() {
                last.end = next;
            }
            continuing = continues(line) || also_continues(line);
            continue;
        }
        if let Some(offset) = start_of(line) {
            out.push(start + offset..next);
            continuing = continues(line);
        }
    }
    out
}

/// Makefile recipe lines (starting with a tab) and their continuation lines; the `@`, `-` and `+`
/// prefixes are left out.
fn make_recipes(text: &str, r: Range<usize>) -> Vec<Range<usize>> {
    let recipe = |line: &str| {
        let body = line.strip_prefix('\t')?;
        Some(1 + body.len() - body.trim_start_matches(['@', '-', '+', ' ', '\t']).len())
    };
    continued_segments(text, r, recipe, |_| false)
}

/// `RUN` instructions (shell form) with their continuation lines (comments and blank lines inside
/// a continued instruction included).
fn docker_runs(text: &str, r: Range<usize>) -> Vec<Range<usize>> {
    let run = |line: &str| {
        let trimmed = line.trim_start();
        let is_run = trimmed
            .get(..4)
            .is_some_and(|w| w.eq_ignore_ascii_case("RUN "))
            && trimmed.len() > 4;
        if !is_run {
            return None;
        }
        let mut body = line.len() - trimmed.len() + 4;
        // `RUN --mount=... --network=... cmd`: skip the flags.
        while line[body..].trim_start().starts_with("--") {
            let rest = &line[body..];
            let flag = rest.trim_start();
            body += rest.len() - flag.len() + flag.find([' ', '\t']).unwrap_or(flag.len());
        }
        // The exec form (`RUN ["sh", "-c", "..."]`) runs no shell.
        (!line[body..].trim_start().starts_with('[')).then_some(body)
    };
    let inside = |line: &str| line.trim().starts_with('#') || line.trim().is_empty();
    continued_segments(text, r, run, inside)
}

const YAML_SHELL_KEYS: &[&str] = &[
    "run",
    "script",
    "before_script",
    "after_script",
    "command",
    "commands",
    "cmd",
    "entrypoint",
    "shell_command",
];

/// The values of `run:` (GitHub Actions) and `script:` / `before_script:` / `after_script:` (GitLab)
/// keys: block scalars, plain and quoted scalars, and lists of them.
fn yaml_scripts(text: &str, r: Range<usize>) -> Vec<Range<usize>> {
    let all: Vec<(usize, usize, usize)> = lines(text, r).collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < all.len() {
        let (start, end, next) = all[i];
        let line = &text[start..end];
        let trimmed = line.trim_start();
        let indent = line.len() - trimmed.len();
        let item = trimmed.strip_prefix("- ").unwrap_or(trimmed);
        let item_offset = trimmed.len() - item.len();
        let Some((key, rest)) = item.split_once(':') else {
            i += 1;
            continue;
        };
        if !YAML_SHELL_KEYS.contains(&key.trim())
            || !(rest.is_empty() || rest.starts_with([' ', '\r']))
        {
            i += 1;
            continue;
        }
        let key_indent = indent + item_offset;
        let value_start = start + key_indent + key.len() + 1;
        let value = text[value_start..end].trim();
        i += 1;
        if value.starts_with('|') || value.starts_with('>') {
            let (seg, used) = block(text, &all[i..], key_indent);
            out.extend(seg);
            i += used;
        } else if value.is_empty() {
            // A list of commands on the following lines.
            while i < all.len() {
                let (s, e, n) = all[i];
                let l = &text[s..e];
                let t = l.trim_start();
                let ind = l.len() - t.len();
                if t.is_empty() || t.starts_with('#') {
                    i += 1;
                    continue;
                }
                if ind < key_indent || !t.starts_with("- ") {
                    break;
                }
                let v = t[2..].trim_start();
                let v_start = s + ind + (t.len() - v.len());
                i += 1;
                if v.starts_with('|') || v.starts_with('>') {
                    let (seg, used) = block(text, &all[i..], ind);
                    out.extend(seg);
                    i += used;
                } else {
                    out.push(scalar(text, v_start, e, n));
                }
            }
        } else {
            out.push(scalar(
                text,
                value_start
                    + (text[value_start..end].len() - text[value_start..end].trim_start().len()),
                end,
                next,
            ));
        }
    }
    out
}

/// A one-line scalar: inside its quotes when quoted.
fn scalar(text: &str, start: usize, end: usize, next: usize) -> Range<usize> {
    let v = &text[start..end];
    let t = v.trim_end_matches(['\r', ' ']);
    for q in ['\'', '"'] {
        if t.len() >= 2 && t.starts_with(q) && t.ends_with(q) {
            return start + 1..start + t.len() - 1;
        }
    }
    start..next
}

/// The lines of a block scalar more indented than `parent_indent`; returns them and how many lines
/// were used.
fn block(
    text: &str,
    rest: &[(usize, usize, usize)],
    parent_indent: usize,
) -> (Option<Range<usize>>, usize) {
    let mut used = 0;
    let mut first = None;
    let mut last = None;
    for &(s, e, n) in rest {
        let l = &text[s..e];
        let t = l.trim_start();
        if !t.trim().is_empty() && l.len() - t.len() <= parent_indent {
            break;
        }
        first.get_or_insert(s);
        last = Some(n);
        used += 1;
    }
    match (first, last) {
        (Some(f), Some(l)) => (Some(f..l), used),
        _ => (None, used),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(text: &str, language: Language) -> Vec<&str> {
        let region = Region {
            range: 0..text.len(),
            language,
        };
        shell_code(text, &region)
            .map(|c| c.segments.into_iter().map(|r| &text[r]).collect())
            .unwrap_or_default()
    }

    #[test]
    fn makefile_recipes_without_prefixes() {
        let text = "X := 1\nall:\n\t@curl a \\\n\t  b\n\t-echo c\n# c\n";
        assert_eq!(
            code(text, Language::Makefile),
            vec!["curl a \\\n\t  b\n", "echo c\n"]
        );
    }

    #[test]
    fn dockerfile_run_lines_shell_form_only() {
        let text = "FROM x\nRUN --mount=type=cache,target=/c curl a \\\n    && echo b\nRUN [\"sh\", \"-c\", \"x\"]\nrun y\n";
        assert_eq!(
            code(text, Language::Dockerfile),
            vec![" curl a \\\n    && echo b\n", "y\n"]
        );
    }

    #[test]
    fn github_run_blocks_and_gitlab_script_lists() {
        let text = "steps:\n  - name: a\n    run: |\n      curl x\n      echo y\n  - run: curl z\njob:\n  script:\n    - 'curl q'\n    - echo w\n  stage: t\n";
        assert_eq!(
            code(text, Language::Yaml),
            vec![
                "      curl x\n      echo y\n",
                "curl z\n",
                "curl q",
                "echo w\n"
            ]
        );
    }
}

#[cfg(test)]
mod regression_tests {
    use super::*;

    #[test]
    fn a_dockerfile_line_starting_with_multibyte_text_does_not_panic() {
        // Found by the property tests: the `RUN ` check sliced inside a character.
        let text = "Ꭸ🕴쾘!\nRUN curl x\n";
        let region = Region {
            range: 0..text.len(),
            language: Language::Dockerfile,
        };
        let code = shell_code(text, &region).unwrap();
        assert_eq!(&text[code.segments[0].clone()], "curl x\n");
    }
}

//! A shell lexer that understands quotes, escapes, backslash line continuations, `$VAR`/`${VAR}`/
//! `$(...)` (lexed recursively: a curl inside `$(...)` is a command too), comments, heredocs,
//! pipelines and `&&`/`;` lists. Every word keeps its byte range in the original file.

use std::ops::Range;

/// Which flavour of shell text a segment holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    /// A shell script, a fenced block, a CI `run:` block.
    Posix,
    /// A Makefile recipe: `$(VAR)` is a Make variable and `$$` a literal `$`.
    Make,
}

/// A word: its source range, its value when it holds no expansions, and the variables it uses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    pub range: Range<usize>,
    /// The word after quote removal, when it is fully literal.
    pub value: Option<String>,
    /// The literal text with every expansion left out (always available, for matching).
    pub literal: String,
    /// Names of variables the word expands (`$X`, `${X}`, `${X:-d}`, Make `$(X)`).
    pub vars: Vec<String>,
}

/// `NAME=value` before a command (or alone).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assignment {
    pub name: String,
    pub value: Word,
}

/// A redirection such as `> out.json` or `-o` is not one (that is an argument).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Redirect {
    pub op: String,
    pub target: Word,
}

/// One simple command.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Command {
    pub assignments: Vec<Assignment>,
    pub words: Vec<Word>,
    pub redirects: Vec<Redirect>,
    /// From the first to the last byte of the command.
    pub range: Range<usize>,
    /// Index of the pipeline this command belongs to, and its position in it.
    pub pipeline: usize,
    pub stage: usize,
}

impl Command {
    /// The command name with wrappers (`sudo`, `env`, `command`, `time`, `exec`, `nohup`) skipped.
    pub fn name_index(&self) -> Option<usize> {
        let mut i = 0;
        while let Some(w) = self.words.get(i) {
            let v = w.value.as_deref().unwrap_or("");
            let base = v.rsplit('/').next().unwrap_or(v);
            match base {
                "sudo" | "command" | "time" | "exec" | "nohup" | "builtin" => i += 1,
                "env" => {
                    i += 1;
                    while self
                        .words
                        .get(i)
                        .and_then(|w| w.value.as_deref())
                        .is_some_and(|v| v.contains('=') || v.starts_with('-'))
                    {
                        i += 1;
                    }
                }
                _ => return Some(i),
            }
        }
        None
    }

    /// The base name of the program run (`curl` for `/usr/bin/curl`).
    pub fn name(&self) -> Option<&str> {
        let w = self.words.get(self.name_index()?)?;
        let v = w.value.as_deref()?;
        Some(v.rsplit('/').next().unwrap_or(v))
    }
}

/// Every command found in the segments, in source order of their start.
#[derive(Debug, Clone, Default)]
pub struct Script {
    pub commands: Vec<Command>,
    /// Heredoc bodies: data, not commands.
    pub heredocs: Vec<Range<usize>>,
    pub comments: Vec<Range<usize>>,
}

const KEYWORDS: &[&str] = &[
    "if", "then", "else", "elif", "fi", "do", "done", "while", "until", "!", "{", "}", "time",
];

/// Lexes the given segments of `text` (each a byte range holding shell code).
pub fn lex(text: &str, segments: &[Range<usize>], dialect: Dialect) -> Script {
    let mut script = Script::default();
    let mut pipeline = 0;
    for seg in segments {
        let mut lx = Lexer {
            b: text.as_bytes(),
            text,
            end: seg.end.min(text.len()),
            dialect,
            script: &mut script,
            pipeline: &mut pipeline,
            pending_heredocs: Vec::new(),
            in_backticks: false,
        };
        lx.list(seg.start, None);
    }
    script.commands.sort_by_key(|c| c.range.start);
    script
}

struct Lexer<'a, 's> {
    b: &'a [u8],
    text: &'a str,
    end: usize,
    dialect: Dialect,
    script: &'s mut Script,
    pipeline: &'s mut usize,
    /// (delimiter, strip tabs) of heredocs whose bodies start at the next line.
    pending_heredocs: Vec<(String, bool)>,
    /// Inside `` `...` ``: an unescaped backtick closes it (nesting needs `\``).
    in_backticks: bool,
}

impl Lexer<'_, '_> {
    fn at(&self, i: usize) -> u8 {
        if i < self.end {
            self.b[i]
        } else {
            0
        }
    }

    /// Lexes commands from `i` until `close` (a `)` or `` ` `` ending a substitution) or the end.
    /// Returns the offset after the closing byte.
    fn list(&mut self, mut i: usize, close: Option<u8>) -> usize {
        let mut cmd = Command::default();
        let mut stage = 0;
        let mut cmd_start: Option<usize> = None;
        let mut redirect_op: Option<String> = None;
        loop {
            // Whitespace and line continuations.
            while i < self.end {
                match self.at(i) {
                    b' ' | b'\t' | b'\r' => i += 1,
                    b'\\' if self.at(i + 1) == b'\n' => i += 2,
                    b'\\' if self.at(i + 1) == b'\r' && self.at(i + 2) == b'\n' => i += 3,
                    _ => break,
                }
            }
            let c = self.at(i);
            if i >= self.end || Some(c) == close {
                self.finish(&mut cmd, cmd_start.take(), stage);
                return if i >= self.end { self.end } else { i + 1 };
            }
            match c {
                b'#' => {
                    let mut e = self.line_end(i);
                    // Inside `...` the closing backtick ends the substitution, comment or not.
                    if close == Some(b'`') || self.in_backticks {
                        e = e.min(self.find_byte(i, b'`'));
                    }
                    self.script.comments.push(i..e);
                    i = e;
                }
                b'\n' => {
                    self.finish(&mut cmd, cmd_start.take(), stage);
                    stage = 0;
                    *self.pipeline += 1;
                    i += 1;
                    i = self.skip_heredoc_bodies(i);
                }
                b';' | b'&' | b'|' | b'(' | b')' => {
                    let two = [c, self.at(i + 1)];
                    let pipe = c == b'|' && two[1] != b'|';
                    self.finish(&mut cmd, cmd_start.take(), stage);
                    if pipe {
                        stage += 1;
                    } else {
                        stage = 0;
                        *self.pipeline += 1;
                    }
                    let len = if matches!(&two, b"&&" | b"||" | b";;" | b"|&") {
                        2
                    } else {
                        1
                    };
                    i += len;
                }
                b'<' | b'>' => {
                    let start = i;
                    while matches!(self.at(i), b'<' | b'>' | b'&' | b'|' | b'-') && i - start < 3 {
                        i += 1;
                    }
                    let op = self.text[start..i].to_string();
                    if op.starts_with("<<") && op != "<<<" {
                        i = self.heredoc_start(i, op.ends_with('-'));
                        continue;
                    }
                    redirect_op = Some(op);
                }
                _ => {
                    // A file descriptor before a redirection: `2>`.
                    if c.is_ascii_digit() && matches!(self.at(i + 1), b'>' | b'<') {
                        i += 1;
                        continue;
                    }
                    let (word, next) = self.word(i);
                    i = next;
                    cmd_start.get_or_insert(word.range.start);
                    cmd.range.end = word.range.end;
                    if let Some(op) = redirect_op.take() {
                        cmd.redirects.push(Redirect { op, target: word });
                        continue;
                    }
                    if cmd.words.is_empty() {
                        if let Some(a) = assignment(self.text, &word) {
                            cmd.assignments.push(a);
                            continue;
                        }
                        if word.value.as_deref().is_some_and(|v| KEYWORDS.contains(&v)) {
                            cmd_start = None;
                            continue;
                        }
                    }
                    cmd.words.push(word);
                }
            }
        }
    }

    fn finish(&mut self, cmd: &mut Command, start: Option<usize>, stage: usize) {
        let Some(start) = start else {
            *cmd = Command::default();
            return;
        };
        let mut done = std::mem::take(cmd);
        done.range.start = start;
        done.pipeline = *self.pipeline;
        done.stage = stage;
        if !done.words.is_empty() || !done.assignments.is_empty() {
            self.script.commands.push(done);
        }
    }

    fn line_end(&self, i: usize) -> usize {
        memchr::memchr(b'\n', &self.b[i..self.end]).map_or(self.end, |j| i + j)
    }

    fn heredoc_start(&mut self, mut i: usize, strip: bool) -> usize {
        while matches!(self.at(i), b' ' | b'\t') {
            i += 1;
        }
        let (word, next) = self.word(i);
        let delim = word.literal.clone();
        if !delim.is_empty() {
            self.pending_heredocs.push((delim, strip));
        }
        next
    }

    fn skip_heredoc_bodies(&mut self, mut i: usize) -> usize {
        for (delim, strip) in std::mem::take(&mut self.pending_heredocs) {
            let body_start = i;
            loop {
                if i >= self.end {
                    self.script.heredocs.push(body_start..self.end);
                    return self.end;
                }
                let e = self.line_end(i);
                let mut line = self.text[i..e].trim_end_matches('\r');
                if strip {
                    line = line.trim_start_matches('\t');
                }
                let next = (e + 1).min(self.end);
                if line == delim {
                    self.script.heredocs.push(body_start..i);
                    i = next;
                    break;
                }
                i = next;
            }
        }
        i
    }

    /// Reads one word starting at `i`.
    fn word(&mut self, start: usize) -> (Word, usize) {
        let mut i = start;
        let mut value = String::new();
        let mut literal = String::new();
        let mut expands = false;
        let mut vars = Vec::new();
        while i < self.end {
            let c = self.at(i);
            match c {
                b' ' | b'\t' | b'\n' | b'\r' | b';' | b'&' | b'|' | b'<' | b'>' | b'(' | b')' => {
                    break
                }
                b'`' if self.in_backticks => break,
                b'`' => {
                    expands = true;
                    self.in_backticks = true;
                    i = self.list(i + 1, Some(b'`'));
                    self.in_backticks = false;
                }
                b'\\' => {
                    if i + 1 >= self.end {
                        i += 1;
                        continue;
                    }
                    let ch = self.char_at(i + 1);
                    if ch != '\n' {
                        value.push(ch);
                        literal.push(ch);
                    }
                    i += 1 + ch.len_utf8();
                }
                b'\'' => {
                    let close = self.find_byte(i + 1, b'\'');
                    value.push_str(&self.text[i + 1..close]);
                    literal.push_str(&self.text[i + 1..close]);
                    i = (close + 1).min(self.end);
                }
                b'"' => {
                    i += 1;
                    while i < self.end && self.at(i) != b'"' {
                        match self.at(i) {
                            b'\\'
                                if matches!(self.at(i + 1), b'"' | b'\\' | b'$' | b'`' | b'\n') =>
                            {
                                if self.at(i + 1) != b'\n' {
                                    value.push(self.at(i + 1) as char);
                                    literal.push(self.at(i + 1) as char);
                                }
                                i += 2;
                            }
                            b'$' | b'`' => {
                                let (next, var) = self.expansion(i);
                                expands |= next > i + 1 || self.at(i) == b'`';
                                vars.extend(var);
                                if next == i + 1 {
                                    value.push('$');
                                    literal.push('$');
                                }
                                i = next;
                            }
                            _ => {
                                let ch = self.char_at(i);
                                value.push(ch);
                                literal.push(ch);
                                i += ch.len_utf8();
                            }
                        }
                    }
                    i = (i + 1).min(self.end);
                }
                b'$' if self.at(i + 1) == b'\'' => {
                    let close = self.find_ansi_c_end(i + 2);
                    let content = &self.text[i + 2..close];
                    value.push_str(content);
                    literal.push_str(content);
                    i = (close + 1).min(self.end);
                }
                b'$' => {
                    let (next, var) = self.expansion(i);
                    if next == i + 1 {
                        value.push('$');
                        literal.push('$');
                    } else {
                        expands = true;
                    }
                    vars.extend(var);
                    i = next;
                }
                _ => {
                    let ch = self.char_at(i);
                    value.push(ch);
                    literal.push(ch);
                    i += ch.len_utf8();
                }
            }
        }
        let word = Word {
            range: start..i,
            value: (!expands).then_some(value),
            literal,
            vars,
        };
        (word, i.max(start + 1).min(self.end.max(start + 1)))
    }

    fn char_at(&self, i: usize) -> char {
        self.text[i..].chars().next().unwrap_or(' ')
    }

    fn find_byte(&self, from: usize, b: u8) -> usize {
        memchr::memchr(b, &self.b[from.min(self.end)..self.end]).map_or(self.end, |j| from + j)
    }

    fn find_ansi_c_end(&self, mut i: usize) -> usize {
        while i < self.end {
            match self.at(i) {
                b'\\' => i += 2,
                b'\'' => return i,
                _ => i += 1,
            }
        }
        self.end
    }

    /// An expansion at `i` (which holds `$`): returns the offset after it and the variable it names.
    fn expansion(&mut self, i: usize) -> (usize, Option<String>) {
        let n = self.at(i + 1);
        if self.dialect == Dialect::Make && n == b'$' {
            // `$$` in a recipe is one `$` for the shell: look at what follows it.
            let (next, var) = self.expansion(i + 1);
            return (next.max(i + 2), var);
        }
        match n {
            b'(' if self.at(i + 2) == b'(' => (
                self.matching(i + 1, b'(', b')').map_or(self.end, |e| e + 1),
                None,
            ),
            b'(' if self.dialect == Dialect::Make => {
                let close = self.matching(i + 1, b'(', b')');
                let inner_end = close.unwrap_or(self.end);
                let name = self.text[i + 2..inner_end.max(i + 2)].trim().to_string();
                (close.map_or(self.end, |e| e + 1), Some(name))
            }
            b'(' => (self.list(i + 2, Some(b')')), None),
            b'{' => {
                let close = self.matching(i + 1, b'{', b'}');
                let end = close.map_or(self.end, |e| e + 1);
                let inner = &self.text[i + 2..close.unwrap_or(self.end).max(i + 2)];
                let name: String = inner
                    .trim_start_matches(['#', '!'])
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect();
                (end, (!name.is_empty()).then_some(name))
            }
            c if c.is_ascii_alphabetic() || c == b'_' => {
                let mut j = i + 1;
                while self.at(j).is_ascii_alphanumeric() || self.at(j) == b'_' {
                    j += 1;
                }
                (j, Some(self.text[i + 1..j].to_string()))
            }
            c if c.is_ascii_digit()
                || matches!(c, b'@' | b'*' | b'#' | b'?' | b'$' | b'!' | b'-') =>
            {
                (i + 2, None)
            }
            _ => (i + 1, None),
        }
    }

    /// Offset of the bracket matching the one at `open_at`, if it is closed.
    fn matching(&self, open_at: usize, open: u8, close: u8) -> Option<usize> {
        let mut depth = 0;
        let mut i = open_at;
        while i < self.end {
            let c = self.at(i);
            if c == b'\\' {
                i += 2;
                continue;
            }
            if c == open {
                depth += 1;
            } else if c == close {
                depth -= 1;
                if depth == 0 {
                    return Some(i);
                }
            }
            i += 1;
        }
        None
    }
}

fn assignment(text: &str, word: &Word) -> Option<Assignment> {
    let src = &text[word.range.clone()];
    let eq = src.find('=')?;
    let name = &src[..eq];
    let valid = !name.is_empty()
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        && !name.starts_with(|c: char| c.is_ascii_digit());
    if !valid {
        return None;
    }
    let value_start = word.range.start + eq + 1;
    let raw = &text[value_start..word.range.end];
    let unquoted = raw.trim_matches(|c| c == '"' || c == '\'');
    Some(Assignment {
        name: name.to_string(),
        value: Word {
            range: value_start..word.range.end,
            value: word.value.as_ref().map(|_| unquoted.to_string()),
            literal: word.literal.get(eq + 1..).unwrap_or("").to_string(),
            vars: word.vars.clone(),
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn script(text: &str) -> Script {
        lex(text, std::slice::from_ref(&(0..text.len())), Dialect::Posix)
    }

    fn words(c: &Command, text: &str) -> Vec<String> {
        c.words
            .iter()
            .map(|w| text[w.range.clone()].to_string())
            .collect()
    }

    #[test]
    fn continuation_lines_quotes_and_comments() {
        let text =
            "curl -s \\\n  -H 'Accept: x' \\\n  \"$BASE/a b\" # trailing\n# whole line\necho hi\n";
        let s = script(text);
        assert_eq!(s.commands.len(), 2);
        assert_eq!(
            words(&s.commands[0], text),
            vec!["curl", "-s", "-H", "'Accept: x'", "\"$BASE/a b\""]
        );
        assert_eq!(s.commands[0].words[3].value.as_deref(), Some("Accept: x"));
        assert_eq!(s.commands[0].words[4].value, None);
        assert_eq!(s.commands[0].words[4].vars, vec!["BASE"]);
        assert_eq!(s.comments.len(), 2);
        assert_eq!(s.commands[1].name(), Some("echo"));
    }

    #[test]
    fn pipelines_lists_and_substitutions() {
        let text = "X=$(curl -s \"$U\" | jq -r .id) && sudo curl a; if curl b; then echo; fi\n";
        let s = script(text);
        let names: Vec<_> = s
            .commands
            .iter()
            .map(|c| c.name().unwrap_or("<assign>"))
            .collect();
        assert_eq!(
            names,
            vec!["<assign>", "curl", "jq", "curl", "curl", "echo"]
        );
        let curl = &s.commands[1];
        let jq = &s.commands[2];
        assert_eq!((curl.pipeline, curl.stage), (jq.pipeline, 0));
        assert_eq!(jq.stage, 1);
        assert_eq!(s.commands[0].assignments[0].name, "X");
    }

    #[test]
    fn heredoc_bodies_are_data() {
        let text = "cat <<'EOF' > out.sh\ncurl inside\nEOF\ncurl after\n";
        let s = script(text);
        let names: Vec<_> = s.commands.iter().filter_map(|c| c.name()).collect();
        assert_eq!(names, vec!["cat", "curl"]);
        assert_eq!(&text[s.heredocs[0].clone()], "curl inside\n");
        assert_eq!(
            s.commands[0].redirects[0].target.value.as_deref(),
            Some("out.sh")
        );
    }

    #[test]
    fn ansi_c_strings_and_make_variables() {
        let text = "curl -H $'Accept: y' \"$(BASE)/x\" $$HOME\n";
        let s = lex(text, std::slice::from_ref(&(0..text.len())), Dialect::Make);
        let c = &s.commands[0];
        assert_eq!(c.words[2].value.as_deref(), Some("Accept: y"));
        assert_eq!(c.words[3].vars, vec!["BASE"]);
        assert_eq!(c.words[4].vars, vec!["HOME"]);
    }

    #[test]
    fn a_comment_inside_backticks_ends_at_the_closing_backtick() {
        // Found by the property tests: the comment swallowed the closing backticks.
        let text = "x=`echo a # note`; curl b\n";
        let s = script(text);
        assert_eq!(&text[s.comments[0].clone()], "# note");
        assert!(s.commands.iter().any(|c| c.name() == Some("curl")));
    }

    #[test]
    fn an_unescaped_backtick_inside_backticks_closes_them() {
        // Found by the property tests: backticks nested instead of closing, as bash does.
        let text = "```bash\n\"u\"```bash\n# c```bash\nadmin.X";
        let s = script(text);
        let comments: Vec<&str> = s.comments.iter().map(|r| &text[r.clone()]).collect();
        assert_eq!(comments, vec!["# c```bash"]);
        // A comment in `$(...)` inside backticks still ends at the closing backtick.
        let text = "`$(# c`x\n";
        let s = script(text);
        assert_eq!(&text[s.comments[0].clone()], "# c");
    }

    #[test]
    fn never_panics_on_unterminated_input() {
        for text in [
            "curl 'abc",
            "curl \"abc",
            "x=$(",
            "echo ${",
            "cat <<EOF\nno end",
            "a \\",
            "$'\\",
            "`",
        ] {
            let _ = script(text);
        }
    }
}

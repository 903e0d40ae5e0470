//! Splits a file into regions of one language each: the whole file, or for Markdown the prose and
//! each fenced code block (whose info string names its language; an unlabelled fence of `$ ` prompt
//! lines is a shell session).

use std::ops::Range;

use crate::language::Language;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Region {
    pub range: Range<usize>,
    pub language: Language,
}

/// The regions of `text`, in order, covering it without overlap (fence lines belong to prose).
pub fn regions(text: &str, language: Language) -> Vec<Region> {
    if language != Language::Markdown {
        return vec![Region {
            range: 0..text.len(),
            language,
        }];
    }
    markdown_regions(text)
}

fn markdown_regions(text: &str) -> Vec<Region> {
    let mut out = Vec::new();
    let mut prose_start = 0;
    // (fence char, fence length, content, language: `None` for an unlabelled fence)
    let mut open: Option<(u8, usize, Range<usize>, Option<Language>)> = None;
    let settle = |content: &Range<usize>, lang: Option<Language>| match lang {
        Some(l) => l,
        None if has_prompts(&text[content.clone()]) => Language::Shell,
        None => Language::Text,
    };
    let mut pos = 0;
    while pos < text.len() {
        let end = text[pos..].find('\n').map_or(text.len(), |i| pos + i + 1);
        let line = &text[pos..end];
        let trimmed = line.trim_start_matches(' ');
        let indent = line.len() - trimmed.len();
        let fence = fence_marker(trimmed).filter(|_| indent <= 3);
        match (&mut open, fence) {
            (None, Some((ch, len, info))) => {
                let lang = if info.trim().is_empty() {
                    None
                } else {
                    Some(Language::from_fence_tag(info).unwrap_or(Language::Text))
                };
                if prose_start < end {
                    out.push(Region {
                        range: prose_start..end,
                        language: Language::Markdown,
                    });
                }
                open = Some((ch, len, end..end, lang));
            }
            (Some((ch, len, content, lang)), Some((c2, l2, info)))
                if c2 == *ch && l2 >= *len && info.trim().is_empty() =>
            {
                content.end = pos;
                out.push(Region {
                    range: content.clone(),
                    language: settle(content, *lang),
                });
                prose_start = pos;
                open = None;
            }
            _ => {}
        }
        pos = end;
    }
    match open {
        Some((_, _, content, lang)) => out.push(Region {
            range: content.start..text.len(),
            language: settle(&(content.start..text.len()), lang),
        }),
        None if prose_start < text.len() => out.push(Region {
            range: prose_start..text.len(),
            language: Language::Markdown,
        }),
        None => {}
    }
    out.retain(|r| !r.range.is_empty());
    out
}

/// Some line of `body` is a command after a `$ ` prompt (a terminal session, not a script).
pub fn has_prompts(body: &str) -> bool {
    body.lines().any(|l| l.trim_start().starts_with("$ "))
}

/// ```` ``` ```` or `~~~` (three or more) and the info string after it.
fn fence_marker(line: &str) -> Option<(u8, usize, &str)> {
    let ch = *line.as_bytes().first()?;
    if ch != b'`' && ch != b'~' {
        return None;
    }
    let len = line.bytes().take_while(|&b| b == ch).count();
    if len < 3 {
        return None;
    }
    let info = line[len..].trim_end_matches(['\n', '\r']);
    if ch == b'`' && info.contains('`') {
        return None;
    }
    Some((ch, len, info))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_fences_become_regions_of_their_language() {
        let text = "# Title\n\n```bash\ncurl x\n```\n\nprose\n~~~go\nfmt.Println()\n~~~\n";
        let r = regions(text, Language::Markdown);
        let langs: Vec<_> = r
            .iter()
            .map(|r| (r.language, &text[r.range.clone()]))
            .collect();
        assert_eq!(
            langs,
            vec![
                (Language::Markdown, "# Title\n\n```bash\n"),
                (Language::Shell, "curl x\n"),
                (Language::Markdown, "```\n\nprose\n~~~go\n"),
                (Language::Go, "fmt.Println()\n"),
                (Language::Markdown, "~~~\n"),
            ]
        );
    }

    #[test]
    fn an_unlabelled_fence_of_prompts_is_shell() {
        let text = "```\n$ atlas --help\n```\n```\nplain\n```\n";
        let langs: Vec<_> = regions(text, Language::Markdown)
            .into_iter()
            .filter(|r| r.language != Language::Markdown)
            .map(|r| r.language)
            .collect();
        assert_eq!(langs, vec![Language::Shell, Language::Text]);
    }

    #[test]
    fn unclosed_fence_runs_to_the_end() {
        let text = "```sh\necho\n";
        let r = regions(text, Language::Markdown);
        assert_eq!(r.last().unwrap().language, Language::Shell);
        assert_eq!(&text[r.last().unwrap().range.clone()], "echo\n");
    }
}

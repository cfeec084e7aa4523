//! The core's rich text as Discord markdown, in messages of at most 2,000
//! characters. Every run's text is escaped, so user text (names, goals) can
//! neither format nor break the message, nor mention anyone.

use bot_core::message::{Block, Inline, RichText};

/// Discord's limit for a message's content, in characters.
pub const MESSAGE_LIMIT: usize = 2000;

/// Characters Discord's markdown gives a meaning: emphasis, code, spoilers,
/// strikethrough, quotes, headings, lists and subtext, masked links (`[`
/// suffices to break them), mentions, channels, timestamps and custom emoji
/// (`<`, `@`). A backslash before any of them shows it as is.
const SPECIAL: &[char] = &[
    '\\', '*', '_', '`', '~', '|', '>', '<', '#', '-', '[', ']', '@',
];

/// Escapes text for Discord markdown.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if SPECIAL.contains(&c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

fn escaped_len(c: char) -> usize {
    if SPECIAL.contains(&c) { 2 } else { 1 }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Style {
    Plain,
    Bold,
    Italic,
    Code,
}

impl Style {
    fn of(inline: &Inline) -> (Style, &str) {
        match inline {
            Inline::Text(s) => (Style::Plain, s),
            Inline::Bold(s) => (Style::Bold, s),
            Inline::Italic(s) => (Style::Italic, s),
            Inline::Code(s) => (Style::Code, s),
        }
    }

    fn marker(self) -> &'static str {
        match self {
            Style::Plain => "",
            Style::Bold => "**",
            Style::Italic => "*",
            Style::Code => "`",
        }
    }
}

/// One run in markdown. Whitespace at the ends stays outside the markers
/// (Discord does not emphasise `* a*`); code shows its text verbatim, so a
/// backtick inside it becomes a look-alike that cannot end the span.
fn render_run(style: Style, text: &str) -> String {
    let core = text.trim();
    if style == Style::Plain || core.is_empty() {
        return escape(text);
    }
    let lead = &text[..text.len() - text.trim_start().len()];
    let trail = &text[text.trim_end().len()..];
    let body = match style {
        Style::Code => core.replace('`', "\u{2CB}"),
        _ => escape(core),
    };
    let marker = style.marker();
    format!("{lead}{marker}{body}{marker}{trail}")
}

fn chars(s: &str) -> usize {
    s.chars().count()
}

/// Splits one long run into pieces whose markdown fits `limit`, preferably at spaces.
fn split_run(style: Style, text: &str, limit: usize) -> Vec<String> {
    let overhead = 2 * style.marker().len();
    let budget = limit.saturating_sub(overhead).max(2);
    let mut pieces = Vec::new();
    let mut current = String::new();
    let mut used = 0;
    for c in text.chars() {
        let cost = if style == Style::Code {
            1
        } else {
            escaped_len(c)
        };
        if used + cost > budget && !current.is_empty() {
            // Break after the last space of the piece, if there is one not too far back.
            let cut = current
                .rfind(char::is_whitespace)
                .filter(|&i| chars(&current[i..]) < budget / 4)
                .map(|i| i + current[i..].chars().next().map_or(1, char::len_utf8));
            let rest = match cut {
                Some(i) if i < current.len() => current.split_off(i),
                _ => String::new(),
            };
            pieces.push(render_run(style, &current));
            used = rest
                .chars()
                .map(|c| {
                    if style == Style::Code {
                        1
                    } else {
                        escaped_len(c)
                    }
                })
                .sum();
            current = rest;
        }
        current.push(c);
        used += cost;
    }
    if !current.is_empty() {
        pieces.push(render_run(style, &current));
    }
    pieces
}

/// Appends `next` to a line, keeping two emphasis markers from running into
/// each other (`**a***b*` would not parse as bold then italic).
fn join_runs(line: &mut String, next: &str) {
    if let (Some(a), Some(b)) = (line.chars().last(), next.chars().next())
        && a == b
        && (a == '*' || a == '`')
    {
        line.push('\u{200B}');
    }
    line.push_str(next);
}

fn render_inlines(inlines: &[Inline]) -> String {
    let mut line = String::new();
    for inline in inlines {
        let (style, text) = Style::of(inline);
        if text.is_empty() {
            continue;
        }
        join_runs(&mut line, &render_run(style, text));
    }
    line
}

/// Greedy packing of pieces into messages.
struct Packer {
    limit: usize,
    done: Vec<String>,
    current: String,
}

impl Packer {
    fn push(&mut self, piece: &str, separator: &str) {
        if self.current.is_empty() {
            self.current.push_str(piece);
        } else if chars(&self.current) + chars(separator) + chars(piece) <= self.limit {
            self.current.push_str(separator);
            if separator.is_empty() {
                join_runs(&mut self.current, piece);
            } else {
                self.current.push_str(piece);
            }
        } else {
            self.done.push(std::mem::take(&mut self.current));
            self.current.push_str(piece);
        }
    }

    /// A line that may be longer than a message: split between runs, then inside runs.
    fn push_line(&mut self, prefix: &str, inlines: &[Inline], separator: &str) {
        let mut line = prefix.to_owned();
        line.push_str(&render_inlines(inlines));
        if chars(&line) <= self.limit {
            self.push(&line, separator);
            return;
        }
        let mut first = true;
        if !prefix.is_empty() {
            self.push(prefix, separator);
            first = false;
        }
        for inline in inlines {
            let (style, text) = Style::of(inline);
            if text.is_empty() {
                continue;
            }
            for piece in split_run(style, text, self.limit) {
                self.push(&piece, if first { separator } else { "" });
                first = false;
            }
        }
    }

    fn finish(mut self) -> Vec<String> {
        if !self.current.is_empty() {
            self.done.push(self.current);
        }
        self.done
    }
}

/// The text as messages of at most `limit` characters, split between
/// paragraphs (or list items) where possible, else between and inside runs.
pub fn render(text: &RichText, limit: usize) -> Vec<String> {
    let mut packer = Packer {
        limit,
        done: Vec::new(),
        current: String::new(),
    };
    for block in &text.blocks {
        match block {
            Block::Paragraph(inlines) => packer.push_line("", inlines, "\n"),
            Block::Bullets(items) => {
                for item in items {
                    packer.push_line("- ", item, "\n");
                }
            }
        }
    }
    packer.finish()
}

/// Plain text (a label on a button or in a select menu) cut to `max` characters.
pub fn truncate(text: &str, max: usize) -> String {
    if chars(text) <= max {
        return text.to_owned();
    }
    let mut out: String = text.chars().take(max.saturating_sub(1)).collect();
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn user_text_cannot_format_or_mention() {
        let text = RichText::plain(
            "**Ann** _x_ `c` ~~s~~ ||spoiler|| > quote # head - item [a](b) <@1> @everyone",
        );
        let out = render(&text, MESSAGE_LIMIT);
        assert_eq!(
            out,
            vec![
                r"\*\*Ann\*\* \_x\_ \`c\` \~\~s\~\~ \|\|spoiler\|\| \> quote \# head \- item \[a\](b) \<\@1\> \@everyone"
            ]
        );
    }

    #[test]
    fn runs_become_markdown_with_escaped_contents() {
        let mut text = RichText::default();
        text.push_paragraph(vec![
            Inline::Bold("Name".into()),
            Inline::Italic("x*y".into()),
            Inline::Text(": Ann_Lee ".into()),
            Inline::Code("AB`C".into()),
        ]);
        text.blocks.push(Block::Bullets(vec![vec![
            Inline::Bold(" Roles: ".into()),
            Inline::Text("mentee".into()),
        ]]));
        assert_eq!(
            render(&text, MESSAGE_LIMIT),
            vec!["**Name**\u{200B}*x\\*y*: Ann\\_Lee `AB\u{2CB}C`\n-  **Roles:** mentee"]
        );
    }

    #[test]
    fn long_text_splits_at_paragraphs_then_inside_runs() {
        let mut text = RichText::default();
        for i in 0..30 {
            text.push_text(format!("{i:02} {}", "word ".repeat(20)));
        }
        let parts = render(&text, 500);
        assert!(parts.len() > 1);
        for part in &parts {
            assert!(part.chars().count() <= 500, "{}", part.len());
            assert!(
                part.starts_with(|c: char| c.is_ascii_digit()),
                "split at a paragraph: {part:?}"
            );
        }
        assert_eq!(parts.join("\n"), render(&text, 100_000)[0]);

        let long = RichText {
            blocks: vec![Block::Paragraph(vec![Inline::Bold("ab*".repeat(1000))])],
        };
        let parts = render(&long, MESSAGE_LIMIT);
        assert!(parts.len() >= 2);
        for part in &parts {
            assert!(part.chars().count() <= MESSAGE_LIMIT);
            assert!(
                part.starts_with("**") && part.ends_with("**"),
                "each piece stays bold"
            );
        }
    }

    #[test]
    fn labels_are_cut_with_an_ellipsis() {
        assert_eq!(truncate("abc", 3), "abc");
        assert_eq!(truncate("abcd", 3), "ab…");
        assert_eq!(truncate("ääää", 2), "ä…");
    }
}

//! Rich text as Telegram HTML (parse mode `HTML`), cut into messages that
//! fit Telegram's limit.
//!
//! The text is first laid out as lines of styled spans (unescaped), so a
//! message can be cut between paragraphs, else between lines, else inside a
//! line — always between characters of the text, never inside a tag or an
//! entity, because tags and entities are only produced when a piece is turned
//! into HTML. Every span's text is escaped there: user text is never markup.

use bot_core::message::{Block, Inline, RichText};

/// Telegram's limit for a message's text after entity parsing. Counted in
/// UTF-16 code units, which is never less than the characters Telegram counts.
pub const MAX_MESSAGE: usize = 4096;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    Plain,
    Bold,
    Italic,
    Code,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    pub style: Style,
    pub text: String,
}

impl Span {
    pub fn plain(text: impl Into<String>) -> Self {
        Self {
            style: Style::Plain,
            text: text.into(),
        }
    }
}

/// What comes before a line when it follows another one in the same message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sep {
    /// The continuation of the previous line (a line cut in pieces).
    None,
    Newline,
    /// A blank line: a new paragraph or list.
    Paragraph,
}

impl Sep {
    fn text(self) -> &'static str {
        match self {
            Sep::None => "",
            Sep::Newline => "\n",
            Sep::Paragraph => "\n\n",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    pub sep: Sep,
    pub spans: Vec<Span>,
}

impl Line {
    fn len(&self) -> usize {
        self.spans.iter().map(|s| utf16_len(&s.text)).sum()
    }
}

fn utf16_len(text: &str) -> usize {
    text.encode_utf16().count()
}

/// Lays out rich text: paragraphs separated by blank lines, list items as `• ` lines.
pub fn layout(text: &RichText) -> Vec<Line> {
    let mut lines = Vec::new();
    for block in &text.blocks {
        match block {
            Block::Paragraph(inlines) => {
                push_lines(&mut lines, Sep::Paragraph, Vec::new(), inlines)
            }
            Block::Bullets(items) => {
                for (i, item) in items.iter().enumerate() {
                    let sep = if i == 0 { Sep::Paragraph } else { Sep::Newline };
                    push_lines(&mut lines, sep, vec![Span::plain("• ")], item);
                }
            }
        }
    }
    lines
}

/// Adds the lines of one paragraph or list item; newlines inside runs start new lines.
fn push_lines(lines: &mut Vec<Line>, sep: Sep, prefix: Vec<Span>, inlines: &[Inline]) {
    let mut current = Line { sep, spans: prefix };
    for inline in inlines {
        let style = match inline {
            Inline::Text(_) => Style::Plain,
            Inline::Bold(_) => Style::Bold,
            Inline::Italic(_) => Style::Italic,
            Inline::Code(_) => Style::Code,
        };
        for (i, part) in inline.as_str().split('\n').enumerate() {
            if i > 0 {
                let next = Line {
                    sep: Sep::Newline,
                    spans: Vec::new(),
                };
                lines.push(std::mem::replace(&mut current, next));
            }
            if !part.is_empty() {
                current.spans.push(Span {
                    style,
                    text: part.to_owned(),
                });
            }
        }
    }
    lines.push(current);
}

/// Escapes text for Telegram HTML.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
    out
}

fn span_html(span: &Span) -> String {
    let text = escape(&span.text);
    match span.style {
        Style::Plain => text,
        Style::Bold => format!("<b>{text}</b>"),
        Style::Italic => format!("<i>{text}</i>"),
        Style::Code => format!("<code>{text}</code>"),
    }
}

/// One message's HTML; the first line's separator is left out.
pub fn to_html(lines: &[Line]) -> String {
    let mut out = String::new();
    for (i, line) in lines.iter().enumerate() {
        if i > 0 {
            out.push_str(line.sep.text());
        }
        for span in line.spans.iter().filter(|s| !s.text.is_empty()) {
            out.push_str(&span_html(span));
        }
    }
    out
}

/// Cuts lines into messages of at most `limit` visible characters: whole
/// paragraphs where they fit, else a paragraph longer than a message line by
/// line, and a line longer than a message in pieces. Empty messages are dropped.
pub fn split(lines: Vec<Line>, limit: usize) -> Vec<Vec<Line>> {
    let limit = limit.max(1);
    let mut messages: Vec<Vec<Line>> = Vec::new();
    let mut current: Vec<Line> = Vec::new();
    let mut current_len = 0;
    for paragraph in paragraphs(lines.into_iter().flat_map(|l| cut_line(l, limit)).collect()) {
        let joined = |current: &[Line], first: &Line| {
            if current.is_empty() {
                0
            } else {
                utf16_len(first.sep.text())
            }
        };
        let length = lines_len(&paragraph);
        let Some(first) = paragraph.first() else {
            continue;
        };
        if current_len + joined(&current, first) + length <= limit {
            current_len += joined(&current, first) + length;
            current.extend(paragraph);
            continue;
        }
        if length <= limit {
            // Starts a new message rather than being cut.
            if !current.is_empty() {
                messages.push(std::mem::take(&mut current));
            }
            current_len = length;
            current = paragraph;
            continue;
        }
        for line in paragraph {
            let added = line.len() + joined(&current, &line);
            if current_len + added <= limit {
                current_len += added;
                current.push(line);
            } else {
                if !current.is_empty() {
                    messages.push(std::mem::take(&mut current));
                }
                current_len = line.len();
                current.push(line);
            }
        }
    }
    if !current.is_empty() {
        messages.push(current);
    }
    messages.retain(|m| m.iter().any(|l| l.len() > 0));
    messages
}

/// Groups lines into paragraphs: each starts at a blank-line separator.
fn paragraphs(lines: Vec<Line>) -> Vec<Vec<Line>> {
    let mut groups: Vec<Vec<Line>> = Vec::new();
    for line in lines {
        match groups.last_mut() {
            Some(group) if line.sep != Sep::Paragraph => group.push(line),
            _ => groups.push(vec![line]),
        }
    }
    groups
}

fn lines_len(lines: &[Line]) -> usize {
    lines
        .iter()
        .enumerate()
        .map(|(i, l)| l.len() + if i == 0 { 0 } else { utf16_len(l.sep.text()) })
        .sum()
}

/// A line longer than `limit` in pieces of at most `limit`, cut after a space
/// where one is near the end of a piece, else between two characters.
fn cut_line(line: Line, limit: usize) -> Vec<Line> {
    if line.len() <= limit {
        return vec![line];
    }
    // Every character with its style, so a cut can fall anywhere and styles carry over.
    let chars: Vec<(Style, char)> = line
        .spans
        .iter()
        .flat_map(|s| s.text.chars().map(move |c| (s.style, c)))
        .collect();
    let mut pieces = Vec::new();
    let mut start = 0;
    let mut sep = line.sep;
    while start < chars.len() {
        let mut end = start;
        let mut used = 0;
        while end < chars.len() && used + chars[end].1.len_utf16() <= limit {
            used += chars[end].1.len_utf16();
            end += 1;
        }
        if end < chars.len()
            && let Some(space) = (start..end).rev().find(|&i| chars[i].1.is_whitespace())
            && space + 1 - start > limit / 2
        {
            end = space + 1;
        }
        pieces.push(Line {
            sep,
            spans: spans_of(&chars[start..end]),
        });
        sep = Sep::None;
        start = end;
    }
    pieces
}

fn spans_of(chars: &[(Style, char)]) -> Vec<Span> {
    let mut spans: Vec<Span> = Vec::new();
    for &(style, c) in chars {
        match spans.last_mut() {
            Some(span) if span.style == style => span.text.push(c),
            _ => spans.push(Span {
                style,
                text: c.to_string(),
            }),
        }
    }
    spans
}

/// Rich text as one or more HTML messages.
pub fn render(text: &RichText, limit: usize) -> Vec<String> {
    split(layout(text), limit)
        .iter()
        .map(|lines| to_html(lines))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What Telegram shows of an HTML message: tags dropped, entities decoded.
    fn visible(html: &str) -> String {
        let mut out = String::new();
        let mut rest = html;
        while let Some(c) = rest.chars().next() {
            if c == '<' {
                let end = rest.find('>').expect("tag closes");
                rest = &rest[end + 1..];
            } else if c == '&' {
                let end = rest.find(';').expect("entity closes");
                out.push(match &rest[..=end] {
                    "&amp;" => '&',
                    "&lt;" => '<',
                    "&gt;" => '>',
                    other => panic!("unexpected entity {other}"),
                });
                rest = &rest[end + 1..];
            } else {
                out.push(c);
                rest = &rest[c.len_utf8()..];
            }
        }
        out
    }

    /// Tags open and close in order, nothing else looks like markup.
    fn well_formed(html: &str) -> bool {
        let mut open: Vec<String> = Vec::new();
        let mut rest = html;
        while let Some(start) = rest.find('<') {
            let Some(end) = rest[start..].find('>') else {
                return false;
            };
            let tag = &rest[start + 1..start + end];
            if let Some(name) = tag.strip_prefix('/') {
                if open.pop().as_deref() != Some(name) {
                    return false;
                }
            } else if ["b", "i", "code"].contains(&tag) {
                open.push(tag.to_owned());
            } else {
                return false;
            }
            rest = &rest[start + end + 1..];
        }
        open.is_empty()
    }

    #[test]
    fn every_run_is_escaped_and_styled() {
        let mut text = RichText::plain("Smith & <b>Sons</b> > 1");
        text.push_paragraph(vec![
            Inline::Bold("Org:".into()),
            Inline::Text(" A&B".into()),
            Inline::Italic("<i>".into()),
            Inline::Code("x<y".into()),
        ]);
        let html = render(&text, MAX_MESSAGE);
        assert_eq!(
            html,
            vec![
                "Smith &amp; &lt;b&gt;Sons&lt;/b&gt; &gt; 1\n\n<b>Org:</b> A&amp;B<i>&lt;i&gt;</i><code>x&lt;y</code>"
            ]
        );
        assert!(well_formed(&html[0]));
    }

    #[test]
    fn bullets_are_lines_and_newlines_in_runs_are_kept() {
        let mut text = RichText::plain("Profile of Ann\nsecond line");
        text.blocks.push(Block::Bullets(vec![
            vec![Inline::Bold("Name".into()), Inline::Text(": Ann".into())],
            vec![Inline::Text("Goals: a\nb".into())],
        ]));
        assert_eq!(
            render(&text, MAX_MESSAGE),
            vec!["Profile of Ann\nsecond line\n\n• <b>Name</b>: Ann\n• Goals: a\nb"]
        );
    }

    #[test]
    fn long_text_is_cut_at_paragraphs_first() {
        let para = |c: char, n: usize| c.to_string().repeat(n);
        let mut text = RichText::plain(para('a', 30));
        text.push_text(para('b', 30));
        text.push_text(para('c', 30));
        // 30 + 2 + 30 = 62 fits in 70, a third paragraph does not.
        assert_eq!(
            render(&text, 70),
            vec![
                format!("{}\n\n{}", para('a', 30), para('b', 30)),
                para('c', 30)
            ]
        );
    }

    #[test]
    fn a_paragraph_under_way_moves_to_the_next_message_whole() {
        let mut text = RichText::plain("a".repeat(40));
        text.push_text(format!("{}\n{}", "b".repeat(20), "c".repeat(20)));
        // "a"*40 + blank + "b"*20 = 62 fits, the next line does not: the b/c paragraph moves on.
        assert_eq!(
            render(&text, 70),
            vec![
                "a".repeat(40),
                format!("{}\n{}", "b".repeat(20), "c".repeat(20))
            ]
        );
    }

    #[test]
    fn a_long_paragraph_is_cut_between_lines_then_inside_lines() {
        let lines: Vec<String> = (0..5).map(|i| format!("{i}{}", "x".repeat(29))).collect();
        let text = RichText::plain(lines.join("\n"));
        let messages = render(&text, 65);
        assert_eq!(messages[0], format!("{}\n{}", lines[0], lines[1]));
        assert_eq!(messages.len(), 3);

        let long = RichText {
            blocks: vec![Block::Paragraph(vec![
                Inline::Text("word ".repeat(30)),
                Inline::Bold("<&>".repeat(20)),
            ])],
        };
        let messages = render(&long, 50);
        let mut seen = String::new();
        for html in &messages {
            assert!(well_formed(html), "{html}");
            let shown = visible(html);
            assert!(shown.encode_utf16().count() <= 50, "{shown}");
            seen.push_str(&shown);
        }
        assert_eq!(seen, format!("{}{}", "word ".repeat(30), "<&>".repeat(20)));
        // Words are not cut where a space is near.
        assert!(visible(&messages[0]).ends_with(' '));
    }

    #[test]
    fn limits_count_utf16_and_never_split_a_character() {
        let text = RichText::plain("😀".repeat(10));
        let messages = render(&text, 5);
        assert_eq!(messages, vec!["😀😀", "😀😀", "😀😀", "😀😀", "😀😀"]);
    }

    #[test]
    fn real_sized_messages_fit_telegram() {
        let mut text = RichText::plain("Profile of A&B");
        let goals = (0..12)
            .map(|i| format!("Goal {i}: {}", "<b>grow</b> & learn ".repeat(25)))
            .collect::<Vec<_>>()
            .join("\n");
        text.blocks.push(Block::Bullets(vec![vec![
            Inline::Bold("Goals".into()),
            Inline::Text(format!(": {goals}")),
        ]]));
        let messages = render(&text, MAX_MESSAGE);
        assert!(messages.len() >= 2);
        let mut seen = Vec::new();
        for html in &messages {
            assert!(well_formed(html));
            let shown = visible(html);
            assert!(shown.encode_utf16().count() <= MAX_MESSAGE);
            seen.push(shown);
        }
        assert_eq!(
            seen.join("\n"),
            format!("Profile of A&B\n\n• Goals: {goals}")
        );
    }

    #[test]
    fn empty_text_gives_no_message() {
        assert!(render(&RichText::default(), MAX_MESSAGE).is_empty());
        assert!(render(&RichText::plain(""), MAX_MESSAGE).is_empty());
    }
}

//! Bot messages as Matrix shows them: an HTML `formatted_body` and the same
//! text as a plain `body` (for clients without HTML, notifications and
//! bridges). Every run of text is escaped, since user text lives in runs.
//! Choices become a numbered list; the core accepts the number or the label.

use bot_core::message::{Block, Inline, Outgoing, RichText};

/// The two bodies of one `m.notice`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendered {
    pub plain: String,
    pub html: String,
}

pub fn render(message: &Outgoing) -> Rendered {
    let mut plain = message.text.to_plain();
    let mut html = html_of(&message.text);
    if let Some(choices) = message.choices.as_ref().filter(|c| !c.options.is_empty()) {
        let numbered: Vec<String> = choices
            .options
            .iter()
            .enumerate()
            .map(|(i, c)| format!("{}. {}", i + 1, c.label))
            .collect();
        if !plain.is_empty() {
            plain.push('\n');
        }
        plain.push_str(&numbered.join("\n"));
        html.push_str("<ol>");
        for choice in &choices.options {
            html.push_str("<li>");
            html.push_str(&escape(&choice.label));
            html.push_str("</li>");
        }
        html.push_str("</ol>");
    }
    Rendered { plain, html }
}

fn html_of(text: &RichText) -> String {
    let mut html = String::new();
    for block in &text.blocks {
        match block {
            Block::Paragraph(inlines) => {
                html.push_str("<p>");
                push_inlines(&mut html, inlines);
                html.push_str("</p>");
            }
            Block::Bullets(items) => {
                html.push_str("<ul>");
                for item in items {
                    html.push_str("<li>");
                    push_inlines(&mut html, item);
                    html.push_str("</li>");
                }
                html.push_str("</ul>");
            }
        }
    }
    html
}

fn push_inlines(html: &mut String, inlines: &[Inline]) {
    for inline in inlines {
        let (open, close) = match inline {
            Inline::Text(_) => ("", ""),
            Inline::Bold(_) => ("<strong>", "</strong>"),
            Inline::Italic(_) => ("<em>", "</em>"),
            Inline::Code(_) => ("<code>", "</code>"),
        };
        html.push_str(open);
        html.push_str(&escape(inline.as_str()));
        html.push_str(close);
    }
}

/// Escapes text for HTML; line breaks inside a run become `<br>` so the
/// formatted body breaks lines where the plain body does.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\n' => out.push_str("<br>"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use bot_core::message::{Choice, ChoiceSet};

    #[test]
    fn user_text_is_escaped_in_every_kind_of_run() {
        let mut text = RichText::plain("Hello <b>Ann</b> & \"co\"");
        text.blocks.push(Block::Bullets(vec![vec![
            Inline::Bold("Name".into()),
            Inline::Text(": <script>alert('x')</script>".into()),
        ]]));
        text.push_paragraph(vec![
            Inline::Italic("<i>".into()),
            Inline::Code("a<b".into()),
        ]);
        let out = render(&Outgoing {
            text,
            ..Outgoing::default()
        });
        assert_eq!(
            out.html,
            "<p>Hello &lt;b&gt;Ann&lt;/b&gt; &amp; &quot;co&quot;</p>\
             <ul><li><strong>Name</strong>: &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</li></ul>\
             <p><em>&lt;i&gt;</em><code>a&lt;b</code></p>"
        );
        assert_eq!(
            out.plain,
            "Hello <b>Ann</b> & \"co\"\n• Name: <script>alert('x')</script>\n<i>a<b"
        );
    }

    #[test]
    fn choices_become_a_numbered_list() {
        let out = render(&Outgoing {
            text: RichText::plain("Which language?\nPick one."),
            choices: Some(ChoiceSet {
                options: vec![
                    Choice::new("lang:en", "English"),
                    Choice::new("lang:x", "<Klingon>"),
                ],
                multi: false,
            }),
            ..Outgoing::default()
        });
        assert_eq!(
            out.plain,
            "Which language?\nPick one.\n1. English\n2. <Klingon>"
        );
        assert_eq!(
            out.html,
            "<p>Which language?<br>Pick one.</p><ol><li>English</li><li>&lt;Klingon&gt;</li></ol>"
        );
    }

    #[test]
    fn right_to_left_text_passes_through() {
        let out = render(&Outgoing {
            text: RichText::plain("ما اسمك؟"),
            ..Outgoing::default()
        });
        assert_eq!(out.html, "<p>ما اسمك؟</p>");
        assert_eq!(out.plain, "ما اسمك؟");
    }
}

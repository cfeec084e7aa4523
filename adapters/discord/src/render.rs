//! One outgoing message as the Discord messages that carry it: the text in
//! pieces of at most 2,000 characters, the choices and files on the last one.

use bot_core::message::{Block, Inline, Outgoing};
use serenity::all::{CreateActionRow, CreateAttachment, CreateButton};

use crate::components::{self, MAX_ROWS};
use crate::markdown::{self, MESSAGE_LIMIT};

#[derive(Debug, Clone)]
pub struct Part {
    pub content: String,
    pub components: Vec<CreateActionRow>,
    pub files: Vec<CreateAttachment>,
}

/// The parts of `message`. `reply` is a button that opens a text box,
/// added (room permitting) where the person cannot simply type an answer.
pub fn render(message: &Outgoing, reply: Option<CreateButton>) -> Vec<Part> {
    let layout = message
        .choices
        .as_ref()
        .map(components::layout)
        .unwrap_or_default();
    let mut text = message.text.clone();
    for line in layout.numbered {
        text.blocks.push(Block::Paragraph(vec![Inline::Text(line)]));
    }
    let mut rows = layout.rows;
    if let Some(button) = reply
        && rows.len() < MAX_ROWS
    {
        rows.push(CreateActionRow::Buttons(vec![button]));
    }
    let files: Vec<CreateAttachment> = message
        .files
        .iter()
        .map(|f| CreateAttachment::bytes(f.bytes(), f.name.clone()))
        .collect();
    let mut parts: Vec<Part> = markdown::render(&text, MESSAGE_LIMIT)
        .into_iter()
        .map(|content| Part {
            content,
            components: Vec::new(),
            files: Vec::new(),
        })
        .collect();
    if parts.is_empty() && (!rows.is_empty() || !files.is_empty()) {
        parts.push(Part {
            content: String::new(),
            components: Vec::new(),
            files: Vec::new(),
        });
    }
    if let Some(last) = parts.last_mut() {
        last.components = rows;
        last.files = files;
    }
    parts
}

#[cfg(test)]
mod tests {
    use super::*;
    use bot_core::message::{Choice, ChoiceSet, FileAttachment, RichText};

    #[test]
    fn choices_and_files_ride_on_the_last_part() {
        let mut text = RichText::default();
        for _ in 0..5 {
            text.push_text("x".repeat(900));
        }
        let message = Outgoing {
            text,
            choices: Some(ChoiceSet {
                options: vec![Choice::new("a", "A")],
                multi: false,
            }),
            files: vec![FileAttachment {
                name: "export.json".into(),
                mime: "application/json".into(),
                text: "{}".into(),
                base64: None,
            }],
            ..Outgoing::default()
        };
        let parts = render(&message, Some(CreateButton::new("mc~reply:en")));
        assert_eq!(parts.len(), 3);
        assert!(
            parts[..2]
                .iter()
                .all(|p| p.components.is_empty() && p.files.is_empty())
        );
        assert_eq!(
            parts[2].components.len(),
            2,
            "the choice row and the reply row"
        );
        assert_eq!(parts[2].files.len(), 1);
        assert_eq!(parts[2].files[0].filename, "export.json");
    }

    #[test]
    fn a_full_keyboard_leaves_no_room_for_the_reply_button() {
        let options = (0..25)
            .map(|i| Choice::new(format!("t{i}"), format!("{i}")))
            .collect();
        let message = Outgoing {
            text: RichText::plain("?"),
            choices: Some(ChoiceSet {
                options,
                multi: false,
            }),
            ..Outgoing::default()
        };
        assert_eq!(
            render(&message, Some(CreateButton::new("mc~reply:en")))[0]
                .components
                .len(),
            5
        );
    }

    #[test]
    fn too_many_options_for_components_are_listed_to_answer_by_number() {
        let options = (1..=30)
            .map(|i| Choice::new(format!("t{i}"), format!("Option {i}")))
            .collect();
        let message = Outgoing {
            text: RichText::plain("Pick"),
            choices: Some(ChoiceSet {
                options,
                multi: true,
            }),
            ..Outgoing::default()
        };
        let parts = render(&message, None);
        assert!(
            parts[0]
                .content
                .starts_with("Pick\n1. Option 1\n2. Option 2")
        );
        assert!(parts[0].components.is_empty());
    }
}

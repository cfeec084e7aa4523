//! The console's line protocol, shared by people at a terminal and by scripts.
//!
//! In: `alice: text` speaks as alice; a line without a name speaks as the last
//! person named; `/as alice` switches; `#room alice: text` speaks in a room; a
//! line starting with `#` that is not a room line is a comment.
//! Out: `→ alice: first line`, continuation lines indented by two spaces,
//! choices as `  [1] English  [2] Deutsch`, files as `  [file] name`.

use bot_core::message::{Address, ChatAddress, Outgoing};

/// What one input line asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Line {
    /// Someone says something, in their direct chat or in a room.
    Say {
        person: String,
        room: Option<String>,
        text: String,
    },
    /// `/as name`: later lines without a name are said by this person.
    SwitchTo(String),
    Comment,
    /// A line with no name before anyone was named.
    NoSpeaker,
}

fn is_name(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 64
        && s.chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '.'))
}

/// Splits `name: text`; the name must be a single word.
fn split_speaker(line: &str) -> Option<(&str, &str)> {
    let (name, text) = line.split_once(':')?;
    is_name(name).then(|| (name, text.strip_prefix(' ').unwrap_or(text)))
}

pub fn parse_line(line: &str, current: Option<&str>) -> Line {
    let line = line.trim_end_matches(['\r', '\n']);
    if line.trim().is_empty() {
        // Blank lines separate parts of a script; nobody sends an empty message on purpose.
        return Line::Comment;
    }
    if let Some(rest) = line.strip_prefix('#') {
        if let Some((room, rest)) = rest.split_once(' ')
            && is_name(room)
            && let Some((person, text)) = split_speaker(rest)
        {
            return Line::Say {
                person: person.to_owned(),
                room: Some(room.to_owned()),
                text: text.to_owned(),
            };
        }
        return Line::Comment;
    }
    if let Some(name) = line.strip_prefix("/as ").map(str::trim)
        && is_name(name)
    {
        return Line::SwitchTo(name.to_owned());
    }
    if let Some((person, text)) = split_speaker(line) {
        return Line::Say {
            person: person.to_owned(),
            room: None,
            text: text.to_owned(),
        };
    }
    match current {
        Some(person) => Line::Say {
            person: person.to_owned(),
            room: None,
            text: line.to_owned(),
        },
        None => Line::NoSpeaker,
    }
}

/// The lines a message prints as.
pub fn render(to: &Address, message: &Outgoing) -> Vec<String> {
    let who = match &to.chat {
        ChatAddress::Direct(id) => id.clone(),
        ChatAddress::Room(room) => format!("#{room}"),
    };
    let body = message.text.to_plain();
    let mut lines = Vec::new();
    for (i, line) in body.split('\n').enumerate() {
        if i == 0 {
            lines.push(format!("→ {who}: {line}"));
        } else {
            lines.push(format!("  {line}"));
        }
    }
    if lines.is_empty() {
        lines.push(format!("→ {who}:"));
    }
    if let Some(choices) = &message.choices {
        let options: Vec<String> = choices
            .options
            .iter()
            .enumerate()
            .map(|(i, c)| format!("[{}] {}", i + 1, c.label))
            .collect();
        lines.push(format!("  {}", options.join("  ")));
    }
    for file in &message.files {
        lines.push(format!("  [file] {}", file.name));
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use bot_core::message::{Choice, ChoiceSet, RichText};

    #[test]
    fn lines_name_the_speaker_room_or_nobody() {
        assert_eq!(
            parse_line("alice: /start", None),
            Line::Say {
                person: "alice".into(),
                room: None,
                text: "/start".into()
            }
        );
        assert_eq!(
            parse_line("1", Some("alice")),
            Line::Say {
                person: "alice".into(),
                room: None,
                text: "1".into()
            }
        );
        assert_eq!(
            parse_line("#circle-1 bob: hi: there", None),
            Line::Say {
                person: "bob".into(),
                room: Some("circle-1".into()),
                text: "hi: there".into()
            }
        );
        assert_eq!(parse_line("# a comment: with colon", None), Line::Comment);
        assert_eq!(
            parse_line("/as carol", Some("alice")),
            Line::SwitchTo("carol".into())
        );
        assert_eq!(parse_line("hello", None), Line::NoSpeaker);
        assert_eq!(parse_line("   ", Some("alice")), Line::Comment);
        // A time typed as an answer is not a speaker.
        assert_eq!(
            parse_line("2026-12-03 15:00", Some("carol")),
            Line::Say {
                person: "carol".into(),
                room: None,
                text: "2026-12-03 15:00".into()
            }
        );
    }

    #[test]
    fn messages_render_with_choices_and_continuations() {
        let message = Outgoing {
            text: RichText::plain("Hello\nsecond"),
            choices: Some(ChoiceSet {
                options: vec![Choice::new("a", "English"), Choice::new("b", "Deutsch")],
                multi: false,
            }),
            ..Outgoing::default()
        };
        let to = Address {
            platform: "console".into(),
            chat: ChatAddress::Direct("alice".into()),
        };
        assert_eq!(
            render(&to, &message),
            vec!["→ alice: Hello", "  second", "  [1] English  [2] Deutsch"]
        );
    }
}

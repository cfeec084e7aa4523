//! Choices as inline keyboards, and what a button press means.
//!
//! Callback data starts with one character that says what the button does,
//! followed by the core's choice token:
//! - `c<token>` chooses one option (a single-choice question);
//! - `t<token>` toggles one option of a multiple-choice question: the adapter
//!   edits the keyboard to show or hide a check mark, nothing reaches the core;
//! - `d` ("done") sends every checked option of that keyboard as one answer.
//!
//! The checked options live in the keyboard itself (the check mark on the
//! button), which Telegram sends back with every press, so no state is kept
//! anywhere and any instance can handle any press. Multiple-choice buttons
//! carry their number, so typing `1, 3` (which the core resolves) works too.

use bot_core::message::ChoiceSet;
use teloxide::types::{InlineKeyboardButton, InlineKeyboardButtonKind, InlineKeyboardMarkup};

use crate::html::{Line, Sep, Span};

/// Telegram's limit for callback data, in bytes.
pub const MAX_CALLBACK_DATA: usize = 64;
/// Telegram shows at most 100 buttons in one keyboard.
const MAX_BUTTONS: usize = 100;
/// Marks a checked option of a multiple-choice keyboard.
pub const CHECKED: &str = "✅ ";

const CHOOSE: char = 'c';
const TOGGLE: char = 't';
const DONE: &str = "d";

/// What a pressed button asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Press {
    Choose(String),
    Toggle(String),
    Done,
    /// Not a button of ours (or of an older version).
    Unknown,
}

pub fn decode(data: &str) -> Press {
    if data == DONE {
        return Press::Done;
    }
    let mut chars = data.chars();
    match chars.next() {
        Some(CHOOSE) if !chars.as_str().is_empty() => Press::Choose(chars.as_str().to_owned()),
        Some(TOGGLE) if !chars.as_str().is_empty() => Press::Toggle(chars.as_str().to_owned()),
        _ => Press::Unknown,
    }
}

/// How a message's choices are shown.
#[derive(Debug, Clone, PartialEq)]
pub enum Shown {
    Keyboard(InlineKeyboardMarkup),
    /// A token does not fit in callback data (or there are too many options):
    /// the options become a numbered list in the text, and the person types a number.
    Numbered(Vec<Line>),
}

/// The keyboard for `choices`; `done_label` names the button that sends a multiple choice.
pub fn show(choices: &ChoiceSet, done_label: &str) -> Shown {
    let prefix = if choices.multi { TOGGLE } else { CHOOSE };
    let too_long = choices
        .options
        .iter()
        .find(|c| c.token.is_empty() || c.token.len() + prefix.len_utf8() > MAX_CALLBACK_DATA);
    if let Some(choice) = too_long {
        tracing::warn!(
            token_len = choice.token.len(),
            "a choice token does not fit in Telegram's callback data; showing a numbered list"
        );
        return Shown::Numbered(numbered(choices));
    }
    if choices.options.len() + usize::from(choices.multi) > MAX_BUTTONS {
        tracing::warn!(
            options = choices.options.len(),
            "too many options for one keyboard; showing a numbered list"
        );
        return Shown::Numbered(numbered(choices));
    }
    let labels: Vec<String> = choices
        .options
        .iter()
        .enumerate()
        .map(|(i, c)| {
            if choices.multi {
                format!("{}. {}", i + 1, c.label)
            } else {
                c.label.clone()
            }
        })
        .collect();
    let buttons: Vec<InlineKeyboardButton> = choices
        .options
        .iter()
        .zip(&labels)
        .map(|(c, label)| {
            InlineKeyboardButton::callback(label.clone(), format!("{prefix}{}", c.token))
        })
        .collect();
    let columns = columns_for(&labels);
    let mut rows: Vec<Vec<InlineKeyboardButton>> =
        buttons.chunks(columns).map(<[_]>::to_vec).collect();
    if choices.multi {
        rows.push(vec![InlineKeyboardButton::callback(done_label, DONE)]);
    }
    Shown::Keyboard(InlineKeyboardMarkup::new(rows))
}

/// Short labels side by side, long ones on their own row (Telegram cuts labels that do not fit).
fn columns_for(labels: &[String]) -> usize {
    let widest = labels.iter().map(|l| l.chars().count()).max().unwrap_or(0);
    match widest {
        0..=12 => 3,
        13..=22 => 2,
        _ => 1,
    }
}

/// The options as `1. label` lines after the text.
pub fn numbered(choices: &ChoiceSet) -> Vec<Line> {
    choices
        .options
        .iter()
        .enumerate()
        .map(|(i, c)| Line {
            sep: if i == 0 { Sep::Paragraph } else { Sep::Newline },
            spans: vec![Span::plain(format!("{}. {}", i + 1, c.label))],
        })
        .collect()
}

fn data_of(button: &InlineKeyboardButton) -> Option<&str> {
    match &button.kind {
        InlineKeyboardButtonKind::CallbackData(data) => Some(data),
        _ => None,
    }
}

/// The keyboard with the option `token` checked or unchecked; None if the
/// keyboard has no such toggle.
pub fn toggle(markup: &InlineKeyboardMarkup, token: &str) -> Option<InlineKeyboardMarkup> {
    let wanted = format!("{TOGGLE}{token}");
    let mut markup = markup.clone();
    let button = markup
        .inline_keyboard
        .iter_mut()
        .flatten()
        .find(|b| data_of(b) == Some(wanted.as_str()))?;
    button.text = match button.text.strip_prefix(CHECKED) {
        Some(unchecked) => unchecked.to_owned(),
        None => format!("{CHECKED}{}", button.text),
    };
    Some(markup)
}

/// The tokens of the checked options, in the keyboard's order.
pub fn checked(markup: &InlineKeyboardMarkup) -> Vec<String> {
    markup
        .inline_keyboard
        .iter()
        .flatten()
        .filter(|b| b.text.starts_with(CHECKED))
        .filter_map(|b| match decode(data_of(b)?) {
            Press::Toggle(token) => Some(token),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use bot_core::message::Choice;

    fn set(multi: bool) -> ChoiceSet {
        ChoiceSet {
            options: vec![
                Choice::new("spoken:en", "English"),
                Choice::new("spoken:de", "Deutsch"),
                Choice::new("spoken:ar", "العربية"),
                Choice::new("none", "None"),
            ],
            multi,
        }
    }

    fn keyboard(shown: Shown) -> InlineKeyboardMarkup {
        match shown {
            Shown::Keyboard(k) => k,
            Shown::Numbered(_) => panic!("expected a keyboard"),
        }
    }

    fn texts(markup: &InlineKeyboardMarkup) -> Vec<Vec<String>> {
        markup
            .inline_keyboard
            .iter()
            .map(|row| row.iter().map(|b| b.text.clone()).collect())
            .collect()
    }

    #[test]
    fn single_choice_buttons_carry_the_token() {
        let markup = keyboard(show(&set(false), "Done"));
        assert_eq!(
            texts(&markup),
            vec![vec!["English", "Deutsch", "العربية"], vec!["None"]]
        );
        let first = &markup.inline_keyboard[0][0];
        assert_eq!(data_of(first), Some("cspoken:en"));
        assert_eq!(decode("cspoken:en"), Press::Choose("spoken:en".into()));
    }

    #[test]
    fn multiple_choice_toggles_then_sends_every_checked_option() {
        let markup = keyboard(show(&set(true), "Done"));
        assert_eq!(
            texts(&markup),
            vec![
                vec!["1. English", "2. Deutsch", "3. العربية"],
                vec!["4. None"],
                vec!["Done"]
            ]
        );
        assert_eq!(decode("d"), Press::Done);
        assert!(checked(&markup).is_empty());
        let markup = toggle(&markup, "spoken:ar").expect("toggles");
        let markup = toggle(&markup, "spoken:en").expect("toggles");
        assert_eq!(
            texts(&markup)[0],
            vec!["✅ 1. English", "2. Deutsch", "✅ 3. العربية"]
        );
        assert_eq!(checked(&markup), vec!["spoken:en", "spoken:ar"]);
        let markup = toggle(&markup, "spoken:en").expect("toggles back");
        assert_eq!(checked(&markup), vec!["spoken:ar"]);
        assert_eq!(toggle(&markup, "spoken:fr"), None);
    }

    #[test]
    fn tokens_too_long_for_callback_data_become_a_numbered_list() {
        let mut choices = set(false);
        choices.options.push(Choice::new("x".repeat(64), "Long"));
        let Shown::Numbered(lines) = show(&choices, "Done") else {
            panic!("expected a numbered list");
        };
        assert_eq!(lines.len(), 5);
        assert_eq!(lines[4].spans[0].text, "5. Long");
        // 63 bytes plus the kind character still fit.
        let mut choices = set(false);
        choices.options.push(Choice::new("x".repeat(63), "Long"));
        assert!(matches!(show(&choices, "Done"), Shown::Keyboard(_)));
    }

    #[test]
    fn long_labels_get_their_own_row_and_strange_data_is_unknown() {
        let choices = ChoiceSet {
            options: vec![
                Choice::new("a", "Internationalisation and market access"),
                Choice::new("b", "Financing"),
            ],
            multi: false,
        };
        let markup = keyboard(show(&choices, "Done"));
        assert_eq!(markup.inline_keyboard.len(), 2);
        assert_eq!(decode(""), Press::Unknown);
        assert_eq!(decode("c"), Press::Unknown);
        assert_eq!(decode("zzz"), Press::Unknown);
    }
}

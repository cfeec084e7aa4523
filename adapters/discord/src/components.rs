//! Choices as Discord components, and components back into choices.
//!
//! Custom ids: a choice's button carries the core's token itself (tokens are
//! short by design). Should a token not fit Discord's 100 characters, every
//! option of that set carries its position instead (`mc~n:3`), which comes
//! back as the typed number "3"; the core resolves typed numbers against the
//! choices it offered last, so the answer still means the right option.
//! Ids of the adapter's own controls start with `mc~`.

use bot_core::i18n::{Lang, Locales};
use bot_core::message::ChoiceSet;
use serenity::all::{
    ActionRow, ActionRowComponent, ButtonKind, ButtonStyle, ComponentType, CreateActionRow,
    CreateButton, CreateInputText, CreateModal, CreateSelectMenu, CreateSelectMenuKind,
    CreateSelectMenuOption, InputTextStyle, ReactionType,
};

use crate::markdown::truncate;

pub const CUSTOM_ID_LIMIT: usize = 100;
const RESERVED: &str = "mc~";
const NUMBER: &str = "mc~n:";
const PICK: &str = "mc~pick:";
const REPLY: &str = "mc~reply:";
/// The modal a "reply" button opens, and its one text input.
pub const ANSWER_MODAL: &str = "mc~answer";
pub const ANSWER_INPUT: &str = "answer";

const BUTTONS_PER_ROW: usize = 5;
pub const MAX_ROWS: usize = 5;
const SELECT_OPTIONS: usize = 25;
const BUTTON_LABEL: usize = 80;
const OPTION_LABEL: usize = 100;
const MODAL_TITLE: usize = 45;
const INPUT_LABEL: usize = 45;
/// Discord's longest text input.
const INPUT_MAX: usize = 4000;
const PENCIL: &str = "\u{270F}\u{FE0F}";

/// How a set of choices is shown.
#[derive(Debug, Default)]
pub struct ChoiceLayout {
    pub rows: Vec<CreateActionRow>,
    /// Options too many for components, listed in the text to answer by number.
    pub numbered: Vec<String>,
}

fn token_fits(token: &str) -> bool {
    !token.is_empty() && token.chars().count() <= CUSTOM_ID_LIMIT && !token.starts_with(RESERVED)
}

/// The id each option travels under: its token, or for sets with a token
/// that does not fit, its number.
fn option_ids(set: &ChoiceSet) -> Vec<String> {
    if set.options.iter().all(|o| token_fits(&o.token)) {
        set.options.iter().map(|o| o.token.clone()).collect()
    } else {
        (1..=set.options.len())
            .map(|n| format!("{NUMBER}{n}"))
            .collect()
    }
}

/// Buttons (up to 25, five to a row) for a single choice; one multi-select
/// for several choices; select menus of 25 for long single-choice lists;
/// a numbered list beyond what five rows can hold.
pub fn layout(set: &ChoiceSet) -> ChoiceLayout {
    let n = set.options.len();
    let ids = option_ids(set);
    if n == 0 {
        return ChoiceLayout::default();
    }
    if !set.multi && n <= BUTTONS_PER_ROW * MAX_ROWS {
        let rows = set
            .options
            .chunks(BUTTONS_PER_ROW)
            .zip(ids.chunks(BUTTONS_PER_ROW))
            .map(|(options, ids)| {
                CreateActionRow::Buttons(
                    options
                        .iter()
                        .zip(ids)
                        .map(|(o, id)| {
                            CreateButton::new(id.clone())
                                .style(ButtonStyle::Primary)
                                .label(truncate(&o.label, BUTTON_LABEL))
                        })
                        .collect(),
                )
            })
            .collect();
        return ChoiceLayout {
            rows,
            numbered: Vec::new(),
        };
    }
    let fits = if set.multi {
        n <= SELECT_OPTIONS
    } else {
        n <= SELECT_OPTIONS * MAX_ROWS
    };
    if !fits {
        let numbered = set
            .options
            .iter()
            .enumerate()
            .map(|(i, o)| format!("{}. {}", i + 1, o.label))
            .collect();
        return ChoiceLayout {
            rows: Vec::new(),
            numbered,
        };
    }
    let rows = set
        .options
        .chunks(SELECT_OPTIONS)
        .zip(ids.chunks(SELECT_OPTIONS))
        .enumerate()
        .map(|(k, (options, ids))| {
            let options = options
                .iter()
                .zip(ids)
                .map(|(o, id)| {
                    CreateSelectMenuOption::new(truncate(&o.label, OPTION_LABEL), id.clone())
                })
                .collect::<Vec<_>>();
            // Several may be chosen at once: up to all of them (at most 25 here).
            let max = if set.multi {
                u8::try_from(options.len()).unwrap_or(25)
            } else {
                1
            };
            CreateActionRow::SelectMenu(
                CreateSelectMenu::new(
                    format!("{PICK}{k}"),
                    CreateSelectMenuKind::String { options },
                )
                .min_values(1)
                .max_values(max),
            )
        })
        .collect();
    ChoiceLayout {
        rows,
        numbered: Vec::new(),
    }
}

/// A Fluent message the adapter shows as chrome, if the shipped files have it.
pub fn chrome(locales: &Locales, lang: Lang, key: &str) -> Option<String> {
    let defined = Lang::En.fluent_source().lines().any(|line| {
        line.split_once('=')
            .is_some_and(|(name, _)| name.trim() == key)
    });
    defined.then(|| locales.text(lang, key, &[]))
}

/// The button that opens a text box, where the person cannot simply type (a
/// server channel: the bot does not read messages there).
pub fn reply_button(locales: &Locales, lang: Lang) -> CreateButton {
    let button = CreateButton::new(format!("{REPLY}{}", lang.code()))
        .style(ButtonStyle::Secondary)
        .emoji(ReactionType::Unicode(PENCIL.into()));
    match chrome(locales, lang, "discord-reply") {
        Some(label) => button.label(truncate(&label, BUTTON_LABEL)),
        None => button,
    }
}

/// The text box a reply button opens.
pub fn answer_modal(locales: &Locales, lang: Lang, max_text: usize) -> CreateModal {
    let title = chrome(locales, lang, "discord-reply-title").unwrap_or_else(|| PENCIL.into());
    let label = chrome(locales, lang, "discord-reply-label").unwrap_or_else(|| PENCIL.into());
    let max = u16::try_from(max_text.clamp(1, INPUT_MAX)).unwrap_or(4000);
    let input = CreateInputText::new(
        InputTextStyle::Paragraph,
        truncate(&label, INPUT_LABEL),
        ANSWER_INPUT,
    )
    .min_length(1)
    .max_length(max)
    .required(true);
    CreateModal::new(ANSWER_MODAL, truncate(&title, MODAL_TITLE))
        .components(vec![CreateActionRow::InputText(input)])
}

/// What a pressed component means.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Pressed {
    /// Choices by their tokens.
    Choice(Vec<String>),
    /// Choices by number, as typed text ("2" or "1, 3").
    Numbers(String),
    /// The reply button: open the text box, in this language.
    Reply(Lang),
}

/// Decodes a button's custom id, or a select menu's chosen values.
pub fn decode(custom_id: &str, values: Option<&[String]>) -> Pressed {
    if let Some(code) = custom_id.strip_prefix(REPLY) {
        return Pressed::Reply(Lang::from_code(code).unwrap_or(Lang::En));
    }
    let chosen: Vec<&str> = match values {
        Some(values) => values.iter().map(String::as_str).collect(),
        None => vec![custom_id],
    };
    let numbers: Vec<&str> = chosen
        .iter()
        .filter_map(|v| v.strip_prefix(NUMBER))
        .collect();
    if numbers.is_empty() {
        Pressed::Choice(chosen.into_iter().map(str::to_owned).collect())
    } else {
        Pressed::Numbers(numbers.join(", "))
    }
}

/// The components of an answered message, all disabled, with the pressed
/// button (or the chosen options) marked, so the message shows the answer and
/// cannot be answered twice.
pub fn answered(
    rows: &[ActionRow],
    pressed: Option<&str>,
    chosen: &[String],
) -> Vec<CreateActionRow> {
    let mut out = Vec::new();
    for row in rows {
        let mut buttons = Vec::new();
        for component in &row.components {
            match component {
                ActionRowComponent::Button(button) => {
                    let mut button = button.clone();
                    button.disabled = true;
                    if let ButtonKind::NonLink { custom_id, style } = &mut button.data {
                        *style = if pressed == Some(custom_id.as_str()) {
                            ButtonStyle::Success
                        } else {
                            ButtonStyle::Secondary
                        };
                    }
                    buttons.push(CreateButton::from(button));
                }
                ActionRowComponent::SelectMenu(menu)
                    if menu.kind == ComponentType::StringSelect =>
                {
                    let options = menu
                        .options
                        .iter()
                        .map(|o| {
                            CreateSelectMenuOption::new(o.label.clone(), o.value.clone())
                                .default_selection(chosen.contains(&o.value))
                        })
                        .collect();
                    let mut select = CreateSelectMenu::new(
                        menu.custom_id.clone().unwrap_or_default(),
                        CreateSelectMenuKind::String { options },
                    )
                    .disabled(true);
                    if let Some(min) = menu.min_values {
                        select = select.min_values(min);
                    }
                    if let Some(max) = menu.max_values {
                        select = select.max_values(max);
                    }
                    out.push(CreateActionRow::SelectMenu(select));
                }
                _ => {}
            }
        }
        if !buttons.is_empty() {
            out.push(CreateActionRow::Buttons(buttons));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use bot_core::message::Choice;
    use serde_json::{Value, json};

    fn set(n: usize, multi: bool) -> ChoiceSet {
        ChoiceSet {
            options: (1..=n)
                .map(|i| Choice::new(format!("t:{i}"), format!("Option {i}")))
                .collect(),
            multi,
        }
    }

    fn to_json(rows: &[CreateActionRow]) -> Value {
        serde_json::to_value(rows).expect("serializes")
    }

    #[test]
    fn up_to_25_single_choices_are_buttons_five_to_a_row() {
        let rows = to_json(&layout(&set(13, false)).rows);
        let rows = rows.as_array().expect("rows");
        assert_eq!(rows.len(), 3);
        assert_eq!(rows[0]["components"].as_array().map(Vec::len), Some(5));
        assert_eq!(rows[2]["components"].as_array().map(Vec::len), Some(3));
        assert_eq!(
            rows[0]["components"][0],
            json!({"type": 2, "style": 1, "custom_id": "t:1", "label": "Option 1", "disabled": false})
        );
        assert_eq!(
            to_json(&layout(&set(25, false)).rows)
                .as_array()
                .map(Vec::len),
            Some(5)
        );
    }

    #[test]
    fn more_single_choices_become_select_menus_and_multi_choice_one_multi_select() {
        let rows = to_json(&layout(&set(60, false)).rows);
        assert_eq!(rows.as_array().map(Vec::len), Some(3));
        assert_eq!(rows[0]["components"][0]["type"], 3);
        assert_eq!(rows[0]["components"][0]["max_values"], 1);
        assert_eq!(
            rows[2]["components"][0]["options"].as_array().map(Vec::len),
            Some(10)
        );

        let rows = to_json(&layout(&set(22, true)).rows);
        let select = &rows[0]["components"][0];
        assert_eq!(select["custom_id"], "mc~pick:0");
        assert_eq!(select["min_values"], 1);
        assert_eq!(select["max_values"], 22);
        assert_eq!(select["options"][21]["value"], "t:22");

        let many = layout(&set(26, true));
        assert!(many.rows.is_empty());
        assert_eq!(many.numbered[25], "26. Option 26");
        assert_eq!(layout(&set(126, false)).numbered.len(), 126);
    }

    #[test]
    fn tokens_that_do_not_fit_travel_as_numbers() {
        let mut choices = set(3, false);
        choices.options[1].token = "x".repeat(101);
        let rows = to_json(&layout(&choices).rows);
        assert_eq!(rows[0]["components"][1]["custom_id"], "mc~n:2");
        assert_eq!(decode("mc~n:2", None), Pressed::Numbers("2".into()));
        let values = vec!["mc~n:1".to_owned(), "mc~n:3".to_owned()];
        assert_eq!(
            decode("mc~pick:0", Some(&values)),
            Pressed::Numbers("1, 3".into())
        );
        let values = vec!["spoken:en".to_owned(), "spoken:pl".to_owned()];
        assert_eq!(
            decode("mc~pick:0", Some(&values)),
            Pressed::Choice(vec!["spoken:en".into(), "spoken:pl".into()])
        );
        assert_eq!(
            decode("lang:de", None),
            Pressed::Choice(vec!["lang:de".into()])
        );
        assert_eq!(decode("mc~reply:de", None), Pressed::Reply(Lang::De));
    }

    #[test]
    fn the_answer_modal_has_one_long_text_input() {
        let locales = Locales::load().expect("locales");
        let modal = serde_json::to_value(answer_modal(&locales, Lang::De, 4000)).expect("json");
        assert_eq!(modal["custom_id"], ANSWER_MODAL);
        let input = &modal["components"][0]["components"][0];
        assert_eq!(input["type"], 4);
        assert_eq!(input["custom_id"], ANSWER_INPUT);
        assert_eq!(input["style"], 2);
        assert_eq!(input["max_length"], 4000);
        assert!(!modal["title"].as_str().unwrap_or_default().is_empty());
        let button = serde_json::to_value(reply_button(&locales, Lang::De)).expect("json");
        assert_eq!(button["custom_id"], "mc~reply:de");
    }
}

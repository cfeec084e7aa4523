//! Telegram updates translated into events for the core.
//!
//! Private chats: every text message. Groups: with privacy mode on, Telegram
//! only delivers commands and replies to the bot; of those, commands
//! addressed to another bot (`/help@other_bot`) are dropped here, because
//! the core reads `/help@anybot` as its own. Button presses become choices
//! in the chat the keyboard was shown in.

use bot_core::message::{AccountKey, Chat, Content, Incoming};
use serde_json::Value;
use teloxide::types::{
    CallbackQuery, Chat as TgChat, InlineKeyboardMarkup, Message, Update, UpdateKind, User,
};

use crate::keyboard::{self, Press};

pub const PLATFORM: &str = "telegram";

/// Who the bot is, from getMe.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BotIdentity {
    pub id: u64,
    pub username: String,
}

/// What to do with one update.
#[derive(Debug, Clone, PartialEq)]
pub enum Inbound {
    Message(Incoming),
    Callback(Callback),
    Ignored(&'static str),
}

/// A button press: always answered (so the client's spinner stops), maybe a
/// keyboard to redraw, maybe an answer for the core.
#[derive(Debug, Clone, PartialEq)]
pub struct Callback {
    pub query_id: String,
    pub edit: Option<KeyboardEdit>,
    pub incoming: Option<Incoming>,
}

/// Replaces the keyboard of a message the bot sent.
#[derive(Debug, Clone, PartialEq)]
pub struct KeyboardEdit {
    pub chat_id: i64,
    pub message_id: i32,
    pub keyboard: InlineKeyboardMarkup,
}

pub fn translate(update: &Update, me: &BotIdentity) -> Inbound {
    let event_id = format!("{}:{}", me.id, update.id.0);
    match &update.kind {
        UpdateKind::Message(message) => message_event(message, me, event_id),
        UpdateKind::CallbackQuery(query) => Inbound::Callback(callback_event(query, event_id)),
        UpdateKind::Error(_) => Inbound::Ignored("unreadable update"),
        _ => Inbound::Ignored("update kind not used"),
    }
}

fn account(user: &User) -> AccountKey {
    AccountKey::new(PLATFORM, user.id.0.to_string())
}

fn incoming(user: &User, chat: Chat, content: Content, event_id: String) -> Incoming {
    Incoming {
        from: account(user),
        display_name: user.full_name(),
        chat,
        content,
        event_id: Some(event_id),
        locale_hint: user.language_code.clone(),
    }
}

/// The core's chat for a Telegram chat; None for channels.
fn chat_of(chat: &TgChat) -> Option<Chat> {
    if chat.is_private() {
        Some(Chat::Direct)
    } else if chat.is_group() || chat.is_supergroup() {
        Some(Chat::Room(chat.id.0.to_string()))
    } else {
        None
    }
}

fn message_event(message: &Message, me: &BotIdentity, event_id: String) -> Inbound {
    let Some(user) = message.from.as_ref() else {
        return Inbound::Ignored("message without a sender");
    };
    if user.is_bot {
        return Inbound::Ignored("message from a bot");
    }
    let Some(chat) = chat_of(&message.chat) else {
        return Inbound::Ignored("channel post");
    };
    let Some(text) = message.text() else {
        return Inbound::Ignored("not a text message");
    };
    if !chat.is_direct() {
        match addressed_to(text) {
            Some(Some(bot)) if !bot.eq_ignore_ascii_case(&me.username) => {
                return Inbound::Ignored("command for another bot");
            }
            Some(_) => {}
            None if replies_to(message, me) => {}
            None => return Inbound::Ignored("group talk not for the bot"),
        }
    }
    Inbound::Message(incoming(
        user,
        chat,
        Content::Text(text.to_owned()),
        event_id,
    ))
}

/// For a command, the bot it names (`/cmd@bot`), if any; None for text that is not a command.
fn addressed_to(text: &str) -> Option<Option<&str>> {
    let command = text.strip_prefix('/')?.split_whitespace().next()?;
    Some(command.split_once('@').map(|(_, bot)| bot))
}

fn replies_to(message: &Message, me: &BotIdentity) -> bool {
    message
        .reply_to_message()
        .and_then(|m| m.from.as_ref())
        .is_some_and(|from| from.id.0 == me.id)
}

fn callback_event(query: &CallbackQuery, event_id: String) -> Callback {
    let mut callback = Callback {
        query_id: query.id.0.clone(),
        edit: None,
        incoming: None,
    };
    if query.from.is_bot {
        return callback;
    }
    let message = query.regular_message();
    // A keyboard in an inline message or a message too old to see: answer in the direct chat.
    let chat = match message {
        Some(m) => match chat_of(&m.chat) {
            Some(chat) => chat,
            None => return callback,
        },
        None => Chat::Direct,
    };
    let markup = message.and_then(Message::reply_markup);
    let choose = |tokens: Vec<String>| {
        Some(incoming(
            &query.from,
            chat.clone(),
            Content::Choice(tokens),
            event_id.clone(),
        ))
    };
    match keyboard::decode(query.data.as_deref().unwrap_or_default()) {
        Press::Choose(token) => callback.incoming = choose(vec![token]),
        Press::Toggle(token) => {
            callback.edit = message.zip(markup).and_then(|(m, markup)| {
                Some(KeyboardEdit {
                    chat_id: m.chat.id.0,
                    message_id: m.id.0,
                    keyboard: keyboard::toggle(markup, &token)?,
                })
            });
        }
        Press::Done => {
            let tokens = markup.map(keyboard::checked).unwrap_or_default();
            // Nothing checked: the core explains how to answer; the keyboard stays.
            if !tokens.is_empty()
                && let Some(m) = message
            {
                callback.edit = Some(KeyboardEdit {
                    chat_id: m.chat.id.0,
                    message_id: m.id.0,
                    keyboard: InlineKeyboardMarkup::default(),
                });
            }
            callback.incoming = choose(tokens);
        }
        Press::Unknown => {}
    }
    callback
}

/// Reads an update that teloxide could not: the Bot API emulator used in
/// tests leaves out a callback query's `chat_instance`, which Telegram always
/// sends and nothing here uses. Anything else stays unreadable. (teloxide
/// keeps the raw JSON of an unreadable update in `UpdateKind::Error`.)
pub fn repair(update: Update) -> Update {
    let UpdateKind::Error(value) = &update.kind else {
        return update;
    };
    let mut value: Value = value.clone();
    let Some(query) = value
        .get_mut("callback_query")
        .and_then(Value::as_object_mut)
    else {
        return update;
    };
    if query.contains_key("chat_instance") {
        return update;
    }
    query.insert("chat_instance".into(), Value::String(String::new()));
    read_update(&value).unwrap_or(update)
}

/// teloxide reads updates from text only: from a `Value` every update comes out unreadable.
fn read_update(value: &Value) -> Option<Update> {
    serde_json::from_str(&value.to_string()).ok()
}

/// An update posted to the webhook; None if it is not one at all.
pub fn parse_update(value: Value) -> Option<Update> {
    let mut update = read_update(&value)?;
    if let UpdateKind::Error(raw) = &mut update.kind {
        // Like teloxide's polling does, keep what could not be read.
        *raw = value;
    }
    Some(repair(update))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn me() -> BotIdentity {
        BotIdentity {
            id: 7_000_000_001,
            username: "MentorCloudBot".into(),
        }
    }

    fn fixture(name: &str) -> Update {
        let path = format!("{}/tests/fixtures/{name}.json", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(&path).expect("fixture");
        serde_json::from_str(&text).expect("an update")
    }

    fn message(name: &str) -> Incoming {
        match translate(&fixture(name), &me()) {
            Inbound::Message(incoming) => incoming,
            other => panic!("{name}: expected a message, got {other:?}"),
        }
    }

    #[test]
    fn a_private_message_is_direct_text_with_the_language_hint() {
        let incoming = message("private_text");
        assert_eq!(incoming.from, AccountKey::new("telegram", "123456789"));
        assert_eq!(incoming.display_name, "Anna Kowalska");
        assert_eq!(incoming.chat, Chat::Direct);
        assert_eq!(
            incoming.content,
            Content::Text("Smith & <b>Sons</b>".into())
        );
        assert_eq!(incoming.event_id.as_deref(), Some("7000000001:846201113"));
        assert_eq!(incoming.locale_hint.as_deref(), Some("pl"));
    }

    #[test]
    fn a_deep_link_start_is_the_command_with_its_code() {
        let incoming = message("private_start_code");
        assert_eq!(incoming.content, Content::Text("/start K7MX4QPA".into()));
    }

    #[test]
    fn a_button_press_is_a_choice_in_its_chat() {
        let Inbound::Callback(callback) = translate(&fixture("callback_choice"), &me()) else {
            panic!("expected a callback");
        };
        assert_eq!(callback.query_id, "530198452913375813");
        assert_eq!(callback.edit, None);
        let incoming = callback.incoming.expect("a choice");
        assert_eq!(incoming.content, Content::Choice(vec!["lang:de".into()]));
        assert_eq!(incoming.chat, Chat::Direct);
        assert_eq!(incoming.from, AccountKey::new("telegram", "123456789"));
    }

    #[test]
    fn toggles_redraw_the_keyboard_and_done_sends_the_checked_options() {
        let Inbound::Callback(toggle) = translate(&fixture("callback_toggle"), &me()) else {
            panic!("expected a callback");
        };
        assert_eq!(toggle.incoming, None);
        let edit = toggle.edit.expect("an edit");
        assert_eq!((edit.chat_id, edit.message_id), (123456789, 2044));
        assert_eq!(
            keyboard::checked(&edit.keyboard),
            vec!["spoken:en", "spoken:pl"]
        );

        let Inbound::Callback(done) = translate(&fixture("callback_done"), &me()) else {
            panic!("expected a callback");
        };
        let incoming = done.incoming.expect("an answer");
        assert_eq!(
            incoming.content,
            Content::Choice(vec!["spoken:en".into(), "spoken:pl".into()])
        );
        let edit = done.edit.expect("the keyboard is taken away");
        assert!(edit.keyboard.inline_keyboard.is_empty());
    }

    #[test]
    fn groups_see_commands_for_this_bot_and_replies_to_it() {
        let addressed = message("group_command_for_bot");
        assert_eq!(addressed.chat, Chat::Room("-1001234567890".into()));
        assert_eq!(
            addressed.content,
            Content::Text("/help@MentorCloudBot".into())
        );
        assert_eq!(
            translate(&fixture("group_command_for_other_bot"), &me()),
            Inbound::Ignored("command for another bot")
        );
        let reply = message("group_reply_to_bot");
        assert_eq!(reply.chat, Chat::Room("-1001234567890".into()));
        assert_eq!(reply.content, Content::Text("Thanks, that helps!".into()));
    }

    #[test]
    fn the_emulators_callback_without_chat_instance_is_repaired() {
        let raw = r#"{"update_id":9,"callback_query":{"id":"3","from":{"id":1,"is_bot":false,"first_name":"Ann"},"message":{"message_id":5,"date":1700000000,"chat":{"id":1,"type":"private","first_name":"Ann"},"text":"?"},"data":"clang:en"}}"#;
        let value: Value = serde_json::from_str(raw).expect("json");
        let plain: Update = serde_json::from_str(raw).expect("an update");
        assert!(matches!(plain.kind, UpdateKind::Error(_)));
        let update = parse_update(value).expect("an update");
        assert_eq!(update.id.0, 9);
        let Inbound::Callback(callback) = translate(&update, &me()) else {
            panic!("expected a callback");
        };
        assert_eq!(
            callback.incoming.expect("a choice").content,
            Content::Choice(vec!["lang:en".into()])
        );
        assert!(parse_update(serde_json::json!({"nonsense": true})).is_none());
    }
}

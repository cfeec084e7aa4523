//! The messages the core exchanges with adapters: what comes in from a chat,
//! and what goes out to one. Platform-neutral on purpose: adapters translate.

use serde::{Deserialize, Serialize};

/// A chat account on one platform, e.g. (`telegram`, `123456`) or (`console`, `alice`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct AccountKey {
    pub platform: String,
    pub id: String,
}

impl AccountKey {
    pub fn new(platform: impl Into<String>, id: impl Into<String>) -> Self {
        Self {
            platform: platform.into(),
            id: id.into(),
        }
    }
}

impl std::fmt::Display for AccountKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.platform, self.id)
    }
}

/// Where a message was said: a direct chat with the bot, or a room (group chat).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", content = "id", rename_all = "snake_case")]
pub enum Chat {
    Direct,
    Room(String),
}

impl Chat {
    pub fn is_direct(&self) -> bool {
        matches!(self, Chat::Direct)
    }
}

/// What the person did: typed text, or pressed one or more choices (buttons,
/// select menus). Adapters that can only show text send `Text`; the core
/// resolves numbers and labels against the choices it offered last.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "value", rename_all = "snake_case")]
pub enum Content {
    Text(String),
    Choice(Vec<String>),
}

/// One event from a platform, translated by its adapter.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Incoming {
    pub from: AccountKey,
    /// The sender's display name on the platform, used as a default only.
    pub display_name: String,
    pub chat: Chat,
    pub content: Content,
    /// The platform's id for the event; redelivered events with the same id are ignored.
    pub event_id: Option<String>,
    /// The client's language, if the platform tells it (e.g. `de-AT`).
    pub locale_hint: Option<String>,
}

/// Where an outgoing message goes, in platform terms.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Address {
    pub platform: String,
    pub chat: ChatAddress,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", content = "id", rename_all = "snake_case")]
pub enum ChatAddress {
    /// The direct chat with this account.
    Direct(String),
    /// A room, by the platform's room id.
    Room(String),
}

impl Address {
    pub fn direct(account: &AccountKey) -> Self {
        Self {
            platform: account.platform.clone(),
            chat: ChatAddress::Direct(account.id.clone()),
        }
    }
    pub fn room(platform: &str, room: &str) -> Self {
        Self {
            platform: platform.to_owned(),
            chat: ChatAddress::Room(room.to_owned()),
        }
    }
}

/// A message from the bot.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Outgoing {
    pub text: RichText,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub choices: Option<ChoiceSet>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub files: Vec<FileAttachment>,
    /// Private data: only ever shown in a direct chat or ephemerally.
    #[serde(default)]
    pub private: bool,
    /// The reader's language (BCP 47), for adapters that localize their own chrome.
    #[serde(default)]
    pub lang: String,
    /// Asks the adapter to create a room along with this message (see [`NewRoom`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub new_room: Option<NewRoom>,
}

impl Outgoing {
    /// A question for one person's direct chat, with one answer to pick,
    /// in the reader's language (`lang`, BCP 47).
    pub fn private_choice(text: String, options: Vec<Choice>, lang: &str) -> Self {
        Self {
            text: RichText::plain(text),
            choices: Some(ChoiceSet {
                options,
                multi: false,
            }),
            private: true,
            lang: lang.to_owned(),
            ..Self::default()
        }
    }
}

/// A room the core asks an adapter to create (on platforms where the bot
/// can: see `GroupsConfig::room_platforms`). The adapter creates
/// it with this name, invites these accounts of its platform, and then
/// reports the room back as the message's recipient pressing `token` in
/// the new room; the core links the room there, with the usual checks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewRoom {
    pub name: String,
    /// Account ids on the recipient's platform.
    pub invite: Vec<String>,
    pub token: String,
}

/// Options the person can pick from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChoiceSet {
    pub options: Vec<Choice>,
    /// Several options may be chosen at once (e.g. languages, competences).
    #[serde(default)]
    pub multi: bool,
}

/// One option. The token is short (fits Telegram's 64-byte callback data and
/// Discord's 100-character custom id) and meaningful to the core only.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Choice {
    pub token: String,
    pub label: String,
}

impl Choice {
    pub fn new(token: impl Into<String>, label: impl Into<String>) -> Self {
        Self {
            token: token.into(),
            label: label.into(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileAttachment {
    pub name: String,
    pub mime: String,
    /// The content, for text files (exports, calendar files); empty for binary ones.
    pub text: String,
    /// The content of binary files (charts), base64-encoded so messages stay JSON.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base64: Option<String>,
}

impl FileAttachment {
    pub fn text(name: impl Into<String>, mime: impl Into<String>, text: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            mime: mime.into(),
            text: text.into(),
            base64: None,
        }
    }

    pub fn binary(name: impl Into<String>, mime: impl Into<String>, bytes: &[u8]) -> Self {
        use base64::Engine;
        let encoded = base64::engine::general_purpose::STANDARD.encode(bytes);
        Self {
            name: name.into(),
            mime: mime.into(),
            text: String::new(),
            base64: Some(encoded),
        }
    }

    /// The file's bytes, whichever way it is stored; an unreadable encoding gives none.
    pub fn bytes(&self) -> Vec<u8> {
        use base64::Engine;
        match &self.base64 {
            Some(encoded) => base64::engine::general_purpose::STANDARD
                .decode(encoded)
                .unwrap_or_default(),
            None => self.text.clone().into_bytes(),
        }
    }

    pub fn is_image(&self) -> bool {
        self.mime.starts_with("image/")
    }
}

/// A small rich-text model that every platform can render: paragraphs of
/// inline runs, and bullet lists. User-provided text is always an `Inline::Text`
/// run, so adapters escape it for their markup.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct RichText {
    pub blocks: Vec<Block>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "value", rename_all = "snake_case")]
pub enum Block {
    Paragraph(Vec<Inline>),
    Bullets(Vec<Vec<Inline>>),
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "value", rename_all = "snake_case")]
pub enum Inline {
    Text(String),
    Bold(String),
    Italic(String),
    Code(String),
}

impl Inline {
    pub fn as_str(&self) -> &str {
        match self {
            Inline::Text(s) | Inline::Bold(s) | Inline::Italic(s) | Inline::Code(s) => s,
        }
    }
}

impl RichText {
    pub fn plain(text: impl Into<String>) -> Self {
        Self {
            blocks: vec![Block::Paragraph(vec![Inline::Text(text.into())])],
        }
    }

    pub fn push_paragraph(&mut self, inlines: Vec<Inline>) -> &mut Self {
        self.blocks.push(Block::Paragraph(inlines));
        self
    }

    pub fn push_text(&mut self, text: impl Into<String>) -> &mut Self {
        self.push_paragraph(vec![Inline::Text(text.into())])
    }

    pub fn append(&mut self, other: RichText) -> &mut Self {
        self.blocks.extend(other.blocks);
        self
    }

    /// Plain-text rendering, one block per line group; used by the console and as
    /// the fallback body on platforms with markup.
    pub fn to_plain(&self) -> String {
        let mut out = Vec::new();
        for block in &self.blocks {
            match block {
                Block::Paragraph(inlines) => {
                    out.push(inlines.iter().map(Inline::as_str).collect::<String>())
                }
                Block::Bullets(items) => {
                    for item in items {
                        out.push(format!(
                            "• {}",
                            item.iter().map(Inline::as_str).collect::<String>()
                        ));
                    }
                }
            }
        }
        out.join("\n")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_rendering_joins_blocks_and_bullets() {
        let mut text = RichText::plain("Hello");
        text.blocks.push(Block::Bullets(vec![
            vec![Inline::Bold("Name".into()), Inline::Text(": Ann".into())],
            vec![Inline::Text("two".into())],
        ]));
        assert_eq!(text.to_plain(), "Hello\n• Name: Ann\n• two");
    }

    #[test]
    fn outgoing_round_trips_through_json() {
        let out = Outgoing {
            text: RichText::plain("<b>& ﷺ"),
            choices: Some(ChoiceSet {
                options: vec![Choice::new("lang:en", "English")],
                multi: false,
            }),
            files: vec![],
            private: true,
            lang: "ar".into(),
            new_room: Some(NewRoom {
                name: "circle-1".into(),
                invite: vec!["@ann:example.org".into()],
                token: "grp:link:1".into(),
            }),
        };
        let json = serde_json::to_string(&out).expect("serialize");
        assert_eq!(serde_json::from_str::<Outgoing>(&json).expect("parse"), out);
    }
}

//! Discord events as the core's `Incoming`, with how to acknowledge each
//! interaction within Discord's three seconds. Pure translation, no I/O.
//!
//! What a person does with the bot through interactions is their direct
//! conversation with it (`Chat::Direct`), wherever they did it: in a server
//! channel Discord shows the answers only to them (ephemeral), in the DM
//! they are ordinary messages. Server channels are not rooms for the core:
//! the bot cannot read what people write there (no message-content intent).
//! Threads are: a circle's thread (see [`crate::threads`]) is its room, so
//! slash commands used in a thread, and buttons pressed on what the bot
//! posted there, come from `Chat::Room(<thread id>)`; answers only for the
//! person (ephemeral messages there) stay their direct conversation.

use bot_core::i18n::Locales;
use bot_core::message::{AccountKey, Chat, Content, Incoming};
use serde_json::{Value, json};
use serenity::all::{
    ActionRowComponent, ChannelType, CommandInteraction, ComponentInteraction,
    ComponentInteractionDataKind, CreateActionRow, CreateModal, GuildId, Interaction,
    InteractionContext, Message, MessageFlags, MessageType, ModalInteraction, PartialChannel, User,
};

use crate::commands::command_line;
use crate::components::{self, Pressed};
use crate::live::FollowUp;

pub const PLATFORM: &str = "discord";
/// The message flag that shows a message only to the person who acted.
const EPHEMERAL: u64 = 1 << 6;

/// The first answer to an interaction.
#[derive(Debug, Clone)]
pub enum Ack {
    /// To Discord's endpoint check (HTTP endpoint only).
    Pong,
    /// "Thinking…" until the core's first answer replaces it.
    Defer { ephemeral: bool },
    /// The pressed message, its components disabled and the answer marked.
    Update(Vec<CreateActionRow>),
    /// A text box to type an answer in.
    Modal(CreateModal),
    /// Received, nothing changes (a component the adapter does not send).
    Acknowledge,
    /// Nothing to show (autocomplete, which the commands do not use).
    Nothing,
}

impl Ack {
    /// The interaction response as Discord's JSON. Written out here rather
    /// than with serenity's builder, which always adds `"attachments": []`
    /// and so would strip the files off a message whose buttons are pressed.
    pub fn to_json(&self) -> Value {
        match self {
            Ack::Pong => json!({"type": 1}),
            Ack::Defer { ephemeral: true } => json!({"type": 5, "data": {"flags": EPHEMERAL}}),
            Ack::Defer { ephemeral: false } => json!({"type": 5}),
            Ack::Update(rows) => json!({"type": 7, "data": {"components": builder_json(rows)}}),
            Ack::Modal(modal) => json!({"type": 9, "data": builder_json(modal)}),
            Ack::Acknowledge => json!({"type": 6}),
            Ack::Nothing => json!({"type": 8, "data": {"choices": []}}),
        }
    }
}

/// serenity's builders as JSON (this cannot fail: they hold no maps with
/// non-string keys and nothing that refuses to serialize).
fn builder_json<T: serde::Serialize>(builder: &T) -> Value {
    serde_json::to_value(builder).unwrap_or_default()
}

/// What to do with one interaction.
#[derive(Debug)]
pub struct Translation {
    pub ack: Ack,
    /// The person, and how the answers reach them while the interaction lasts.
    pub follow_up: Option<(u64, FollowUp)>,
    /// For the core; None when the adapter answers by itself (a modal, a ping).
    pub incoming: Option<Incoming>,
}

/// What translation needs besides the event: the texts of the reply modal.
pub struct Chrome<'a> {
    pub locales: &'a Locales,
    pub max_text: usize,
}

fn display_name(user: &User) -> String {
    user.global_name
        .clone()
        .unwrap_or_else(|| user.name.clone())
}

fn incoming(user: &User, chat: Chat, content: Content, event: String, locale: &str) -> Incoming {
    Incoming {
        from: AccountKey::new(PLATFORM, user.id.get().to_string()),
        display_name: display_name(user),
        chat,
        content,
        event_id: Some(event),
        locale_hint: (!locale.is_empty()).then(|| locale.to_owned()),
    }
}

/// Answers are ephemeral anywhere but in the DM with the bot.
fn ephemeral(
    guild: Option<GuildId>,
    context: Option<InteractionContext>,
    channel: Option<&PartialChannel>,
) -> bool {
    guild.is_some()
        || context == Some(InteractionContext::PrivateChannel)
        || channel.is_some_and(|c| c.kind != ChannelType::Private)
}

/// The thread an interaction happened in (threads are rooms for the core).
fn thread(channel: Option<&PartialChannel>) -> Option<u64> {
    channel
        .filter(|c| {
            matches!(
                c.kind,
                ChannelType::PublicThread | ChannelType::PrivateThread | ChannelType::NewsThread
            )
        })
        .map(|c| c.id.get())
}

fn chat_of(room: Option<u64>) -> Chat {
    room.map_or(Chat::Direct, |id| Chat::Room(id.to_string()))
}

/// Whether a message was shown only to the person who acted.
fn is_ephemeral(message: &Message) -> bool {
    message
        .flags
        .is_some_and(|f| f.contains(MessageFlags::EPHEMERAL))
}

fn command(cmd: &CommandInteraction) -> Translation {
    let ephemeral = ephemeral(cmd.guild_id, cmd.context, cmd.channel.as_ref());
    let room = thread(cmd.channel.as_ref());
    let text = command_line(&cmd.data);
    Translation {
        ack: Ack::Defer { ephemeral },
        follow_up: Some((
            cmd.user.id.get(),
            FollowUp {
                token: cmd.token.clone(),
                ephemeral,
                original_pending: true,
                room,
            },
        )),
        incoming: Some(incoming(
            &cmd.user,
            chat_of(room),
            Content::Text(text),
            format!("i:{}", cmd.id),
            &cmd.locale,
        )),
    }
}

fn component(c: &ComponentInteraction, chrome: &Chrome<'_>) -> Translation {
    let ephemeral = ephemeral(c.guild_id, c.context, c.channel.as_ref());
    let (pressed, chosen) = match &c.data.kind {
        ComponentInteractionDataKind::Button => {
            (components::decode(&c.data.custom_id, None), Vec::new())
        }
        ComponentInteractionDataKind::StringSelect { values } => (
            components::decode(&c.data.custom_id, Some(values)),
            values.clone(),
        ),
        // No other kinds are sent; acknowledge and leave the message as it is.
        _ => {
            return Translation {
                ack: Ack::Acknowledge,
                follow_up: None,
                incoming: None,
            };
        }
    };
    let content = match pressed {
        Pressed::Reply(lang) => {
            let modal = components::answer_modal(chrome.locales, lang, chrome.max_text);
            return Translation {
                ack: Ack::Modal(modal),
                follow_up: None,
                incoming: None,
            };
        }
        Pressed::Choice(tokens) => Content::Choice(tokens),
        Pressed::Numbers(text) => Content::Text(text),
    };
    // Buttons on what the bot posted in a thread answer there; on an
    // ephemeral message they answer the person's own conversation.
    let room = thread(c.channel.as_ref()).filter(|_| !is_ephemeral(&c.message));
    let ack = if room.is_some() {
        // Everyone in the thread answers the same message (e.g. "I am
        // here"): it stays as it is for the others.
        Ack::Acknowledge
    } else {
        let is_button = matches!(c.data.kind, ComponentInteractionDataKind::Button);
        Ack::Update(components::answered(
            &c.message.components,
            is_button.then_some(c.data.custom_id.as_str()),
            &chosen,
        ))
    };
    Translation {
        ack,
        follow_up: Some((
            c.user.id.get(),
            FollowUp {
                token: c.token.clone(),
                ephemeral,
                original_pending: false,
                room,
            },
        )),
        incoming: Some(incoming(
            &c.user,
            chat_of(room),
            content,
            format!("i:{}", c.id),
            &c.locale,
        )),
    }
}

fn modal(m: &ModalInteraction) -> Translation {
    let ephemeral = ephemeral(m.guild_id, None, m.channel.as_ref());
    let text = m
        .data
        .components
        .iter()
        .flat_map(|row| &row.components)
        .find_map(|component| match component {
            ActionRowComponent::InputText(input) if input.custom_id == components::ANSWER_INPUT => {
                Some(input.value.clone().unwrap_or_default())
            }
            _ => None,
        })
        .unwrap_or_default();
    let room =
        thread(m.channel.as_ref()).filter(|_| !m.message.as_deref().is_some_and(is_ephemeral));
    // Opened from a message's reply button: that message is answered now.
    let (ack, original_pending) = match &m.message {
        Some(message) => (
            Ack::Update(components::answered(&message.components, None, &[])),
            false,
        ),
        None => (Ack::Defer { ephemeral }, true),
    };
    Translation {
        ack,
        follow_up: Some((
            m.user.id.get(),
            FollowUp {
                token: m.token.clone(),
                ephemeral,
                original_pending,
                room,
            },
        )),
        incoming: Some(incoming(
            &m.user,
            chat_of(room),
            Content::Text(text),
            format!("i:{}", m.id),
            &m.locale,
        )),
    }
}

/// An interaction: how to acknowledge it, and what it means for the core.
pub fn interaction(interaction: &Interaction, chrome: &Chrome<'_>) -> Translation {
    match interaction {
        Interaction::Ping(_) => Translation {
            ack: Ack::Pong,
            follow_up: None,
            incoming: None,
        },
        Interaction::Command(cmd) => command(cmd),
        Interaction::Autocomplete(_) => Translation {
            ack: Ack::Nothing,
            follow_up: None,
            incoming: None,
        },
        Interaction::Component(c) => component(c, chrome),
        Interaction::Modal(m) => modal(m),
        // `Interaction` may grow; a new kind is acknowledged and left alone.
        #[allow(unreachable_patterns)]
        _ => Translation {
            ack: Ack::Nothing,
            follow_up: None,
            incoming: None,
        },
    }
}

/// A message written to the bot in its DM (the only messages whose text the
/// bot receives without the privileged message-content intent). Other
/// messages are not for the bot.
pub fn message(message: &Message) -> Option<Incoming> {
    let ordinary = matches!(
        message.kind,
        MessageType::Regular | MessageType::InlineReply
    );
    if message.guild_id.is_some() || message.author.bot || message.webhook_id.is_some() || !ordinary
    {
        return None;
    }
    Some(Incoming {
        from: AccountKey::new(PLATFORM, message.author.id.get().to_string()),
        display_name: display_name(&message.author),
        chat: Chat::Direct,
        content: Content::Text(message.content.clone()),
        event_id: Some(format!("m:{}", message.id)),
        locale_hint: None,
    })
}

//! Matrix events as the core sees them. Pure functions over (already
//! decrypted) events, so they can be tested on the JSON Synapse sends.

use bot_core::message::{AccountKey, Chat, Content, Incoming};
use matrix_sdk::ruma::events::room::member::MembershipState;
use matrix_sdk::ruma::events::room::message::sanitize::remove_plain_reply_fallback;
use matrix_sdk::ruma::events::room::message::{MessageType, Relation};
use matrix_sdk::ruma::events::{
    AnyStrippedStateEvent, AnySyncMessageLikeEvent, AnySyncTimelineEvent, SyncMessageLikeEvent,
};
use matrix_sdk::ruma::serde::Raw;
use matrix_sdk::ruma::{OwnedUserId, RoomId, UserId};

pub const PLATFORM: &str = "matrix";

/// What one timeline event means for the bot.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Translated {
    /// Someone wrote to the bot.
    Message(Incoming),
    /// An encrypted event the bot has no key for (yet).
    Undecryptable { event_id: String },
    /// Not for the bot: its own echo, notices of other bots, edits, state, media…
    Ignored,
}

/// Where an event happened, as far as translation needs to know.
#[derive(Debug, Clone, Copy)]
pub struct Place<'a> {
    pub room: &'a RoomId,
    /// A direct chat: marked as one, or just the bot and one person.
    pub direct: bool,
}

pub fn translate_raw(
    own: &UserId,
    place: Place<'_>,
    raw: &Raw<AnySyncTimelineEvent>,
) -> Translated {
    match raw.deserialize() {
        Ok(event) => translate(own, place, &event),
        Err(error) => {
            tracing::debug!(%error, "unreadable timeline event ignored");
            Translated::Ignored
        }
    }
}

pub fn translate(own: &UserId, place: Place<'_>, event: &AnySyncTimelineEvent) -> Translated {
    if event.sender() == own {
        return Translated::Ignored;
    }
    let AnySyncTimelineEvent::MessageLike(event) = event else {
        return Translated::Ignored;
    };
    let message = match event {
        AnySyncMessageLikeEvent::RoomMessage(SyncMessageLikeEvent::Original(message)) => message,
        AnySyncMessageLikeEvent::RoomEncrypted(SyncMessageLikeEvent::Original(encrypted)) => {
            return Translated::Undecryptable {
                event_id: encrypted.event_id.to_string(),
            };
        }
        _ => return Translated::Ignored,
    };
    // An edit would replay an answer already given; threads and replies are
    // plain messages to the bot.
    if matches!(message.content.relates_to, Some(Relation::Replacement(_))) {
        return Translated::Ignored;
    }
    // Only text a person typed: `m.notice` is what bots send (so two bots
    // never talk to each other in a loop), and media is not understood.
    let MessageType::Text(text) = &message.content.msgtype else {
        return Translated::Ignored;
    };
    let body = match message.content.relates_to {
        Some(Relation::Reply(_)) => remove_plain_reply_fallback(&text.body),
        _ => &text.body,
    };
    let body = body.trim();
    if body.is_empty() {
        return Translated::Ignored;
    }
    Translated::Message(Incoming {
        from: AccountKey::new(PLATFORM, message.sender.as_str()),
        display_name: message.sender.localpart().to_owned(),
        chat: if place.direct {
            Chat::Direct
        } else {
            Chat::Room(place.room.to_string())
        },
        content: Content::Text(body.to_owned()),
        event_id: Some(message.event_id.to_string()),
        // Matrix does not tell a client's language.
        locale_hint: None,
    })
}

/// An invitation of the bot, read from the room's stripped invite state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invitation {
    pub inviter: OwnedUserId,
    /// The inviter marked the room as a direct chat.
    pub is_direct: bool,
}

pub fn invitation(own: &UserId, invite_state: &[Raw<AnyStrippedStateEvent>]) -> Option<Invitation> {
    invite_state.iter().find_map(|raw| match raw.deserialize() {
        Ok(AnyStrippedStateEvent::RoomMember(member))
            if member.state_key == own && member.content.membership == MembershipState::Invite =>
        {
            Some(Invitation {
                inviter: member.sender,
                is_direct: member.content.is_direct.unwrap_or(false),
            })
        }
        _ => None,
    })
}

/// A membership event by which someone left the room or was removed from it.
pub fn is_departure(event_json: &str) -> bool {
    #[derive(serde::Deserialize)]
    struct Event {
        #[serde(rename = "type")]
        kind: String,
        content: Content,
    }
    #[derive(serde::Deserialize)]
    struct Content {
        membership: Option<String>,
    }
    serde_json::from_str::<Event>(event_json).is_ok_and(|e| {
        e.kind == "m.room.member"
            && matches!(e.content.membership.as_deref(), Some("leave" | "ban"))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use matrix_sdk::ruma::{room_id, user_id};

    fn fixture<T>(name: &str) -> Raw<T> {
        let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(&path).expect("fixture");
        serde_json::from_str(&text).expect("fixture is JSON")
    }

    const BOT: &str = "@fixbot:localhost";

    fn place(direct: bool) -> Place<'static> {
        Place {
            room: room_id!("!lyIg3emte2deCVFYDxdWDsA1zxywPs3muKxevgYgvYc"),
            direct,
        }
    }

    #[test]
    fn text_in_a_direct_chat_comes_from_the_sender() {
        let got = translate_raw(
            user_id!("@fixbot:localhost"),
            place(true),
            &fixture("dm-text.json"),
        );
        assert_eq!(
            got,
            Translated::Message(Incoming {
                from: AccountKey::new("matrix", "@fixuser:localhost"),
                display_name: "fixuser".into(),
                chat: Chat::Direct,
                // Plain text as typed: no HTML is interpreted or stripped here.
                content: Content::Text("Hello <b>bot</b> & friends".into()),
                event_id: Some("$sg33l8-cohFW_UXGbWEnIANcZe1EeZC34nq4yC_ixN8".into()),
                locale_hint: None,
            })
        );
    }

    #[test]
    fn text_in_a_room_names_the_room() {
        let Translated::Message(incoming) = translate_raw(
            user_id!("@fixbot:localhost"),
            place(false),
            &fixture("room-text.json"),
        ) else {
            panic!("not a message");
        };
        assert_eq!(
            incoming.chat,
            Chat::Room("!lyIg3emte2deCVFYDxdWDsA1zxywPs3muKxevgYgvYc".into())
        );
        assert_eq!(incoming.content, Content::Text("/help".into()));
    }

    #[test]
    fn notices_of_other_bots_and_the_bots_own_messages_are_ignored() {
        let own = user_id!("@fixbot:localhost");
        assert_eq!(
            translate_raw(own, place(false), &fixture("room-notice-from-bot.json")),
            Translated::Ignored
        );
        // The same text, seen as the bot's own echo.
        let sender = user_id!("@fixuser:localhost");
        assert_eq!(
            translate_raw(sender, place(true), &fixture("dm-text.json")),
            Translated::Ignored
        );
        assert_eq!(
            translate_raw(own, place(false), &fixture("room-member-leave.json")),
            Translated::Ignored
        );
        assert_eq!(own.as_str(), BOT);
    }

    #[test]
    fn replies_lose_their_quoted_fallback() {
        let Translated::Message(incoming) = translate_raw(
            user_id!("@fixbot:localhost"),
            place(false),
            &fixture("room-reply.json"),
        ) else {
            panic!("not a message");
        };
        assert_eq!(incoming.content, Content::Text("/profile".into()));
    }

    #[test]
    fn edits_and_undecryptable_events_are_told_apart() {
        let own = user_id!("@fixbot:localhost");
        let edit: Raw<AnySyncTimelineEvent> = fixture("dm-edit.json");
        assert_eq!(translate_raw(own, place(true), &edit), Translated::Ignored);
        let encrypted: Raw<AnySyncTimelineEvent> = fixture("dm-encrypted.json");
        assert!(matches!(
            translate_raw(own, place(true), &encrypted),
            Translated::Undecryptable { .. }
        ));
    }

    #[test]
    fn departures_are_recognised() {
        let leave: Raw<AnySyncTimelineEvent> = fixture("room-member-leave.json");
        assert!(is_departure(leave.json().get()));
        let text: Raw<AnySyncTimelineEvent> = fixture("room-text.json");
        assert!(!is_departure(text.json().get()));
    }

    #[test]
    fn an_invite_names_its_inviter_and_whether_it_is_direct() {
        #[derive(serde::Deserialize)]
        struct InvitedRoom {
            invite_state: InviteState,
        }
        #[derive(serde::Deserialize)]
        struct InviteState {
            events: Vec<Raw<AnyStrippedStateEvent>>,
        }
        let path = format!("{}/tests/fixtures/invite.json", env!("CARGO_MANIFEST_DIR"));
        let room: InvitedRoom =
            serde_json::from_str(&std::fs::read_to_string(path).expect("fixture")).expect("JSON");
        assert_eq!(
            invitation(user_id!("@fixbot:localhost"), &room.invite_state.events),
            Some(Invitation {
                inviter: user_id!("@fixuser:localhost").to_owned(),
                is_direct: true,
            })
        );
        assert_eq!(
            invitation(user_id!("@someone:localhost"), &room.invite_state.events),
            None
        );
    }
}

//! Discord events, as the gateway delivers them (fixtures shaped like
//! Discord's documentation), translated for the core and acknowledged.

use bot_core::i18n::Locales;
use bot_core::message::{AccountKey, Chat, Content, Incoming};
use discord_adapter::inbound::{self, Chrome, Translation};
use serde_json::{Value, json};
use serenity::all::{Interaction, Message};

fn dispatch(name: &str) -> Value {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    let frame: Value =
        serde_json::from_str(&std::fs::read_to_string(path).expect("fixture")).expect("json");
    assert_eq!(frame["op"], 0, "a dispatch frame");
    frame["d"].clone()
}

fn translate(name: &str) -> (Translation, Value) {
    let locales = Locales::load().expect("locales");
    let interaction: Interaction =
        serde_json::from_value(dispatch(name)).expect("serenity reads the interaction");
    let translation = inbound::interaction(
        &interaction,
        &Chrome {
            locales: &locales,
            max_text: 4000,
        },
    );
    let ack = translation.ack.to_json();
    (translation, ack)
}

fn incoming(
    user: &str,
    name: &str,
    content: Content,
    event: &str,
    locale: Option<&str>,
) -> Incoming {
    Incoming {
        from: AccountKey::new("discord", user),
        display_name: name.into(),
        chat: Chat::Direct,
        content,
        event_id: Some(event.into()),
        locale_hint: locale.map(str::to_owned),
    }
}

#[test]
fn a_slash_command_with_options_becomes_its_command_line_deferred_ephemerally() {
    let (translation, ack) = translate("slash_command.json");
    assert_eq!(
        translation.incoming,
        Some(incoming(
            "80351110224678912",
            "Carol Kask",
            Content::Text("/invite mentee 1 30".into()),
            "i:1290000000000000001",
            Some("de"),
        ))
    );
    assert_eq!(ack, json!({"type": 5, "data": {"flags": 64}}));
    let (user, follow_up) = translation
        .follow_up
        .expect("answers follow the interaction");
    assert_eq!(user, 80351110224678912);
    assert!(follow_up.ephemeral && follow_up.original_pending);
}

#[test]
fn a_button_in_the_dm_is_a_choice_and_marks_the_answer() {
    let (translation, ack) = translate("button.json");
    assert_eq!(
        translation.incoming,
        Some(incoming(
            "80351110224678913",
            "alice_n",
            Content::Choice(vec!["lang:de".into()]),
            "i:1290000000000000002",
            Some("en-GB"),
        ))
    );
    assert_eq!(ack["type"], 7, "the pressed message is updated at once");
    let buttons = &ack["data"]["components"][0]["components"];
    assert_eq!(buttons.as_array().map(Vec::len), Some(3));
    for button in buttons.as_array().into_iter().flatten() {
        assert_eq!(button["disabled"], true);
    }
    assert_eq!(buttons[1]["custom_id"], "lang:de");
    assert_eq!(buttons[1]["style"], 3, "the pressed one stands out");
    assert_eq!(buttons[0]["style"], 2);
    let (_, follow_up) = translation.follow_up.expect("follow-ups");
    assert!(!follow_up.ephemeral, "the DM is private already");
    assert!(!follow_up.original_pending);
}

#[test]
fn a_multi_select_answers_with_every_chosen_token() {
    let (translation, ack) = translate("select_menu.json");
    let incoming = translation.incoming.expect("incoming");
    assert_eq!(
        incoming.content,
        Content::Choice(vec!["spoken:en".into(), "spoken:pl".into()])
    );
    assert_eq!(
        incoming.display_name, "Alice Novak",
        "the global name, not the server nickname"
    );
    assert_eq!(ack["type"], 7);
    let select = &ack["data"]["components"][0]["components"][0];
    assert_eq!(select["disabled"], true);
    assert_eq!(select["options"][0]["default"], true);
    assert_eq!(select["options"][1]["default"], false);
    assert_eq!(select["options"][2]["default"], true);
    assert_eq!(
        ack["data"]["components"][1]["components"][0]["disabled"], true,
        "the reply button too"
    );
    assert!(translation.follow_up.expect("follow-ups").1.ephemeral);
}

#[test]
fn a_modal_submit_is_the_typed_answer() {
    let (translation, ack) = translate("modal_submit.json");
    let incoming = translation.incoming.expect("incoming");
    assert_eq!(incoming.content, Content::Text("Alice *Novak*".into()));
    assert_eq!(incoming.event_id.as_deref(), Some("i:1290000000000000004"));
    assert_eq!(ack["type"], 7);
    assert_eq!(
        ack["data"]["components"][0]["components"][0]["disabled"],
        true
    );
}

#[test]
fn the_reply_button_opens_a_modal_without_bothering_the_core() {
    let mut payload = dispatch("select_menu.json");
    payload["data"] = json!({"custom_id": "mc~reply:pl", "component_type": 2});
    let interaction: Interaction = serde_json::from_value(payload).expect("interaction");
    let locales = Locales::load().expect("locales");
    let translation = inbound::interaction(
        &interaction,
        &Chrome {
            locales: &locales,
            max_text: 1500,
        },
    );
    assert!(translation.incoming.is_none() && translation.follow_up.is_none());
    let ack = translation.ack.to_json();
    assert_eq!(ack["type"], 9);
    assert_eq!(ack["data"]["custom_id"], "mc~answer");
    assert_eq!(
        ack["data"]["components"][0]["components"][0]["max_length"],
        1500
    );
}

#[test]
fn a_direct_message_is_text_and_other_messages_are_ignored() {
    let message: Message = serde_json::from_value(dispatch("dm_message.json")).expect("message");
    assert_eq!(
        inbound::message(&message),
        Some(incoming(
            "80351110224678913",
            "Alice Novak",
            Content::Text("Poland".into()),
            "m:1270000000000000002",
            None,
        ))
    );
    let mut in_a_server = dispatch("dm_message.json");
    in_a_server["guild_id"] = json!("1220000000000000001");
    let message: Message = serde_json::from_value(in_a_server).expect("message");
    assert_eq!(inbound::message(&message), None);
    let mut from_a_bot = dispatch("dm_message.json");
    from_a_bot["author"]["bot"] = json!(true);
    let message: Message = serde_json::from_value(from_a_bot).expect("message");
    assert_eq!(inbound::message(&message), None);
}

/// The button fixture, pressed in a private thread of the server on a
/// message with these flags.
fn pressed_in_thread(flags: u64) -> Translation {
    let mut d = dispatch("button.json");
    let thread = "1300000000000000042";
    d["guild_id"] = json!("1220000000000000001");
    d["channel_id"] = json!(thread);
    d["channel"] = json!({"id": thread, "type": 12, "guild_id": "1220000000000000001",
                          "name": "circle-1", "flags": 0, "parent_id": "1240000000000000001"});
    d["member"] = json!({"user": d["user"].clone(), "roles": [], "permissions": "2248473465835073",
                         "joined_at": "2025-01-20T08:00:00.000000+00:00", "deaf": false, "mute": false,
                         "flags": 0, "pending": false});
    d["context"] = json!(0);
    d["message"]["channel_id"] = json!(thread);
    d["message"]["flags"] = json!(flags);
    let locales = Locales::load().expect("locales");
    let interaction: Interaction = serde_json::from_value(d).expect("serenity reads it");
    inbound::interaction(
        &interaction,
        &Chrome {
            locales: &locales,
            max_text: 4000,
        },
    )
}

#[test]
fn in_a_thread_the_room_is_the_thread_except_for_what_only_the_person_sees() {
    let posted = pressed_in_thread(4);
    let chat = posted.incoming.map(|i| i.chat);
    assert_eq!(chat, Some(Chat::Room("1300000000000000042".into())));
    let (_, follow_up) = posted.follow_up.expect("follow-up");
    assert_eq!(follow_up.room, Some(1300000000000000042));
    assert!(follow_up.ephemeral, "private answers stay private there");
    assert_eq!(
        posted.ack.to_json(),
        json!({"type": 6}),
        "the message stays as it is for the others in the thread"
    );

    let ephemeral = pressed_in_thread(64 | 4);
    assert_eq!(
        ephemeral.incoming.map(|i| i.chat),
        Some(Chat::Direct),
        "an answer to the person's own question"
    );
}

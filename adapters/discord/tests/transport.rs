//! Delivery against the stand-in: DMs, splitting, files, ephemeral
//! follow-ups, and what Discord's errors turn into.

mod support;

use std::sync::Arc;

use bot_core::i18n::Locales;
use bot_core::message::{Address, ChatAddress, FileAttachment, Outgoing, RichText};
use bot_core::ports::{Transport, TransportError};
use discord_adapter::DiscordTransport;
use discord_adapter::live::{FollowUp, LiveInteractions};
use serde_json::json;
use serenity::all::{ApplicationId, HttpBuilder};
use support::{APP_ID, StandIn};

const USER: &str = "80351110224678915";
const DM: &str = "1250000000000000005";

fn transport(discord: &StandIn) -> (DiscordTransport, Arc<LiveInteractions>) {
    let http = HttpBuilder::new("test-token")
        .proxy(discord.api_url.clone())
        .ratelimiter_disabled(true)
        .application_id(ApplicationId::new(APP_ID.parse().expect("id")))
        .build();
    let live = Arc::new(LiveInteractions::new());
    let locales = Arc::new(Locales::load().expect("locales"));
    (
        DiscordTransport::new(Arc::new(http), live.clone(), locales),
        live,
    )
}

fn to_user() -> Address {
    Address {
        platform: "discord".into(),
        chat: ChatAddress::Direct(USER.into()),
    }
}

fn long_export() -> Outgoing {
    let mut text = RichText::default();
    for i in 0..3 {
        text.push_text(format!("{i} {}", "x".repeat(1500)));
    }
    Outgoing {
        text,
        files: vec![FileAttachment {
            name: "export.json".into(),
            mime: "application/json".into(),
            text: "{\"a\":1}".into(),
            base64: None,
        }],
        private: true,
        lang: "en".into(),
        ..Outgoing::default()
    }
}

#[tokio::test]
async fn without_an_interaction_a_long_message_goes_to_the_dm_in_parts_with_its_file_last() {
    let discord = StandIn::start().await;
    discord.set_dm_channel(USER, DM);
    let (transport, _) = transport(&discord);
    transport
        .send(&to_user(), &long_export(), "k1")
        .await
        .expect("delivered");
    let requests = discord.requests();
    assert_eq!(requests[0].path, "/api/v10/users/@me/channels");
    assert_eq!(requests[0].json, json!({"recipient_id": USER}));
    let parts: Vec<_> = requests
        .iter()
        .filter(|r| r.path == format!("/api/v10/channels/{DM}/messages"))
        .collect();
    assert_eq!(parts.len(), 3, "split at paragraphs");
    assert!(parts.iter().all(|p| p.content().chars().count() <= 2000));
    assert!(parts[0].files.is_empty());
    assert_eq!(
        parts[2].files,
        vec![("export.json".to_owned(), "{\"a\":1}".to_owned())]
    );
    assert_eq!(parts[2].json["attachments"][0]["filename"], "export.json");

    // The DM channel is known now.
    transport
        .send(
            &to_user(),
            &Outgoing {
                text: RichText::plain("hi"),
                ..Outgoing::default()
            },
            "k2",
        )
        .await
        .expect("sent");
    assert_eq!(
        discord
            .requests()
            .iter()
            .filter(|r| r.path == "/api/v10/users/@me/channels")
            .count(),
        1
    );
}

#[tokio::test]
async fn a_rate_limit_is_retried_later_without_repeating_what_was_sent() {
    let discord = StandIn::start().await;
    discord.set_dm_channel(USER, DM);
    let (transport, _) = transport(&discord);
    discord.fail_after(
        "POST",
        "/messages",
        1,
        429,
        json!({"message": "You are being rate limited.", "retry_after": 0.5, "global": false}),
    );
    match transport.send(&to_user(), &long_export(), "k1").await {
        Err(TransportError::Retry {
            after_ms: Some(ms), ..
        }) => assert!(ms >= 500),
        other => panic!("a rate limit is retried later: {other:?}"),
    }
    transport
        .send(&to_user(), &long_export(), "k1")
        .await
        .expect("the retry delivers the rest");
    let contents: Vec<String> = discord
        .requests()
        .iter()
        .filter(|r| r.path.ends_with("/messages"))
        .map(|r| r.content().chars().take(1).collect())
        .collect();
    assert_eq!(
        contents,
        ["0", "1", "1", "2"],
        "the first part once, the refused one again"
    );
}

#[tokio::test]
async fn people_who_do_not_take_dms_are_given_up() {
    let discord = StandIn::start().await;
    discord.set_dm_channel(USER, DM);
    let (transport, _) = transport(&discord);
    discord.fail_next(
        "POST",
        "/messages",
        403,
        json!({"message": "Cannot send messages to this user", "code": 50007}),
    );
    let result = transport
        .send(
            &to_user(),
            &Outgoing {
                text: RichText::plain("hi"),
                ..Outgoing::default()
            },
            "k",
        )
        .await;
    assert!(
        matches!(result, Err(TransportError::Permanent(_))),
        "{result:?}"
    );
    let nobody = Address {
        platform: "discord".into(),
        chat: ChatAddress::Direct("alice".into()),
    };
    let result = transport.send(&nobody, &Outgoing::default(), "k2").await;
    assert!(
        matches!(result, Err(TransportError::Permanent(_))),
        "not a Discord id"
    );
}

#[tokio::test]
async fn an_open_interaction_gets_ephemeral_follow_ups_and_an_expired_one_falls_back_to_the_dm() {
    let discord = StandIn::start().await;
    discord.set_dm_channel(USER, DM);
    let (transport, live) = transport(&discord);
    let user: u64 = USER.parse().expect("id");
    let message = Outgoing {
        text: RichText::plain("What is your name?"),
        lang: "de".into(),
        ..Outgoing::default()
    };

    live.remember(
        user,
        FollowUp {
            token: "tokA".into(),
            ephemeral: true,
            original_pending: true,
            room: None,
        },
    );
    transport
        .send(&to_user(), &message, "k1")
        .await
        .expect("sent");
    transport
        .send(&to_user(), &message, "k2")
        .await
        .expect("sent");
    let requests = discord.requests();
    assert_eq!(
        requests[0].method, "PATCH",
        "the first answer replaces “thinking…”"
    );
    assert_eq!(
        requests[0].path,
        format!("/api/v10/webhooks/{APP_ID}/tokA/messages/@original")
    );
    assert_eq!(requests[1].method, "POST");
    assert_eq!(requests[1].path, format!("/api/v10/webhooks/{APP_ID}/tokA"));
    assert_eq!(
        requests[1].flags(),
        64 | 4,
        "ephemeral, without link previews"
    );
    let reply = &requests[1].components()[0];
    assert_eq!(
        reply["custom_id"], "mc~reply:de",
        "a text box, in the reader's language"
    );

    live.remember(
        user,
        FollowUp {
            token: "tokB".into(),
            ephemeral: true,
            original_pending: false,
            room: None,
        },
    );
    discord.fail_next(
        "POST",
        "/webhooks/",
        404,
        json!({"message": "Unknown Webhook", "code": 10015}),
    );
    let mark = discord.mark();
    transport
        .send(&to_user(), &message, "k3")
        .await
        .expect("delivered to the DM");
    let paths: Vec<String> = discord
        .requests()
        .iter()
        .skip(mark)
        .map(|r| r.path.clone())
        .collect();
    assert_eq!(
        paths,
        [
            format!("/api/v10/webhooks/{APP_ID}/tokB"),
            "/api/v10/users/@me/channels".to_owned(),
            format!("/api/v10/channels/{DM}/messages")
        ]
    );
    assert_eq!(
        live.current(user),
        None,
        "the dead interaction is forgotten"
    );
}

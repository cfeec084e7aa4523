//! `/group room <circle>` on Discord, against the stand-in: a member asks in
//! the DM, the bot opens a private thread named after the circle in the
//! configured channel, adds every member who has a Discord account, and the
//! core links the thread to the circle, so slash commands used in the
//! thread work for the circle straight away.

mod support;

use std::time::Duration;

use bot_core::message::AccountKey;
use bot_core::model::{Account, Circle, Person as Profile, PersonId};
use discord_adapter::DiscordConfig;
use discord_adapter::markdown::escape;
use serde_json::json;
use support::{APP_ID, GUILD_ID, Person, Place, Recorded, StandIn, TIMEOUT};
use tokio::sync::watch;

const CIRCLES_CHANNEL: &str = "1240000000000000001";
const ANNA: &str = "80351110224678921";
const BEN: &str = "80351110224678922";
const ANNA_DM: &str = "1250000000000000021";

fn profile(name: &str, now: i64) -> Profile {
    Profile {
        country: Some("SE".to_owned()),
        languages: vec!["en".to_owned()],
        timezone: Some("Europe/Stockholm".to_owned()),
        ..Profile::new(name.to_owned(), "en".to_owned(), now)
    }
}

fn person(id: &str, name: &str) -> Person {
    Person {
        id: id.into(),
        username: name.to_lowercase(),
        global_name: name.into(),
        locale: "en-US".into(),
    }
}

/// Anna and Ben (on Discord) and Chloé (not on Discord) in circle-1.
async fn circle(bot: &bot_core::Bot) -> i64 {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
        .expect("the clock is after 1970");
    let mut tx = bot.deps().store.begin().await.expect("tx");
    let mut ids: Vec<PersonId> = Vec::new();
    for (account, name) in [(ANNA, "Anna Berg"), (BEN, "Ben Ahmed")] {
        let id = tx.insert_person(&profile(name, now)).await.expect("person");
        tx.upsert_account(&Account {
            key: AccountKey::new("discord", account),
            person_id: Some(id),
            display_name: name.to_owned(),
            locale: None,
            last_seen_at: now,
        })
        .await
        .expect("account");
        ids.push(id);
    }
    let chloe = tx
        .insert_person(&profile("Chloé Martin", now))
        .await
        .expect("person");
    ids.push(chloe);
    let circle = tx
        .insert_circle(&Circle {
            id: 0,
            name: "circle-1".into(),
            language: "en".into(),
            competences: vec!["digital-transformation".into()],
            members: ids,
            created_at: now,
        })
        .await
        .expect("circle");
    tx.commit().await.expect("commit");
    circle
}

async fn wait_until(what: &str, check: impl Fn() -> bool) {
    let deadline = tokio::time::Instant::now() + TIMEOUT;
    while !check() {
        assert!(
            tokio::time::Instant::now() < deadline,
            "{what} did not happen"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

fn is_thread_creation(r: &Recorded) -> bool {
    r.method == "POST" && r.path == format!("/api/v10/channels/{CIRCLES_CHANNEL}/threads")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_circle_gets_a_private_thread_with_its_members() {
    let discord = StandIn::start().await;
    let dir = tempfile::tempdir().expect("temp dir");
    let bot = support::bot_with(&dir, |core| {
        if !core.groups.room_platforms.iter().any(|p| p == "discord") {
            core.groups.room_platforms.push("discord".into());
        }
    })
    .await;
    let circle_id = circle(&bot).await;
    let mut config = DiscordConfig::default();
    config.guild_ids = vec![GUILD_ID.parse().expect("id")];
    config.circles_channel = Some(CIRCLES_CHANNEL.parse().expect("id"));
    config.lease_seconds = 6;
    let config = config.with_token("test-token", Some(discord.api_url.clone()));
    let (stop, shutdown) = watch::channel(false);
    let running = tokio::spawn(discord_adapter::run(
        bot.clone(),
        config,
        "instance-1".into(),
        shutdown,
    ));
    wait_until("IDENTIFY", || !discord.identifies().is_empty()).await;

    let anna = person(ANNA, "Anna");
    let ben = person(BEN, "Ben");
    discord.set_dm_channel(ANNA, ANNA_DM);
    // Adding the first member is rate limited once: the retried delivery
    // reuses the thread it opened.
    discord.fail_next(
        "PUT",
        "/thread-members/",
        429,
        json!({"message": "You are being rate limited.", "retry_after": 0.1, "global": false}),
    );

    // Anna asks in her DM with the bot.
    let mark = discord.mark();
    discord.dispatch(
        "INTERACTION_CREATE",
        anna.slash(
            &discord,
            "group",
            &[("action", json!("room")), ("details", json!("circle-1"))],
            &Place::Dm(ANNA_DM.into()),
        ),
    );
    let linked = discord
        .wait_for(mark, "the link message in the thread", |r| {
            r.is_message()
                && r.content()
                    .contains(&escape("This room is now the room of circle-1"))
        })
        .await;
    let requests: Vec<Recorded> = discord.requests().into_iter().skip(mark).collect();

    // She is told what happens, in the interaction's answer.
    let creating: Vec<&Recorded> = requests
        .iter()
        .filter(|r| {
            r.is_message()
                && r.content()
                    .contains(&escape("I am creating a room for circle-1"))
        })
        .collect();
    assert_eq!(creating.len(), 1, "told once, retry or not");
    assert!(
        creating[0].path.ends_with("/messages/@original"),
        "{:?}",
        creating[0].path
    );
    assert!(
        creating[0].content().contains("Anna Berg, Ben Ahmed")
            && creating[0].content().contains("Chloé Martin"),
        "the invited and the missing are named: {}",
        creating[0].content()
    );

    // One private thread, named after the circle, that members cannot open to others.
    let threads: Vec<&Recorded> = requests.iter().filter(|r| is_thread_creation(r)).collect();
    assert_eq!(threads.len(), 1, "a retry reuses the thread");
    assert_eq!(threads[0].json["type"], 12);
    assert_eq!(threads[0].json["name"], "circle-1");
    assert_eq!(threads[0].json["invitable"], false);
    assert_eq!(threads[0].json["auto_archive_duration"], 10080);
    let thread = linked
        .path
        .split('/')
        .nth(4)
        .expect("a channel id")
        .to_owned();
    assert!(
        linked.path == format!("/api/v10/channels/{thread}/messages") && thread != CIRCLES_CHANNEL,
        "the link message goes to the new thread: {}",
        linked.path
    );

    // Both Discord members are added to that thread (the first one again after the 429).
    let added: Vec<String> = requests
        .iter()
        .filter(|r| r.method == "PUT")
        .map(|r| r.path.clone())
        .collect();
    let member = |user: &str| format!("/api/v10/channels/{thread}/thread-members/{user}");
    assert_eq!(added, vec![member(ANNA), member(ANNA), member(BEN)]);
    let link_at = requests
        .iter()
        .position(|r| r.path == linked.path)
        .expect("the link message");
    let last_added = requests
        .iter()
        .rposition(|r| r.method == "PUT")
        .expect("members added");
    assert!(
        last_added < link_at,
        "members are added before the thread is linked"
    );

    // The core linked the thread to the circle.
    let link = bot
        .deps()
        .store
        .begin()
        .await
        .expect("tx")
        .group_room("discord", &thread)
        .await
        .expect("link");
    assert_eq!(link.map(|l| l.circle_id), Some(circle_id));

    // A slash command in the thread is the circle room's: answered in the
    // thread, and the "thinking…" only Ben saw goes away.
    let mark = discord.mark();
    let used = ben.slash(&discord, "group", &[], &Place::Thread(thread.clone()));
    let token = used["token"].as_str().expect("token").to_owned();
    discord.dispatch("INTERACTION_CREATE", used);
    let ack = discord
        .wait_for(mark, "the acknowledgement in the thread", |r| {
            r.path.ends_with("/callback")
        })
        .await;
    assert_eq!(ack.json, json!({"type": 5, "data": {"flags": 64}}));
    let answer = discord
        .wait_for(mark, "the answer in the thread", |r| {
            r.is_message()
                && r.content()
                    .contains(&escape("This is the room of the circle circle-1"))
        })
        .await;
    assert_eq!(answer.path, format!("/api/v10/channels/{thread}/messages"));
    discord
        .wait_for(mark, "the deferral removed", |r| {
            r.method == "DELETE"
                && r.path == format!("/api/v10/webhooks/{APP_ID}/{token}/messages/@original")
        })
        .await;

    stop.send(true).expect("stop");
    tokio::time::timeout(TIMEOUT, running)
        .await
        .expect("stops in time")
        .expect("task")
        .expect("runs cleanly");
}

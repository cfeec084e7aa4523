//! End to end over the gateway, against the in-process stand-in for Discord:
//! the adapter registers its commands, identifies with non-privileged intents,
//! and a person joins the programme through a slash command, buttons, a modal,
//! DMs and multi-selects, then sees their profile ephemerally.

mod support;

use std::collections::BTreeSet;
use std::time::Duration;

use bot_core::commands::CATALOG;
use bot_core::i18n::{Arg, Lang, Locales};
use discord_adapter::DiscordConfig;
use discord_adapter::markdown::escape;
use serde_json::{Value, json};
use support::{APP_ID, GUILD_CHANNEL, GUILD_ID, Person, Place, Recorded, StandIn, TIMEOUT};
use tokio::sync::watch;

const DM_CHANNEL: &str = "1250000000000000001";

/// The questions of onboarding, recognised by the start of their text.
const QUESTIONS: &[&str] = &[
    "ask-language",
    "ask-consent",
    "ask-name",
    "ask-country",
    "ask-organisation",
    "ask-sector",
    "ask-career-stage",
    "ask-languages",
    "ask-offers",
    "ask-years",
    "ask-capacity",
    "ask-seeks",
    "ask-goals",
    "ask-availability",
    "ask-timezone",
    "ask-timezone-free",
    "ask-meeting-mode",
    "onboarding-done",
];

fn question_of(locales: &Locales, content: &str) -> Option<&'static str> {
    let mut best: Option<(&'static str, usize)> = None;
    for key in QUESTIONS {
        // Arguments are filled with a marker; the text before it identifies the question.
        let marker = "\u{1}";
        let args: Vec<(&str, Arg)> = ["name", "competence", "max"]
            .iter()
            .map(|n| (*n, Arg::Str(marker.into())))
            .collect();
        let text = locales.text(Lang::En, key, &args);
        let prefix = escape(text.split(marker).next().unwrap_or_default().trim_end());
        if !prefix.is_empty()
            && content.starts_with(&prefix)
            && best.is_none_or(|(_, len)| prefix.len() > len)
        {
            best = Some((key, prefix.len()));
        }
    }
    best.map(|(key, _)| key)
}

fn button(sent: &Recorded, label: &str) -> Option<String> {
    sent.components()
        .iter()
        .find(|c| c["type"] == 2 && c["label"] == label)
        .and_then(|c| c["custom_id"].as_str().map(str::to_owned))
}

fn choice_buttons(sent: &Recorded) -> Vec<String> {
    sent.components()
        .iter()
        .filter(|c| c["type"] == 2)
        .filter_map(|c| c["custom_id"].as_str().map(str::to_owned))
        .filter(|id| !id.starts_with("mc~reply:"))
        .collect()
}

fn select(sent: &Recorded) -> Value {
    sent.components()
        .into_iter()
        .find(|c| c["type"] == 3)
        .expect("a select menu")
}

fn values(select: &Value, labels: &[&str]) -> Vec<String> {
    let options = select["options"].as_array().cloned().unwrap_or_default();
    let mut chosen: Vec<String> = labels
        .iter()
        .filter_map(|l| options.iter().find(|o| o["label"] == *l))
        .filter_map(|o| o["value"].as_str().map(str::to_owned))
        .collect();
    if chosen.is_empty() {
        chosen.extend(
            options
                .first()
                .and_then(|o| o["value"].as_str())
                .map(str::to_owned),
        );
    }
    chosen
}

/// Where a message the bot sent is shown.
fn place_of(sent: &Recorded, before: &Place) -> Place {
    if sent.method == "PATCH" {
        before.clone()
    } else if sent.path.starts_with("/api/v10/channels/") {
        Place::Dm(sent.path.split('/').nth(4).unwrap_or_default().to_owned())
    } else if sent.flags() & 64 != 0 {
        Place::Guild
    } else {
        Place::Dm(DM_CHANNEL.into())
    }
}

/// The messages the bot sent after `mark`, up to the next question it asks.
async fn next_question(discord: &StandIn, locales: &Locales, mark: usize) -> Vec<Recorded> {
    let asks = |r: &Recorded| r.is_message() && question_of(locales, r.content()).is_some();
    discord.wait_for(mark, "the next question", asks).await;
    let mut messages: Vec<Recorded> = discord
        .requests()
        .into_iter()
        .skip(mark)
        .filter(Recorded::is_message)
        .collect();
    if let Some(last) = messages.iter().rposition(asks) {
        messages.truncate(last + 1);
    }
    messages
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

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_person_onboards_through_commands_components_modal_and_dms() {
    let discord = StandIn::start().await;
    let dir = tempfile::tempdir().expect("temp dir");
    let locales = Locales::load().expect("locales");
    let mut config = DiscordConfig::default();
    config.guild_ids = vec![GUILD_ID.parse().expect("id")];
    config.lease_seconds = 6;
    let config = config.with_token("test-token", Some(discord.api_url.clone()));
    let (stop, shutdown) = watch::channel(false);
    let running = tokio::spawn(discord_adapter::run(
        support::bot(&dir).await,
        config,
        "instance-1".into(),
        shutdown,
    ));

    // The commands are registered in the configured server, typed and localized.
    let registration = discord
        .wait_for(0, "command registration", |r| {
            r.method == "PUT"
                && r.path == format!("/api/v10/applications/{APP_ID}/guilds/{GUILD_ID}/commands")
        })
        .await;
    let commands = registration.json.as_array().expect("commands");
    assert_eq!(commands.len(), CATALOG.len());
    let invite = commands
        .iter()
        .find(|c| c["name"] == "invite")
        .expect("invite");
    assert_eq!(invite["options"][1]["type"], 4);
    assert_eq!(invite["options"][1]["max_value"], 500);
    assert!(invite["description_localizations"]["pl"].is_string());

    // The gateway: IDENTIFY with direct messages as the only intent (nothing privileged).
    wait_until("IDENTIFY", || !discord.identifies().is_empty()).await;
    let identify = &discord.identifies()[0];
    assert_eq!(identify["intents"], 1 << 12);
    assert!(
        identify["token"]
            .as_str()
            .is_some_and(|t| t.contains("test-token"))
    );
    assert_eq!(identify["shard"], json!([0, 1]));

    let alice = Person {
        id: "80351110224678913".into(),
        username: "alice_n".into(),
        global_name: "Alice Novak".into(),
        locale: "en-US".into(),
    };
    discord.set_dm_channel(&alice.id, DM_CHANNEL);

    // /start in a server channel: deferred ephemerally, then the first question replaces "thinking…".
    let mark = discord.mark();
    discord.dispatch(
        "INTERACTION_CREATE",
        alice.slash(&discord, "start", &[], &Place::Guild),
    );
    let ack = discord
        .wait_for(mark, "the acknowledgement of /start", |r| {
            r.path.ends_with("/callback")
        })
        .await;
    assert_eq!(ack.json, json!({"type": 5, "data": {"flags": 64}}));
    let mut sent = next_question(&discord, &locales, mark).await;
    assert!(sent[0].path.ends_with("/messages/@original"));

    let mut place = Place::Guild;
    let mut used = BTreeSet::new();
    let mut done = false;
    for _ in 0..30 {
        for message in &sent {
            place = place_of(message, &place);
            assert_eq!(
                message.json["allowed_mentions"]["parse"],
                json!([]),
                "nobody is pinged"
            );
            assert_eq!(
                message.flags() & 4,
                4,
                "link previews of user text are suppressed"
            );
            let reply = message.components().iter().any(|c| {
                c["custom_id"]
                    .as_str()
                    .is_some_and(|id| id.starts_with("mc~reply:"))
            });
            match &place {
                Place::Guild => {
                    assert!(
                        message.method == "PATCH" || message.flags() & 64 != 0,
                        "ephemeral in the server: {message:?}"
                    );
                    assert!(
                        reply || message.components().len() == 25,
                        "a text box where typing is not read"
                    );
                }
                Place::Dm(_) => {
                    assert_eq!(
                        message.flags() & 64,
                        0,
                        "the DM needs no ephemeral messages"
                    );
                    assert!(!reply, "in the DM people type");
                }
                Place::Thread(_) => unreachable!("onboarding happens outside threads"),
            }
        }
        let question = sent.last().expect("a message").clone();
        let key = question_of(&locales, question.content())
            .unwrap_or_else(|| panic!("an unknown question: {}", question.content()));
        if key == "onboarding-done" {
            done = true;
            break;
        }
        let mut mark = discord.mark();
        let press = |custom_id: String| {
            discord.dispatch(
                "INTERACTION_CREATE",
                alice.press(&discord, &question, &custom_id, &place),
            );
        };
        match key {
            "ask-language" => press(button(&question, "English").expect("English")),
            "ask-consent" => press(
                button(&question, &locales.text(Lang::En, "consent-yes", &[])).expect("I agree"),
            ),
            "ask-name" => {
                // The reply button opens a modal; its submission is the answer.
                let reply = question
                    .components()
                    .iter()
                    .find_map(|c| {
                        c["custom_id"]
                            .as_str()
                            .filter(|id| id.starts_with("mc~reply:"))
                            .map(str::to_owned)
                    })
                    .expect("a reply button");
                press(reply);
                let modal = discord
                    .wait_for(mark, "the modal", |r| r.path.ends_with("/callback"))
                    .await;
                assert_eq!(modal.json["type"], 9);
                assert_eq!(
                    modal.json["data"]["components"][0]["components"][0]["custom_id"],
                    "answer"
                );
                used.insert("modal");
                mark = discord.mark();
                discord.dispatch(
                    "INTERACTION_CREATE",
                    alice.submit(&discord, &question, "Alice Novak", &place),
                );
                let ack = discord
                    .wait_for(mark, "the modal's acknowledgement", |r| {
                        r.path.ends_with("/callback")
                    })
                    .await;
                assert_eq!(
                    ack.json["type"], 7,
                    "the question's components are disabled"
                );
            }
            "ask-country" | "ask-organisation" | "ask-goals" | "ask-availability" | "ask-years"
            | "ask-capacity" | "ask-timezone-free" => {
                let text = match key {
                    "ask-country" => "Poland",
                    "ask-organisation" => "Baltic Foods Sp. z o.o.",
                    "ask-goals" => {
                        "Take our products to *Scandinavia* and build a digital_sales channel."
                    }
                    "ask-timezone-free" => "Europe/Warsaw",
                    _ => "6",
                };
                discord.dispatch("MESSAGE_CREATE", alice.dm(&discord, DM_CHANNEL, text));
                used.insert("dm text");
            }
            "ask-sector" => press(
                button(&question, "Agri-food")
                    .unwrap_or_else(|| choice_buttons(&question)[0].clone()),
            ),
            "ask-career-stage" => press(choice_buttons(&question)[1].clone()),
            "ask-timezone" => press(choice_buttons(&question)[0].clone()),
            "ask-meeting-mode" => press(choice_buttons(&question).last().expect("a mode").clone()),
            "ask-languages" | "ask-offers" | "ask-seeks" => {
                let menu = select(&question);
                let options = menu["options"].as_array().map_or(0, Vec::len);
                assert_eq!(menu["max_values"], options, "several may be chosen: {menu}");
                let labels: &[&str] = match key {
                    "ask-languages" => &["English", "Polski"],
                    "ask-offers" => &["None"],
                    _ => &[
                        "Digital transformation and skills",
                        "Internationalisation and market access",
                    ],
                };
                let chosen = values(&menu, labels);
                let custom_id = menu["custom_id"].as_str().expect("custom id").to_owned();
                discord.dispatch(
                    "INTERACTION_CREATE",
                    alice.select(&discord, &question, &custom_id, &chosen, &place),
                );
                used.insert("select menu");
            }
            other => panic!("no answer planned for {other}"),
        }
        let by_button = [
            "ask-language",
            "ask-consent",
            "ask-sector",
            "ask-career-stage",
            "ask-timezone",
            "ask-meeting-mode",
        ];
        if by_button.contains(&key) {
            used.insert(if place == Place::Guild {
                "button in the server"
            } else {
                "button in the DM"
            });
        }
        sent = next_question(&discord, &locales, mark).await;
    }
    assert!(done, "onboarding finished");
    for way in [
        "modal",
        "dm text",
        "select menu",
        "button in the server",
        "button in the DM",
    ] {
        assert!(used.contains(way), "onboarding used {way}: {used:?}");
    }
    let requests = discord.requests();
    assert!(
        requests
            .iter()
            .any(|r| r.path == "/api/v10/users/@me/channels"
                && r.json["recipient_id"] == alice.id.as_str()),
        "the DM channel was opened"
    );
    assert!(
        !requests.iter().any(|r| r.method == "POST"
            && r.path == format!("/api/v10/channels/{GUILD_CHANNEL}/messages")),
        "nothing was said publicly in the server channel"
    );

    // /profile in the server channel comes back ephemeral, with her text escaped.
    let mark = discord.mark();
    discord.dispatch(
        "INTERACTION_CREATE",
        alice.slash(&discord, "profile", &[], &Place::Guild),
    );
    let ack = discord
        .wait_for(mark, "the acknowledgement of /profile", |r| {
            r.path.ends_with("/callback")
        })
        .await;
    assert_eq!(
        ack.json,
        json!({"type": 5, "data": {"flags": 64}}),
        "deferred ephemerally"
    );
    let profile = discord
        .wait_for(mark, "the profile", |r| {
            r.method == "PATCH" && r.path.ends_with("/messages/@original")
        })
        .await;
    assert!(
        profile.content().contains("Profile of Alice Novak"),
        "{}",
        profile.content()
    );
    assert!(
        profile
            .content()
            .contains(r"\*Scandinavia\* and build a digital\_sales channel"),
        "{}",
        profile.content()
    );

    // Heartbeats (every 600 ms here) are sent and acknowledged while connected.
    wait_until("a heartbeat", || discord.heartbeats() >= 2).await;
    stop.send(true).expect("stop");
    let result = tokio::time::timeout(Duration::from_secs(20), running)
        .await
        .expect("stops in time")
        .expect("joined");
    result.expect("ran cleanly");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_instance_at_a_time_holds_the_gateway() {
    let discord = StandIn::start().await;
    let dir = tempfile::tempdir().expect("temp dir");
    let config = || {
        let mut config = DiscordConfig::default();
        config.guild_ids = vec![GUILD_ID.parse().expect("id")];
        config.lease_seconds = 3;
        config.with_token("test-token", Some(discord.api_url.clone()))
    };
    let (stop_first, shutdown) = watch::channel(false);
    let first = tokio::spawn(discord_adapter::run(
        support::bot(&dir).await,
        config(),
        "first".into(),
        shutdown,
    ));
    wait_until("the first instance connects", || {
        discord.identifies().len() == 1
    })
    .await;

    // A second instance on the same database waits while the first holds the lease.
    let (stop_second, shutdown) = watch::channel(false);
    let second = tokio::spawn(discord_adapter::run(
        support::bot(&dir).await,
        config(),
        "second".into(),
        shutdown,
    ));
    tokio::time::sleep(Duration::from_secs(3)).await;
    assert_eq!(
        discord.identifies().len(),
        1,
        "only the lease holder connects"
    );

    // When the first stops, it gives the lease up and the second takes over.
    stop_first.send(true).expect("stop");
    tokio::time::timeout(Duration::from_secs(20), first)
        .await
        .expect("stops")
        .expect("joined")
        .expect("clean");
    wait_until("the second instance connects", || {
        discord.identifies().len() == 2
    })
    .await;
    stop_second.send(true).expect("stop");
    tokio::time::timeout(Duration::from_secs(20), second)
        .await
        .expect("stops")
        .expect("joined")
        .expect("clean");
}

//! End to end against the Telegram Bot API emulator: a person joins through
//! inline keyboards and free text, sees their profile (split, escaped),
//! exports their data (documents fall back to the file's name on the
//! emulator); groups only hear commands addressed to this bot; webhook mode.
//!
//! Run after `scripts/peers/telegram start` with `.peers/telegram.env` sourced.

mod common;

use std::time::Duration;

use bot_core::config::{CoreConfig, Limits};
use bot_core::i18n::{Arg, Lang};
use common::{BOT_USERNAME, BotMessage, Person, RunningBot, emulator_url, text, unique_id};
use serde_json::json;
use telegram_adapter::{TelegramConfig, WebhookConfig};

const ORGANISATION: &str = "Smith & <b>Sons</b>";
const ORGANISATION_HTML: &str = "Smith &amp; &lt;b&gt;Sons&lt;/b&gt;";
const DONE_DATA: &str = "d";

fn en(key: &str) -> String {
    text(Lang::En, key, &[])
}

/// The part of a question's text before its first variable, to recognise it by.
fn question_prefix(key: &str) -> String {
    let marker = "\u{1}";
    let args: Vec<(&str, Arg)> = ["competence", "max", "name"]
        .into_iter()
        .map(|name| (name, Arg::Str(marker.into())))
        .collect();
    let full = text(Lang::En, key, &args);
    full.split(marker)
        .next()
        .unwrap_or_default()
        .trim()
        .to_owned()
}

fn squash(text: &str) -> String {
    text.split_whitespace().collect()
}

/// Goals long enough to push the profile over Telegram's 4096 characters.
fn long_goals() -> Vec<String> {
    (1..=9)
        .map(|i| {
            format!(
                "Goal {i}: {}",
                "I want to learn how a cluster grows across borders & markets. ".repeat(8)
            )
        })
        .collect()
}

/// Tags are balanced and nothing else looks like a tag.
fn well_formed(html: &str) -> bool {
    let mut open = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        let Some(end) = rest[start..].find('>') else {
            return false;
        };
        let tag = &rest[start + 1..start + end];
        match tag.strip_prefix('/') {
            Some(name) if open.pop() == Some(name.to_owned()) => {}
            Some(_) => return false,
            None if ["b", "i", "code"].contains(&tag) => open.push(tag.to_owned()),
            None => return false,
        }
        rest = &rest[start + end + 1..];
    }
    open.is_empty()
}

/// Checks a profile that arrived in several messages.
fn check_split_profile(parts: &[BotMessage], goals: &[String]) {
    assert!(
        parts.len() >= 2,
        "the profile should come in pieces: {parts:#?}"
    );
    for part in parts {
        let shown = part.visible();
        assert!(
            shown.encode_utf16().count() <= 4096,
            "a piece of {} characters",
            shown.encode_utf16().count()
        );
        assert!(well_formed(&part.html), "broken HTML: {}", part.html);
    }
    let html: String = parts.iter().map(|p| p.html.as_str()).collect();
    assert!(
        html.contains(ORGANISATION_HTML),
        "organisation not escaped: {html}"
    );
    let shown = squash(&parts.iter().map(BotMessage::visible).collect::<String>());
    assert!(shown.contains(&squash(ORGANISATION)));
    for goal in goals {
        assert!(shown.contains(&squash(goal)), "missing {goal}");
    }
}

/// Toggles the options with these labels (or, when empty, the first two),
/// waiting each time for the check mark, then presses the done button.
async fn answer_multi(person: &mut Person, question: &BotMessage, labels: &[String]) {
    let mut current = question.clone();
    let wanted: Vec<String> = if labels.is_empty() {
        current
            .buttons()
            .filter(|b| b.data != DONE_DATA)
            .take(2)
            .map(|b| b.text.clone())
            .collect()
    } else {
        labels
            .iter()
            .map(|l| current.button(l).text.clone())
            .collect()
    };
    for label in &wanted {
        let button = current
            .buttons()
            .find(|b| &b.text == label)
            .cloned()
            .expect("the option");
        person.press(&current, &button).await;
        let checked = format!("✅ {label}");
        current = person
            .wait_for_edit(question.id, |m| m.buttons().any(|b| b.text == checked))
            .await;
    }
    let done = current
        .buttons()
        .find(|b| b.data == DONE_DATA)
        .cloned()
        .expect("a done button");
    person.press(&current, &done).await;
    // The answer was taken: the keyboard goes away.
    person
        .wait_for_edit(question.id, |m| m.keyboard.iter().all(Vec::is_empty))
        .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_person_joins_through_keyboards_and_text_and_sees_their_profile() {
    let Some(url) = emulator_url() else { return };
    let core = CoreConfig {
        limits: Limits {
            max_goals: 6000,
            max_text: 6000,
            ..Limits::default()
        },
        ..CoreConfig::default()
    };
    let bot = RunningBot::start(&url, core, TelegramConfig::default()).await;
    let mut ann = Person::new(&url, &bot.token, "Ann", "en");
    let goals = long_goals();
    let done_text = text(
        Lang::En,
        "onboarding-done",
        &[("name", "Ann Example".into())],
    );

    ann.say("/start").await;
    let mut answered = Vec::new();
    let first_profile_part = loop {
        assert!(answered.len() < 40, "onboarding does not end: {answered:?}");
        let message = ann.next().await;
        let shown = message.visible();
        if shown.contains(&done_text) {
            break message;
        }
        let key = [
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
            "ask-timezone-free",
            "ask-timezone",
            "ask-meeting-mode",
        ]
        .into_iter()
        .find(|key| shown.contains(&question_prefix(key)));
        answered.push(key.unwrap_or("?"));
        let multi = message.buttons().any(|b| b.data == DONE_DATA);
        match key {
            Some("ask-language") => ann.press(&message, message.button("English")).await,
            Some("ask-consent") => {
                ann.press(&message, message.button(&en("consent-yes")))
                    .await
            }
            Some("ask-name") => ann.say("Ann Example").await,
            Some("ask-country") => ann.say("PL").await,
            Some("ask-organisation") => ann.say(ORGANISATION).await,
            Some("ask-languages") => {
                answer_multi(&mut ann, &message, &["English".into(), "Polski".into()]).await
            }
            Some("ask-offers") => answer_multi(&mut ann, &message, &[en("choice-none")]).await,
            Some("ask-years") | Some("ask-capacity") => ann.say("2").await,
            Some("ask-goals") => ann.say(&goals.join("\n")).await,
            Some("ask-availability") => ann.say("4").await,
            Some("ask-timezone-free") => ann.say("Europe/Warsaw").await,
            // Any other question: the first option(s) will do.
            _ if multi => answer_multi(&mut ann, &message, &[]).await,
            _ => match message.buttons().next().cloned() {
                Some(first) => ann.press(&message, &first).await,
                None => panic!("an unexpected question without options: {shown}"),
            },
        }
    };
    for key in [
        "ask-language",
        "ask-consent",
        "ask-languages",
        "ask-offers",
        "ask-goals",
    ] {
        assert!(answered.contains(&key), "{key} was not asked: {answered:?}");
    }

    // The rest of the profile follows in more messages.
    let last_goal = squash(goals.last().expect("goals"));
    let mut profile = vec![first_profile_part];
    profile.extend(
        ann.receive_until("the rest of the profile", Duration::from_secs(30), |m| {
            squash(&m.iter().map(BotMessage::visible).collect::<String>()).contains(&last_goal)
        })
        .await,
    );
    profile.extend(ann.collect_for(Duration::from_millis(1500)).await);
    check_split_profile(&profile, &goals);

    ann.say("/profile").await;
    let mut again = ann
        .receive_until("the profile", Duration::from_secs(30), |m| {
            squash(&m.iter().map(BotMessage::visible).collect::<String>()).contains(&last_goal)
        })
        .await;
    again.extend(ann.collect_for(Duration::from_millis(1500)).await);
    assert!(again[0].visible().contains("Ann Example"));
    check_split_profile(&again, &goals);

    // The emulator has no sendDocument: the file's name comes instead, and nothing breaks.
    ann.say("/export").await;
    let export = ann
        .receive_until("the export", Duration::from_secs(60), |m| {
            m.iter()
                .any(|m| m.visible().contains("mentor-cloud-export.json"))
        })
        .await;
    assert!(export[0].visible().contains(&en("export-ready")));

    bot.shut_down().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn groups_hear_only_commands_for_this_bot_and_replies() {
    let Some(url) = emulator_url() else { return };
    let bot = RunningBot::start(
        &url,
        CoreConfig::default(),
        TelegramConfig {
            register_commands: false,
            ..TelegramConfig::default()
        },
    )
    .await;
    let ann = Person::new(&url, &bot.token, "Ann", "en");
    let mut group = ann.in_group(-(1_000_000_000_000 + unique_id()));

    group.say("/help@PollsterBot").await;
    group.say("good morning, everyone").await;
    group
        .say_with(
            "thanks!",
            json!({"reply_to_message": {
                "message_id": 1,
                "date": 1_764_000_000,
                "from": {"id": 666, "is_bot": true, "first_name": "Test", "username": BOT_USERNAME},
                "chat": {"id": group.chat_id, "title": "Mentoring circle", "type": "supergroup"},
                "text": "…"
            }}),
        )
        .await;
    group.say(&format!("/help@{BOT_USERNAME}")).await;
    let help = en("help");
    let first_line = help.lines().next().expect("help text");
    let replies = group.expect(first_line).await;
    // Updates are handled in order: nothing came for the three before.
    assert_eq!(replies.len(), 1, "{replies:#?}");
    assert!(
        group
            .collect_for(Duration::from_millis(800))
            .await
            .is_empty()
    );

    // /start belongs in the direct chat.
    group.say(&format!("/start@{BOT_USERNAME}")).await;
    group.expect(&en("direct-only-start")).await;

    bot.shut_down().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn webhook_mode_receives_updates_on_loopback() {
    let Some(url) = emulator_url() else { return };
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port();
    let bot = RunningBot::start(
        &url,
        CoreConfig::default(),
        TelegramConfig {
            register_commands: false,
            webhook: Some(WebhookConfig {
                listen: format!("127.0.0.1:{port}"),
                public_url: format!("http://127.0.0.1:{port}/telegram"),
            }),
            ..TelegramConfig::default()
        },
    )
    .await;
    let mut jonas = Person::new(&url, &bot.token, "Jonas", "de");
    // The webhook is set once the adapter holds the lease; the emulator keeps
    // updates for polling until then, so wait for it.
    let probe = reqwest::Client::new();
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    loop {
        let answer = probe
            .post(format!("http://127.0.0.1:{port}/telegram/wrong-secret"))
            .body("{}")
            .send()
            .await;
        if let Ok(answer) = answer {
            assert_eq!(answer.status(), reqwest::StatusCode::NOT_FOUND);
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "the webhook listener never came up"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    // Listening comes just before setWebhook; give that a moment.
    tokio::time::sleep(Duration::from_millis(500)).await;

    jonas.say("/start").await;
    let question = jonas.expect(&text(Lang::De, "ask-language", &[])).await;
    let question = question.last().expect("the question");
    jonas.press(question, question.button("Deutsch")).await;
    jonas
        .expect(&question_prefix_in(Lang::De, "ask-consent"))
        .await;

    bot.shut_down().await;
}

fn question_prefix_in(lang: Lang, key: &str) -> String {
    let full = text(lang, key, &[]);
    full.lines().next().unwrap_or_default().to_owned()
}

//! Cross-platform, end to end: ONE bot — the real `mentor-cloud run`, with
//! Telegram and Matrix configured through the environment, one SQLite store —
//! serves a coordinator and a mentee on Telegram (the Bot API emulator) and a
//! mentor on Matrix (Synapse, in an encrypted direct chat).
//!
//! The mentor onboards in German on Matrix; his application reaches the
//! coordinator on Telegram, her approval reaches him on Matrix. The mentee
//! onboards in English on Telegram, asks him to be her mentor (`/mentors`),
//! he accepts on Matrix, she books a session on Telegram and he confirms it
//! on Matrix. Every notification arrives on the reader's own platform only,
//! in the reader's language, with times in the reader's time zone
//! (Europe/Helsinki for her, Europe/Berlin for him).
//!
//! Needs both peers; without them the test skips with a message (under
//! CI=true it fails):
//!
//! ```sh
//! scripts/peers/telegram start && scripts/peers/synapse start
//! set -a; . .peers/telegram.env; . .peers/synapse.env; set +a
//! cargo test --test cross_platform
//! ```

// The adapters' own end-to-end harnesses: the Telegram emulator's test user
// and the Matrix test client, shared rather than copied.
#[path = "../adapters/telegram/tests/common/mod.rs"]
mod telegram;

#[path = "../adapters/matrix/tests/support/mod.rs"]
mod matrix;

use std::fs::File;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use bot_core::i18n::{Arg, Lang, Locales};
use chrono::{NaiveDateTime, TimeZone};
use chrono_tz::Tz;
use matrix_sdk::ruma::OwnedRoomId;
use matrix_sdk::ruma::events::room::member::MembershipState;
use serde_json::json;
use telegram::{BotMessage, Person as TelegramPerson};

const DONE_DATA: &str = "d";
const MENTOR: &str = "Max Mustermann";
const MENTEE: &str = "Ann Example";
const COORDINATOR: &str = "Carol Kask";
const MENTEE_GOALS: &str = "Take our bakery online.";

/// The text of `key` in `lang`, as the bot sends it. The locales are loaded
/// once: loading them for every lookup made a question take seconds to recognise.
fn t(lang: Lang, key: &str, args: &[(&str, Arg)]) -> String {
    static LOCALES: OnceLock<Locales> = OnceLock::new();
    LOCALES
        .get_or_init(|| Locales::load().expect("locales"))
        .text(lang, key, args)
}

/// Marks a variable whose value the test does not know in advance.
const SLOT: &str = "\u{1}";

/// The values of the `SLOT` variables of `key` (rendered with `args`) as
/// they appear in `text`, or None when `text` does not show that message.
fn capture(lang: Lang, key: &str, args: &[(&str, Arg)], text: &str) -> Option<Vec<String>> {
    let template = t(lang, key, args);
    let parts: Vec<&str> = template.split(SLOT).collect();
    let mut at = text.find(parts[0])? + parts[0].len();
    let mut values = Vec::new();
    for part in &parts[1..] {
        let rest = &text[at..];
        let end = if part.is_empty() {
            rest.find('\n').unwrap_or(rest.len())
        } else {
            rest.find(part)?
        };
        values.push(rest[..end].to_owned());
        at += end + part.len();
    }
    Some(values)
}

/// The first line of a question, up to its first variable: enough to recognise it.
fn question(lang: Lang, key: &str) -> String {
    let args: Vec<(&str, Arg)> = ["competence", "max", "name", "timezone", "example"]
        .into_iter()
        .map(|name| (name, Arg::Str(SLOT.into())))
        .collect();
    let full = t(lang, key, &args);
    let head = full.split(SLOT).next().unwrap_or_default();
    head.lines().next().unwrap_or_default().trim().to_owned()
}

fn local(stamp: &str, zone: Tz) -> chrono::DateTime<Tz> {
    let naive = NaiveDateTime::parse_from_str(stamp.trim(), "%Y-%m-%d %H:%M")
        .unwrap_or_else(|e| panic!("{stamp:?} is not a local time: {e}"));
    zone.from_local_datetime(&naive)
        .single()
        .unwrap_or_else(|| panic!("{stamp} is ambiguous in {zone}"))
}

/// The binary, killed if the test ends without stopping it.
struct Binary {
    child: Option<Child>,
    log: std::path::PathBuf,
}

impl Binary {
    fn start(dir: &Path, env: &[(&str, String)]) -> Self {
        let log = dir.join("bot.log");
        let mut command = Command::new(env!("CARGO_BIN_EXE_mentor-cloud"));
        command
            .arg("run")
            // The search index goes to data/index under the working folder.
            .current_dir(dir)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(File::create(&log).expect("log file"));
        // Only what this test sets: nothing from the caller's MENTOR_CLOUD_*.
        for (name, _) in std::env::vars() {
            if name.starts_with("MENTOR_CLOUD_") {
                command.env_remove(name);
            }
        }
        command.envs(env.iter().map(|(k, v)| (*k, v.as_str())));
        // RUST_LOG=… also sets the binary's log filter (its own default otherwise).
        if let Ok(filter) = std::env::var("RUST_LOG") {
            command.env("MENTOR_CLOUD_LOG", filter);
        }
        let child = command.spawn().expect("start mentor-cloud");
        Self {
            child: Some(child),
            log,
        }
    }

    fn log(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }

    /// SIGTERM, as a service manager stops it: it must exit cleanly.
    fn terminate(&mut self) {
        let Some(mut child) = self.child.take() else {
            return;
        };
        let status = Command::new("kill")
            .args(["-TERM", &child.id().to_string()])
            .status()
            .expect("kill -TERM");
        assert!(status.success(), "kill -TERM failed");
        let deadline = Instant::now() + Duration::from_secs(60);
        let exit = loop {
            if let Some(exit) = child.try_wait().expect("wait for mentor-cloud") {
                break exit;
            }
            if Instant::now() > deadline {
                let _ = child.kill();
                let _ = child.wait();
                panic!("mentor-cloud did not stop within 60 s of SIGTERM");
            }
            std::thread::sleep(Duration::from_millis(100));
        };
        assert!(exit.success(), "mentor-cloud exited with {exit}");
    }
}

impl Drop for Binary {
    fn drop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
        if std::thread::panicking() {
            eprintln!("--- mentor-cloud's log ---\n{}", self.log());
        }
    }
}

/// How a Telegram user answers one onboarding question.
enum Answer {
    Say(&'static str),
    Press(String),
    Multi(Vec<String>),
}

/// Answers the onboarding questions on Telegram (in English) until the
/// profile comes; a question without an answer here fails the test.
async fn onboard_on_telegram(
    person: &mut TelegramPerson,
    name: &str,
    answers: &[(&str, Answer)],
) -> BotMessage {
    person.say("/start").await;
    let done = t(Lang::En, "onboarding-done", &[("name", name.into())]);
    let done = done.lines().next().unwrap_or_default().to_owned();
    // Longest first: one question's start may be another's whole text.
    let mut questions: Vec<(String, &(&str, Answer))> = answers
        .iter()
        .map(|answer| (question(Lang::En, answer.0), answer))
        .collect();
    questions.sort_by_key(|(text, _)| std::cmp::Reverse(text.len()));
    let mut asked = Vec::new();
    loop {
        assert!(asked.len() < 30, "onboarding does not end: {asked:?}");
        let message = person.next().await;
        let shown = message.visible();
        if shown.contains(&done) {
            return message;
        }
        let Some((_, (key, answer))) = questions.iter().find(|(text, _)| shown.contains(text))
        else {
            panic!("{name} was asked something unexpected: {shown}");
        };
        asked.push(*key);
        match answer {
            Answer::Say(text) => person.say(text).await,
            Answer::Press(label) => person.press(&message, message.button(label)).await,
            Answer::Multi(labels) => answer_multi(person, &message, labels).await,
        }
    }
}

/// Ticks these options, waiting each time for the check mark, then "done".
async fn answer_multi(person: &mut TelegramPerson, question: &BotMessage, labels: &[String]) {
    let mut current = question.clone();
    for label in labels {
        let button = current.button(label).clone();
        person.press(&current, &button).await;
        let checked = format!("✅ {}", button.text);
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
    person
        .wait_for_edit(question.id, |m| m.keyboard.iter().all(Vec::is_empty))
        .await;
}

/// Every message the bot sent through the emulator: (chat id, visible text).
async fn telegram_history(url: &str, token: &str) -> Vec<(i64, String)> {
    let history: serde_json::Value = reqwest::Client::new()
        .post(format!("{url}/getUpdatesHistory"))
        .json(&json!({"token": token}))
        .send()
        .await
        .expect("getUpdatesHistory")
        .json()
        .await
        .expect("history JSON");
    history["result"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|entry| {
            let message = &entry["message"];
            let chat = message.get("chat_id")?;
            let chat = chat
                .as_i64()
                .or_else(|| chat.as_str().and_then(|s| s.parse().ok()))?;
            let text = message["text"].as_str().unwrap_or_default();
            Some((chat, telegram::visible(text)))
        })
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_mentor_on_matrix_and_a_mentee_on_telegram_work_together_through_one_bot() {
    let started = Instant::now();
    let (Some(api), Some(peer)) = (telegram::emulator_url(), matrix::peer()) else {
        return;
    };
    let dir = tempfile::tempdir().expect("temp dir");
    let berlin: Tz = "Europe/Berlin".parse().expect("zone");
    let helsinki: Tz = "Europe/Helsinki".parse().expect("zone");

    // The people: Carol (coordinator) and Ann (mentee) on Telegram, Max (mentor) on Matrix.
    let token = format!("{}:cross-platform", telegram::unique_id());
    let mut carol = TelegramPerson::new(&api, &token, "Carol", "en");
    let mut ann = TelegramPerson::new(&api, &token, "Ann", "en");
    let bot_name = peer.register("mentorbot", false);
    let bot_id = peer.user_id(&bot_name);
    let max_name = peer.register("max", false);

    let config = dir.path().join("config.toml");
    std::fs::write(
        &config,
        format!(
            r#"coordinators = ["telegram:{carol}"]

[database]
url = "sqlite://{db}"

[pairing]
self_service = true

[telegram]
polling_timeout = 1
lease_seconds = 6

[matrix]
store = "{store}"
lease_seconds = 6
"#,
            carol = carol.user_id,
            db = dir.path().join("bot.db").display(),
            store = dir.path().join("matrix").display(),
        ),
    )
    .expect("write the configuration");
    let mut binary = Binary::start(
        dir.path(),
        &[
            ("MENTOR_CLOUD_CONFIG", config.display().to_string()),
            ("MENTOR_CLOUD_TELEGRAM_TOKEN", token.clone()),
            ("MENTOR_CLOUD_TELEGRAM_API_URL", api.clone()),
            ("MENTOR_CLOUD_MATRIX_HOMESERVER", peer.homeserver.clone()),
            ("MENTOR_CLOUD_MATRIX_USER", bot_name.clone()),
            ("MENTOR_CLOUD_MATRIX_PASSWORD", matrix::PASSWORD.to_owned()),
        ],
    );

    // Carol, a coordinator by configuration, joins on Telegram.
    onboard_on_telegram(
        &mut carol,
        COORDINATOR,
        &[
            ("ask-language", Answer::Press("English".into())),
            (
                "ask-consent",
                Answer::Press(t(Lang::En, "consent-yes", &[])),
            ),
            ("ask-name", Answer::Say(COORDINATOR)),
            ("ask-country", Answer::Say("EE")),
            ("ask-timezone", Answer::Press("Europe/Tallinn".into())),
        ],
    )
    .await;
    let after_carol = started.elapsed();

    // Max opens an encrypted direct chat with the bot, the way Element does,
    // and joins in German.
    let mut max = matrix::Person::sign_in(
        &peer,
        &max_name,
        &dir.path().join("max-client"),
        bot_id.clone(),
    )
    .await;
    let room = max.client.create_dm(&bot_id).await.expect("a direct chat");
    max.wait_for_membership(&room, &bot_id, MembershipState::Join)
        .await;
    let mut max_rooms: Vec<OwnedRoomId> = Vec::new();
    let mut max_seen = |seen: matrix::Seen| {
        assert!(
            seen.notice && seen.encrypted,
            "the bot writes encrypted notices: {seen:?}"
        );
        max_rooms.push(seen.room.clone());
        seen
    };
    max.say(&room, "/start").await;
    max_seen(max.expect(&question(Lang::En, "ask-language")).await);
    let de = |key: &str| question(Lang::De, key);
    for (answer, next) in [
        ("Deutsch", "ask-consent"),
        ("1", "ask-name"),
        (MENTOR, "ask-country"),
        ("Germany", "ask-organisation"),
        ("Hanse Digital", "ask-sector"),
        ("1", "ask-career-stage"),
        ("4", "ask-languages"),
        ("1, 2", "ask-offers"),
        ("14", "ask-years"),
        ("20", "ask-capacity"),
        ("2", "ask-seeks"),
        ("22", "ask-goals"),
        (
            "Kleinen Firmen bei der Digitalisierung helfen.",
            "ask-availability",
        ),
        ("6", "ask-timezone"),
        ("Europe/Berlin", "ask-meeting-mode"),
    ] {
        max.say(&room, answer).await;
        max_seen(max.expect(&de(next)).await);
    }
    max.say(&room, &t(Lang::De, "meeting-online", &[])).await;
    let profile = max_seen(
        max.expect(&t(Lang::De, "onboarding-done", &[("name", MENTOR.into())]))
            .await,
    );
    assert!(profile.body.contains("Europe/Berlin"), "{}", profile.body);
    let after_max = started.elapsed();

    // His application reaches Carol on Telegram, in English; she approves it
    // there, and the good news reaches him on Matrix, in German.
    let application = carol
        .expect(&format!("New mentor application from {MENTOR} (Germany"))
        .await;
    let application = application.last().expect("the application");
    assert!(
        application
            .visible()
            .contains("Offers: Digital transformation and skills (20 years)"),
        "{}",
        application.visible()
    );
    carol
        .press(
            application,
            application.button(&t(Lang::En, "application-approve", &[])),
        )
        .await;
    carol
        .expect(&t(
            Lang::En,
            "application-approved-coordinator",
            &[("name", MENTOR.into())],
        ))
        .await;
    max_seen(
        max.expect(&t(Lang::De, "application-approved-applicant", &[]))
            .await,
    );

    // Ann joins on Telegram in English, from Finland.
    onboard_on_telegram(
        &mut ann,
        MENTEE,
        &[
            ("ask-language", Answer::Press("English".into())),
            (
                "ask-consent",
                Answer::Press(t(Lang::En, "consent-yes", &[])),
            ),
            ("ask-name", Answer::Say(MENTEE)),
            ("ask-country", Answer::Say("Finland")),
            ("ask-organisation", Answer::Say("Nordic Bakery")),
            ("ask-sector", Answer::Press("Agri-food".into())),
            (
                "ask-career-stage",
                Answer::Press("Early career (up to 5 years)".into()),
            ),
            ("ask-languages", Answer::Multi(vec!["English".into()])),
            (
                "ask-offers",
                Answer::Multi(vec![t(Lang::En, "choice-none", &[])]),
            ),
            (
                "ask-seeks",
                Answer::Multi(vec!["Digital transformation and skills".into()]),
            ),
            ("ask-goals", Answer::Say(MENTEE_GOALS)),
            ("ask-availability", Answer::Say("4")),
            ("ask-timezone-free", Answer::Say("Europe/Helsinki")),
            ("ask-timezone", Answer::Press("Europe/Helsinki".into())),
            ("ask-meeting-mode", Answer::Press("Online".into())),
        ],
    )
    .await;
    let after_ann = started.elapsed();

    // She asks Max to be her mentor: the request reaches him on Matrix in
    // German, with the deadline in Berlin time; hers is in Helsinki time.
    ann.say("/mentors").await;
    let suggestions = ann.expect(&t(Lang::En, "mentors-title", &[])).await;
    let suggestions = suggestions.last().expect("the suggestions");
    let asked_at = chrono::Utc::now();
    ann.press(
        suggestions,
        suggestions.button(&t(Lang::En, "mentors-request", &[("name", MENTOR.into())])),
    )
    .await;
    let slot = || Arg::Str(SLOT.into());
    let sent = ann.expect(&format!("I have asked {MENTOR}")).await;
    let sent = sent.last().expect("the confirmation").visible();
    let ann_deadline = capture(
        Lang::En,
        "request-sent",
        &[("name", MENTOR.into()), ("deadline", slot())],
        &sent,
    )
    .unwrap_or_else(|| panic!("not a request-sent message: {sent}"));
    let request = max_seen(max.expect(&format!("{MENTEE} (")).await);
    let max_request = capture(
        Lang::De,
        "request-new",
        &[
            ("name", MENTEE.into()),
            ("country", slot()),
            ("why", slot()),
            ("goals", MENTEE_GOALS.into()),
            ("deadline", slot()),
        ],
        &request.body,
    )
    .unwrap_or_else(|| panic!("not the German request: {}", request.body));
    let (ann_deadline, max_deadline) = (
        local(&ann_deadline[0], helsinki),
        local(&max_request[2], berlin),
    );
    assert_eq!(
        ann_deadline, max_deadline,
        "both deadlines are the same moment, each in the reader's zone"
    );
    let lead = ann_deadline.with_timezone(&chrono::Utc) - asked_at;
    assert!(
        (lead - chrono::Duration::days(3)).num_minutes().abs() <= 2,
        "the request runs for three days, not {lead}"
    );
    assert_ne!(
        ann_deadline.format("%H:%M").to_string(),
        max_deadline.format("%H:%M").to_string(),
        "Helsinki and Berlin clocks differ"
    );

    // He accepts on Matrix, by the German label: both hear of it, each on
    // their platform, with how to reach the other.
    max.say(
        &room,
        &t(Lang::De, "pair-accept", &[("name", MENTEE.into())]),
    )
    .await;
    let active = max_seen(max.expect(&format!("Sie und {MENTEE}")).await);
    let contact = capture(
        Lang::De,
        "pair-active",
        &[("name", MENTEE.into()), ("contact", slot())],
        &active.body,
    )
    .unwrap_or_else(|| panic!("not the German pair message: {}", active.body));
    assert!(contact[0].ends_with("(telegram)"), "{contact:?}");
    let active = ann.expect(&format!("You and {MENTOR}")).await;
    let active = active.last().expect("the pair message").visible();
    let contact = capture(
        Lang::En,
        "pair-active",
        &[("name", MENTOR.into()), ("contact", slot())],
        &active,
    )
    .unwrap_or_else(|| panic!("not the English pair message: {active}"));
    assert!(contact[0].ends_with("(matrix)"), "{contact:?}");
    let after_pair = started.elapsed();

    // Ann books a session in a week at 15:00, her time, on Telegram.
    let day =
        (chrono::Utc::now().with_timezone(&helsinki) + chrono::Duration::days(7)).date_naive();
    let when = format!("{} 15:00", day.format("%Y-%m-%d"));
    let starts = local(&when, helsinki);
    ann.say("/book").await;
    let ask = ann.expect(&question(Lang::En, "book-ask-when")).await;
    assert!(
        ask.last()
            .expect("the question")
            .visible()
            .contains("(Europe/Helsinki)")
    );
    ann.say(&when).await;
    let minutes = ann.expect(&t(Lang::En, "book-ask-minutes", &[])).await;
    let minutes = minutes.last().expect("the question");
    ann.press(
        minutes,
        minutes.button(&t(Lang::En, "minutes-value", &[("minutes", 60i64.into())])),
    )
    .await;
    let mode = ann.expect(&t(Lang::En, "book-ask-mode", &[])).await;
    let mode = mode.last().expect("the question");
    ann.press(mode, mode.button(&t(Lang::En, "meeting-online", &[])))
        .await;
    ann.expect(&t(Lang::En, "book-ask-link", &[])).await;
    ann.say("-").await;
    let repeat = ann.expect(&question(Lang::En, "book-ask-repeat")).await;
    let repeat = repeat.last().expect("the question");
    ann.press(repeat, repeat.button(&t(Lang::En, "repeat-once", &[])))
        .await;

    let describe = |lang: Lang, zone: Tz| {
        t(
            lang,
            "session-describe",
            &[
                (
                    "when",
                    starts
                        .with_timezone(&zone)
                        .format("%Y-%m-%d %H:%M")
                        .to_string()
                        .into(),
                ),
                ("timezone", zone.name().into()),
                ("minutes", 60i64.into()),
                ("mode", t(lang, "meeting-online", &[]).into()),
                ("place", t(lang, "session-place-open", &[]).into()),
            ],
        )
    };
    let (ann_session, max_session) = (describe(Lang::En, helsinki), describe(Lang::De, berlin));
    assert!(ann_session.contains(" 15:00 (Europe/Helsinki)"));
    assert!(max_session.contains(" 14:00 (Europe/Berlin)"));
    ann.expect(&t(
        Lang::En,
        "book-sent",
        &[
            ("name", MENTOR.into()),
            ("session", ann_session.as_str().into()),
            ("count", 1i64.into()),
        ],
    ))
    .await;
    // The confirmation request reaches Max on Matrix, in German and Berlin time.
    max_seen(
        max.expect(&t(
            Lang::De,
            "session-request",
            &[
                ("name", MENTEE.into()),
                ("session", max_session.as_str().into()),
            ],
        ))
        .await,
    );
    max.say(&room, &t(Lang::De, "session-confirm", &[])).await;
    let confirmed = |lang: Lang, name: &str, session: &str| {
        t(
            lang,
            "session-confirmed",
            &[
                ("name", name.into()),
                ("session", session.into()),
                ("count", 1i64.into()),
            ],
        )
    };
    max_seen(max.expect(&confirmed(Lang::De, MENTEE, &max_session)).await);
    let calendar = max.expect("[file] mentoring-session.ics").await;
    assert!(calendar.encrypted);
    max_rooms.push(calendar.room.clone());
    ann.expect(&confirmed(Lang::En, MENTOR, &ann_session)).await;
    // The emulator takes no documents: the file's name comes instead.
    ann.expect("mentoring-session.ics").await;
    let after_book = started.elapsed();

    // Nothing else for Max, and all of it in his one direct chat.
    max.expect_silence(Duration::from_secs(2)).await;
    assert!(
        max_rooms.iter().all(|r| r == room.room_id()),
        "{max_rooms:?}"
    );
    // On Telegram only Carol and Ann were written to, never in German.
    let history = telegram_history(&api, &token).await;
    assert!(!history.is_empty());
    for (chat, text) in &history {
        assert!(
            *chat == carol.chat_id || *chat == ann.chat_id,
            "a Telegram message to chat {chat}: {text}"
        );
        for german in [
            "Ihre Ortszeit",
            "Mentoring-Tandem",
            "Sitzung",
            "Vielen Dank",
        ] {
            assert!(
                !text.contains(german),
                "German on Telegram (chat {chat}): {text}"
            );
        }
    }

    binary.terminate();
    let log = binary.log();
    // The bot and its adapters log no errors (the matrix-sdk's own HTTP
    // errors are off in the binary's default filter).
    let errors: Vec<&str> = log
        .lines()
        .filter(|line| line.contains("ERROR"))
        .filter(|line| {
            [
                "mentor_cloud",
                "bot_core",
                "storage",
                "telegram_adapter",
                "matrix_adapter",
            ]
            .iter()
            .any(|target| line.contains(target))
        })
        .collect();
    assert!(errors.is_empty(), "mentor-cloud logged errors:\n{log}");
    eprintln!(
        "timings: Carol onboarded {:.1?}, Max onboarded {:.1?}, Ann onboarded {:.1?}, \
         paired {:.1?}, session confirmed {:.1?}, stopped {:.1?}",
        after_carol,
        after_max,
        after_ann,
        after_pair,
        after_book,
        started.elapsed()
    );
}

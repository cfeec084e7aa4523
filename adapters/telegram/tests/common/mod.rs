//! The end-to-end tests' world: the Telegram Bot API emulator
//! (`telegram-test-api`, started by `scripts/peers/telegram`), a test user
//! who talks to the bot through it, and the bot itself on a fresh SQLite store.

#![allow(dead_code)]

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};
use std::time::{Duration, Instant};

use bot_core::clock::{RandomCodes, SystemClock};
use bot_core::config::CoreConfig;
use bot_core::i18n::{Arg, Lang, Locales};
use bot_core::reference::CompetenceMap;
use bot_core::{Bot, Deps};
use serde_json::{Value, json};
use telegram_adapter::TelegramConfig;
use tokio::sync::watch;

pub const API_VAR: &str = "MENTOR_CLOUD_TEST_TELEGRAM_API";
/// The username the emulator's getMe gives every bot.
pub const BOT_USERNAME: &str = "TestNameBot";
const WAIT: Duration = Duration::from_secs(30);

/// The emulator's address, or None (with the reason printed) when it was not
/// started; under CI=true a missing emulator fails the test instead.
pub fn emulator_url() -> Option<String> {
    match std::env::var(API_VAR) {
        Ok(url) if !url.trim().is_empty() => Some(url.trim().trim_end_matches('/').to_owned()),
        _ => {
            let message = format!(
                "{API_VAR} is not set: start the emulator with `scripts/peers/telegram start` and source .peers/telegram.env"
            );
            if std::env::var("CI").is_ok_and(|v| v == "true") {
                panic!("{message}");
            }
            eprintln!("skipped: {message}");
            None
        }
    }
}

/// Ids no other test (or earlier run against the same emulator) uses.
pub fn unique_id() -> i64 {
    static NEXT: AtomicI64 = AtomicI64::new(0);
    let base = i64::from(std::process::id()) * 1000;
    1_000_000 + base + NEXT.fetch_add(1, Ordering::Relaxed)
}

/// Loaded once: parsing every language's file per expected text made each
/// onboarding step take seconds.
pub fn locales() -> Arc<Locales> {
    static LOCALES: std::sync::OnceLock<Arc<Locales>> = std::sync::OnceLock::new();
    LOCALES
        .get_or_init(|| Arc::new(Locales::load().expect("locales")))
        .clone()
}

/// The text of `key` in `lang`, as the bot sends it.
pub fn text(lang: Lang, key: &str, args: &[(&str, Arg)]) -> String {
    locales().text(lang, key, args)
}

/// A bot on a fresh SQLite database, running the Telegram adapter against the emulator.
pub struct RunningBot {
    pub token: String,
    stop: watch::Sender<bool>,
    task: tokio::task::JoinHandle<Result<(), telegram_adapter::TelegramError>>,
    _dir: tempfile::TempDir,
}

impl RunningBot {
    pub async fn start(api_url: &str, core: CoreConfig, telegram: TelegramConfig) -> Self {
        // RUST_LOG=telegram_adapter=debug shows what the adapter does.
        let _ = tracing_subscriber::fmt()
            .with_env_filter(
                tracing_subscriber::EnvFilter::try_from_default_env()
                    .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("warn")),
            )
            .with_test_writer()
            .try_init();
        let dir = tempfile::tempdir().expect("temp dir");
        let url = format!("sqlite://{}/bot.db", dir.path().display());
        let store = storage::connect(&url).await.expect("store");
        let competences = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../config/competences.toml"
        ))
        .expect("competence map");
        let bot = Bot::new(Deps {
            store: Arc::new(store),
            clock: Arc::new(SystemClock),
            codes: Arc::new(RandomCodes::seeded(2026)),
            locales: locales(),
            competences: Arc::new(CompetenceMap::parse(&competences).expect("competences parse")),
            config: Arc::new(core),
        });
        let token = format!("{}:test-token", unique_id());
        let config = TelegramConfig {
            api_url: Some(api_url.to_owned()),
            polling_timeout: 1,
            lease_seconds: 6,
            ..telegram
        }
        .with_token(token.clone());
        let (stop, shutdown) = watch::channel(false);
        let task = tokio::spawn(telegram_adapter::run(
            bot,
            config,
            "test-instance".into(),
            shutdown,
        ));
        Self {
            token,
            stop,
            task,
            _dir: dir,
        }
    }

    /// Shuts the adapter down the way SIGTERM does and checks that it returns.
    pub async fn shut_down(self) {
        self.stop.send(true).expect("the adapter listens");
        let result = tokio::time::timeout(Duration::from_secs(40), self.task)
            .await
            .expect("the adapter stops in time")
            .expect("the adapter task does not panic");
        result.expect("the adapter ends without error");
    }
}

/// A message the bot sent, as the emulator keeps it (the Bot API request's body).
#[derive(Debug, Clone)]
pub struct BotMessage {
    pub id: i64,
    pub html: String,
    pub keyboard: Vec<Vec<Button>>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Button {
    pub text: String,
    pub data: String,
}

impl BotMessage {
    fn parse(entry: &Value) -> Self {
        let message = &entry["message"];
        let keyboard = message["reply_markup"]["inline_keyboard"]
            .as_array()
            .map(|rows| {
                rows.iter()
                    .map(|row| {
                        row.as_array()
                            .into_iter()
                            .flatten()
                            .map(|b| Button {
                                text: b["text"].as_str().unwrap_or_default().to_owned(),
                                data: b["callback_data"].as_str().unwrap_or_default().to_owned(),
                            })
                            .collect()
                    })
                    .collect()
            })
            .unwrap_or_default();
        Self {
            id: entry["messageId"].as_i64().expect("message id"),
            html: message["text"].as_str().unwrap_or_default().to_owned(),
            keyboard,
        }
    }

    /// The text as the user sees it: tags dropped, entities decoded.
    pub fn visible(&self) -> String {
        visible(&self.html)
    }

    pub fn buttons(&self) -> impl Iterator<Item = &Button> {
        self.keyboard.iter().flatten()
    }

    pub fn button(&self, label: &str) -> &Button {
        self.buttons()
            .find(|b| b.text == label || b.text.ends_with(&format!(". {label}")))
            .unwrap_or_else(|| panic!("no button {label:?} in {:?}", self.keyboard))
    }
}

pub fn visible(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&amp;", "&")
}

/// Someone in a chat with the bot, talking through the emulator.
pub struct Person {
    http: reqwest::Client,
    url: String,
    token: String,
    pub user_id: i64,
    pub chat_id: i64,
    first_name: String,
    language: String,
    /// Messages read from the emulator and not yet looked at by the test.
    inbox: Vec<BotMessage>,
}

impl Person {
    pub fn new(url: &str, token: &str, first_name: &str, language: &str) -> Self {
        let id = unique_id();
        Self {
            http: reqwest::Client::new(),
            url: url.to_owned(),
            token: token.to_owned(),
            user_id: id,
            chat_id: id,
            first_name: first_name.to_owned(),
            language: language.to_owned(),
            inbox: Vec::new(),
        }
    }

    /// The same person in a group chat.
    pub fn in_group(&self, group_id: i64) -> Self {
        Self {
            http: self.http.clone(),
            url: self.url.clone(),
            token: self.token.clone(),
            user_id: self.user_id,
            chat_id: group_id,
            first_name: self.first_name.clone(),
            language: self.language.clone(),
            inbox: Vec::new(),
        }
    }

    fn user(&self) -> Value {
        json!({
            "id": self.user_id,
            "is_bot": false,
            "first_name": self.first_name,
            "language_code": self.language,
        })
    }

    fn chat(&self) -> Value {
        if self.chat_id < 0 {
            json!({"id": self.chat_id, "title": "Mentoring circle", "type": "supergroup"})
        } else {
            json!({"id": self.chat_id, "first_name": self.first_name, "type": "private"})
        }
    }

    fn now() -> i64 {
        chrono_now_secs()
    }

    async fn post(&self, path: &str, body: Value) -> Value {
        let response = self
            .http
            .post(format!("{}{path}", self.url))
            .json(&body)
            .send()
            .await
            .unwrap_or_else(|e| panic!("{path}: {e}"));
        response
            .json()
            .await
            .unwrap_or_else(|e| panic!("{path}: {e}"))
    }

    pub async fn say(&self, text: &str) {
        self.say_with(text, json!({})).await;
    }

    /// Sends text with extra message fields (e.g. `reply_to_message`).
    pub async fn say_with(&self, text: &str, extra: Value) {
        let mut message = json!({
            "botToken": self.token,
            "from": self.user(),
            "chat": self.chat(),
            "date": Self::now(),
            "text": text,
        });
        if let (Some(message), Some(extra)) = (message.as_object_mut(), extra.as_object()) {
            message.extend(extra.clone());
        }
        let answer = self.post("/sendMessage", message).await;
        assert_eq!(answer["ok"], json!(true), "{answer}");
    }

    /// Presses a button of `message` (as it looks now, after any redraw).
    pub async fn press(&self, message: &BotMessage, button: &Button) {
        let current = self.current(message.id).await;
        let body = json!({
            "botToken": self.token,
            "from": self.user(),
            "message": {
                "message_id": message.id,
                "date": Self::now(),
                "chat": self.chat(),
                "text": current["message"]["text"],
                "reply_markup": current["message"]["reply_markup"],
            },
            "data": button.data,
        });
        let answer = self.post("/sendCallback", body).await;
        assert_eq!(answer["ok"], json!(true), "{answer}");
    }

    /// The bot's message `id` as the emulator keeps it now (edits included).
    async fn current(&self, id: i64) -> Value {
        let history = self
            .post("/getUpdatesHistory", json!({"token": self.token}))
            .await;
        history["result"]
            .as_array()
            .into_iter()
            .flatten()
            .find(|entry| {
                entry["messageId"].as_i64() == Some(id) && entry["message"].get("chat_id").is_some()
            })
            .cloned()
            .unwrap_or_else(|| panic!("message {id} is not in the emulator's history"))
    }

    pub async fn current_message(&self, id: i64) -> BotMessage {
        BotMessage::parse(&self.current(id).await)
    }

    /// Waits until the message `id` satisfies `ready` (after an edit).
    pub async fn wait_for_edit(&self, id: i64, ready: impl Fn(&BotMessage) -> bool) -> BotMessage {
        let deadline = Instant::now() + WAIT;
        loop {
            let message = self.current_message(id).await;
            if ready(&message) {
                return message;
            }
            assert!(
                Instant::now() < deadline,
                "message {id} was not redrawn: {message:?}"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    async fn fetch(&mut self) {
        let updates = self
            .post(
                "/getUpdates",
                json!({"token": self.token, "chatId": self.chat_id}),
            )
            .await;
        self.inbox.extend(
            updates["result"]
                .as_array()
                .into_iter()
                .flatten()
                .map(BotMessage::parse),
        );
    }

    /// Waits until the bot's messages so far satisfy `done`, then takes them.
    pub async fn receive_until(
        &mut self,
        what: &str,
        timeout: Duration,
        done: impl Fn(&[BotMessage]) -> bool,
    ) -> Vec<BotMessage> {
        let deadline = Instant::now() + timeout;
        loop {
            self.fetch().await;
            if done(&self.inbox) {
                return std::mem::take(&mut self.inbox);
            }
            assert!(
                Instant::now() < deadline,
                "waited in vain for {what}; got {:#?}",
                self.inbox
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Waits for a message whose text contains `wanted`; returns every message up to it.
    pub async fn expect(&mut self, wanted: &str) -> Vec<BotMessage> {
        let wanted_owned = wanted.to_owned();
        let mut messages = self
            .receive_until(wanted, WAIT, move |m| {
                m.iter().any(|m| m.visible().contains(&wanted_owned))
            })
            .await;
        // Anything after the awaited message stays for later.
        let at = messages
            .iter()
            .position(|m| m.visible().contains(wanted))
            .unwrap_or(0);
        self.inbox = messages.split_off(at + 1);
        messages
    }

    /// The next message from the bot.
    pub async fn next(&mut self) -> BotMessage {
        let mut messages = self
            .receive_until("a message", WAIT, |m| !m.is_empty())
            .await;
        let first = messages.remove(0);
        self.inbox = messages;
        first
    }

    /// Messages that arrive within `quiet` (none expected, usually).
    pub async fn collect_for(&mut self, quiet: Duration) -> Vec<BotMessage> {
        tokio::time::sleep(quiet).await;
        self.fetch().await;
        std::mem::take(&mut self.inbox)
    }
}

fn chrono_now_secs() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
        .unwrap_or(0)
}

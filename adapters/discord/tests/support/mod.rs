//! What the end-to-end tests share: a bot on a fresh SQLite store, and a
//! stand-in for Discord on 127.0.0.1 that the test starts in-process (REST
//! routes the bot calls, recording every request, and a gateway speaking
//! HELLO, IDENTIFY, READY and heartbeats, delivering the events the test
//! dispatches).
#![allow(dead_code)]

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Router;
use axum::extract::{Request, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use bot_core::clock::{RandomCodes, SystemClock};
use bot_core::config::CoreConfig;
use bot_core::i18n::Locales;
use bot_core::reference::CompetenceMap;
use bot_core::{Bot, Deps};
use futures_util::{SinkExt, StreamExt};
use serde_json::{Value, json};
use tokio::net::TcpListener;
use tokio::sync::mpsc;
use tokio_tungstenite::tungstenite::Message as WsMessage;

pub const APP_ID: &str = "1200000000000000001";
pub const GUILD_ID: &str = "1220000000000000001";
pub const GUILD_CHANNEL: &str = "1230000000000000001";
pub const TIMEOUT: Duration = Duration::from_secs(15);

pub async fn bot(dir: &tempfile::TempDir) -> Bot {
    bot_with(dir, |_| {}).await
}

/// A bot whose core configuration `configure` changes first.
pub async fn bot_with(dir: &tempfile::TempDir, configure: impl FnOnce(&mut CoreConfig)) -> Bot {
    let mut config = CoreConfig {
        coordinators: vec!["discord:80351110224678912".into()],
        ..CoreConfig::default()
    };
    configure(&mut config);
    let url = format!("sqlite://{}/bot.db", dir.path().display());
    let store = storage::connect(&url).await.expect("store");
    let competences = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../config/competences.toml"
    ))
    .expect("competence map");
    Bot::new(Deps {
        store: Arc::new(store),
        clock: Arc::new(SystemClock),
        codes: Arc::new(RandomCodes::seeded(7)),
        locales: Arc::new(Locales::load().expect("locales")),
        competences: Arc::new(CompetenceMap::parse(&competences).expect("competences")),
        config: Arc::new(config),
    })
}

pub fn bot_user() -> Value {
    json!({
        "id": APP_ID, "username": "mentor-cloud", "global_name": null, "avatar": null,
        "discriminator": "4821", "bot": true, "public_flags": 524288
    })
}

/// One request the bot made.
#[derive(Debug, Clone)]
pub struct Recorded {
    pub method: String,
    pub path: String,
    /// The JSON body, or a multipart request's `payload_json`.
    pub json: Value,
    /// Files of a multipart request: (file name, content).
    pub files: Vec<(String, String)>,
}

impl Recorded {
    /// Whether this request put a message in front of someone.
    pub fn is_message(&self) -> bool {
        (self.method == "PATCH" && self.path.ends_with("/messages/@original"))
            || (self.method == "POST" && self.path.starts_with("/api/v10/webhooks/"))
            || (self.method == "POST"
                && self.path.starts_with("/api/v10/channels/")
                && self.path.ends_with("/messages"))
    }

    pub fn flags(&self) -> u64 {
        self.json["flags"].as_u64().unwrap_or(0)
    }

    pub fn content(&self) -> &str {
        self.json["content"].as_str().unwrap_or_default()
    }

    /// Every component of the message, rows flattened.
    pub fn components(&self) -> Vec<Value> {
        self.json["components"]
            .as_array()
            .into_iter()
            .flatten()
            .flat_map(|row| row["components"].as_array().cloned().unwrap_or_default())
            .collect()
    }
}

struct Failure {
    method: String,
    path_contains: String,
    /// Matching requests to let through first.
    pass: usize,
    status: u16,
    body: Value,
}

struct Shared {
    ws_url: String,
    requests: Mutex<Vec<Recorded>>,
    failures: Mutex<Vec<Failure>>,
    next_id: AtomicU64,
    dm_channels: Mutex<HashMap<String, String>>,
    identifies: Mutex<Vec<Value>>,
    heartbeats: AtomicUsize,
    events: tokio::sync::Mutex<mpsc::UnboundedReceiver<(String, Value)>>,
}

pub struct StandIn {
    /// What the bot gets as MENTOR_CLOUD_DISCORD_API_URL.
    pub api_url: String,
    pub ws_url: String,
    shared: Arc<Shared>,
    events: mpsc::UnboundedSender<(String, Value)>,
}

impl StandIn {
    pub async fn start() -> StandIn {
        let rest = TcpListener::bind("127.0.0.1:0").await.expect("bind REST");
        let gateway = TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind gateway");
        let api_url = format!("http://{}", rest.local_addr().expect("addr"));
        let ws_url = format!("ws://{}", gateway.local_addr().expect("addr"));
        let (events, receiver) = mpsc::unbounded_channel();
        let shared = Arc::new(Shared {
            ws_url: ws_url.clone(),
            requests: Mutex::new(Vec::new()),
            failures: Mutex::new(Vec::new()),
            next_id: AtomicU64::new(1_300_000_000_000_000_000),
            dm_channels: Mutex::new(HashMap::new()),
            identifies: Mutex::new(Vec::new()),
            heartbeats: AtomicUsize::new(0),
            events: tokio::sync::Mutex::new(receiver),
        });
        let app = Router::new()
            .fallback(rest_route)
            .with_state(shared.clone());
        tokio::spawn(async move {
            let _ = axum::serve(rest, app).await;
        });
        let state = shared.clone();
        tokio::spawn(async move {
            while let Ok((stream, _)) = gateway.accept().await {
                tokio::spawn(session(stream, state.clone()));
            }
        });
        StandIn {
            api_url,
            ws_url,
            shared,
            events,
        }
    }

    pub fn requests(&self) -> Vec<Recorded> {
        self.shared.requests.lock().expect("lock").clone()
    }

    pub fn mark(&self) -> usize {
        self.shared.requests.lock().expect("lock").len()
    }

    pub fn next_id(&self) -> String {
        self.shared
            .next_id
            .fetch_add(1, Ordering::Relaxed)
            .to_string()
    }

    /// The DM channel Discord has (or opens) between the bot and `user`.
    pub fn set_dm_channel(&self, user: &str, channel: &str) {
        self.shared
            .dm_channels
            .lock()
            .expect("lock")
            .insert(user.into(), channel.into());
    }

    /// The next request to `method` a path containing `path_contains` fails so.
    pub fn fail_next(&self, method: &str, path_contains: &str, status: u16, body: Value) {
        self.fail_after(method, path_contains, 0, status, body);
    }

    /// Like [`Self::fail_next`], after letting `pass` such requests through.
    pub fn fail_after(
        &self,
        method: &str,
        path_contains: &str,
        pass: usize,
        status: u16,
        body: Value,
    ) {
        self.shared.failures.lock().expect("lock").push(Failure {
            method: method.into(),
            path_contains: path_contains.into(),
            pass,
            status,
            body,
        });
    }

    /// Waits for a request after `mark` that matches.
    pub async fn wait_for(
        &self,
        mark: usize,
        what: &str,
        matches: impl Fn(&Recorded) -> bool,
    ) -> Recorded {
        let deadline = tokio::time::Instant::now() + TIMEOUT;
        loop {
            if let Some(found) = self.requests().into_iter().skip(mark).find(|r| matches(r)) {
                return found;
            }
            if tokio::time::Instant::now() > deadline {
                let seen: Vec<String> = self
                    .requests()
                    .iter()
                    .skip(mark)
                    .map(|r| format!("{} {} {}", r.method, r.path, r.json))
                    .collect();
                panic!("no {what} within {TIMEOUT:?}; requests since: {seen:#?}");
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }

    /// The messages the bot sends after `mark`, once it has sent some and gone quiet.
    pub async fn messages_after(&self, mark: usize, what: &str) -> Vec<Recorded> {
        self.wait_for(mark, what, Recorded::is_message).await;
        let mut seen = self.mark();
        loop {
            tokio::time::sleep(Duration::from_millis(300)).await;
            let now = self.mark();
            if now == seen {
                break;
            }
            seen = now;
        }
        self.requests()
            .into_iter()
            .skip(mark)
            .filter(Recorded::is_message)
            .collect()
    }

    /// Sends a dispatch event on the gateway (after READY).
    pub fn dispatch(&self, event: &str, data: Value) {
        self.events
            .send((event.to_owned(), data))
            .expect("gateway stand-in running");
    }

    pub fn identifies(&self) -> Vec<Value> {
        self.shared.identifies.lock().expect("lock").clone()
    }

    pub fn heartbeats(&self) -> usize {
        self.shared.heartbeats.load(Ordering::Relaxed)
    }
}

/// A message object as Discord returns it for a message the bot sent.
fn message_object(shared: &Shared, channel: &str, body: &Value) -> Value {
    json!({
        "id": shared.next_id.fetch_add(1, Ordering::Relaxed).to_string(),
        "type": 0,
        "channel_id": channel,
        "author": bot_user(),
        "content": body["content"].as_str().unwrap_or_default(),
        "timestamp": "2026-12-01T09:00:00.000000+00:00",
        "edited_timestamp": null,
        "tts": false,
        "mention_everyone": false,
        "mentions": [],
        "mention_roles": [],
        "attachments": [],
        "embeds": [],
        "pinned": false,
        "flags": body["flags"].as_u64().unwrap_or(0),
        "components": [],
        "application_id": APP_ID
    })
}

fn json_response(status: StatusCode, body: Value) -> Response {
    (
        status,
        [(header::CONTENT_TYPE, "application/json")],
        body.to_string(),
    )
        .into_response()
}

/// `payload_json` and files out of a multipart/form-data body.
fn multipart(content_type: &str, body: &[u8]) -> (Value, Vec<(String, String)>) {
    let Some(boundary) = content_type.split("boundary=").nth(1) else {
        return (Value::Null, Vec::new());
    };
    let text = String::from_utf8_lossy(body);
    let mut json = Value::Null;
    let mut files = Vec::new();
    for part in text.split(&format!("--{}", boundary.trim_matches('"'))) {
        let Some((head, content)) = part.split_once("\r\n\r\n") else {
            continue;
        };
        let content = content.strip_suffix("\r\n").unwrap_or(content);
        let field = |name: &str| {
            head.split(&format!("{name}=\""))
                .nth(1)
                .and_then(|rest| rest.split('"').next())
                .map(str::to_owned)
        };
        match (field("name").as_deref(), field("filename")) {
            (Some("payload_json"), _) => {
                json = serde_json::from_str(content).unwrap_or(Value::Null)
            }
            (_, Some(filename)) => files.push((filename, content.to_owned())),
            _ => {}
        }
    }
    (json, files)
}

async fn rest_route(State(shared): State<Arc<Shared>>, request: Request) -> Response {
    let method = request.method().to_string();
    let path = request.uri().path().to_owned();
    let content_type = request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    let bytes = axum::body::to_bytes(request.into_body(), 16 << 20)
        .await
        .unwrap_or_default();
    let (json, files) = if content_type.starts_with("multipart/") {
        multipart(&content_type, &bytes)
    } else {
        (
            serde_json::from_slice(&bytes).unwrap_or(Value::Null),
            Vec::new(),
        )
    };
    shared.requests.lock().expect("lock").push(Recorded {
        method: method.clone(),
        path: path.clone(),
        json: json.clone(),
        files,
    });

    let failure = {
        let mut failures = shared.failures.lock().expect("lock");
        match failures
            .iter()
            .position(|f| f.method == method && path.contains(&f.path_contains))
        {
            Some(i) if failures[i].pass > 0 => {
                failures[i].pass -= 1;
                None
            }
            Some(i) => Some(failures.remove(i)),
            None => None,
        }
    };
    if let Some(failure) = failure {
        let status = StatusCode::from_u16(failure.status).expect("status");
        return json_response(status, failure.body);
    }

    let segments: Vec<&str> = path.trim_start_matches("/api/v10/").split('/').collect();
    match (method.as_str(), segments.as_slice()) {
        ("GET", ["gateway"]) => json_response(StatusCode::OK, json!({"url": shared.ws_url})),
        ("GET", ["gateway", "bot"]) => json_response(
            StatusCode::OK,
            json!({"url": shared.ws_url, "shards": 1,
                   "session_start_limit": {"total": 1000, "remaining": 999, "reset_after": 14_400_000, "max_concurrency": 1}}),
        ),
        ("GET", ["oauth2", "applications", "@me"]) => json_response(
            StatusCode::OK,
            json!({"id": APP_ID, "name": "mentor-cloud", "icon": null, "description": "", "bot_public": true,
                   "bot_require_code_grant": false, "verify_key": "0".repeat(64), "team": null, "owner": null,
                   "flags": 0, "bot": bot_user()}),
        ),
        ("GET", ["users", "@me"]) => json_response(StatusCode::OK, bot_user()),
        ("PUT", ["applications", _, "commands"])
        | ("PUT", ["applications", _, "guilds", _, "commands"]) => {
            json_response(StatusCode::OK, json!([]))
        }
        ("POST", ["interactions", _, _, "callback"]) => StatusCode::NO_CONTENT.into_response(),
        ("PATCH", ["webhooks", _, _, "messages", "@original"]) | ("POST", ["webhooks", _, _]) => {
            json_response(
                StatusCode::OK,
                message_object(&shared, GUILD_CHANNEL, &json),
            )
        }
        ("POST", ["users", "@me", "channels"]) => {
            let recipient = json["recipient_id"].as_str().unwrap_or("1").to_owned();
            let channel = {
                let mut channels = shared.dm_channels.lock().expect("lock");
                let next = shared.next_id.fetch_add(1, Ordering::Relaxed).to_string();
                channels.entry(recipient.clone()).or_insert(next).clone()
            };
            json_response(
                StatusCode::OK,
                json!({"id": channel, "type": 1, "last_message_id": null, "flags": 0,
                       "recipients": [{"id": recipient, "username": "someone", "global_name": null,
                                       "avatar": null, "discriminator": "0", "public_flags": 0}]}),
            )
        }
        ("POST", ["channels", parent, "threads"]) => {
            let id = shared.next_id.fetch_add(1, Ordering::Relaxed).to_string();
            json_response(
                StatusCode::CREATED,
                json!({"id": id, "type": json["type"].as_u64().unwrap_or(11), "guild_id": GUILD_ID,
                       "name": json["name"].as_str().unwrap_or_default(), "parent_id": parent,
                       "owner_id": APP_ID, "position": 0, "flags": 0, "nsfw": false,
                       "last_message_id": null, "rate_limit_per_user": 0,
                       "message_count": 0, "member_count": 1,
                       "thread_metadata": {"archived": false, "auto_archive_duration": 4320,
                                           "archive_timestamp": "2026-12-01T09:00:00.000000+00:00",
                                           "locked": false, "invitable": json["invitable"].as_bool().unwrap_or(true)}}),
            )
        }
        ("PUT", ["channels", _, "thread-members", _])
        | ("DELETE", ["webhooks", _, _, "messages", "@original"]) => {
            StatusCode::NO_CONTENT.into_response()
        }
        ("POST", ["channels", channel, "messages"]) => {
            json_response(StatusCode::OK, message_object(&shared, channel, &json))
        }
        _ => json_response(
            StatusCode::NOT_FOUND,
            json!({"message": "404: Not Found", "code": 0}),
        ),
    }
}

/// One gateway connection: HELLO, then IDENTIFY → READY, heartbeats → ACKs,
/// and the test's events once READY is sent.
async fn session(stream: tokio::net::TcpStream, shared: Arc<Shared>) {
    let Ok(mut ws) = tokio_tungstenite::accept_async(stream).await else {
        return;
    };
    let send = |v: Value| WsMessage::Text(v.to_string());
    if ws
        .send(send(json!({"op": 10, "d": {"heartbeat_interval": 600}})))
        .await
        .is_err()
    {
        return;
    }
    let mut events = shared.events.lock().await;
    let mut seq = 0u64;
    let mut ready = false;
    loop {
        tokio::select! {
            incoming = ws.next() => {
                let Some(Ok(WsMessage::Text(text))) = incoming else {
                    if matches!(incoming, Some(Ok(WsMessage::Ping(_) | WsMessage::Pong(_)))) { continue; }
                    return;
                };
                let Ok(frame) = serde_json::from_str::<Value>(&text) else { continue };
                match frame["op"].as_u64() {
                    Some(2) => {
                        shared.identifies.lock().expect("lock").push(frame["d"].clone());
                        seq += 1;
                        let ready_event = json!({"op": 0, "t": "READY", "s": seq, "d": {
                            "v": 10, "user": bot_user(), "guilds": [{"id": GUILD_ID, "unavailable": true}],
                            "session_id": "stand-in-session", "resume_gateway_url": shared.ws_url,
                            "shard": [0, 1], "application": {"id": APP_ID, "flags": 0}
                        }});
                        if ws.send(send(ready_event)).await.is_err() { return; }
                        ready = true;
                    }
                    Some(1) => {
                        shared.heartbeats.fetch_add(1, Ordering::Relaxed);
                        if ws.send(send(json!({"op": 11}))).await.is_err() { return; }
                    }
                    _ => {}
                }
            }
            event = events.recv(), if ready => {
                let Some((name, data)) = event else { return };
                seq += 1;
                if ws.send(send(json!({"op": 0, "t": name, "s": seq, "d": data}))).await.is_err() { return; }
            }
        }
    }
}

/// Where a person acts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    /// A server channel: answers are ephemeral.
    Guild,
    /// The DM with the bot, in this channel.
    Dm(String),
    /// A thread (type 12, private) in the server, in this channel.
    Thread(String),
}

/// A person on Discord, making interactions and messages as Discord sends them.
pub struct Person {
    pub id: String,
    pub username: String,
    pub global_name: String,
    pub locale: String,
}

impl Person {
    fn user(&self) -> Value {
        json!({"id": self.id, "username": self.username, "global_name": self.global_name,
               "avatar": null, "discriminator": "0", "public_flags": 0})
    }

    fn interaction(
        &self,
        discord: &StandIn,
        kind: u8,
        data: Value,
        place: &Place,
        message: Option<Value>,
    ) -> Value {
        let id = discord.next_id();
        let mut d = json!({
            "id": id, "application_id": APP_ID, "type": kind, "data": data,
            "token": format!("tok{id}"), "version": 1, "app_permissions": "2248473465835073",
            "locale": self.locale, "entitlements": [], "attachment_size_limit": 10_485_760
        });
        match place {
            Place::Guild => {
                d["guild_id"] = json!(GUILD_ID);
                d["guild_locale"] = json!("en-US");
                d["channel_id"] = json!(GUILD_CHANNEL);
                d["channel"] = json!({"id": GUILD_CHANNEL, "type": 0, "guild_id": GUILD_ID, "name": "mentoring",
                                      "position": 0, "flags": 0, "parent_id": null, "nsfw": false});
                d["member"] = json!({"user": self.user(), "roles": [], "premium_since": null, "permissions": "2248473465835073",
                                     "pending": false, "nick": null, "mute": false, "deaf": false, "flags": 0,
                                     "joined_at": "2025-01-20T08:00:00.000000+00:00", "avatar": null,
                                     "communication_disabled_until": null});
                d["authorizing_integration_owners"] = json!({"0": GUILD_ID});
                d["context"] = json!(0);
            }
            Place::Thread(thread) => {
                d["guild_id"] = json!(GUILD_ID);
                d["guild_locale"] = json!("en-US");
                d["channel_id"] = json!(thread);
                d["channel"] = json!({"id": thread, "type": 12, "guild_id": GUILD_ID, "name": "circle-1",
                                      "flags": 0, "parent_id": GUILD_CHANNEL,
                                      "thread_metadata": {"archived": false, "auto_archive_duration": 4320,
                                                          "archive_timestamp": "2026-12-01T09:00:00.000000+00:00",
                                                          "locked": false, "invitable": false}});
                d["member"] = json!({"user": self.user(), "roles": [], "premium_since": null, "permissions": "2248473465835073",
                                     "pending": false, "nick": null, "mute": false, "deaf": false, "flags": 0,
                                     "joined_at": "2025-01-20T08:00:00.000000+00:00", "avatar": null,
                                     "communication_disabled_until": null});
                d["authorizing_integration_owners"] = json!({"0": GUILD_ID});
                d["context"] = json!(0);
            }
            Place::Dm(channel) => {
                d["channel_id"] = json!(channel);
                d["channel"] = json!({"id": channel, "type": 1, "flags": 0, "last_message_id": null,
                                      "recipients": [self.user()]});
                d["user"] = self.user();
                d["authorizing_integration_owners"] = json!({"0": GUILD_ID});
                d["context"] = json!(1);
            }
        }
        if let Some(message) = message {
            d["message"] = message;
        }
        d
    }

    /// A slash command with options (name → JSON value).
    pub fn slash(
        &self,
        discord: &StandIn,
        name: &str,
        options: &[(&str, Value)],
        place: &Place,
    ) -> Value {
        let options: Vec<Value> = options
            .iter()
            .map(|(n, v)| json!({"name": n, "type": if v.is_number() { 4 } else { 3 }, "value": v}))
            .collect();
        let data =
            json!({"id": "1210000000000000001", "name": name, "type": 1, "options": options});
        self.interaction(discord, 2, data, place, None)
    }

    /// The message object of something the bot sent, as a component interaction carries it.
    fn message_of(discord: &StandIn, sent: &Recorded, place: &Place) -> Value {
        let channel = match place {
            Place::Guild => GUILD_CHANNEL.to_owned(),
            Place::Dm(channel) | Place::Thread(channel) => channel.clone(),
        };
        json!({
            "id": discord.next_id(), "type": 0, "channel_id": channel, "author": bot_user(),
            "content": sent.content(), "timestamp": "2026-12-01T09:00:00.000000+00:00",
            "edited_timestamp": null, "tts": false, "mention_everyone": false, "mentions": [],
            "mention_roles": [], "attachments": [], "embeds": [], "pinned": false,
            "flags": sent.flags(), "components": sent.json["components"].clone(), "application_id": APP_ID
        })
    }

    pub fn press(
        &self,
        discord: &StandIn,
        sent: &Recorded,
        custom_id: &str,
        place: &Place,
    ) -> Value {
        let data = json!({"custom_id": custom_id, "component_type": 2});
        self.interaction(
            discord,
            3,
            data,
            place,
            Some(Self::message_of(discord, sent, place)),
        )
    }

    pub fn select(
        &self,
        discord: &StandIn,
        sent: &Recorded,
        custom_id: &str,
        values: &[String],
        place: &Place,
    ) -> Value {
        let data = json!({"custom_id": custom_id, "component_type": 3, "values": values});
        self.interaction(
            discord,
            3,
            data,
            place,
            Some(Self::message_of(discord, sent, place)),
        )
    }

    pub fn submit(&self, discord: &StandIn, sent: &Recorded, text: &str, place: &Place) -> Value {
        let data = json!({"custom_id": "mc~answer", "components": [
            {"type": 1, "components": [{"type": 4, "custom_id": "answer", "value": text}]}
        ]});
        self.interaction(
            discord,
            5,
            data,
            place,
            Some(Self::message_of(discord, sent, place)),
        )
    }

    /// MESSAGE_CREATE for a DM this person writes to the bot.
    pub fn dm(&self, discord: &StandIn, channel: &str, text: &str) -> Value {
        json!({
            "id": discord.next_id(), "type": 0, "channel_id": channel, "channel_type": 1, "author": self.user(),
            "content": text, "timestamp": "2026-12-01T09:00:00.000000+00:00", "edited_timestamp": null,
            "tts": false, "mention_everyone": false, "mentions": [], "mention_roles": [], "attachments": [],
            "embeds": [], "pinned": false, "flags": 0, "components": [], "nonce": discord.next_id()
        })
    }
}

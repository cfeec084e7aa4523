//! The world of the end-to-end tests: a Synapse started by
//! `scripts/peers/synapse`, the bot running the Matrix adapter on a SQLite
//! database and store folder, and people whose clients are matrix-sdk
//! clients with their own crypto stores.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use bot_core::clock::{RandomCodes, SystemClock};
use bot_core::config::CoreConfig;
use bot_core::i18n::Locales;
use bot_core::reference::CompetenceMap;
use bot_core::{Bot, Deps};
use matrix_adapter::config::{ENV_HOMESERVER, ENV_PASSWORD, ENV_STORE_PASSPHRASE, ENV_USER};
use matrix_adapter::{MatrixConfig, MatrixError};
use matrix_sdk::config::SyncSettings;
use matrix_sdk::deserialized_responses::EncryptionInfo;
use matrix_sdk::ruma::events::room::member::MembershipState;
use matrix_sdk::ruma::events::room::message::{MessageType, OriginalSyncRoomMessageEvent};
use matrix_sdk::ruma::{OwnedRoomId, OwnedUserId, UserId};
use matrix_sdk::{Client, Room};
use tokio::sync::{mpsc, watch};
use tokio::task::JoinHandle;

pub const PASSWORD: &str = "correct horse battery staple";
pub const WAIT: Duration = Duration::from_secs(30);

/// The homeserver, from `.peers/synapse.env`.
pub struct Peer {
    pub homeserver: String,
    config: PathBuf,
    register: PathBuf,
}

/// The peer, or None (with a note) when it was not started; under CI=true a
/// missing peer fails the test instead.
pub fn peer() -> Option<Peer> {
    // RUST_LOG=matrix_adapter=debug shows what the adapter does.
    let _ = tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::from_default_env())
        .with_test_writer()
        .try_init();
    let var = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
    match (
        var("MENTOR_CLOUD_TEST_MATRIX_HOMESERVER"),
        var("MENTOR_CLOUD_TEST_MATRIX_CONFIG"),
        var("MENTOR_CLOUD_TEST_MATRIX_REGISTER"),
    ) {
        (Some(homeserver), Some(config), Some(register)) => Some(Peer {
            homeserver,
            config: config.into(),
            register: register.into(),
        }),
        _ => {
            let why = "MENTOR_CLOUD_TEST_MATRIX_* not set: start Synapse with \
                       `scripts/peers/synapse start` and source .peers/synapse.env";
            if std::env::var("CI").is_ok_and(|v| v == "true") {
                panic!("the Matrix end-to-end tests need Synapse on CI: {why}");
            }
            eprintln!("skipped: {why}");
            None
        }
    }
}

impl Peer {
    /// Registers a new account named `<prefix><unique suffix>`; returns its localpart.
    pub fn register(&self, prefix: &str, admin: bool) -> String {
        let name = format!("{prefix}{}", unique());
        let status = std::process::Command::new(&self.register)
            .arg("-c")
            .arg(&self.config)
            .args(["-u", &name, "-p", PASSWORD])
            .arg(if admin { "-a" } else { "--no-admin" })
            .arg(&self.homeserver)
            .stdout(std::process::Stdio::null())
            .status()
            .expect("run register_new_matrix_user");
        assert!(status.success(), "registering {name} failed");
        name
    }

    pub fn user_id(&self, localpart: &str) -> OwnedUserId {
        UserId::parse(format!("@{localpart}:localhost")).expect("user id")
    }
}

fn unique() -> String {
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or_default();
    format!("{}{:x}", std::process::id(), nanos % 0xffff_ffff)
}

/// A running adapter: how to stop it, and its task.
type Running = (watch::Sender<bool>, JoinHandle<Result<(), MatrixError>>);

/// A bot on one database and one store folder, restartable.
pub struct BotWorld {
    pub db_url: String,
    pub store: PathBuf,
    pub localpart: String,
    pub homeserver: String,
    pub allowed_servers: Vec<String>,
    /// Encrypts the SDK's SQLite store.
    pub store_passphrase: Option<String>,
    running: Option<Running>,
    pub bot: Option<Bot>,
}

impl BotWorld {
    pub fn new(peer: &Peer, dir: &Path, localpart: String) -> Self {
        Self {
            db_url: format!("sqlite://{}/bot.db", dir.display()),
            store: dir.join("matrix"),
            localpart,
            homeserver: peer.homeserver.clone(),
            allowed_servers: Vec::new(),
            store_passphrase: None,
            running: None,
            bot: None,
        }
    }

    pub async fn start(&mut self) {
        let store = storage::connect(&self.db_url).await.expect("database");
        let competences = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../config/competences.toml"
        ))
        .expect("competence map");
        let bot = Bot::new(Deps {
            store: Arc::new(store),
            clock: Arc::new(SystemClock),
            codes: Arc::new(RandomCodes::seeded(2026)),
            locales: Arc::new(Locales::load().expect("locales")),
            competences: Arc::new(CompetenceMap::parse(&competences).expect("competences")),
            config: Arc::new(CoreConfig {
                coordinators: vec!["matrix:@coordinator:localhost".into()],
                ..CoreConfig::default()
            }),
        });
        let file = MatrixConfig {
            store: self.store.clone(),
            allowed_servers: self.allowed_servers.clone(),
            lease_seconds: 6,
            ..MatrixConfig::default()
        };
        let (homeserver, user) = (self.homeserver.clone(), self.localpart.clone());
        let passphrase = self.store_passphrase.clone();
        let config = MatrixConfig::from_vars(file, |name| match name {
            n if n == ENV_HOMESERVER => Some(homeserver.clone()),
            n if n == ENV_USER => Some(user.clone()),
            n if n == ENV_PASSWORD => Some(PASSWORD.to_owned()),
            n if n == ENV_STORE_PASSPHRASE => passphrase.clone(),
            _ => None,
        })
        .expect("configured");
        let (stop, stopped) = watch::channel(false);
        let run = matrix_adapter::run(bot.clone(), config, "e2e-instance".into(), stopped);
        let task = tokio::spawn(async move {
            let result = run.await;
            if let Err(error) = &result {
                eprintln!("the Matrix adapter ended: {error}");
            }
            result
        });
        self.bot = Some(bot);
        self.running = Some((stop, task));
    }

    /// A clean shutdown, as on SIGTERM; the adapter must return Ok.
    pub async fn stop(&mut self) {
        if let Some((stop, task)) = self.running.take() {
            stop.send_replace(true);
            let result = tokio::time::timeout(WAIT, task)
                .await
                .expect("the adapter stops within 30 s")
                .expect("the adapter task did not panic");
            result.expect("the adapter ended without error");
        }
    }

    /// The device the bot signed in as, from its saved session.
    pub fn device_id(&self) -> String {
        let text = std::fs::read_to_string(self.store.join("session.json")).expect("session file");
        let json: serde_json::Value = serde_json::from_str(&text).expect("session JSON");
        json["device_id"].as_str().expect("device id").to_owned()
    }
}

/// A message the bot sent, as a person's client shows it.
#[derive(Debug, Clone)]
pub struct Seen {
    pub room: OwnedRoomId,
    pub notice: bool,
    pub body: String,
    pub html: Option<String>,
    pub encrypted: bool,
}

/// A person with a matrix-sdk client, syncing in the background.
pub struct Person {
    pub client: Client,
    pub user_id: OwnedUserId,
    from_bot: mpsc::UnboundedReceiver<Seen>,
    sync: JoinHandle<()>,
}

impl Person {
    pub async fn sign_in(peer: &Peer, localpart: &str, store: &Path, bot: OwnedUserId) -> Self {
        let client = Client::builder()
            .homeserver_url(&peer.homeserver)
            .sqlite_store(store, None)
            .build()
            .await
            .expect("client");
        client
            .matrix_auth()
            .login_username(localpart, PASSWORD)
            .initial_device_display_name("e2e test client")
            .send()
            .await
            .expect("login");
        let (tx, from_bot) = mpsc::unbounded_channel();
        client.add_event_handler(
            move |event: OriginalSyncRoomMessageEvent,
                  room: Room,
                  encryption: Option<EncryptionInfo>| {
                let tx = tx.clone();
                let bot = bot.clone();
                async move {
                    if event.sender != bot {
                        return;
                    }
                    let (notice, body, html) = match event.content.msgtype {
                        MessageType::Notice(n) => (true, n.body, n.formatted.map(|f| f.body)),
                        MessageType::Text(t) => (false, t.body, t.formatted.map(|f| f.body)),
                        MessageType::File(f) => (false, format!("[file] {}", f.body), None),
                        other => (false, other.body().to_owned(), None),
                    };
                    let _ = tx.send(Seen {
                        room: room.room_id().to_owned(),
                        notice,
                        body,
                        html,
                        encrypted: encryption.is_some(),
                    });
                }
            },
        );
        // Uploads this device's keys before anyone encrypts for it.
        client
            .sync_once(SyncSettings::default())
            .await
            .expect("first sync");
        let syncing = client.clone();
        // matrix-sdk's own `sync()` pauses a second between quick syncs;
        // a plain loop answers as fast as the homeserver does.
        let sync = tokio::spawn(async move {
            let settings = SyncSettings::default().timeout(Duration::from_secs(5));
            while syncing.sync_once(settings.clone()).await.is_ok() {}
        });
        let user_id = client.user_id().expect("signed in").to_owned();
        Self {
            client,
            user_id,
            from_bot,
            sync,
        }
    }

    /// The next message from the bot; it must contain `expected`.
    pub async fn expect(&mut self, expected: &str) -> Seen {
        let seen = tokio::time::timeout(WAIT, self.from_bot.recv())
            .await
            .unwrap_or_else(|_| {
                panic!("no answer from the bot within 30 s (expected {expected:?})")
            })
            .expect("the client's sync ended");
        assert!(
            seen.body.contains(expected),
            "expected {expected:?} in the bot's message, got {:?}",
            seen.body
        );
        seen
    }

    /// The bot's next message in `room` that contains `expected`, passing
    /// over its other messages (to other rooms, or earlier ones here).
    pub async fn expect_in(&mut self, room: &Room, expected: &str) -> Seen {
        let deadline = tokio::time::Instant::now() + WAIT;
        loop {
            let seen = tokio::time::timeout_at(deadline, self.from_bot.recv())
                .await
                .unwrap_or_else(|_| panic!("no message with {expected:?} from the bot within 30 s"))
                .expect("the client's sync ended");
            if seen.room == room.room_id() && seen.body.contains(expected) {
                return seen;
            }
        }
    }

    /// Nothing more from the bot for a moment.
    pub async fn expect_silence(&mut self, wait: Duration) {
        if let Ok(Some(seen)) = tokio::time::timeout(wait, self.from_bot.recv()).await {
            panic!("unexpected message from the bot: {:?}", seen.body);
        }
    }

    /// Waits until `user` has `membership` in `room`, as this person's client sees it.
    pub async fn wait_for_membership(
        &self,
        room: &Room,
        user: &UserId,
        membership: MembershipState,
    ) {
        let deadline = tokio::time::Instant::now() + WAIT;
        loop {
            if let Ok(Some(member)) = room.get_member_no_sync(user).await
                && *member.membership() == membership
            {
                return;
            }
            assert!(
                tokio::time::Instant::now() < deadline,
                "{user} did not reach {membership:?} within 30 s"
            );
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
    }

    pub async fn say(&self, room: &Room, text: &str) {
        use matrix_sdk::ruma::events::room::message::RoomMessageEventContent;
        room.send(RoomMessageEventContent::text_plain(text))
            .await
            .expect("send a message");
    }
}

impl Drop for Person {
    fn drop(&mut self) {
        self.sync.abort();
    }
}

//! What `/export` hands over and what `/forget` leaves behind, checked in the
//! database itself rather than in what the bot says.

use std::sync::{Arc, Mutex};

use async_trait::async_trait;
use bot_core::clock::{ManualClock, RandomCodes};
use bot_core::config::CoreConfig;
use bot_core::delivery::{DeliveryPolicy, DeliveryWorker};
use bot_core::i18n::Locales;
use bot_core::message::{AccountKey, Address, Outgoing};
use bot_core::ports::{Transport, TransportError};
use bot_core::reference::CompetenceMap;
use bot_core::{Bot, Deps};
use console_adapter::session::incoming;

#[derive(Default)]
struct Captured(Mutex<Vec<(Address, Outgoing)>>);

#[async_trait]
impl Transport for Captured {
    fn platform(&self) -> &str {
        "console"
    }
    async fn send(
        &self,
        to: &Address,
        message: &Outgoing,
        _key: &str,
    ) -> Result<(), TransportError> {
        self.0
            .lock()
            .expect("lock")
            .push((to.clone(), message.clone()));
        Ok(())
    }
}

struct World {
    bot: Bot,
    sent: Arc<Captured>,
    worker: DeliveryWorker,
}

impl World {
    async fn new(url: &str) -> World {
        let store = Arc::new(storage::connect(url).await.expect("connect"));
        let clock = Arc::new(ManualClock::new(1_796_115_600_000));
        let competences = std::fs::read_to_string("config/competences.toml").expect("map");
        let bot = Bot::new(Deps {
            store: store.clone(),
            clock: clock.clone(),
            codes: Arc::new(RandomCodes::seeded(1)),
            locales: Arc::new(Locales::load().expect("locales")),
            competences: Arc::new(CompetenceMap::parse(&competences).expect("map")),
            config: Arc::new(CoreConfig {
                coordinators: vec!["console:carol".into()],
                ..CoreConfig::default()
            }),
        });
        let sent = Arc::new(Captured::default());
        let worker = DeliveryWorker::new(store, clock, sent.clone(), DeliveryPolicy::default());
        World { bot, sent, worker }
    }

    async fn say(&self, who: &str, lines: &[&str]) {
        for line in lines {
            self.bot
                .handle(incoming(who, None, line))
                .await
                .expect("handled");
            self.worker.drain().await.expect("delivered");
        }
    }

    fn last_to(&self, who: &str) -> Outgoing {
        let sent = self.sent.0.lock().expect("lock");
        sent.iter()
            .rev()
            .find(|(to, _)| *to == Address::direct(&AccountKey::new("console", who)))
            .map(|(_, m)| m.clone())
            .expect("a message")
    }
}

const CAROL: [&str; 6] = ["/start", "1", "1", "Carol Kask", "EE", "1"];
const BOB: [&str; 16] = [
    "/start",
    "1",
    "1",
    "Bob Lindqvist",
    "SE",
    "Nordic Sales AB",
    "1",
    "4",
    "1, 12",
    "14",
    "25",
    "2",
    "22",
    "Share twenty-five years of software sales.",
    "8",
    "1",
];

async fn export_and_forget(url: &str) {
    let world = World::new(url).await;
    world.say("carol", &CAROL).await;
    world.say("bob", &BOB).await;
    world.say("bob", &["1"]).await;
    world.say("bob-phone", &["/start"]).await;
    world.say("bob", &["/link"]).await;
    let code = world
        .last_to("bob")
        .text
        .to_plain()
        .split_whitespace()
        .nth(4)
        .expect("code")
        .trim_end_matches('.')
        .to_owned();
    world
        .say("bob-phone", &["/cancel", &format!("/link {code}")])
        .await;
    // Carol asks Bob for an interview: an audited action about him.
    world.say("carol", &["3", "2026-12-10 10:00"]).await;

    world.say("bob", &["/export"]).await;
    let export = world.last_to("bob");
    assert!(export.private);
    let file = export.files.first().expect("an export file");
    assert_eq!(file.mime, "application/json");
    let data: serde_json::Value = serde_json::from_str(&file.text).expect("valid JSON");
    assert_eq!(data["person"]["name"], "Bob Lindqvist");
    assert_eq!(data["person"]["organisation"], "Nordic Sales AB");
    assert_eq!(data["person"]["languages"], serde_json::json!(["en", "sv"]));
    assert_eq!(data["person"]["mentor_status"], "interview");
    assert_eq!(
        data["competences"][0]["competence"],
        "digital-transformation"
    );
    assert_eq!(data["competences"][0]["years"], 25);
    assert_eq!(
        data["accounts"].as_array().map(Vec::len),
        Some(2),
        "both linked accounts: {data}"
    );
    assert_eq!(data["mentor_applications"][0]["status"], "interview");
    assert_eq!(data["audit_log"][0]["action"], "application.interview");

    world.say("bob", &["/forget", "1"]).await;
    let store = world.bot.deps().store.clone();
    let mut tx = store.begin().await.expect("tx");
    assert!(
        tx.persons_named("Bob Lindqvist")
            .await
            .expect("query")
            .is_empty()
    );
    for account in ["bob", "bob-phone"] {
        let key = AccountKey::new("console", account);
        assert_eq!(tx.account(&key).await.expect("query"), None, "{account}");
        assert_eq!(
            tx.conversation(&key, "direct").await.expect("query"),
            None,
            "{account}"
        );
    }
    assert!(tx.open_applications().await.expect("query").is_empty());
    let carol = tx
        .persons_named("Carol Kask")
        .await
        .expect("query")
        .pop()
        .expect("carol stays");
    let about_carol = tx.audit_about(carol.id).await.expect("query");
    assert!(
        about_carol
            .iter()
            .all(|entry| entry.subject.is_none() || entry.subject == Some(carol.id))
    );
    tx.rollback().await.expect("rollback");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn export_and_forget_on_sqlite() {
    let dir = tempfile::tempdir().expect("temp dir");
    export_and_forget(&format!("sqlite://{}/bot.db", dir.path().display())).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn export_and_forget_on_postgres() {
    let Some(schema) = storage::testing::PgSchema::create().await else {
        return;
    };
    export_and_forget(&schema.url).await;
    schema.drop_schema().await;
}

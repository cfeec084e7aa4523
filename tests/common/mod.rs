//! A programme with many confirmed sessions and their reminder jobs, built
//! straight through the store, and bots on it that run the real scheduler
//! and delivery workers. Shared by `tests/scheduler_instances.rs` and
//! `benches/reminders.rs` (which includes this file by path).

#![allow(dead_code)]

use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use async_trait::async_trait;
use bot_core::clock::RandomCodes;
use bot_core::config::CoreConfig;
use bot_core::i18n::Locales;
use bot_core::message::{AccountKey, Address, ChatAddress, Outgoing};
use bot_core::model::{
    Account, MeetingMode, MentorStatus, Millis, NewJob, Pair, PairOrigin, PairState, Person,
    PersonId, Session, SessionState,
};
use bot_core::ports::{Clock, Store, Transport, TransportError};
use bot_core::reference::CompetenceMap;
use bot_core::scheduler::JobKind;
use bot_core::{Bot, Deps};
use tokio::sync::Notify;

pub const PLATFORM: &str = "console";
pub const MINUTE_MS: i64 = 60_000;

/// A bot on `store` with the default configuration (reminders 24 h and 1 h
/// before, a late grace of 120 minutes).
pub fn bot(store: Arc<dyn Store>, clock: Arc<dyn Clock>) -> Bot {
    let map = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/config/competences.toml"
    ))
    .expect("competence map");
    Bot::new(Deps {
        store,
        clock,
        codes: Arc::new(RandomCodes::seeded(1)),
        locales: Arc::new(Locales::load().expect("locales")),
        competences: Arc::new(CompetenceMap::parse(&map).expect("competence map")),
        config: Arc::new(CoreConfig::default()),
    })
}

/// An active pair and the console accounts its two people are reached on.
#[derive(Debug, Clone)]
pub struct SeedPair {
    pub id: i64,
    pub mentor: PersonId,
    pub mentee: PersonId,
    /// Account ids (on [`PLATFORM`]) of the mentor and the mentee.
    pub accounts: [String; 2],
}

/// A confirmed session and its reminder jobs.
#[derive(Debug, Clone)]
pub struct SeedSession {
    pub id: i64,
    /// Index into the pairs it was seeded with.
    pub pair: usize,
    pub starts_at: Millis,
    /// (minutes before, due at) of each reminder.
    pub reminders: Vec<(u32, Millis)>,
}

fn person(name: String, mentor: bool, now: Millis) -> Person {
    Person {
        id: 0,
        name,
        locale: "en".to_owned(),
        country: None,
        organisation: None,
        sector: None,
        career_stage: None,
        languages: vec!["en".to_owned()],
        goals: None,
        availability_hours: None,
        timezone: Some("Europe/Berlin".to_owned()),
        meeting_mode: None,
        is_coordinator: false,
        mentor_status: if mentor {
            MentorStatus::Approved
        } else {
            MentorStatus::None
        },
        invited_as: None,
        notify_platform: None,
        capacity: 1,
        email: None,
        consent_at: now,
        created_at: now,
        updated_at: now,
    }
}

/// `count` active pairs of new people, each person with one console account.
/// Commits every `chunk` pairs.
pub async fn seed_pairs(store: &dyn Store, count: usize, now: Millis) -> Vec<SeedPair> {
    const CHUNK: usize = 250;
    let mut pairs = Vec::with_capacity(count);
    let mut tx = store.begin().await.expect("begin");
    for n in 0..count {
        let accounts = [format!("mentor{n}"), format!("mentee{n}")];
        let mut ids = [0; 2];
        for (i, account) in accounts.iter().enumerate() {
            let id = tx
                .insert_person(&person(format!("Person {account}"), i == 0, now))
                .await
                .expect("insert person");
            tx.upsert_account(&Account {
                key: AccountKey::new(PLATFORM, account.clone()),
                person_id: Some(id),
                display_name: account.clone(),
                locale: Some("en".to_owned()),
                last_seen_at: now,
            })
            .await
            .expect("insert account");
            ids[i] = id;
        }
        let mut pair = Pair {
            id: 0,
            mentor_id: ids[0],
            mentee_id: ids[1],
            state: PairState::Proposed,
            origin: PairOrigin::Matching,
            score: 0.5,
            facts: serde_json::json!({}),
            mentor_accepted: false,
            mentee_accepted: false,
            respond_by: None,
            end_reason: None,
            created_at: now,
            updated_at: now,
        };
        pair.id = tx.insert_pair(&pair).await.expect("insert pair");
        let active = Pair {
            state: PairState::Active,
            mentor_accepted: true,
            mentee_accepted: true,
            ..pair.clone()
        };
        assert!(
            tx.occupy_place(&active).await.expect("occupy place"),
            "a fresh mentor has a place"
        );
        pairs.push(SeedPair {
            id: pair.id,
            mentor: ids[0],
            mentee: ids[1],
            accounts,
        });
        if (n + 1) % CHUNK == 0 {
            tx.commit().await.expect("commit");
            tx = store.begin().await.expect("begin");
        }
    }
    tx.commit().await.expect("commit");
    pairs
}

/// Confirmed sessions, the `n`-th for pair `n % pairs.len()` starting at
/// `starts[n]`, each with a reminder `m` minutes before it for every `m` in
/// `reminders`, scheduled as the core schedules them (same keys, same
/// payloads). Commits every 1,000 sessions.
pub async fn seed_sessions(
    store: &dyn Store,
    pairs: &[SeedPair],
    starts: &[Millis],
    reminders: &[u32],
    now: Millis,
) -> Vec<SeedSession> {
    let mut sessions = Vec::with_capacity(starts.len());
    let mut tx = store.begin().await.expect("begin");
    for (n, &starts_at) in starts.iter().enumerate() {
        let pair = n % pairs.len();
        let id = tx
            .insert_session(&Session {
                id: 0,
                pair_id: pairs[pair].id,
                booked_by: pairs[pair].mentee,
                starts_at,
                minutes: 60,
                mode: MeetingMode::Online,
                place: Some("https://meet.example/room".to_owned()),
                state: SessionState::Confirmed,
                series_id: None,
                repeat: None,
                timezone: "Europe/Berlin".to_owned(),
                created_at: now,
                updated_at: now,
            })
            .await
            .expect("insert session");
        let mut due = Vec::with_capacity(reminders.len());
        for &minutes in reminders {
            let due_at = starts_at - i64::from(minutes) * MINUTE_MS;
            let kind = JobKind::SessionReminder {
                session: id,
                minutes,
            };
            tx.schedule_job(&NewJob {
                key: Some(format!("ses-rem:{id}:{minutes}")),
                due_at,
                payload: serde_json::to_string(&kind).expect("payload"),
            })
            .await
            .expect("schedule job");
            due.push((minutes, due_at));
        }
        sessions.push(SeedSession {
            id,
            pair,
            starts_at,
            reminders: due,
        });
        if (n + 1) % 1_000 == 0 {
            tx.commit().await.expect("commit");
            tx = store.begin().await.expect("begin");
        }
    }
    tx.commit().await.expect("commit");
    sessions
}

/// One message as a transport saw it.
#[derive(Debug, Clone)]
pub struct Sent {
    pub instance: usize,
    pub key: String,
    pub account: String,
    /// The session a reminder is about (from its buttons' tokens).
    pub session: Option<i64>,
    pub at: Millis,
}

/// Everything every instance's transport sent, in order.
#[derive(Default)]
pub struct SentLog {
    sent: Mutex<Vec<Sent>>,
    keys: Mutex<HashMap<String, u32>>,
    duplicate_keys: AtomicUsize,
}

impl SentLog {
    pub fn record(&self, sent: Sent) {
        let mut keys = self.keys.lock().expect("lock");
        let seen = keys.entry(sent.key.clone()).or_insert(0);
        *seen += 1;
        if *seen > 1 {
            self.duplicate_keys.fetch_add(1, Ordering::SeqCst);
        }
        drop(keys);
        self.sent.lock().expect("lock").push(sent);
    }

    pub fn len(&self) -> usize {
        self.sent.lock().expect("lock").len()
    }

    /// Sends of a key already sent before.
    pub fn duplicate_keys(&self) -> usize {
        self.duplicate_keys.load(Ordering::SeqCst)
    }

    pub fn all(&self) -> Vec<Sent> {
        self.sent.lock().expect("lock").clone()
    }
}

/// The session a reminder is about, from its `ses:attend:<id>` button.
pub fn session_of(message: &Outgoing) -> Option<i64> {
    message.choices.as_ref()?.options.iter().find_map(|choice| {
        choice
            .token
            .strip_prefix("ses:attend:")
            .and_then(|id| id.parse().ok())
    })
}

/// A transport that records what it sends into a shared log. With
/// `hang_after = Some(n)` the instance's `n + 1`-th send records its message
/// (it went out) and then never returns: the instance hangs between sending
/// and marking the message delivered.
pub struct Recording {
    pub instance: usize,
    pub log: Arc<SentLog>,
    pub clock: Arc<dyn Clock>,
    pub hang_after: Option<usize>,
    pub sent: AtomicUsize,
    /// Notified when the transport hangs.
    pub hung: Arc<Notify>,
}

impl Recording {
    pub fn new(instance: usize, log: Arc<SentLog>, clock: Arc<dyn Clock>) -> Self {
        Self {
            instance,
            log,
            clock,
            hang_after: None,
            sent: AtomicUsize::new(0),
            hung: Arc::new(Notify::new()),
        }
    }
}

#[async_trait]
impl Transport for Recording {
    fn platform(&self) -> &str {
        PLATFORM
    }

    async fn send(
        &self,
        to: &Address,
        message: &Outgoing,
        key: &str,
    ) -> Result<(), TransportError> {
        let account = match &to.chat {
            ChatAddress::Direct(id) | ChatAddress::Room(id) => id.clone(),
        };
        let n = self.sent.fetch_add(1, Ordering::SeqCst);
        self.log.record(Sent {
            instance: self.instance,
            key: key.to_owned(),
            account,
            session: session_of(message),
            at: self.clock.now_ms(),
        });
        if self.hang_after.is_some_and(|limit| n >= limit) {
            self.hung.notify_one();
            std::future::pending::<()>().await;
        }
        Ok(())
    }
}

/// Percentile of sorted values (nearest rank).
pub fn percentile(sorted: &[i64], p: f64) -> i64 {
    if sorted.is_empty() {
        return 0;
    }
    let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

//! Several bot instances on one database: every reminder is delivered
//! exactly once while all of them live, and nothing is lost when one of them
//! dies in the middle of firing jobs and delivering messages.
//!
//! Each instance has its own pool (`storage::connect`), its own `Bot`, and runs
//! the real `Scheduler::run` and `DeliveryWorker::run` on the system clock.
//! On PostgreSQL (a fresh schema per test; skipped with a message when no
//! server is reachable at `MENTOR_CLOUD_TEST_PG`, a failure under `CI=true`)
//! and on one SQLite file shared by all instances. Nothing here asserts timings.

mod common;

use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use async_trait::async_trait;
use bot_core::clock::SystemClock;
use bot_core::delivery::{DeliveryPolicy, DeliveryWorker};
use bot_core::model::{Entry, Job, Millis, OutboxRow};
use bot_core::ports::{Clock, Store, StoreResult, StoreTx};
use bot_core::scheduler::{Scheduler, SchedulerPolicy};
use common::{MINUTE_MS, PLATFORM, Recording, SeedPair, SeedSession, SentLog};
use storage::testing::PgSchema;
use tokio::sync::{Notify, watch};
use tokio::task::JoinHandle;

/// The database of one test: a fresh PostgreSQL schema, or a SQLite file in
/// a temporary directory.
enum Db {
    Postgres(PgSchema),
    Sqlite {
        url: String,
        _dir: tempfile::TempDir,
    },
}

impl Db {
    /// None when no PostgreSQL is reachable (outside CI).
    async fn postgres() -> Option<Db> {
        PgSchema::create().await.map(Db::Postgres)
    }

    fn sqlite() -> Db {
        let dir = tempfile::tempdir().expect("temp dir");
        let url = format!("sqlite://{}/instances.db", dir.path().display());
        Db::Sqlite { url, _dir: dir }
    }

    fn url(&self) -> &str {
        match self {
            Db::Postgres(schema) => &schema.url,
            Db::Sqlite { url, .. } => url,
        }
    }

    async fn drop_db(self) {
        if let Db::Postgres(schema) = self {
            schema.drop_schema().await;
        }
    }
}

/// The store an instance runs on, noting which jobs its scheduler claimed
/// (id and the claim's attempt count). With `hang_before_job = Some(n)` the
/// instance's `n + 1`-th job never starts: its scheduler hangs holding the
/// rest of its claimed batch. Everything else passes through.
struct Watched {
    inner: storage::SqlStore,
    claims: Mutex<Vec<(i64, u32)>>,
    hang_before_job: Option<usize>,
    begun: AtomicUsize,
    /// Notified when the scheduler hangs.
    hung: Arc<Notify>,
}

impl Watched {
    fn claimed(&self) -> Vec<(i64, u32)> {
        self.claims.lock().expect("lock").clone()
    }
}

#[async_trait]
impl Store for Watched {
    async fn begin(&self) -> StoreResult<Box<dyn StoreTx>> {
        // Only `Bot::run_job` begins transactions here: one per claimed job.
        let n = self.begun.fetch_add(1, Ordering::SeqCst);
        if self.hang_before_job.is_some_and(|limit| n >= limit) {
            self.hung.notify_one();
            std::future::pending::<()>().await;
        }
        self.inner.begin().await
    }
    async fn claim_outbox(
        &self,
        platform: &str,
        now: Millis,
        lease_ms: i64,
        limit: u32,
    ) -> StoreResult<Vec<OutboxRow>> {
        self.inner
            .claim_outbox(platform, now, lease_ms, limit)
            .await
    }
    async fn mark_delivered(&self, id: i64, now: Millis) -> StoreResult<()> {
        self.inner.mark_delivered(id, now).await
    }
    async fn mark_retry(&self, id: i64, retry_at: Millis, error: &str) -> StoreResult<()> {
        self.inner.mark_retry(id, retry_at, error).await
    }
    async fn mark_failed(&self, id: i64, now: Millis, error: &str) -> StoreResult<()> {
        self.inner.mark_failed(id, now, error).await
    }
    async fn claim_due_jobs(
        &self,
        now: Millis,
        lease_ms: i64,
        limit: u32,
    ) -> StoreResult<Vec<Job>> {
        let jobs = self.inner.claim_due_jobs(now, lease_ms, limit).await?;
        self.claims
            .lock()
            .expect("lock")
            .extend(jobs.iter().map(|job| (job.id, job.attempts)));
        Ok(jobs)
    }
    async fn next_job_due(&self) -> StoreResult<Option<Millis>> {
        self.inner.next_job_due().await
    }
    async fn entries(&self, ids: &[i64]) -> StoreResult<Vec<Entry>> {
        self.inner.entries(ids).await
    }
    async fn entries_page(&self, after_id: i64, limit: u32) -> StoreResult<Vec<Entry>> {
        self.inner.entries_page(after_id, limit).await
    }
    async fn entry_changes(&self, after_seq: i64, limit: u32) -> StoreResult<Vec<(i64, i64)>> {
        self.inner.entry_changes(after_seq, limit).await
    }
    async fn last_entry_change(&self) -> StoreResult<i64> {
        self.inner.last_entry_change().await
    }
    async fn acquire_lease(
        &self,
        name: &str,
        holder: &str,
        now: Millis,
        ttl_ms: i64,
    ) -> StoreResult<bool> {
        self.inner.acquire_lease(name, holder, now, ttl_ms).await
    }
    async fn release_lease(&self, name: &str, holder: &str) -> StoreResult<()> {
        self.inner.release_lease(name, holder).await
    }
    async fn undelivered_count(&self, platform: &str) -> StoreResult<u64> {
        self.inner.undelivered_count(platform).await
    }
}

/// One running instance: its scheduler and delivery tasks.
struct Instance {
    scheduler: JoinHandle<()>,
    delivery: JoinHandle<()>,
    store: Arc<Watched>,
}

/// How an instance is set up.
#[derive(Clone, Default)]
struct Setup {
    scheduler: SchedulerPolicy,
    delivery: DeliveryPolicy,
    /// See [`Watched`].
    hang_before_job: Option<usize>,
}

/// Starts instance `transport.instance` on a pool of its own.
async fn start(
    url: &str,
    transport: Recording,
    setup: &Setup,
    shutdown: &watch::Receiver<bool>,
) -> Instance {
    let watched = Arc::new(Watched {
        inner: storage::connect(url).await.expect("connect"),
        claims: Mutex::new(Vec::new()),
        hang_before_job: setup.hang_before_job,
        begun: AtomicUsize::new(0),
        hung: Arc::new(Notify::new()),
    });
    let store: Arc<dyn Store> = watched.clone();
    let clock: Arc<dyn Clock> = Arc::new(SystemClock);
    let bot = common::bot(store.clone(), clock.clone());
    let worker = DeliveryWorker::new(store, clock, Arc::new(transport), setup.delivery.clone());
    let scheduler = Scheduler::new(bot.clone(), setup.scheduler.clone());
    // As the binary wires them: both wake on every commit that wrote messages.
    let scheduler = tokio::spawn(scheduler.run(bot.outbox_signal(), shutdown.clone()));
    let delivery = tokio::spawn(worker.run(bot.outbox_signal(), shutdown.clone()));
    Instance {
        scheduler,
        delivery,
        store: watched,
    }
}

/// `pairs` active pairs and `sessions` confirmed sessions whose one-hour
/// reminders came due in the last minute, so that every one is still useful
/// (before the session, within the grace) while the test runs.
async fn programme(url: &str, pairs: usize, sessions: usize) -> (Vec<SeedPair>, Vec<SeedSession>) {
    let store = storage::connect(url).await.expect("connect");
    let now = SystemClock.now_ms();
    let seeded_pairs = common::seed_pairs(&store, pairs, now).await;
    let starts: Vec<_> = (0..sessions)
        .map(|n| {
            // Due between 60 s and 30 s ago, in order of n.
            let due = now - 60_000 + (n as i64 * 30_000 / sessions as i64);
            due + 60 * MINUTE_MS
        })
        .collect();
    let seeded = common::seed_sessions(&store, &seeded_pairs, &starts, &[60], now).await;
    assert!(seeded.iter().all(|s| s.reminders[0].1 <= now));
    store.close().await;
    (seeded_pairs, seeded)
}

/// Waits until every job is done and no message is left to deliver.
async fn settle(url: &str, log: &SentLog) {
    // Generous: only a hung instance would take this long.
    let deadline = Duration::from_secs(120);
    let store = storage::connect(url).await.expect("connect");
    let started = Instant::now();
    loop {
        let next = store.next_job_due().await.expect("next job");
        let left = store.undelivered_count(PLATFORM).await.expect("count");
        if next.is_none() && left == 0 {
            break;
        }
        assert!(
            started.elapsed() < deadline,
            "not settled after {deadline:?}: next job due {next:?}, {left} messages undelivered, {} sent",
            log.len()
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    store.close().await;
}

/// Who should get what: (account, session) for both people of every session.
fn expected(pairs: &[SeedPair], sessions: &[SeedSession]) -> HashSet<(String, i64)> {
    sessions
        .iter()
        .flat_map(|s| {
            pairs[s.pair]
                .accounts
                .iter()
                .map(move |account| (account.clone(), s.id))
        })
        .collect()
}

/// Deliveries per (account, session), with the keys they carried.
fn by_message(log: &SentLog) -> HashMap<(String, i64), Vec<String>> {
    let mut messages: HashMap<(String, i64), Vec<String>> = HashMap::new();
    for sent in log.all() {
        let session = sent
            .session
            .unwrap_or_else(|| panic!("not a session reminder: {sent:?}"));
        messages
            .entry((sent.account, session))
            .or_default()
            .push(sent.key);
    }
    messages
}

fn per_instance(log: &SentLog) -> BTreeMap<usize, usize> {
    let mut counts = BTreeMap::new();
    for sent in log.all() {
        *counts.entry(sent.instance).or_insert(0) += 1;
    }
    counts
}

/// Every expected message arrived, and nothing else did.
fn assert_all_delivered(
    want: &HashSet<(String, i64)>,
    messages: &HashMap<(String, i64), Vec<String>>,
) {
    let got: HashSet<_> = messages.keys().cloned().collect();
    let missing: Vec<_> = want.difference(&got).take(10).collect();
    let unexpected: Vec<_> = got.difference(want).take(10).collect();
    assert!(missing.is_empty(), "never delivered: {missing:?}");
    assert!(
        unexpected.is_empty(),
        "delivered but not expected: {unexpected:?}"
    );
}

async fn stop(shutdown: watch::Sender<bool>, instances: Vec<Instance>) {
    shutdown.send(true).expect("instances listen");
    for instance in instances {
        for task in [instance.scheduler, instance.delivery] {
            tokio::time::timeout(Duration::from_secs(10), task)
                .await
                .expect("an instance stops when told")
                .expect("the task did not panic");
        }
    }
}

/// `instances` instances with the default policies on one database with
/// `sessions` due reminders (two messages each): every message is sent once,
/// under one key, and every job is claimed once by one instance.
async fn exactly_once(db: Db, label: &str, instances: usize, pairs: usize, sessions: usize) {
    let url = db.url().to_owned();
    let (pairs, sessions) = programme(&url, pairs, sessions).await;
    let want = expected(&pairs, &sessions);
    assert_eq!(want.len(), 2 * sessions.len());

    let log = Arc::new(SentLog::default());
    let (shutdown, listen) = watch::channel(false);
    let started = Instant::now();
    let mut running = Vec::new();
    for n in 0..instances {
        let transport = Recording::new(n, log.clone(), Arc::new(SystemClock));
        running.push(start(&url, transport, &Setup::default(), &listen).await);
    }
    settle(&url, &log).await;
    let took = started.elapsed();
    let claims: Vec<Vec<(i64, u32)>> = running.iter().map(|i| i.store.claimed()).collect();
    stop(shutdown, running).await;

    let messages = by_message(&log);
    let twice: Vec<_> = messages.iter().filter(|(_, keys)| keys.len() > 1).collect();
    eprintln!(
        "{label}, {instances} instances: {} jobs, {} messages in {took:.2?}; jobs claimed per \
         instance {:?}; sent per instance {:?}; keys sent twice: {}; messages sent twice: {}",
        sessions.len(),
        log.len(),
        claims.iter().map(Vec::len).collect::<Vec<_>>(),
        per_instance(&log),
        log.duplicate_keys(),
        twice.len()
    );
    assert_eq!(log.duplicate_keys(), 0, "an idempotency key was sent twice");
    assert!(twice.is_empty(), "sent more than once: {twice:?}");
    assert_all_delivered(&want, &messages);
    assert_eq!(log.len(), want.len());
    // Each job was claimed once, by one instance: no claim ran out or was shared.
    let all_claims: Vec<_> = claims.concat();
    let distinct: HashSet<_> = all_claims.iter().map(|(id, _)| *id).collect();
    assert_eq!(all_claims.len(), sessions.len(), "a job was claimed twice");
    assert_eq!(distinct.len(), sessions.len());
    assert!(all_claims.iter().all(|(_, attempts)| *attempts == 1));
    db.drop_db().await;
}

/// Instance 0 runs alone with short leases and dies in the middle: its
/// scheduler hangs before the 11th job of its first batch of 20 (so it dies
/// holding a claim on 10 jobs it never ran), and its delivery worker hangs
/// on its 15th message after sending it (so it dies holding that message and
/// the rest of its batch, sent but not marked). Its tasks are then aborted
/// and its pool dropped, and two other instances take over. Nothing is lost:
/// every expected message is delivered, the dead instance's claimed jobs are
/// run by the others once its claims ran out, and the only message sent
/// twice is the one in flight, under the same key both times (so the
/// platform drops the copy).
async fn nothing_lost(db: Db, label: &str, pairs: usize, sessions: usize) {
    const BATCH: u32 = 20;
    const JOBS_BEFORE_DEATH: usize = 10;
    const SENDS_BEFORE_DEATH: usize = 14;
    let url = db.url().to_owned();
    let (pairs, sessions) = programme(&url, pairs, sessions).await;
    let want = expected(&pairs, &sessions);

    // Short leases, so that what the dead instance held comes back soon.
    let setup = Setup {
        scheduler: SchedulerPolicy {
            lease_ms: 2_000,
            batch: BATCH,
            ..SchedulerPolicy::default()
        },
        delivery: DeliveryPolicy {
            lease_ms: 2_000,
            batch: BATCH,
            ..DeliveryPolicy::default()
        },
        hang_before_job: None,
    };
    let log = Arc::new(SentLog::default());
    let (shutdown, listen) = watch::channel(false);
    let started = Instant::now();

    let mut doomed = Recording::new(0, log.clone(), Arc::new(SystemClock));
    doomed.hang_after = Some(SENDS_BEFORE_DEATH);
    let delivery_hung = doomed.hung.clone();
    let doomed = start(
        &url,
        doomed,
        &Setup {
            hang_before_job: Some(JOBS_BEFORE_DEATH),
            ..setup.clone()
        },
        &listen,
    )
    .await;
    // Its first 10 jobs wrote 20 messages, so both hangs come.
    let scheduler_hung = doomed.store.hung.clone();
    tokio::time::timeout(Duration::from_secs(60), scheduler_hung.notified())
        .await
        .expect("instance 0 reaches its 11th job");
    tokio::time::timeout(Duration::from_secs(60), delivery_hung.notified())
        .await
        .expect("instance 0 reaches its 15th message");
    // It dies: both of its tasks stop where they hang, and its pool goes with them.
    doomed.scheduler.abort();
    doomed.delivery.abort();
    assert!(doomed.scheduler.await.is_err_and(|e| e.is_cancelled()));
    assert!(doomed.delivery.await.is_err_and(|e| e.is_cancelled()));
    let died_after = started.elapsed();
    let claimed_by_doomed = doomed.store.claimed();
    drop(doomed.store);
    let sent_by_doomed = log.all();
    assert_eq!(claimed_by_doomed.len(), BATCH as usize, "one batch claimed");
    assert_eq!(sent_by_doomed.len(), SENDS_BEFORE_DEATH + 1);
    let in_flight = sent_by_doomed
        .last()
        .map(|sent| sent.key.clone())
        .expect("instance 0 sent");

    let survivors = vec![
        start(
            &url,
            Recording::new(1, log.clone(), Arc::new(SystemClock)),
            &setup,
            &listen,
        )
        .await,
        start(
            &url,
            Recording::new(2, log.clone(), Arc::new(SystemClock)),
            &setup,
            &listen,
        )
        .await,
    ];
    settle(&url, &log).await;
    let took = started.elapsed();
    let claimed_by_survivors: Vec<(i64, u32)> =
        survivors.iter().flat_map(|i| i.store.claimed()).collect();
    stop(shutdown, survivors).await;

    let messages = by_message(&log);
    let twice: Vec<_> = messages.iter().filter(|(_, keys)| keys.len() > 1).collect();
    // Jobs instance 0 had claimed that a survivor claimed again once the
    // claim ran out (the claim counts as another attempt).
    let doomed_ids: HashSet<i64> = claimed_by_doomed.iter().map(|(id, _)| *id).collect();
    let reclaimed: HashSet<i64> = claimed_by_survivors
        .iter()
        .filter(|(id, attempts)| doomed_ids.contains(id) && *attempts > 1)
        .map(|(id, _)| *id)
        .collect();
    let run_by_doomed: HashSet<i64> = claimed_by_doomed[..JOBS_BEFORE_DEATH]
        .iter()
        .map(|(id, _)| *id)
        .collect();
    eprintln!(
        "{label}: instance 0 died after {died_after:.2?}; all {} messages delivered after \
         {took:.2?}; sent per instance {:?}; messages sent twice: {} (keys sent twice: {}); \
         jobs instance 0 claimed: {}, of them claimed again by the survivors: {}",
        want.len(),
        per_instance(&log),
        twice.len(),
        log.duplicate_keys(),
        claimed_by_doomed.len(),
        reclaimed.len()
    );
    assert_all_delivered(&want, &messages);
    // A message sent twice is one resent after its sender died between
    // sending and marking it: the same row, so the same key.
    for (message, keys) in &twice {
        assert!(
            keys.iter().all(|key| key == &keys[0]),
            "{message:?} was sent twice under different keys (two outbox rows): {keys:?}"
        );
    }
    assert_eq!(
        log.len() - log.duplicate_keys(),
        want.len(),
        "one distinct key per expected message"
    );
    // The message in flight when instance 0 died went out again.
    assert!(
        log.all()
            .iter()
            .any(|sent| sent.instance != 0 && sent.key == in_flight),
        "the message in flight when instance 0 died ({in_flight}) was resent by a survivor"
    );
    // The 10 jobs instance 0 held but never ran were run by the survivors
    // after its claim ran out; the 10 it ran were not run again.
    let held: HashSet<i64> = doomed_ids.difference(&run_by_doomed).copied().collect();
    assert_eq!(
        reclaimed, held,
        "the dead instance's held jobs were claimed again"
    );
    assert!(
        claimed_by_survivors
            .iter()
            .all(|(id, _)| !run_by_doomed.contains(id)),
        "a job instance 0 finished was claimed again"
    );
    db.drop_db().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn three_instances_on_postgres_deliver_every_reminder_exactly_once() {
    let Some(db) = Db::postgres().await else {
        return;
    };
    exactly_once(db, "PostgreSQL", 3, 200, 2_000).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn three_instances_on_sqlite_deliver_every_reminder_exactly_once() {
    exactly_once(Db::sqlite(), "SQLite", 3, 100, 1_000).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn nothing_is_lost_when_an_instance_dies_mid_run_on_postgres() {
    let Some(db) = Db::postgres().await else {
        return;
    };
    nothing_lost(db, "PostgreSQL", 100, 600).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn nothing_is_lost_when_an_instance_dies_mid_run_on_sqlite() {
    nothing_lost(Db::sqlite(), "SQLite", 100, 600).await;
}

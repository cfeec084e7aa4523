//! Several bot instances on one PostgreSQL: every reminder is delivered
//! exactly once while all of them live, and nothing is lost when one of them
//! dies in the middle of firing jobs and delivering messages.
//!
//! Each instance has its own pool (`storage::connect`), its own `Bot`, and runs
//! the real `Scheduler::run` and `DeliveryWorker::run` on the system clock.
//! Skipped (with a message) when no PostgreSQL is reachable at
//! `MENTOR_CLOUD_TEST_PG`, a failure under `CI=true`.

mod common;

use std::collections::{BTreeMap, HashMap, HashSet};
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
use tokio::sync::watch;
use tokio::task::JoinHandle;

/// The store an instance runs on, noting which jobs its scheduler claimed
/// (id and the claim's attempt count). Everything else passes through.
struct Watched {
    inner: storage::SqlStore,
    claims: Mutex<Vec<(i64, u32)>>,
}

impl Watched {
    fn claimed(&self) -> Vec<(i64, u32)> {
        self.claims.lock().expect("lock").clone()
    }
}

#[async_trait]
impl Store for Watched {
    async fn begin(&self) -> StoreResult<Box<dyn StoreTx>> {
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
    transport: Arc<Recording>,
    store: Arc<Watched>,
}

async fn start(
    url: &str,
    n: usize,
    transport: Recording,
    scheduler_policy: SchedulerPolicy,
    delivery_policy: DeliveryPolicy,
    shutdown: &watch::Receiver<bool>,
) -> Instance {
    let watched = Arc::new(Watched {
        inner: storage::connect(url).await.expect("connect"),
        claims: Mutex::new(Vec::new()),
    });
    let store: Arc<dyn Store> = watched.clone();
    let clock: Arc<dyn Clock> = Arc::new(SystemClock);
    let bot = common::bot(store.clone(), clock.clone());
    let transport = Arc::new(transport);
    assert_eq!(transport.instance, n);
    let worker = DeliveryWorker::new(store, clock, transport.clone(), delivery_policy);
    let scheduler = Scheduler::new(bot.clone(), scheduler_policy);
    // As the binary wires them: both wake on every commit that wrote messages.
    let scheduler = tokio::spawn(scheduler.run(bot.outbox_signal(), shutdown.clone()));
    let delivery = tokio::spawn(worker.run(bot.outbox_signal(), shutdown.clone()));
    Instance {
        scheduler,
        delivery,
        transport,
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
async fn settle(url: &str, deadline: Duration, log: &SentLog) {
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

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn three_instances_deliver_every_reminder_exactly_once() {
    let Some(schema) = PgSchema::create().await else {
        return;
    };
    let (pairs, sessions) = programme(&schema.url, 300, 3_000).await;
    let want = expected(&pairs, &sessions);
    assert_eq!(want.len(), 6_000);

    let log = Arc::new(SentLog::default());
    let (shutdown, listen) = watch::channel(false);
    let started = Instant::now();
    let mut instances = Vec::new();
    for n in 0..3 {
        let transport = Recording::new(n, log.clone(), Arc::new(SystemClock));
        instances.push(
            start(
                &schema.url,
                n,
                transport,
                SchedulerPolicy::default(),
                DeliveryPolicy::default(),
                &listen,
            )
            .await,
        );
    }
    settle(&schema.url, Duration::from_secs(120), &log).await;
    let took = started.elapsed();
    let claims: Vec<Vec<(i64, u32)>> = instances.iter().map(|i| i.store.claimed()).collect();
    stop(shutdown, instances).await;

    let messages = by_message(&log);
    let twice: Vec<_> = messages.iter().filter(|(_, keys)| keys.len() > 1).collect();
    eprintln!(
        "3 instances: {} jobs, {} messages in {took:.2?}; jobs claimed per instance {:?}; \
         sent per instance {:?}; keys sent twice: {}; messages sent twice: {}",
        sessions.len(),
        log.len(),
        claims.iter().map(Vec::len).collect::<Vec<_>>(),
        per_instance(&log),
        log.duplicate_keys(),
        twice.len()
    );
    assert_eq!(log.duplicate_keys(), 0, "an idempotency key was sent twice");
    assert!(twice.is_empty(), "sent more than once: {twice:?}");
    let got: HashSet<_> = messages.keys().cloned().collect();
    let missing: Vec<_> = want.difference(&got).take(10).collect();
    let unexpected: Vec<_> = got.difference(&want).take(10).collect();
    assert!(missing.is_empty(), "never delivered: {missing:?}");
    assert!(
        unexpected.is_empty(),
        "delivered but not expected: {unexpected:?}"
    );
    assert_eq!(log.len(), want.len());
    // Each job was claimed once, by one instance: no claim ran out or was shared.
    let all_claims: Vec<_> = claims.concat();
    let distinct: HashSet<_> = all_claims.iter().map(|(id, _)| *id).collect();
    assert_eq!(all_claims.len(), sessions.len(), "a job was claimed twice");
    assert_eq!(distinct.len(), sessions.len());
    assert!(all_claims.iter().all(|(_, attempts)| *attempts == 1));
    schema.drop_schema().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn nothing_is_lost_when_an_instance_dies_mid_delivery() {
    let Some(schema) = PgSchema::create().await else {
        return;
    };
    let (pairs, sessions) = programme(&schema.url, 200, 2_000).await;
    let want = expected(&pairs, &sessions);

    // Short leases, so that what the dead instance held comes back soon.
    let scheduler_policy = SchedulerPolicy {
        lease_ms: 1_500,
        ..SchedulerPolicy::default()
    };
    let delivery_policy = DeliveryPolicy {
        lease_ms: 1_500,
        ..DeliveryPolicy::default()
    };
    let log = Arc::new(SentLog::default());
    let (shutdown, listen) = watch::channel(false);
    let started = Instant::now();

    // Instance 0 sends 150 messages; the 151st goes out, and then the
    // instance hangs before it can mark it delivered.
    let mut doomed = Recording::new(0, log.clone(), Arc::new(SystemClock));
    doomed.hang_after = Some(150);
    let hung = doomed.hung.clone();
    let doomed = start(
        &schema.url,
        0,
        doomed,
        scheduler_policy.clone(),
        delivery_policy.clone(),
        &listen,
    )
    .await;
    let survivor = start(
        &schema.url,
        1,
        Recording::new(1, log.clone(), Arc::new(SystemClock)),
        scheduler_policy,
        delivery_policy,
        &listen,
    )
    .await;

    tokio::time::timeout(Duration::from_secs(60), hung.notified())
        .await
        .expect("instance 0 reaches its 151st message");
    // It dies: both of its tasks stop wherever they are (the scheduler most
    // likely inside a job's transaction), and its pool goes with them.
    doomed.scheduler.abort();
    doomed.delivery.abort();
    let died_after = started.elapsed();
    let sent_by_doomed = doomed
        .transport
        .sent
        .load(std::sync::atomic::Ordering::SeqCst);
    assert!(doomed.scheduler.await.is_err_and(|e| e.is_cancelled()));
    assert!(doomed.delivery.await.is_err_and(|e| e.is_cancelled()));
    drop(doomed.transport);
    let claimed_by_doomed: HashSet<i64> =
        doomed.store.claimed().iter().map(|(id, _)| *id).collect();
    // The last handle on its pool: its connections close.
    drop(doomed.store);

    settle(&schema.url, Duration::from_secs(120), &log).await;
    let took = started.elapsed();
    let claimed_by_survivor = survivor.store.claimed();
    stop(shutdown, vec![survivor]).await;

    let messages = by_message(&log);
    let got: HashSet<_> = messages.keys().cloned().collect();
    let missing: Vec<_> = want.difference(&got).take(10).collect();
    let unexpected: Vec<_> = got.difference(&want).take(10).collect();
    let twice: Vec<_> = messages.iter().filter(|(_, keys)| keys.len() > 1).collect();
    // Jobs instance 0 had claimed that the survivor claimed again once the
    // claim ran out (the claim counts as a second attempt).
    let reclaimed_jobs: HashSet<i64> = claimed_by_survivor
        .iter()
        .filter(|(id, attempts)| claimed_by_doomed.contains(id) && *attempts > 1)
        .map(|(id, _)| *id)
        .collect();
    eprintln!(
        "instance 0 died after {died_after:.2?} having sent {sent_by_doomed}; all {} messages \
         delivered after {took:.2?}; sent per instance {:?}; sent twice: {} (keys sent twice: {}); \
         jobs instance 0 claimed: {}, of them claimed again by the survivor: {}",
        want.len(),
        per_instance(&log),
        twice.len(),
        log.duplicate_keys(),
        claimed_by_doomed.len(),
        reclaimed_jobs.len()
    );
    assert!(missing.is_empty(), "lost: {missing:?}");
    assert!(
        unexpected.is_empty(),
        "delivered but not expected: {unexpected:?}"
    );
    // A message sent twice is one resent after its sender died between
    // sending and marking it: the same row, so the same key, which lets the
    // platform drop the second copy.
    for (message, keys) in &twice {
        assert!(
            keys.iter().all(|key| key == &keys[0]),
            "{message:?} was sent twice under different keys (two outbox rows): {keys:?}"
        );
    }
    // The message that was in flight when instance 0 hung went out and was
    // then delivered again by the survivor.
    assert!(
        !twice.is_empty(),
        "the message in flight when instance 0 died is resent"
    );
    assert_eq!(
        log.len() - log.duplicate_keys(),
        want.len(),
        "one distinct key per expected message"
    );
    // Instance 0 held claimed jobs when it died; the survivor ran them.
    assert!(
        !reclaimed_jobs.is_empty(),
        "jobs claimed by the dead instance were run by the survivor"
    );
    schema.drop_schema().await;
}

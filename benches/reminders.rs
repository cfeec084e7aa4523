//! Reminders benchmark: 100,000 scheduled sessions, how long finding and
//! firing due jobs takes, and how late a reminder is delivered at worst.
//! Target (DESIGN.md, quality bars): every reminder within one second of its time.
//!
//! How to run (always optimised; takes a few minutes, most of it seeding):
//!
//!     cargo bench --bench reminders
//!
//! SQLite always (a file in a temporary directory); PostgreSQL too when one is
//! reachable at `MENTOR_CLOUD_TEST_PG` (default
//! `postgres://postgres@127.0.0.1:5432/test`), in a fresh schema that is
//! dropped afterwards. Knobs (environment):
//!
//!     REMINDERS_BACKENDS=sqlite,postgres   which backends
//!     REMINDERS_SESSIONS=100000            sessions seeded (two reminders each: 24 h and 1 h before)
//!     REMINDERS_PAIRS=10000                active pairs they belong to
//!     REMINDERS_FIRE=20000                 jobs fired for the throughput figure
//!     REMINDERS_BURST=2000                 reminders due at one instant (lateness, real clock)
//!     REMINDERS_SPREAD=2000                reminders due over REMINDERS_SPREAD_MS (default 5000)
//!     REMINDERS_SQLITE_INSTANCES=2         also measure lateness with this many instances on SQLite
//!     REMINDERS_PG_INSTANCES=3             also measure lateness with this many instances on PostgreSQL
//!
//! What is measured, per backend:
//!
//! (a) finding: with every reminder pending (200,000 jobs), the latency of
//!     `Store::next_job_due`, of an idle `claim_due_jobs` (nothing due: what
//!     the scheduler pays on every poll) and of a claim of a full batch of 100;
//! (b) firing: jobs/s through `Scheduler::run_due` (i.e. `Bot::run_job`: the
//!     reminder's reads, two outbox rows and the job's completion in one
//!     transaction), stepping a manual clock from one due time to the next
//!     the way the virtual clock does; then messages/s through
//!     `DeliveryWorker::drain` with a transport that does nothing;
//! (c) lateness: on the system clock, one instance (`Scheduler::run` and
//!     `DeliveryWorker::run` with the default policies, wired as the binary
//!     wires them), then several (each with a pool of its own), run on the
//!     same database while reminders come due: a burst all at one instant,
//!     then a run spread over a few seconds. Lateness = when the transport
//!     was handed the message − the reminder's due time; throughput =
//!     messages / (last delivery − first due time).

#[path = "../tests/common/mod.rs"]
mod common;

use std::sync::Arc;
use std::time::{Duration, Instant};

use bot_core::clock::{ManualClock, SystemClock};
use bot_core::delivery::{DeliveryPolicy, DeliveryWorker};
use bot_core::ports::{Clock, Store};
use bot_core::scheduler::{Scheduler, SchedulerPolicy};
use common::{MINUTE_MS, PLATFORM, Recording, SeedPair, SentLog, percentile};
use tokio::sync::watch;

const HOUR_MS: i64 = 60 * MINUTE_MS;
const DAY_MS: i64 = 24 * HOUR_MS;

fn env_usize(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.replace('_', "").parse().ok())
        .unwrap_or(default)
}

fn load() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|l| l.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_else(|_| "?".into())
}

/// p50 / p99 / max of durations, in milliseconds.
fn summary(mut samples: Vec<Duration>) -> String {
    samples.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    let at = |p: f64| {
        let rank = ((p / 100.0) * samples.len() as f64).ceil() as usize;
        samples[rank.clamp(1, samples.len()) - 1]
    };
    format!(
        "p50 {:.3} ms, p99 {:.3} ms, max {:.3} ms",
        ms(at(50.0)),
        ms(at(99.0)),
        ms(*samples.last().expect("samples"))
    )
}

async fn time_n<F, Fut, T>(n: usize, mut f: F) -> Vec<Duration>
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = T>,
{
    let mut samples = Vec::with_capacity(n);
    for _ in 0..n {
        let started = Instant::now();
        std::hint::black_box(f().await);
        samples.push(started.elapsed());
    }
    samples
}

struct Knobs {
    sessions: usize,
    pairs: usize,
    fire: usize,
    burst: usize,
    spread: usize,
    spread_ms: i64,
    sqlite_instances: usize,
    pg_instances: usize,
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    // `cargo bench` passes `--bench`; nothing else is understood.
    let knobs = Knobs {
        sessions: env_usize("REMINDERS_SESSIONS", 100_000),
        pairs: env_usize("REMINDERS_PAIRS", 10_000),
        fire: env_usize("REMINDERS_FIRE", 20_000),
        burst: env_usize("REMINDERS_BURST", 2_000),
        spread: env_usize("REMINDERS_SPREAD", 2_000),
        spread_ms: env_usize("REMINDERS_SPREAD_MS", 5_000) as i64,
        sqlite_instances: env_usize("REMINDERS_SQLITE_INSTANCES", 2),
        pg_instances: env_usize("REMINDERS_PG_INSTANCES", 3),
    };
    let backends = std::env::var("REMINDERS_BACKENDS").unwrap_or_else(|_| "sqlite,postgres".into());
    println!(
        "reminders benchmark: {} sessions in {} pairs, {} cores, load {}",
        knobs.sessions,
        knobs.pairs,
        std::thread::available_parallelism().map_or(0, |n| n.get()),
        load()
    );
    if backends.contains("sqlite") {
        let dir = tempfile::tempdir().expect("temp dir");
        let url = format!("sqlite://{}/bench.db", dir.path().display());
        run("SQLite", &url, &knobs, knobs.sqlite_instances).await;
    }
    if backends.contains("postgres") {
        match storage::testing::PgSchema::create().await {
            Some(schema) => {
                run("PostgreSQL", &schema.url, &knobs, knobs.pg_instances).await;
                schema.drop_schema().await;
            }
            None => println!("\nPostgreSQL: skipped (no server at MENTOR_CLOUD_TEST_PG)"),
        }
    }
}

async fn run(label: &str, url: &str, knobs: &Knobs, more_instances: usize) {
    println!("\n== {label} == (load {})", load());
    let store: Arc<dyn Store> = Arc::new(storage::connect(url).await.expect("connect"));
    let real_now = SystemClock.now_ms();
    // The seeded week lies a month ahead, so the real clock never reaches it.
    let t0 = (real_now + 30 * DAY_MS) / HOUR_MS * HOUR_MS;

    // ---- seeding: sessions on the half hour across a week, as people book them
    let started = Instant::now();
    let pairs = common::seed_pairs(store.as_ref(), knobs.pairs, real_now).await;
    let slots = 7 * 48;
    let starts: Vec<_> = (0..knobs.sessions)
        .map(|n| t0 + 25 * HOUR_MS + (n * slots / knobs.sessions) as i64 * 30 * MINUTE_MS)
        .collect();
    let sessions =
        common::seed_sessions(store.as_ref(), &pairs, &starts, &[24 * 60, 60], real_now).await;
    let jobs = sessions.len() * 2;
    println!(
        "seeded {} pairs, {} sessions, {jobs} reminder jobs in {:.1?}",
        pairs.len(),
        sessions.len(),
        started.elapsed()
    );
    // The instant at which the first 100 jobs are due.
    let mut due_times: Vec<_> = sessions
        .iter()
        .flat_map(|s| s.reminders.iter().map(|r| r.1))
        .collect();
    due_times.sort_unstable();
    let first_due = due_times[99.min(due_times.len() - 1)];

    // ---- (a) finding
    let n = 300;
    let next = time_n(n, || async { store.next_job_due().await.expect("next") }).await;
    let idle = time_n(n, || async {
        let claimed = store.claim_due_jobs(t0, 60_000, 100).await.expect("claim");
        assert!(claimed.is_empty());
    })
    .await;
    // A lease of 0 leaves the batch claimable again at the same instant, so
    // each call claims the same 100 earliest jobs.
    let full = time_n(n, || async {
        let claimed = store
            .claim_due_jobs(first_due, 0, 100)
            .await
            .expect("claim");
        assert!(claimed.len() >= 100.min(jobs));
    })
    .await;
    println!("(a) finding, {jobs} jobs pending:");
    println!(
        "    next_job_due                    {}",
        summary(next.clone())
    );
    println!("    claim_due_jobs, nothing due     {}", summary(idle));
    println!(
        "    claim_due_jobs, batch of 100    {}",
        summary(full.clone())
    );
    let mut pass: Vec<_> = next.iter().zip(&full).map(|(a, b)| *a + *b).collect();
    pass.sort();
    println!("    next_job_due + full claim       {}", summary(pass));

    // ---- (b) firing and delivering
    let clock = Arc::new(ManualClock::new(t0));
    let bot = common::bot(store.clone(), clock.clone());
    let scheduler = Scheduler::new(bot.clone(), SchedulerPolicy::default());
    let mut fired = 0;
    let mut firing = Duration::ZERO;
    let mut steps = 0;
    while fired < knobs.fire {
        let started = Instant::now();
        let Some(next) = store.next_job_due().await.expect("next") else {
            break;
        };
        clock.set(next);
        fired += scheduler.run_due().await.expect("run due");
        firing += started.elapsed();
        steps += 1;
    }
    let queued = store.undelivered_count(PLATFORM).await.expect("count");
    let log = Arc::new(SentLog::default());
    let noop = Arc::new(Recording::new(0, log.clone(), clock.clone()));
    let worker = DeliveryWorker::new(
        store.clone(),
        clock.clone(),
        noop,
        DeliveryPolicy::default(),
    );
    let started = Instant::now();
    let delivered = worker.drain().await.expect("drain");
    let delivering = started.elapsed();
    assert_eq!(delivered as u64, queued);
    assert_eq!(log.len(), delivered);
    println!("(b) firing on a manual clock, {steps} due instants:");
    println!(
        "    {fired} jobs in {:.2?}: {:.0} jobs/s ({:.3} ms a job), {queued} messages queued",
        firing,
        fired as f64 / firing.as_secs_f64(),
        firing.as_secs_f64() * 1e3 / fired as f64
    );
    println!(
        "    delivered {delivered} messages in {:.2?}: {:.0} messages/s (transport does nothing)",
        delivering,
        delivered as f64 / delivering.as_secs_f64()
    );

    // ---- (c) lateness on the real clock, with the rest of the week still pending
    let sizes = [1, more_instances];
    for (i, &instances) in sizes.iter().enumerate() {
        if i > 0 && instances <= 1 {
            break;
        }
        let burst = lateness(url, &store, &pairs, instances, knobs.burst, 0, i * 2).await;
        let spread = lateness(
            url,
            &store,
            &pairs,
            instances,
            knobs.spread,
            knobs.spread_ms,
            i * 2 + 1,
        )
        .await;
        println!("(c) lateness, {instances} instance(s) on the system clock (delivered − due):");
        println!("    {} due at one instant:   {burst}", knobs.burst);
        println!(
            "    {} due over {:.1} s:      {spread}",
            knobs.spread,
            knobs.spread_ms as f64 / 1e3
        );
    }
    println!("(load now {})", load());
}

/// Starts `instances` instances (the first on `store`, the others on pools of
/// their own), then schedules `count` reminders due from a few seconds from
/// now over `over_ms`, waits until all their messages are delivered, and
/// describes how late they were.
async fn lateness(
    url: &str,
    store: &Arc<dyn Store>,
    pairs: &[SeedPair],
    instances: usize,
    count: usize,
    over_ms: i64,
    round: usize,
) -> String {
    let clock: Arc<dyn Clock> = Arc::new(SystemClock);
    let log = Arc::new(SentLog::default());
    let (shutdown, listen) = watch::channel(false);
    let mut tasks = Vec::new();
    for n in 0..instances {
        let store: Arc<dyn Store> = if n == 0 {
            store.clone()
        } else {
            Arc::new(storage::connect(url).await.expect("connect"))
        };
        let bot = common::bot(store.clone(), clock.clone());
        let transport = Arc::new(Recording::new(n, log.clone(), clock.clone()));
        let worker =
            DeliveryWorker::new(store, clock.clone(), transport, DeliveryPolicy::default());
        let scheduler = Scheduler::new(bot.clone(), SchedulerPolicy::default());
        tasks.push(tokio::spawn(
            scheduler.run(bot.outbox_signal(), listen.clone()),
        ));
        tasks.push(tokio::spawn(
            worker.run(bot.outbox_signal(), listen.clone()),
        ));
    }

    // Far enough ahead for the inserts to be committed before the first is due.
    let lead = 4_000;
    let now = clock.now_ms();
    let first = now + lead;
    let starts: Vec<_> = (0..count)
        .map(|n| first + (n as i64 * over_ms / count.max(1) as i64) + HOUR_MS)
        .collect();
    // Pairs of their own, so that no two rounds remind the same session.
    let share = pairs.len() / 8;
    let mine = &pairs[round * share..(round + 1) * share];
    let sessions = common::seed_sessions(store.as_ref(), mine, &starts, &[60], now).await;
    let seeded_by = clock.now_ms();
    let due: std::collections::HashMap<i64, i64> =
        sessions.iter().map(|s| (s.id, s.reminders[0].1)).collect();

    let deadline =
        Instant::now() + Duration::from_millis((lead + over_ms) as u64) + Duration::from_secs(120);
    while log.len() < 2 * count && Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    shutdown.send(true).expect("listening");
    for task in tasks {
        task.await.expect("stopped");
    }
    let sent = log.all();
    let mut late: Vec<i64> = sent
        .iter()
        .filter_map(|s| Some(s.at - due.get(&s.session?)?))
        .collect();
    late.sort_unstable();
    let within = late.iter().filter(|&&l| l <= 1_000).count();
    let last_sent = sent.iter().map(|s| s.at).max().unwrap_or(first);
    let span_ms = (last_sent - first).max(1);
    let overran = if seeded_by > first {
        format!(
            " (seeding ended {} ms after the first was due)",
            seeded_by - first
        )
    } else {
        String::new()
    };
    format!(
        "{} of {} delivered, p50 {} ms, p99 {} ms, max {} ms, {:.1} % within 1 s, \
         {:.0} messages/s{}{}",
        late.len(),
        2 * count,
        percentile(&late, 50.0),
        percentile(&late, 99.0),
        late.last().copied().unwrap_or(0),
        100.0 * within as f64 / late.len().max(1) as f64,
        late.len() as f64 * 1e3 / span_ms as f64,
        if log.duplicate_keys() > 0 {
            format!(", {} sent twice!", log.duplicate_keys())
        } else {
            String::new()
        },
        overran
    )
}

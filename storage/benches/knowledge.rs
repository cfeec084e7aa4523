//! Knowledge search benchmark: 100,000 entries with Zipf-distributed words,
//! how long the index takes to build and how big it is, and the latency of
//! `/ask` retrieval (a two-word query, the best 4). Target (DESIGN.md,
//! quality bars): p99 under 1 ms.
//!
//! How to run (always optimised):
//!
//!     cargo bench -p storage --bench knowledge
//!
//! Knobs (environment):
//!
//!     KNOWLEDGE_ENTRIES=100000   entries generated
//!     KNOWLEDGE_VOCABULARY=50000 distinct words, drawn with Zipf's law (s = 1)
//!     KNOWLEDGE_QUERIES=20000    two-word queries timed (after 1,000 unmeasured)
//!     KNOWLEDGE_SQLITE=1         also load the entries into SQLite and build
//!                                the index from there (0 skips it)
//!
//! What is measured:
//!
//! (a) build: the entries go straight into an `EntryIndex` in a temporary
//!     directory (the code `TantivyIndex` rebuilds with): adding and
//!     committing, then merging into one segment; the directory's size after;
//! (b) search: `EntryIndex::search` for two-word queries drawn from the same
//!     distribution (so frequent words are frequent in queries too), with
//!     the scope of a reader in one pair (2% of the entries are private to
//!     one of 500 pairs), p50/p90/p99/max for k = 4 and k = 10;
//! (c) from SQLite: the entries inserted through `StoreTx::insert_entry`
//!     (one transaction), then `TantivyIndex::open` on that store, which
//!     pages through `Store::entries_page` and builds; then the same queries
//!     through the `KnowledgeIndex` trait, as the core calls it.
//!
//! Every entry is in English, the worst case for posting-list length: in a
//! multilingual corpus each language's fields hold only its share. A query
//! still goes through every language's analyser and fields.

use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use bot_core::model::{Entry, EntryKind, EntrySource, MentorStatus, Person};
use bot_core::ports::{KnowledgeIndex, SearchScope, Store};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use storage::knowledge::{Checkpoint, EntryIndex, TantivyIndex};

type Result<T = ()> = std::result::Result<T, Box<dyn std::error::Error + Send + Sync>>;

const SEED: u64 = 20_240_601;
const PAIRS: i64 = 500;
const PRIVATE_PERCENT: u32 = 2;
const COMPETENCES: [&str; 12] = [
    "finance",
    "marketing",
    "sales",
    "export",
    "leadership",
    "hr",
    "legal",
    "digital",
    "ai.ml",
    "operations",
    "strategy",
    "sustainability",
];

fn env_usize(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.replace('_', "").parse().ok())
        .unwrap_or(default)
}

/// Draws word ranks with probability ∝ 1/rank.
struct Zipf {
    cumulative: Vec<f64>,
}

impl Zipf {
    fn new(n: usize) -> Self {
        let mut total = 0.0;
        let cumulative = (1..=n)
            .map(|rank| {
                total += 1.0 / rank as f64;
                total
            })
            .collect();
        Zipf { cumulative }
    }

    fn sample(&self, rng: &mut impl Rng) -> usize {
        let total = self.cumulative.last().copied().unwrap_or(1.0);
        let x = rng.random::<f64>() * total;
        self.cumulative
            .partition_point(|c| *c < x)
            .min(self.cumulative.len() - 1)
    }
}

/// A distinct, pronounceable word for each rank.
fn word(rank: usize) -> String {
    const SYLLABLES: [&str; 20] = [
        "ka", "lo", "mi", "ne", "su", "ta", "ri", "po", "de", "gu", "ba", "fe", "ji", "ko", "lu",
        "ma", "ni", "sa", "te", "vo",
    ];
    let mut n = rank + SYLLABLES.len();
    let mut word = String::new();
    while n > 0 {
        word.push_str(SYLLABLES[n % SYLLABLES.len()]);
        n /= SYLLABLES.len();
    }
    word
}

fn sentence(words: &[String], zipf: &Zipf, rng: &mut impl Rng, len: usize) -> String {
    let mut text = String::with_capacity(len * 8);
    for i in 0..len {
        if i > 0 {
            text.push(' ');
        }
        text.push_str(&words[zipf.sample(rng)]);
    }
    text
}

fn generate(count: usize, words: &[String], zipf: &Zipf, rng: &mut impl Rng) -> Vec<Entry> {
    (1..=count)
        .map(|id| {
            let title_len = rng.random_range(3..=8);
            let body_len = rng.random_range(40..=200);
            let private = rng.random_range(0..100) < PRIVATE_PERCENT;
            let voted = rng.random_range(0..10) == 0;
            Entry {
                id: id as i64,
                kind: EntryKind::Article,
                title: sentence(words, zipf, rng, title_len),
                body: sentence(words, zipf, rng, body_len),
                language: "en".to_owned(),
                tags: vec![COMPETENCES[rng.random_range(0..COMPETENCES.len())].to_owned()],
                author_id: None,
                anonymous: false,
                source: EntrySource::Imported,
                pair_id: private.then(|| rng.random_range(1..=PAIRS)),
                consent: true,
                hidden: false,
                helpful: if voted { rng.random_range(0..6) } else { 0 },
                not_helpful: if voted { rng.random_range(0..3) } else { 0 },
                created_at: 1_000,
                updated_at: 1_000,
            }
        })
        .collect()
}

fn dir_size(dir: &Path) -> Result<u64> {
    let mut total = 0;
    for item in std::fs::read_dir(dir)? {
        let item = item?;
        if item.file_type()?.is_file() {
            total += item.metadata()?.len();
        }
    }
    Ok(total)
}

fn percentile(sorted: &[Duration], q: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let at = ((sorted.len() - 1) as f64 * q).round() as usize;
    sorted[at.min(sorted.len() - 1)]
}

fn report(label: &str, mut times: Vec<Duration>, hits: usize) {
    times.sort_unstable();
    let micros = |d: Duration| d.as_secs_f64() * 1e6;
    let mean = times.iter().map(|d| micros(*d)).sum::<f64>() / times.len().max(1) as f64;
    println!(
        "  {label:<34} p50 {:>7.1} µs  p90 {:>7.1} µs  p99 {:>7.1} µs  max {:>8.1} µs  mean {:>7.1} µs  ({} queries, {:.2} hits avg)",
        micros(percentile(&times, 0.50)),
        micros(percentile(&times, 0.90)),
        micros(percentile(&times, 0.99)),
        micros(times.last().copied().unwrap_or_default()),
        mean,
        times.len(),
        hits as f64 / times.len().max(1) as f64,
    );
}

fn queries(count: usize, words: &[String], zipf: &Zipf, rng: &mut impl Rng) -> Vec<String> {
    (0..count)
        .map(|_| format!("{} {}", words[zipf.sample(rng)], words[zipf.sample(rng)]))
        .collect()
}

const WARM_UP: usize = 1_000;

fn slowest(index: &EntryIndex, queries: &[String], scope: &SearchScope) -> Result {
    for q in ["xyzzy plugh", "kalo", "deposulo"] {
        let mut again: Vec<Duration> = (0..101)
            .map(|_| {
                let started = Instant::now();
                let _ = index.search(q, scope, 4);
                started.elapsed()
            })
            .collect();
        again.sort_unstable();
        println!("    median {:>8.1} µs  {q}", again[50].as_secs_f64() * 1e6);
    }
    let mut timed = Vec::new();
    for q in queries {
        let started = Instant::now();
        index.search(q, scope, 4)?;
        timed.push((started.elapsed(), q.clone()));
    }
    timed.sort();
    for (t, q) in timed.iter().rev().take(15) {
        // Again, to tell a slow query from a preempted one.
        let mut again: Vec<Duration> = (0..21)
            .map(|_| {
                let started = Instant::now();
                let _ = index.search(q, scope, 4);
                started.elapsed()
            })
            .collect();
        again.sort_unstable();
        println!(
            "    {:>8.1} µs (median of 21 more: {:>8.1} µs)  {q}",
            t.as_secs_f64() * 1e6,
            again[10].as_secs_f64() * 1e6
        );
    }
    Ok(())
}

fn time_sync(
    index: &EntryIndex,
    queries: &[String],
    scope: &SearchScope,
    k: usize,
) -> Result<(Vec<Duration>, usize)> {
    for q in queries.iter().cycle().take(WARM_UP) {
        index.search(q, scope, k)?;
    }
    let mut times = Vec::with_capacity(queries.len());
    let mut hits = 0;
    for q in queries {
        let started = Instant::now();
        let found = index.search(q, scope, k)?;
        times.push(started.elapsed());
        hits += found.len();
    }
    Ok((times, hits))
}

async fn time_trait(
    index: &dyn KnowledgeIndex,
    queries: &[String],
    scope: &SearchScope,
    k: usize,
) -> Result<(Vec<Duration>, usize)> {
    for q in queries.iter().cycle().take(WARM_UP) {
        index.search(q, scope, k).await?;
    }
    let mut times = Vec::with_capacity(queries.len());
    let mut hits = 0;
    for q in queries {
        let started = Instant::now();
        let found = index.search(q, scope, k).await?;
        times.push(started.elapsed());
        hits += found.len();
    }
    Ok((times, hits))
}

fn main() -> Result {
    let count = env_usize("KNOWLEDGE_ENTRIES", 100_000);
    let vocabulary = env_usize("KNOWLEDGE_VOCABULARY", 50_000).max(1);
    let query_count = env_usize("KNOWLEDGE_QUERIES", 20_000).max(1);
    let with_sqlite = env_usize("KNOWLEDGE_SQLITE", 1) != 0;

    let mut rng = ChaCha8Rng::seed_from_u64(SEED);
    let zipf = Zipf::new(vocabulary);
    let words: Vec<String> = (0..vocabulary).map(word).collect();
    let started = Instant::now();
    let entries = generate(count, &words, &zipf, &mut rng);
    let text_bytes: usize = entries.iter().map(|e| e.title.len() + e.body.len()).sum();
    println!(
        "knowledge: {count} entries ({:.1} MB of text, {vocabulary} distinct words, Zipf s = 1), generated in {:.2} s",
        text_bytes as f64 / 1e6,
        started.elapsed().as_secs_f64()
    );
    let queries = queries(query_count, &words, &zipf, &mut rng);
    // A reader in one pair: their pair's entries are in scope, the rest of
    // the private ones are filtered out while collecting.
    let scope = SearchScope { pairs: vec![7] };

    // (a) build, straight from the entries
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("index");
    let index = EntryIndex::open(Some(&path))?;
    let started = Instant::now();
    for chunk in entries.chunks(1_000) {
        index.add(chunk)?;
    }
    index.commit(Checkpoint {
        seq: count as i64,
        entry: Some(count as i64),
    })?;
    let added = started.elapsed();
    let merging = Instant::now();
    index.merge()?;
    let merged = merging.elapsed();
    // Merged-away segments are deleted in the background: give it a moment.
    std::thread::sleep(Duration::from_millis(500));
    println!(
        "build: {:.2} s (add + commit {:.2} s, merge into one segment {:.2} s), {} documents, {:.1} MB on disk",
        started.elapsed().as_secs_f64(),
        added.as_secs_f64(),
        merged.as_secs_f64(),
        index.num_docs(),
        dir_size(&path)? as f64 / 1e6,
    );

    // (b) search
    println!("search (EntryIndex::search, one thread):");
    for k in [4, 10] {
        let (times, hits) = time_sync(&index, &queries, &scope, k)?;
        report(&format!("two words, k = {k}"), times, hits);
    }
    if env_usize("KNOWLEDGE_SLOWEST", 0) != 0 {
        println!(
            "slowest (k = 4); the most frequent words are {:?}:",
            &words[..5]
        );
        slowest(&index, &queries, &scope)?;
    }
    drop(index);

    // (c) through SQLite and the TantivyIndex the bot uses
    if with_sqlite {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()?;
        runtime.block_on(from_sqlite(&entries, &queries, &scope, dir.path()))?;
    }
    Ok(())
}

async fn from_sqlite(
    entries: &[Entry],
    queries: &[String],
    scope: &SearchScope,
    dir: &Path,
) -> Result {
    let store = storage::connect(&format!("sqlite://{}/bot.db", dir.display())).await?;
    let started = Instant::now();
    let mut tx = store.begin().await?;
    let author = tx
        .insert_person(&Person {
            id: 0,
            name: "Author".to_owned(),
            locale: "en".to_owned(),
            country: None,
            organisation: None,
            sector: None,
            career_stage: None,
            languages: vec![],
            goals: None,
            availability_hours: None,
            timezone: None,
            meeting_mode: None,
            is_coordinator: false,
            mentor_status: MentorStatus::None,
            invited_as: None,
            notify_platform: None,
            capacity: 2,
            email: None,
            consent_at: 1_000,
            created_at: 1_000,
            updated_at: 1_000,
        })
        .await?;
    for entry in entries {
        // Pairs are not seeded: the private entries become public here.
        let entry = Entry {
            author_id: Some(author),
            pair_id: None,
            ..entry.clone()
        };
        tx.insert_entry(&entry).await?;
    }
    tx.commit().await?;
    println!(
        "sqlite: {} entries inserted (with their change log) in {:.2} s",
        entries.len(),
        started.elapsed().as_secs_f64()
    );

    let store: Arc<dyn Store> = Arc::new(store);
    let started = Instant::now();
    let mut page = 0;
    let mut loaded = 0;
    loop {
        let got = store.entries_page(page, 1_000).await?;
        let Some(last) = got.last() else { break };
        page = last.id;
        loaded += got.len();
    }
    println!(
        "sqlite: {loaded} entries read back with Store::entries_page in {:.2} s",
        started.elapsed().as_secs_f64()
    );

    let started = Instant::now();
    let index = TantivyIndex::open(store.clone(), Some(dir.join("from-sqlite"))).await?;
    println!(
        "TantivyIndex::open on SQLite (no index yet: rebuilt from the store): {:.2} s, {} documents, {:.1} MB on disk",
        started.elapsed().as_secs_f64(),
        index.num_docs(),
        dir_size(&dir.join("from-sqlite"))? as f64 / 1e6,
    );
    let started = Instant::now();
    drop(index);
    let index = TantivyIndex::open(store.clone(), Some(dir.join("from-sqlite"))).await?;
    println!(
        "TantivyIndex::open again (index current: no rebuild): {:.1} ms",
        started.elapsed().as_secs_f64() * 1e3
    );
    let started = Instant::now();
    for _ in 0..1_000 {
        index.refresh().await?;
    }
    println!(
        "refresh with nothing new: {:.1} µs each",
        started.elapsed().as_secs_f64() * 1e6 / 1_000.0
    );
    println!("search (KnowledgeIndex::search on the TantivyIndex, as the core calls it):");
    for k in [4, 10] {
        let (times, hits) = time_trait(&index, queries, scope, k).await?;
        report(&format!("two words, k = {k}"), times, hits);
    }
    Ok(())
}

//! The knowledge base's search index: tantivy, derived from the entries in
//! the database and kept current from their change log.
//!
//! - [`EntryIndex`] is the index itself: per-language analysis (see
//!   [`analysis`]), documents from entries, BM25 search with block-WAND
//!   top-k pruning, the reader's scope and a small feedback boost (see
//!   [`collect`]). It knows nothing of the database.
//! - [`TantivyIndex`] ties one to a [`Store`]: at start it rebuilds the
//!   index from the entries when it is missing, unreadable, of an older
//!   layout, or not from this database's history; after that,
//!   [`refresh`](KnowledgeIndex::refresh) applies the change log after the
//!   last change it applied. Each commit records that change (its seq and
//!   entry id) in tantivy's commit payload, so a restart resumes from there,
//!   and every instance on one PostgreSQL converges on the same entries.
//!
//! Hidden entries are never in the index; an entry private to a pair is,
//! and is returned only to readers whose scope has that pair.

mod analysis;
mod collect;

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError, Weak};
use std::time::Duration;

use async_trait::async_trait;
use bot_core::model::Entry;
use bot_core::ports::{IndexError, KnowledgeIndex, SearchHit, SearchScope, Store};
use serde::{Deserialize, Serialize};
use tantivy::directory::MmapDirectory;
use tantivy::indexer::IndexWriterOptions;
use tantivy::query::{BooleanQuery, BoostQuery, Occur, Query, TermQuery};
use tantivy::schema::{Field, IndexRecordOption, Schema};
use tantivy::tokenizer::TextAnalyzer;
use tantivy::{Index, IndexReader, IndexWriter, ReloadPolicy, Searcher, TantivyDocument, Term};

use analysis::{ANALYSERS, Fields, PLAIN, analyser_of};
use collect::ScopedTopDocs;

/// The layout of documents and analysis. An index written with another
/// version is rebuilt: bump this whenever either changes.
const LAYOUT_VERSION: u32 = 1;

/// A title match counts this much more than a body match.
const TITLE_BOOST: f32 = 2.0;
/// A competence id named in the query.
const TAG_BOOST: f32 = 1.5;

/// Only this much of a query is read (a question is at most a few hundred
/// characters; anything longer is pasted text).
const MAX_QUERY_CHARS: usize = 1_000;
/// Distinct terms per analyser taken from a query.
const MAX_QUERY_TERMS: usize = 32;
/// The most results one search returns.
const MAX_LIMIT: usize = 1_000;

/// Entries read from the store per page while rebuilding.
const REBUILD_PAGE: u32 = 1_000;
/// Changes read from the log per query while catching up.
const CHANGES_PER_READ: u32 = 1_000;

/// The writer's memory, after which it writes a segment out. Indexing
/// threads: one keeps the footprint small; bulk rebuilds take a few
/// seconds per hundred thousand entries even so.
const WRITER_MEMORY: usize = 64_000_000;
const WRITER_THREADS: usize = 1;
const MERGE_THREADS: usize = 1;

/// How `open_existing` reports that another process holds the writer lock.
const LOCK_BUSY: &str = "the index is locked by another process";

fn index_error(error: impl std::fmt::Display) -> IndexError {
    IndexError::Index(error.to_string())
}

/// The last change of the log that an index reflects: stored with each
/// commit, read at start.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Checkpoint {
    /// The change's seq; 0 before any change.
    pub seq: i64,
    /// The entry that change was about, to tell this database's log from
    /// another's with as many changes.
    pub entry: Option<i64>,
}

#[derive(Serialize, Deserialize)]
struct Payload {
    version: u32,
    #[serde(flatten)]
    checkpoint: Checkpoint,
}

/// A tantivy index of entries, without a link to the database: what
/// [`TantivyIndex`] keeps current. Public for benchmarks and tools that
/// build an index from entries they have at hand.
///
/// Writes (`clear`, `add`, `apply`) are queued and become visible to
/// searches at `commit`; searches may run at any time, on any thread.
pub struct EntryIndex {
    index: Index,
    reader: IndexReader,
    fields: Fields,
    /// One query analyser per analyser (without stop words), in
    /// [`ANALYSERS`] order; cloned for each query, since tokenizing needs
    /// a mutable analyser.
    analysers: Vec<TextAnalyzer>,
    writer: Mutex<IndexWriter>,
}

impl EntryIndex {
    /// Opens the index in `dir` (created if needed), or a new one in
    /// memory. An index there that cannot be read or has another schema is
    /// deleted and started anew (empty, with no checkpoint): the directory
    /// must belong to the index.
    pub fn open(dir: Option<&Path>) -> Result<Self, IndexError> {
        let (schema, fields) = analysis::schema();
        let Some(dir) = dir else {
            return Self::assemble(Index::create_in_ram(schema), fields);
        };
        std::fs::create_dir_all(dir).map_err(|e| {
            index_error(format!(
                "cannot create the directory {}: {e}",
                dir.display()
            ))
        })?;
        match Self::open_existing(dir, &schema, fields.clone()) {
            Ok(Some(index)) => return Ok(index),
            Ok(None) => {}
            // Another process's index: never clear it.
            Err(reason) if reason == LOCK_BUSY => {
                return Err(IndexError::Busy(dir.display().to_string()));
            }
            Err(reason) => {
                tracing::warn!(dir = %dir.display(), %reason, "search index unreadable; starting anew");
                clear_index_files(dir)?;
            }
        }
        let index = Index::create_in_dir(dir, schema).map_err(index_error)?;
        Self::assemble(index, fields)
    }

    /// The index in `dir`, if there is one; an error if it is unusable.
    fn open_existing(dir: &Path, schema: &Schema, fields: Fields) -> Result<Option<Self>, String> {
        let directory = MmapDirectory::open(dir).map_err(|e| e.to_string())?;
        if !Index::exists(&directory).map_err(|e| e.to_string())? {
            return Ok(None);
        }
        let index = Index::open(directory).map_err(|e| e.to_string())?;
        if index.schema() != *schema {
            return Err("the index has another schema".to_owned());
        }
        let opened = Self::assemble(index, fields).map_err(|e| match e {
            IndexError::Busy(_) => LOCK_BUSY.to_owned(),
            other => other.to_string(),
        })?;
        // Reading the searcher touches every segment.
        let _ = opened.reader.searcher().num_docs();
        Ok(Some(opened))
    }

    fn assemble(index: Index, fields: Fields) -> Result<Self, IndexError> {
        analysis::register(index.tokenizers());
        let options = IndexWriterOptions::builder()
            .memory_budget_per_thread(WRITER_MEMORY / WRITER_THREADS)
            .num_worker_threads(WRITER_THREADS)
            .num_merge_threads(MERGE_THREADS)
            .build();
        let writer = index.writer_with_options(options).map_err(|e| match e {
            tantivy::TantivyError::LockFailure(
                tantivy::directory::error::LockError::LockBusy,
                _,
            ) => IndexError::Busy(String::new()),
            other => index_error(other),
        })?;
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()
            .map_err(index_error)?;
        Ok(Self {
            index,
            reader,
            fields,
            analysers: ANALYSERS.iter().map(|a| a.query_analyzer()).collect(),
            writer: Mutex::new(writer),
        })
    }

    fn writer(&self) -> MutexGuard<'_, IndexWriter> {
        // A panic while holding the writer leaves nothing half-done that a
        // rollback or the next commit would not settle.
        self.writer.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The change the last commit reflects; None for a new index, or one
    /// written with another layout.
    pub fn checkpoint(&self) -> Option<Checkpoint> {
        let payload = self.index.load_metas().ok()?.payload?;
        let payload: Payload = serde_json::from_str(&payload).ok()?;
        (payload.version == LAYOUT_VERSION).then_some(payload.checkpoint)
    }

    /// Documents visible to searches.
    pub fn num_docs(&self) -> u64 {
        self.reader.searcher().num_docs()
    }

    /// Queues the removal of every document.
    pub fn clear(&self) -> Result<(), IndexError> {
        self.writer().delete_all_documents().map_err(index_error)?;
        Ok(())
    }

    /// Queues entries not in the index yet (a rebuild after `clear`).
    /// Hidden ones are left out.
    pub fn add(&self, entries: &[Entry]) -> Result<(), IndexError> {
        let writer = self.writer();
        for entry in entries {
            if let Some(doc) = self.document(entry) {
                writer.add_document(doc).map_err(index_error)?;
            }
        }
        Ok(())
    }

    /// Queues the current state of changed entries: every id in `changed`
    /// loses its document, and those of `entries` that are visible get a
    /// new one. An id without an entry was deleted.
    pub fn apply(&self, changed: &[i64], entries: &[Entry]) -> Result<(), IndexError> {
        let writer = self.writer();
        for id in changed {
            writer.delete_term(Term::from_field_i64(self.fields.id, *id));
        }
        for entry in entries {
            if let Some(doc) = self.document(entry) {
                writer.add_document(doc).map_err(index_error)?;
            }
        }
        Ok(())
    }

    /// Makes the queued writes visible, recording `checkpoint`.
    pub fn commit(&self, checkpoint: Checkpoint) -> Result<(), IndexError> {
        let payload = serde_json::to_string(&Payload {
            version: LAYOUT_VERSION,
            checkpoint,
        })
        .map_err(index_error)?;
        {
            let mut writer = self.writer();
            let mut prepared = writer.prepare_commit().map_err(index_error)?;
            prepared.set_payload(&payload);
            prepared.commit().map_err(index_error)?;
        }
        self.reader.reload().map_err(index_error)
    }

    /// Drops the writes queued since the last commit.
    pub fn rollback(&self) -> Result<(), IndexError> {
        self.writer().rollback().map_err(index_error)?;
        Ok(())
    }

    /// Merges all segments into one, the fastest shape to search (after a
    /// rebuild; later small commits are merged by tantivy's policy).
    pub fn merge(&self) -> Result<(), IndexError> {
        let segments = self.index.searchable_segment_ids().map_err(index_error)?;
        if segments.len() > 1 {
            let merging = self.writer().merge(&segments);
            merging.wait().map_err(index_error)?;
        }
        self.reader.reload().map_err(index_error)
    }

    fn document(&self, entry: &Entry) -> Option<TantivyDocument> {
        if entry.hidden {
            return None;
        }
        let fields = &self.fields;
        let analyser = analyser_of(&entry.language);
        let mut doc = TantivyDocument::new();
        doc.add_i64(fields.id, entry.id);
        doc.add_i64(fields.pair, entry.pair_id.unwrap_or(0));
        doc.add_i64(
            fields.votes,
            i64::from(entry.helpful) - i64::from(entry.not_helpful),
        );
        doc.add_text(fields.titles[analyser], &entry.title);
        doc.add_text(fields.bodies[analyser], &entry.body);
        for tag in &entry.tags {
            doc.add_text(fields.tags, tag);
        }
        Some(doc)
    }

    /// The best `limit` entries for `text` that `scope` may read, best first.
    ///
    /// The query is never parsed as syntax: each analyser splits it into
    /// words (anything else is a separator), and each word becomes a term
    /// looked up in that analyser's title and body fields, and in the tags.
    /// The terms are one flat disjunction, which tantivy scores with BM25
    /// and prunes with block-WAND.
    pub fn search(
        &self,
        text: &str,
        scope: &SearchScope,
        limit: usize,
    ) -> Result<Vec<SearchHit>, IndexError> {
        let limit = limit.min(MAX_LIMIT);
        if limit == 0 {
            return Ok(Vec::new());
        }
        let searcher = self.reader.searcher();
        let Some(query) = self.query(&searcher, text) else {
            return Ok(Vec::new());
        };
        let found = searcher
            .search(&query, &ScopedTopDocs::new(limit, &scope.pairs))
            .map_err(index_error)?;
        Ok(found
            .into_iter()
            .map(|f| SearchHit {
                entry_id: f.entry_id,
                score: f.score,
            })
            .collect())
    }

    /// The query for `text`: only terms some document has, so that the
    /// analysers whose fields hold nothing like it cost a dictionary lookup
    /// each and nothing more.
    fn query(&self, searcher: &Searcher, text: &str) -> Option<BooleanQuery> {
        let text = match text.char_indices().nth(MAX_QUERY_CHARS) {
            Some((end, _)) => &text[..end],
            None => text,
        };
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        let mut push = |field: Field, term: &str, boost: f32| {
            let term = Term::from_field_text(field, term);
            if searcher.doc_freq(&term).is_ok_and(|n| n == 0) {
                return;
            }
            let query = TermQuery::new(term, IndexRecordOption::WithFreqs);
            let query: Box<dyn Query> = if boost == 1.0 {
                Box::new(query)
            } else {
                Box::new(BoostQuery::new(Box::new(query), boost))
            };
            clauses.push((Occur::Should, query));
        };
        for (i, template) in self.analysers.iter().enumerate() {
            for term in terms(template, text) {
                push(self.fields.titles[i], &term, TITLE_BOOST);
                push(self.fields.bodies[i], &term, 1.0);
                if i == PLAIN {
                    push(self.fields.tags, &term, TAG_BOOST);
                }
            }
        }
        (!clauses.is_empty()).then(|| BooleanQuery::new(clauses))
    }
}

/// The distinct terms an analyser makes of `text`, in order, at most
/// [`MAX_QUERY_TERMS`].
fn terms(template: &TextAnalyzer, text: &str) -> Vec<String> {
    let mut analyzer = template.clone();
    let mut stream = analyzer.token_stream(text);
    let mut terms: Vec<String> = Vec::new();
    while terms.len() < MAX_QUERY_TERMS && stream.advance() {
        let term = &stream.token().text;
        if !terms.contains(term) {
            terms.push(term.clone());
        }
    }
    terms
}

/// Deletes what tantivy keeps in `dir` (meta.json, .managed.json, lock
/// files and segment files, named by a 32-digit hex id), and nothing else.
fn clear_index_files(dir: &Path) -> Result<(), IndexError> {
    let listing = std::fs::read_dir(dir)
        .map_err(|e| index_error(format!("cannot list {}: {e}", dir.display())))?;
    for item in listing {
        let item = item.map_err(index_error)?;
        let name = item.file_name();
        let name = name.to_string_lossy();
        let stem = name.split('.').next().unwrap_or_default();
        let segment_file = stem.len() == 32 && stem.bytes().all(|b| b.is_ascii_hexdigit());
        let tantivy_file = matches!(name.as_ref(), "meta.json" | ".managed.json")
            || (name.starts_with(".tantivy-") && name.ends_with(".lock"));
        if (segment_file || tantivy_file) && item.path().is_file() {
            std::fs::remove_file(item.path()).map_err(|e| {
                index_error(format!("cannot remove {}: {e}", item.path().display()))
            })?;
        }
    }
    Ok(())
}

/// Runs index work (commits, merges, bulk adds) off the async threads.
async fn blocking<T, F>(work: F) -> Result<T, IndexError>
where
    F: FnOnce() -> Result<T, IndexError> + Send + 'static,
    T: Send + 'static,
{
    tokio::task::spawn_blocking(work)
        .await
        .map_err(|e| index_error(format!("index task failed: {e}")))?
}

/// The knowledge index of one instance: an [`EntryIndex`] kept current
/// from the store's change log.
pub struct TantivyIndex {
    store: Arc<dyn Store>,
    index: Arc<EntryIndex>,
    /// The change the committed index reflects. Held for a whole refresh
    /// or rebuild, so those run one at a time; searches never wait for it.
    applied: tokio::sync::Mutex<Checkpoint>,
}

impl TantivyIndex {
    /// Opens the index in `dir` (in production a directory under `data/`,
    /// one per instance; None keeps it in memory), rebuilds it from the
    /// store if it is missing, unreadable, of another layout, newer than
    /// the store's change log or from another database, and catches up
    /// with the log.
    pub async fn open(store: Arc<dyn Store>, dir: Option<PathBuf>) -> Result<Self, IndexError> {
        let index = Arc::new(blocking(move || EntryIndex::open(dir.as_deref())).await?);
        let stored = index.checkpoint();
        let this = Self {
            store,
            index,
            applied: tokio::sync::Mutex::new(stored.unwrap_or_default()),
        };
        match stored {
            Some(checkpoint) if this.is_from_this_log(checkpoint).await? => this.refresh().await?,
            _ => this.rebuild().await?,
        }
        Ok(this)
    }

    /// Whether a stored checkpoint is a change of this store's log that
    /// the log can be replayed from.
    async fn is_from_this_log(&self, checkpoint: Checkpoint) -> Result<bool, IndexError> {
        let last = self.store.last_entry_change().await?;
        if checkpoint.seq > last {
            tracing::info!(
                index = checkpoint.seq,
                store = last,
                "search index is ahead of the database"
            );
            return Ok(false);
        }
        let Some(entry) = checkpoint.entry else {
            // Built before any change: only an empty log continues it.
            return Ok(checkpoint.seq == 0 && last == 0);
        };
        let found = self
            .store
            .entry_changes(checkpoint.seq.saturating_sub(1), 1)
            .await?;
        let same = found.first() == Some(&(checkpoint.seq, entry));
        if !same {
            tracing::info!(
                seq = checkpoint.seq,
                "search index does not match the database's change log"
            );
        }
        Ok(same)
    }

    /// Rebuilds the index from every entry in the store, then catches up
    /// with changes made meanwhile (`mentor-cloud kb reindex`).
    pub async fn rebuild(&self) -> Result<(), IndexError> {
        let mut applied = self.applied.lock().await;
        let started = std::time::Instant::now();
        if let Err(error) = self.rebuild_from_store(&mut applied).await {
            self.rollback().await;
            return Err(error);
        }
        tracing::info!(
            entries = self.index.num_docs(),
            ms = started.elapsed().as_millis() as u64,
            "search index rebuilt"
        );
        self.catch_up(&mut applied).await
    }

    async fn rebuild_from_store(&self, applied: &mut Checkpoint) -> Result<(), IndexError> {
        // Read first: every change up to it is committed, so the pages
        // below show it; later ones are replayed by the catch-up.
        let seq = self.store.last_entry_change().await?;
        let entry = if seq > 0 {
            self.store
                .entry_changes(seq - 1, 1)
                .await?
                .first()
                .filter(|(at, _)| *at == seq)
                .map(|(_, entry)| *entry)
        } else {
            None
        };
        let index = self.index.clone();
        blocking(move || index.clear()).await?;
        let mut after = 0;
        loop {
            let page = self.store.entries_page(after, REBUILD_PAGE).await?;
            let Some(last) = page.last() else { break };
            after = last.id;
            let full = page.len() >= REBUILD_PAGE as usize;
            let index = self.index.clone();
            blocking(move || index.add(&page)).await?;
            if !full {
                break;
            }
        }
        let checkpoint = Checkpoint { seq, entry };
        let index = self.index.clone();
        blocking(move || {
            index.commit(checkpoint)?;
            index.merge()
        })
        .await?;
        *applied = checkpoint;
        Ok(())
    }

    /// Applies the change log after `applied`, in one commit.
    async fn catch_up(&self, applied: &mut Checkpoint) -> Result<(), IndexError> {
        match self.apply_changes(*applied).await {
            Ok(Some(reached)) => {
                *applied = reached;
                Ok(())
            }
            Ok(None) => Ok(()),
            Err(error) => {
                self.rollback().await;
                Err(error)
            }
        }
    }

    /// Queues and commits the changes after `from`; the checkpoint reached,
    /// or None when there were none.
    async fn apply_changes(&self, from: Checkpoint) -> Result<Option<Checkpoint>, IndexError> {
        let mut reached = from;
        loop {
            let changes = self
                .store
                .entry_changes(reached.seq, CHANGES_PER_READ)
                .await?;
            let Some(&(seq, entry)) = changes.last() else {
                break;
            };
            let mut ids: Vec<i64> = changes.iter().map(|(_, id)| *id).collect();
            ids.sort_unstable();
            ids.dedup();
            let entries = self.store.entries(&ids).await?;
            let index = self.index.clone();
            blocking(move || index.apply(&ids, &entries)).await?;
            reached = Checkpoint {
                seq,
                entry: Some(entry),
            };
            if changes.len() < CHANGES_PER_READ as usize {
                break;
            }
        }
        if reached == from {
            return Ok(None);
        }
        let index = self.index.clone();
        blocking(move || index.commit(reached)).await?;
        Ok(Some(reached))
    }

    async fn rollback(&self) {
        let index = self.index.clone();
        if let Err(error) = blocking(move || index.rollback()).await {
            tracing::error!(%error, "search index rollback failed");
        }
    }

    /// The change of the log the index reflects.
    pub async fn checkpoint(&self) -> Checkpoint {
        *self.applied.lock().await
    }

    /// Entries in the index (visible ones: hidden entries are left out).
    pub fn num_docs(&self) -> u64 {
        self.index.num_docs()
    }

    /// Refreshes every `period` while the index lives, so that entries
    /// written by other instances show up here too. Errors are logged and
    /// the next round tries again.
    pub fn spawn_refresher(self: &Arc<Self>, period: Duration) -> tokio::task::JoinHandle<()> {
        let weak: Weak<Self> = Arc::downgrade(self);
        tokio::spawn(async move {
            let mut ticks = tokio::time::interval(period);
            ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
            loop {
                ticks.tick().await;
                let Some(index) = weak.upgrade() else { break };
                if let Err(error) = index.refresh().await {
                    tracing::warn!(%error, "search index refresh failed");
                }
            }
        })
    }
}

#[async_trait]
impl KnowledgeIndex for TantivyIndex {
    async fn search(
        &self,
        query: &str,
        scope: &SearchScope,
        limit: usize,
    ) -> Result<Vec<SearchHit>, IndexError> {
        // Well under a millisecond: no need to leave the async thread.
        self.index.search(query, scope, limit)
    }

    async fn refresh(&self) -> Result<(), IndexError> {
        let mut applied = self.applied.lock().await;
        self.catch_up(&mut applied).await
    }
}

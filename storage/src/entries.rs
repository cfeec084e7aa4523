//! Knowledge entries, their feedback votes, and the change log.
//!
//! Every write that changes what search should find or how it ranks (insert,
//! update, hide, delete, a vote, an author's erasure) appends the entry's id
//! to `entry_changes` in the same transaction. The search index of every
//! instance catches up by reading the log after the last change it applied,
//! so the log must grow in commit order: on PostgreSQL each writer first
//! takes a transaction-scoped advisory lock (see
//! [`Backend::lock_entry_log`]), so a change with a higher seq is never
//! visible before one with a lower seq. On SQLite writers run one at a time.
//!
//! The feedback counts on an entry are the tally of its votes: inserting an
//! entry starts them at zero whatever the caller passes, `update_entry`
//! leaves them, and each vote recounts them.

use std::time::{SystemTime, UNIX_EPOCH};

use bot_core::model::{Entry, EntryKind, EntrySource, Millis, PersonId};
use bot_core::ports::StoreResult;
use sqlx::any::{AnyArguments, AnyRow};
use sqlx::query::Query;
use sqlx::{Any, AnyConnection, AnyPool, AssertSqlSafe, Encode, Type};

use crate::dialect::Backend;
use crate::error::db;
use crate::row::{count, flag, get, json, parse, to_json};

/// Selects entries with `$rest` after the FROM.
macro_rules! select_entry {
    ($rest:literal) => {
        concat!(
            "SELECT id, kind, title, body, language, tags, author_id, anonymous, source, pair_id, \
             consent, hidden, helpful, not_helpful, created_at, updated_at FROM entries ",
            $rest
        )
    };
}

/// How many ids go into one `IN (…)` list, well below both backends' limits
/// on parameters.
const IDS_PER_QUERY: usize = 500;

/// The wall-clock time of a change, for pruning the log one day. Ordering
/// never depends on it (that is the seq's job), so the core's clock is not
/// needed here.
fn now_ms() -> Millis {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
}

fn entry_from_row(row: &AnyRow) -> StoreResult<Entry> {
    Ok(Entry {
        id: get(row, "id")?,
        kind: parse(row, "kind", EntryKind::parse)?,
        title: get(row, "title")?,
        body: get(row, "body")?,
        language: get(row, "language")?,
        tags: json(row, "tags")?,
        author_id: get(row, "author_id")?,
        anonymous: flag(row, "anonymous")?,
        source: parse(row, "source", EntrySource::parse)?,
        pair_id: get(row, "pair_id")?,
        consent: flag(row, "consent")?,
        hidden: flag(row, "hidden")?,
        helpful: count(row, "helpful")?,
        not_helpful: count(row, "not_helpful")?,
        created_at: get(row, "created_at")?,
        updated_at: get(row, "updated_at")?,
    })
}

/// Binds what an update writes, as the next parameters: kind, title, body,
/// language, tags, author_id, anonymous, source, pair_id, consent, hidden,
/// updated_at.
fn bind_fields<'q>(
    query: Query<'q, Any, AnyArguments>,
    entry: &Entry,
) -> StoreResult<Query<'q, Any, AnyArguments>> {
    Ok(query
        .bind(entry.kind.as_str())
        .bind(entry.title.clone())
        .bind(entry.body.clone())
        .bind(entry.language.clone())
        .bind(to_json(&entry.tags)?)
        .bind(entry.author_id)
        .bind(entry.anonymous)
        .bind(entry.source.as_str())
        .bind(entry.pair_id)
        .bind(entry.consent)
        .bind(entry.hidden)
        .bind(entry.updated_at))
}

/// Takes the change log's lock where the backend needs one. Call before
/// any statement that appends to `entry_changes`.
pub(crate) async fn lock_log(conn: &mut AnyConnection, backend: Backend) -> StoreResult<()> {
    if let Some(sql) = backend.lock_entry_log() {
        sqlx::query(sql).execute(conn).await.map_err(db)?;
    }
    Ok(())
}

/// Appends one entry's change. The lock must be held.
async fn log_change(conn: &mut AnyConnection, entry: i64) -> StoreResult<()> {
    sqlx::query("INSERT INTO entry_changes (entry_id, at) VALUES ($1, $2)")
        .bind(entry)
        .bind(now_ms())
        .execute(conn)
        .await
        .map_err(db)?;
    Ok(())
}

/// Inserts an entry (the `id` and the feedback counts are ignored) and logs it.
pub(crate) async fn insert_entry(
    conn: &mut AnyConnection,
    backend: Backend,
    entry: &Entry,
) -> StoreResult<i64> {
    lock_log(&mut *conn, backend).await?;
    let query = sqlx::query(
        "INSERT INTO entries (kind, title, body, language, tags, author_id, anonymous, source, \
         pair_id, consent, hidden, updated_at, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id",
    );
    let row = bind_fields(query, entry)?
        .bind(entry.created_at)
        .fetch_one(&mut *conn)
        .await
        .map_err(db)?;
    let id: i64 = get(&row, "id")?;
    log_change(conn, id).await?;
    Ok(id)
}

pub(crate) async fn entry(conn: &mut AnyConnection, id: i64) -> StoreResult<Option<Entry>> {
    let row = sqlx::query(select_entry!("WHERE id = $1"))
        .bind(id)
        .fetch_optional(conn)
        .await
        .map_err(db)?;
    row.as_ref().map(entry_from_row).transpose()
}

/// Writes every field but the id, the creation time and the feedback
/// counts, and logs the change. Nothing happens for an entry that is gone.
pub(crate) async fn update_entry(
    conn: &mut AnyConnection,
    backend: Backend,
    entry: &Entry,
) -> StoreResult<()> {
    lock_log(&mut *conn, backend).await?;
    let query = sqlx::query(
        "UPDATE entries SET kind = $1, title = $2, body = $3, language = $4, tags = $5, \
         author_id = $6, anonymous = $7, source = $8, pair_id = $9, consent = $10, hidden = $11, \
         updated_at = $12 WHERE id = $13",
    );
    let updated = bind_fields(query, entry)?
        .bind(entry.id)
        .execute(&mut *conn)
        .await
        .map_err(db)?;
    if updated.rows_affected() > 0 {
        log_change(conn, entry.id).await?;
    }
    Ok(())
}

/// Deletes one entry with its votes, and logs it.
pub(crate) async fn delete_entry(
    conn: &mut AnyConnection,
    backend: Backend,
    id: i64,
) -> StoreResult<()> {
    delete_entries_where(conn, backend, "id = $1", id).await
}

/// Deletes the entries that `condition` (over `entries`, with `$1` bound to
/// `param`) selects, logging each: their votes go, and questions that
/// became one of them lose the link. Explicit rather than left to foreign
/// keys, as erasure is.
pub(crate) async fn delete_entries_where<T>(
    conn: &mut AnyConnection,
    backend: Backend,
    condition: &'static str,
    param: T,
) -> StoreResult<()>
where
    T: for<'q> Encode<'q, Any> + Type<Any> + Clone + Send + 'static,
{
    lock_log(&mut *conn, backend).await?;
    sqlx::query(AssertSqlSafe(format!(
        "INSERT INTO entry_changes (entry_id, at) \
         SELECT id, $2 FROM entries WHERE {condition} ORDER BY id"
    )))
    .bind(param.clone())
    .bind(now_ms())
    .execute(&mut *conn)
    .await
    .map_err(db)?;
    for statement in [
        "DELETE FROM entry_feedback WHERE entry_id IN (SELECT id FROM entries WHERE {})",
        "UPDATE questions SET entry_id = NULL WHERE entry_id IN (SELECT id FROM entries WHERE {})",
        "DELETE FROM entries WHERE {}",
    ] {
        sqlx::query(AssertSqlSafe(statement.replace("{}", condition)))
            .bind(param.clone())
            .execute(&mut *conn)
            .await
            .map_err(db)?;
    }
    Ok(())
}

/// An author's entries, oldest first.
pub(crate) async fn entries_by(
    conn: &mut AnyConnection,
    author: PersonId,
) -> StoreResult<Vec<Entry>> {
    let rows = sqlx::query(select_entry!("WHERE author_id = $1 ORDER BY id"))
        .bind(author)
        .fetch_all(conn)
        .await
        .map_err(db)?;
    rows.iter().map(entry_from_row).collect()
}

/// Recounts an entry's votes into its counts.
const RECOUNT: &str = "UPDATE entries SET \
     helpful = (SELECT COUNT(*) FROM entry_feedback f WHERE f.entry_id = $1 AND f.helpful), \
     not_helpful = (SELECT COUNT(*) FROM entry_feedback f WHERE f.entry_id = $1 AND NOT f.helpful) \
     WHERE id = $1";

/// Records a person's vote (replacing theirs), recounts and logs the change.
/// A vote on an entry that no longer exists is ignored: the answer it was
/// given for may be older than a deletion.
pub(crate) async fn record_feedback(
    conn: &mut AnyConnection,
    backend: Backend,
    entry: i64,
    person: PersonId,
    helpful: bool,
) -> StoreResult<()> {
    lock_log(&mut *conn, backend).await?;
    let exists = sqlx::query("SELECT id FROM entries WHERE id = $1")
        .bind(entry)
        .fetch_optional(&mut *conn)
        .await
        .map_err(db)?;
    if exists.is_none() {
        return Ok(());
    }
    sqlx::query(
        "INSERT INTO entry_feedback (entry_id, person_id, helpful) VALUES ($1, $2, $3) \
         ON CONFLICT (entry_id, person_id) DO UPDATE SET helpful = excluded.helpful",
    )
    .bind(entry)
    .bind(person)
    .bind(helpful)
    .execute(&mut *conn)
    .await
    .map_err(db)?;
    sqlx::query(RECOUNT)
        .bind(entry)
        .execute(&mut *conn)
        .await
        .map_err(db)?;
    log_change(conn, entry).await
}

/// Erasure's part in the knowledge base, before the person's pairs and row
/// go (see `erase.rs`):
///
/// - their votes go, and the entries they voted on are recounted;
/// - entries private to one of their pairs go with the pair;
/// - entries they wrote without consent to keep them are deleted;
/// - entries they wrote with that consent stay, without the author and
///   shown as by "a programme member";
/// - questions they asked go; questions they answered lose the answerer,
///   the answer's text and the answerer's consent (an answer that became an
///   entry lives on in that entry, by the rules above).
///
/// Every entry touched is logged, so search forgets or re-ranks it.
pub(crate) async fn erase_author(
    conn: &mut AnyConnection,
    backend: Backend,
    person: PersonId,
) -> StoreResult<()> {
    lock_log(&mut *conn, backend).await?;
    let now = now_ms();
    // Votes: recount without theirs, log, then drop them.
    for (sql, with_now) in [
        (
            "INSERT INTO entry_changes (entry_id, at) SELECT entry_id, $2 FROM entry_feedback \
             WHERE person_id = $1 ORDER BY entry_id",
            true,
        ),
        (
            "UPDATE entries SET \
             helpful = (SELECT COUNT(*) FROM entry_feedback f \
                 WHERE f.entry_id = entries.id AND f.helpful AND f.person_id <> $1), \
             not_helpful = (SELECT COUNT(*) FROM entry_feedback f \
                 WHERE f.entry_id = entries.id AND NOT f.helpful AND f.person_id <> $1) \
             WHERE id IN (SELECT entry_id FROM entry_feedback WHERE person_id = $1)",
            false,
        ),
        ("DELETE FROM entry_feedback WHERE person_id = $1", false),
    ] {
        let query = sqlx::query(sql).bind(person);
        let query = if with_now { query.bind(now) } else { query };
        query.execute(&mut *conn).await.map_err(db)?;
    }
    delete_entries_where(
        &mut *conn,
        backend,
        "pair_id IN (SELECT id FROM pairs WHERE mentor_id = $1 OR mentee_id = $1)",
        person,
    )
    .await?;
    delete_entries_where(
        &mut *conn,
        backend,
        "author_id = $1 AND NOT consent",
        person,
    )
    .await?;
    for (sql, with_now) in [
        (
            "INSERT INTO entry_changes (entry_id, at) SELECT id, $2 FROM entries \
             WHERE author_id = $1 ORDER BY id",
            true,
        ),
        (
            "UPDATE entries SET author_id = NULL, anonymous = TRUE WHERE author_id = $1",
            false,
        ),
        ("DELETE FROM questions WHERE asker_id = $1", false),
        (
            "UPDATE questions SET answered_by = NULL, answer = NULL, mentor_consent = FALSE \
             WHERE answered_by = $1",
            false,
        ),
    ] {
        let query = sqlx::query(sql).bind(person);
        let query = if with_now { query.bind(now) } else { query };
        query.execute(&mut *conn).await.map_err(db)?;
    }
    Ok(())
}

// ------------------------------------------------------------ for the index

/// Entries by id, in id order (any visibility, hidden or not).
pub(crate) async fn entries(pool: &AnyPool, ids: &[i64]) -> StoreResult<Vec<Entry>> {
    let mut ids = ids.to_vec();
    ids.sort_unstable();
    ids.dedup();
    let mut found = Vec::with_capacity(ids.len());
    for chunk in ids.chunks(IDS_PER_QUERY) {
        let placeholders = (1..=chunk.len())
            .map(|i| format!("${i}"))
            .collect::<Vec<_>>()
            .join(", ");
        // Only placeholders are formatted in; the ids are bound.
        let sql = format!(
            "{}({placeholders}) ORDER BY id",
            select_entry!("WHERE id IN ")
        );
        let mut query = sqlx::query(AssertSqlSafe(sql));
        for id in chunk {
            query = query.bind(*id);
        }
        let rows = query.fetch_all(pool).await.map_err(db)?;
        for row in &rows {
            found.push(entry_from_row(row)?);
        }
    }
    Ok(found)
}

/// Entries with an id above `after_id`, in id order, at most `limit`.
pub(crate) async fn entries_page(
    pool: &AnyPool,
    after_id: i64,
    limit: u32,
) -> StoreResult<Vec<Entry>> {
    let rows = sqlx::query(select_entry!("WHERE id > $1 ORDER BY id LIMIT $2"))
        .bind(after_id)
        .bind(i64::from(limit))
        .fetch_all(pool)
        .await
        .map_err(db)?;
    rows.iter().map(entry_from_row).collect()
}

/// The change log after `after_seq`, oldest first: (seq, entry id).
pub(crate) async fn entry_changes(
    pool: &AnyPool,
    after_seq: i64,
    limit: u32,
) -> StoreResult<Vec<(i64, i64)>> {
    let rows =
        sqlx::query("SELECT seq, entry_id FROM entry_changes WHERE seq > $1 ORDER BY seq LIMIT $2")
            .bind(after_seq)
            .bind(i64::from(limit))
            .fetch_all(pool)
            .await
            .map_err(db)?;
    rows.iter()
        .map(|row| Ok((get(row, "seq")?, get(row, "entry_id")?)))
        .collect()
}

pub(crate) async fn last_entry_change(pool: &AnyPool) -> StoreResult<i64> {
    let row = sqlx::query("SELECT COALESCE(MAX(seq), 0) AS seq FROM entry_changes")
        .fetch_one(pool)
        .await
        .map_err(db)?;
    get(&row, "seq")
}

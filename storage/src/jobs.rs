//! Jobs: work for later (reminders, deadlines, nudges) with the core's JSON
//! payload. The store keeps the time and the claims.
//!
//! A scheduler claims due jobs with a lease (`claimed_until`), as delivery
//! workers claim the outbox, then runs each one in a transaction of its own
//! that starts with [`begin_job`] (which locks the row and skips a job that
//! was done meanwhile) and ends with [`finish_job`]. A scheduler that dies
//! holding a claim only delays its jobs until the lease runs out. Done jobs
//! stay (small rows) until a later pruning.

use bot_core::model::{Job, Millis, NewJob};
use bot_core::ports::StoreResult;
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, AnyPool};

use crate::dialect::Backend;
use crate::error::db;
use crate::row::{count, get};

/// The claim statement; `$lock` is the dialect's row-locking clause for the
/// inner select. Parameters: $1 now, $2 claimed until, $3 limit.
macro_rules! claim_jobs {
    ($lock:literal) => {
        concat!(
            "UPDATE jobs SET claimed_until = $2, attempts = attempts + 1 \
             WHERE id IN (SELECT id FROM jobs \
             WHERE done_at IS NULL AND due_at <= $1 AND (claimed_until IS NULL OR claimed_until <= $1) \
             ORDER BY due_at, id LIMIT $3",
            $lock,
            ") RETURNING id, key, due_at, payload, attempts"
        )
    };
}
pub(crate) use claim_jobs;

/// Reads a job not yet done; `$lock` is the dialect's row-locking clause.
macro_rules! select_job {
    ($lock:literal) => {
        concat!(
            "SELECT id, key, due_at, payload, attempts FROM jobs WHERE id = $1 AND done_at IS NULL",
            $lock
        )
    };
}
pub(crate) use select_job;

fn job_from_row(row: &AnyRow) -> StoreResult<Job> {
    Ok(Job {
        id: get(row, "id")?,
        key: get(row, "key")?,
        due_at: get(row, "due_at")?,
        payload: get(row, "payload")?,
        attempts: count(row, "attempts")?,
    })
}

/// Adds a job, or moves the job with the same key (done or not) to the new
/// time and payload as if new: unclaimed, not done, no attempts. A job
/// without a key is always added (NULL keys never conflict).
pub(crate) async fn schedule_job(conn: &mut AnyConnection, job: &NewJob) -> StoreResult<()> {
    sqlx::query(
        "INSERT INTO jobs (key, due_at, payload) VALUES ($1, $2, $3) \
         ON CONFLICT (key) DO UPDATE SET due_at = excluded.due_at, payload = excluded.payload, \
         claimed_until = NULL, done_at = NULL, attempts = 0",
    )
    .bind(job.key.clone())
    .bind(job.due_at)
    .bind(job.payload.clone())
    .execute(conn)
    .await
    .map_err(db)?;
    Ok(())
}

/// Drops the job with this key unless it is done (done jobs are a record).
pub(crate) async fn cancel_job(conn: &mut AnyConnection, key: &str) -> StoreResult<()> {
    sqlx::query("DELETE FROM jobs WHERE key = $1 AND done_at IS NULL")
        .bind(key)
        .execute(conn)
        .await
        .map_err(db)?;
    Ok(())
}

/// Reads the job and locks it until the transaction ends. None when it is
/// done or gone; on PostgreSQL also when another transaction finished it
/// while this one waited for the lock.
pub(crate) async fn begin_job(
    conn: &mut AnyConnection,
    backend: Backend,
    id: i64,
) -> StoreResult<Option<Job>> {
    let row = sqlx::query(backend.lock_job())
        .bind(id)
        .fetch_optional(conn)
        .await
        .map_err(db)?;
    row.as_ref().map(job_from_row).transpose()
}

pub(crate) async fn finish_job(conn: &mut AnyConnection, id: i64, now: Millis) -> StoreResult<()> {
    sqlx::query("UPDATE jobs SET done_at = $2, claimed_until = NULL WHERE id = $1")
        .bind(id)
        .bind(now)
        .execute(conn)
        .await
        .map_err(db)?;
    Ok(())
}

pub(crate) async fn claim(
    pool: &AnyPool,
    backend: Backend,
    now: Millis,
    lease_ms: i64,
    limit: u32,
) -> StoreResult<Vec<Job>> {
    let rows = sqlx::query(backend.claim_jobs())
        .bind(now)
        .bind(now.saturating_add(lease_ms))
        .bind(i64::from(limit))
        .fetch_all(pool)
        .await
        .map_err(db)?;
    let mut jobs = rows
        .iter()
        .map(job_from_row)
        .collect::<StoreResult<Vec<_>>>()?;
    // RETURNING promises no order; the port promises earliest first.
    jobs.sort_by_key(|job| (job.due_at, job.id));
    Ok(jobs)
}

/// When the next job not yet done can be claimed: its due time, or for a
/// job under a claim, when that claim runs out. So a scheduler that sleeps
/// until then never wakes for a job another scheduler (or a failed run of
/// its own) still holds. Two lookups that each follow an index.
pub(crate) async fn next_job_due(pool: &AnyPool) -> StoreResult<Option<Millis>> {
    let row = sqlx::query(
        "SELECT MIN(t) AS next FROM (\
         SELECT MIN(due_at) AS t FROM jobs WHERE done_at IS NULL AND claimed_until IS NULL \
         UNION ALL \
         SELECT MIN(claimed_until) AS t FROM jobs WHERE done_at IS NULL AND claimed_until IS NOT NULL\
         ) AS candidates",
    )
    .fetch_one(pool)
    .await
    .map_err(db)?;
    get(&row, "next")
}

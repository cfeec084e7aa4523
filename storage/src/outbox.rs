//! The outbox: messages written in the same transaction as the change that
//! caused them, then claimed and delivered by one worker per platform.
//!
//! A row is pending until it is delivered or failed. A claim is a lease
//! (`claimed_until`): a worker that dies holding one only delays its rows
//! until the lease runs out. Delivered and failed rows keep the key, times
//! and error, never the content.

use bot_core::message::{Address, ChatAddress};
use bot_core::model::{Millis, NewOutboxMessage, OutboxRow};
use bot_core::ports::StoreResult;
use sqlx::{AnyConnection, AnyPool};

use crate::dialect::Backend;
use crate::error::db;
use crate::row::{count, get, json, to_json};

/// The claim statement; `$lock` is the dialect's row-locking clause for the
/// inner select. Parameters: $1 platform, $2 now, $3 lease, $4 limit.
macro_rules! claim_outbox {
    ($lock:literal) => {
        concat!(
            "UPDATE outbox SET claimed_until = $2 + $3, attempts = attempts + 1 \
             WHERE id IN (SELECT id FROM outbox \
             WHERE platform = $1 AND delivered_at IS NULL AND failed_at IS NULL \
             AND available_at <= $2 AND (claimed_until IS NULL OR claimed_until <= $2) \
             ORDER BY available_at, id LIMIT $4",
            $lock,
            ") RETURNING id, idempotency_key, address, message, attempts, available_at, created_at"
        )
    };
}
pub(crate) use claim_outbox;

/// Queues a message. A key already queued means the message was already
/// written (e.g. a command replayed after a crash): nothing happens.
pub(crate) async fn enqueue(
    conn: &mut AnyConnection,
    message: &NewOutboxMessage,
) -> StoreResult<()> {
    // Kept in a column of its own so erasure can find messages to a person's
    // accounts even when they were queued before the account had a person.
    let direct_to = match &message.address.chat {
        ChatAddress::Direct(account) => Some(account.as_str()),
        ChatAddress::Room(_) => None,
    };
    sqlx::query(
        "INSERT INTO outbox (idempotency_key, platform, direct_to, address, person_id, message, available_at, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $7) \
         ON CONFLICT (idempotency_key) DO NOTHING",
    )
    .bind(&message.idempotency_key)
    .bind(&message.address.platform)
    .bind(direct_to)
    .bind(to_json(&message.address)?)
    .bind(message.person_id)
    .bind(to_json(&message.message)?)
    // The port gives no enqueue time; a message is created for when it is due.
    .bind(message.available_at)
    .execute(conn)
    .await
    .map_err(db)?;
    Ok(())
}

pub(crate) async fn claim(
    pool: &AnyPool,
    backend: Backend,
    platform: &str,
    now: Millis,
    lease_ms: i64,
    limit: u32,
) -> StoreResult<Vec<OutboxRow>> {
    let rows = sqlx::query(backend.claim_outbox())
        .bind(platform)
        .bind(now)
        .bind(lease_ms)
        .bind(i64::from(limit))
        .fetch_all(pool)
        .await
        .map_err(db)?;
    let mut claimed = rows
        .iter()
        .map(|row| {
            let available_at: Millis = get(row, "available_at")?;
            let message = OutboxRow {
                id: get(row, "id")?,
                idempotency_key: get(row, "idempotency_key")?,
                address: json::<Address>(row, "address")?,
                message: json(row, "message")?,
                attempts: count(row, "attempts")?,
                created_at: get(row, "created_at")?,
            };
            Ok((available_at, message))
        })
        .collect::<StoreResult<Vec<_>>>()?;
    // RETURNING promises no order; the port promises oldest first.
    claimed.sort_by_key(|(available_at, message)| (*available_at, message.id));
    Ok(claimed.into_iter().map(|(_, message)| message).collect())
}

pub(crate) async fn mark_delivered(pool: &AnyPool, id: i64, now: Millis) -> StoreResult<()> {
    sqlx::query(
        "UPDATE outbox SET delivered_at = $2, claimed_until = NULL, message = NULL, address = NULL, \
         direct_to = NULL, person_id = NULL WHERE id = $1",
    )
    .bind(id)
    .bind(now)
    .execute(pool)
    .await
    .map_err(db)?;
    Ok(())
}

pub(crate) async fn mark_retry(
    pool: &AnyPool,
    id: i64,
    retry_at: Millis,
    error: &str,
) -> StoreResult<()> {
    sqlx::query(
        "UPDATE outbox SET available_at = $2, claimed_until = NULL, last_error = $3 WHERE id = $1",
    )
    .bind(id)
    .bind(retry_at)
    .bind(error)
    .execute(pool)
    .await
    .map_err(db)?;
    Ok(())
}

/// Keeps where the message was going (for inspection) but not what it said.
pub(crate) async fn mark_failed(
    pool: &AnyPool,
    id: i64,
    now: Millis,
    error: &str,
) -> StoreResult<()> {
    sqlx::query(
        "UPDATE outbox SET failed_at = $2, claimed_until = NULL, message = NULL, last_error = $3 WHERE id = $1",
    )
    .bind(id)
    .bind(now)
    .bind(error)
    .execute(pool)
    .await
    .map_err(db)?;
    Ok(())
}

pub(crate) async fn undelivered_count(pool: &AnyPool, platform: &str) -> StoreResult<u64> {
    let row = sqlx::query(
        "SELECT COUNT(*) AS n FROM outbox WHERE platform = $1 AND delivered_at IS NULL AND failed_at IS NULL",
    )
    .bind(platform)
    .fetch_one(pool)
    .await
    .map_err(db)?;
    let n: i64 = get(&row, "n")?;
    // COUNT(*) is never negative; the conversion cannot fail.
    Ok(u64::try_from(n).unwrap_or(0))
}

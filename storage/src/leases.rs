//! Leases on inbound connections. One statement takes a free or expired
//! lease, or renews one the caller already holds; the same upsert works on
//! both backends, and its row lock (PostgreSQL) or the single writer
//! (SQLite) makes two instances racing for it see one winner.

use bot_core::model::Millis;
use bot_core::ports::StoreResult;
use sqlx::AnyPool;

use crate::error::db;

pub(crate) async fn acquire(
    pool: &AnyPool,
    name: &str,
    holder: &str,
    now: Millis,
    ttl_ms: i64,
) -> StoreResult<bool> {
    let result = sqlx::query(
        "INSERT INTO leases (name, holder, expires_at) VALUES ($1, $2, $3) \
         ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at \
         WHERE leases.holder = excluded.holder OR leases.expires_at <= $4",
    )
    .bind(name)
    .bind(holder)
    .bind(now.saturating_add(ttl_ms))
    .bind(now)
    .execute(pool)
    .await
    .map_err(db)?;
    Ok(result.rows_affected() == 1)
}

pub(crate) async fn release(pool: &AnyPool, name: &str, holder: &str) -> StoreResult<()> {
    sqlx::query("DELETE FROM leases WHERE name = $1 AND holder = $2")
        .bind(name)
        .bind(holder)
        .execute(pool)
        .await
        .map_err(db)?;
    Ok(())
}

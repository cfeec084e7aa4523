//! Bookkeeping of what came in: platform event ids (to drop redeliveries) and
//! refusals of the privacy notice (counted, never linked to anyone).

use bot_core::model::Millis;
use bot_core::ports::StoreResult;
use sqlx::AnyConnection;

use crate::error::db;

/// True the first time an event id is seen. Inserting and looking at the
/// affected row count is one statement, so two deliveries of the same event
/// racing each other cannot both see "new".
pub(crate) async fn mark_event_seen(
    conn: &mut AnyConnection,
    platform: &str,
    event_id: &str,
    now: Millis,
) -> StoreResult<bool> {
    let result = sqlx::query(
        "INSERT INTO seen_events (platform, event_id, seen_at) VALUES ($1, $2, $3) \
         ON CONFLICT (platform, event_id) DO NOTHING",
    )
    .bind(platform)
    .bind(event_id)
    .bind(now)
    .execute(conn)
    .await
    .map_err(db)?;
    Ok(result.rows_affected() == 1)
}

pub(crate) async fn record_consent_refusal(
    conn: &mut AnyConnection,
    platform: &str,
    now: Millis,
) -> StoreResult<()> {
    sqlx::query("INSERT INTO consent_refusals (platform, at) VALUES ($1, $2)")
        .bind(platform)
        .bind(now)
        .execute(conn)
        .await
        .map_err(db)?;
    Ok(())
}

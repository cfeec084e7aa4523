//! Dialog state per (account, chat): opaque JSON owned by the core, kept so a
//! restart resumes a conversation where it was.

use bot_core::message::AccountKey;
use bot_core::model::Millis;
use bot_core::ports::StoreResult;
use sqlx::AnyConnection;

use crate::error::db;
use crate::row::get;

pub(crate) async fn conversation(
    conn: &mut AnyConnection,
    key: &AccountKey,
    chat: &str,
) -> StoreResult<Option<String>> {
    let row = sqlx::query(
        "SELECT state FROM conversations WHERE platform = $1 AND account_id = $2 AND chat = $3",
    )
    .bind(&key.platform)
    .bind(&key.id)
    .bind(chat)
    .fetch_optional(conn)
    .await
    .map_err(db)?;
    row.as_ref().map(|row| get(row, "state")).transpose()
}

/// Stores the state, or forgets it when `state` is None (the dialog ended).
pub(crate) async fn set_conversation(
    conn: &mut AnyConnection,
    key: &AccountKey,
    chat: &str,
    state: Option<&str>,
    now: Millis,
) -> StoreResult<()> {
    let query = match state {
        Some(state) => sqlx::query(
            "INSERT INTO conversations (platform, account_id, chat, state, updated_at) \
             VALUES ($1, $2, $3, $4, $5) \
             ON CONFLICT (platform, account_id, chat) DO UPDATE SET \
             state = excluded.state, updated_at = excluded.updated_at",
        )
        .bind(&key.platform)
        .bind(&key.id)
        .bind(chat)
        .bind(state)
        .bind(now),
        None => sqlx::query(
            "DELETE FROM conversations WHERE platform = $1 AND account_id = $2 AND chat = $3",
        )
        .bind(&key.platform)
        .bind(&key.id)
        .bind(chat),
    };
    query.execute(conn).await.map_err(db)?;
    Ok(())
}

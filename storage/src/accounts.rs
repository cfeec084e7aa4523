//! Chat accounts: one per (platform, platform id), linked to a person once
//! they have a profile.

use bot_core::message::AccountKey;
use bot_core::model::{Account, PersonId};
use bot_core::ports::StoreResult;
use sqlx::AnyConnection;
use sqlx::any::AnyRow;

use crate::dialect::Backend;
use crate::error::db;
use crate::row::get;

/// The query for one account; `$lock` is appended by the dialect (a row lock or nothing).
macro_rules! select_account {
    ($lock:literal) => {
        concat!(
            "SELECT platform, account_id, person_id, display_name, locale, last_seen_at \
             FROM accounts WHERE platform = $1 AND account_id = $2",
            $lock
        )
    };
}
pub(crate) use select_account;

fn account_from_row(row: &AnyRow) -> StoreResult<Account> {
    Ok(Account {
        key: AccountKey {
            platform: get(row, "platform")?,
            id: get(row, "account_id")?,
        },
        person_id: get(row, "person_id")?,
        display_name: get(row, "display_name")?,
        locale: get(row, "locale")?,
        last_seen_at: get(row, "last_seen_at")?,
    })
}

async fn fetch_account(
    conn: &mut AnyConnection,
    sql: &'static str,
    key: &AccountKey,
) -> StoreResult<Option<Account>> {
    let row = sqlx::query(sql)
        .bind(&key.platform)
        .bind(&key.id)
        .fetch_optional(conn)
        .await
        .map_err(db)?;
    row.as_ref().map(account_from_row).transpose()
}

pub(crate) async fn lock_account(
    conn: &mut AnyConnection,
    backend: Backend,
    key: &AccountKey,
) -> StoreResult<Option<Account>> {
    if let Some(lock) = backend.account_advisory_lock() {
        sqlx::query(lock)
            .bind(&key.platform)
            .bind(&key.id)
            .execute(&mut *conn)
            .await
            .map_err(crate::error::db)?;
    }
    fetch_account(conn, backend.lock_account(), key).await
}

pub(crate) async fn account(
    conn: &mut AnyConnection,
    key: &AccountKey,
) -> StoreResult<Option<Account>> {
    fetch_account(conn, select_account!(""), key).await
}

pub(crate) async fn upsert_account(conn: &mut AnyConnection, account: &Account) -> StoreResult<()> {
    sqlx::query(
        "INSERT INTO accounts (platform, account_id, person_id, display_name, locale, last_seen_at) \
         VALUES ($1, $2, $3, $4, $5, $6) \
         ON CONFLICT (platform, account_id) DO UPDATE SET \
         person_id = excluded.person_id, display_name = excluded.display_name, \
         locale = excluded.locale, last_seen_at = excluded.last_seen_at",
    )
    .bind(&account.key.platform)
    .bind(&account.key.id)
    .bind(account.person_id)
    .bind(&account.display_name)
    .bind(account.locale.as_deref())
    .bind(account.last_seen_at)
    .execute(conn)
    .await
    .map_err(db)?;
    Ok(())
}

pub(crate) async fn accounts_of(
    conn: &mut AnyConnection,
    person: PersonId,
) -> StoreResult<Vec<Account>> {
    let rows = sqlx::query(
        "SELECT platform, account_id, person_id, display_name, locale, last_seen_at \
         FROM accounts WHERE person_id = $1 ORDER BY platform, account_id",
    )
    .bind(person)
    .fetch_all(conn)
    .await
    .map_err(db)?;
    rows.iter().map(account_from_row).collect()
}

/// Deletes an account and its dialog states, which mean nothing without it.
pub(crate) async fn delete_account(conn: &mut AnyConnection, key: &AccountKey) -> StoreResult<()> {
    sqlx::query("DELETE FROM conversations WHERE platform = $1 AND account_id = $2")
        .bind(&key.platform)
        .bind(&key.id)
        .execute(&mut *conn)
        .await
        .map_err(db)?;
    sqlx::query("DELETE FROM accounts WHERE platform = $1 AND account_id = $2")
        .bind(&key.platform)
        .bind(&key.id)
        .execute(conn)
        .await
        .map_err(db)?;
    Ok(())
}

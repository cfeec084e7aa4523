//! Invites (who may join, as what) and one-time link codes (to attach another
//! platform's account to an existing person).

use bot_core::model::{Invite, Millis, PersonId, Role};
use bot_core::ports::StoreResult;
use sqlx::AnyConnection;
use sqlx::any::AnyRow;

use crate::error::db;
use crate::row::{count, get, parse};

fn invite_from_row(row: &AnyRow) -> StoreResult<Invite> {
    Ok(Invite {
        code: get(row, "code")?,
        role: parse(row, "role", Role::parse)?,
        uses_left: count(row, "uses_left")?,
        expires_at: get(row, "expires_at")?,
        created_by: get(row, "created_by")?,
        created_at: get(row, "created_at")?,
    })
}

pub(crate) async fn insert_invite(conn: &mut AnyConnection, invite: &Invite) -> StoreResult<()> {
    sqlx::query(
        "INSERT INTO invites (code, role, uses_left, expires_at, created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(&invite.code)
    .bind(invite.role.as_str())
    .bind(i64::from(invite.uses_left))
    .bind(invite.expires_at)
    .bind(invite.created_by)
    .bind(invite.created_at)
    .execute(conn)
    .await
    .map_err(db)?;
    Ok(())
}

pub(crate) async fn invite(conn: &mut AnyConnection, code: &str) -> StoreResult<Option<Invite>> {
    let row = sqlx::query("SELECT code, role, uses_left, expires_at, created_by, created_at FROM invites WHERE code = $1")
        .bind(code)
        .fetch_optional(conn)
        .await
        .map_err(db)?;
    row.as_ref().map(invite_from_row).transpose()
}

/// Checks and uses in one statement, so two people racing for an invite's
/// last use cannot both get it. RETURNING shows the row after the update,
/// hence `uses_left + 1` for the invite as it was.
pub(crate) async fn use_invite(
    conn: &mut AnyConnection,
    code: &str,
    now: Millis,
) -> StoreResult<Option<Invite>> {
    let row = sqlx::query(
        "UPDATE invites SET uses_left = uses_left - 1 \
         WHERE code = $1 AND uses_left > 0 AND expires_at > $2 \
         RETURNING code, role, uses_left + 1 AS uses_left, expires_at, created_by, created_at",
    )
    .bind(code)
    .bind(now)
    .fetch_optional(conn)
    .await
    .map_err(db)?;
    row.as_ref().map(invite_from_row).transpose()
}

/// Gives back a use taken by `use_invite`, when the person who took it left
/// before joining.
pub(crate) async fn release_invite(conn: &mut AnyConnection, code: &str) -> StoreResult<()> {
    sqlx::query("UPDATE invites SET uses_left = uses_left + 1 WHERE code = $1")
        .bind(code)
        .execute(conn)
        .await
        .map_err(db)?;
    Ok(())
}

pub(crate) async fn insert_link_code(
    conn: &mut AnyConnection,
    code: &str,
    person: PersonId,
    expires_at: Millis,
) -> StoreResult<()> {
    sqlx::query("INSERT INTO link_codes (code, person_id, expires_at) VALUES ($1, $2, $3)")
        .bind(code)
        .bind(person)
        .bind(expires_at)
        .execute(conn)
        .await
        .map_err(db)?;
    Ok(())
}

/// A code works once: it is deleted whether or not it was still valid, and
/// expired codes are swept at the same time so none linger.
pub(crate) async fn take_link_code(
    conn: &mut AnyConnection,
    code: &str,
    now: Millis,
) -> StoreResult<Option<PersonId>> {
    let row = sqlx::query("DELETE FROM link_codes WHERE code = $1 RETURNING person_id, expires_at")
        .bind(code)
        .fetch_optional(&mut *conn)
        .await
        .map_err(db)?;
    sqlx::query("DELETE FROM link_codes WHERE expires_at <= $1")
        .bind(now)
        .execute(conn)
        .await
        .map_err(db)?;
    let Some(row) = row else { return Ok(None) };
    let expires_at: Millis = get(&row, "expires_at")?;
    if expires_at > now {
        Ok(Some(get(&row, "person_id")?))
    } else {
        Ok(None)
    }
}

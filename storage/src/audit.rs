//! The audit log of coordinator actions.

use bot_core::model::{AuditEntry, Millis, PersonId};
use bot_core::ports::StoreResult;
use sqlx::AnyConnection;

use crate::error::db;
use crate::row::{get, json, to_json};

pub(crate) async fn audit(
    conn: &mut AnyConnection,
    at: Millis,
    actor: Option<PersonId>,
    action: &str,
    subject: Option<PersonId>,
    detail: &serde_json::Value,
) -> StoreResult<()> {
    sqlx::query(
        "INSERT INTO audit_log (at, actor, action, subject, detail) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(at)
    .bind(actor)
    .bind(action)
    .bind(subject)
    .bind(to_json(detail)?)
    .execute(conn)
    .await
    .map_err(db)?;
    Ok(())
}

/// Entries where the person acted or was acted upon, oldest first.
pub(crate) async fn audit_about(
    conn: &mut AnyConnection,
    person: PersonId,
) -> StoreResult<Vec<AuditEntry>> {
    let rows = sqlx::query(
        "SELECT id, at, actor, action, subject, detail FROM audit_log \
         WHERE actor = $1 OR subject = $1 ORDER BY at, id",
    )
    .bind(person)
    .fetch_all(conn)
    .await
    .map_err(db)?;
    rows.iter()
        .map(|row| {
            Ok(AuditEntry {
                id: get(row, "id")?,
                at: get(row, "at")?,
                actor: get(row, "actor")?,
                action: get(row, "action")?,
                subject: get(row, "subject")?,
                detail: json(row, "detail")?,
            })
        })
        .collect()
}

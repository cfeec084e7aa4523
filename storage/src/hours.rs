//! Logged hours: time a person spent on the programme, with the pair and
//! session it was for when there was one. Listed by when the time was spent,
//! then as logged (id). Hours over the budget that wait for a coordinator
//! are requests, in a table of their own, until approved.

use bot_core::model::{HoursEntry, HoursKind, HoursRequest, Millis, PersonId};
use bot_core::ports::{StoreError, StoreResult};
use sqlx::AnyConnection;
use sqlx::any::AnyRow;

use crate::error::db;
use crate::row::{count, flag, get, parse};

macro_rules! select_hours {
    ($rest:literal) => {
        concat!(
            "SELECT id, person_id, pair_id, session_id, kind, minutes, on_at, note, created_at \
             FROM hours ",
            $rest
        )
    };
}

fn hours_from_row(row: &AnyRow) -> StoreResult<HoursEntry> {
    Ok(HoursEntry {
        id: get(row, "id")?,
        person_id: get(row, "person_id")?,
        pair_id: get(row, "pair_id")?,
        session_id: get(row, "session_id")?,
        kind: parse(row, "kind", HoursKind::parse)?,
        minutes: count(row, "minutes")?,
        on: get(row, "on_at")?,
        note: get(row, "note")?,
        created_at: get(row, "created_at")?,
    })
}

/// Inserts an entry (the `id` field is ignored). Zero minutes are refused
/// by the table.
pub(crate) async fn insert_hours(conn: &mut AnyConnection, entry: &HoursEntry) -> StoreResult<i64> {
    let row = sqlx::query(
        "INSERT INTO hours (person_id, pair_id, session_id, kind, minutes, on_at, note, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
    )
    .bind(entry.person_id)
    .bind(entry.pair_id)
    .bind(entry.session_id)
    .bind(entry.kind.as_str())
    .bind(i64::from(entry.minutes))
    .bind(entry.on)
    .bind(entry.note.clone())
    .bind(entry.created_at)
    .fetch_one(conn)
    .await
    .map_err(db)?;
    get(&row, "id")
}

pub(crate) async fn hours_of(
    conn: &mut AnyConnection,
    person: PersonId,
) -> StoreResult<Vec<HoursEntry>> {
    let rows = sqlx::query(select_hours!("WHERE person_id = $1 ORDER BY on_at, id"))
        .bind(person)
        .fetch_all(conn)
        .await
        .map_err(db)?;
    rows.iter().map(hours_from_row).collect()
}

pub(crate) async fn all_hours(conn: &mut AnyConnection) -> StoreResult<Vec<HoursEntry>> {
    let rows = sqlx::query(select_hours!("ORDER BY on_at, id"))
        .fetch_all(conn)
        .await
        .map_err(db)?;
    rows.iter().map(hours_from_row).collect()
}

macro_rules! request_columns {
    () => {
        "id, person_id, pair_id, session_id, kind, minutes, on_at, note, for_pair, created_at, \
         decided_at, decision"
    };
}

fn request_from_row(row: &AnyRow) -> StoreResult<HoursRequest> {
    let decision: Option<String> = get(row, "decision")?;
    Ok(HoursRequest {
        id: get(row, "id")?,
        entry: hours_from_row(row)?,
        for_pair: flag(row, "for_pair")?,
        decided_at: get(row, "decided_at")?,
        approved: match decision.as_deref() {
            None => None,
            Some("approved") => Some(true),
            Some("refused") => Some(false),
            Some(other) => {
                return Err(StoreError::Corrupt(format!(
                    "hours request decision {other:?}"
                )));
            }
        },
    })
}

/// Files hours over the budget for a decision (id and decision ignored).
pub(crate) async fn insert_request(
    conn: &mut AnyConnection,
    request: &HoursRequest,
) -> StoreResult<i64> {
    let entry = &request.entry;
    let row = sqlx::query(
        "INSERT INTO hours_requests (person_id, pair_id, session_id, kind, minutes, on_at, note, \
         for_pair, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
    )
    .bind(entry.person_id)
    .bind(entry.pair_id)
    .bind(entry.session_id)
    .bind(entry.kind.as_str())
    .bind(i64::from(entry.minutes))
    .bind(entry.on)
    .bind(entry.note.clone())
    .bind(request.for_pair)
    .bind(entry.created_at)
    .fetch_one(conn)
    .await
    .map_err(db)?;
    get(&row, "id")
}

pub(crate) async fn request(
    conn: &mut AnyConnection,
    id: i64,
) -> StoreResult<Option<HoursRequest>> {
    let row = sqlx::query(concat!(
        "SELECT ",
        request_columns!(),
        " FROM hours_requests WHERE id = $1"
    ))
    .bind(id)
    .fetch_optional(conn)
    .await
    .map_err(db)?;
    row.as_ref().map(request_from_row).transpose()
}

/// Decides an open request in one statement, so that of two coordinators
/// deciding at once exactly one succeeds.
pub(crate) async fn decide_request(
    conn: &mut AnyConnection,
    id: i64,
    approved: bool,
    by: PersonId,
    now: Millis,
) -> StoreResult<Option<HoursRequest>> {
    let row = sqlx::query(concat!(
        "UPDATE hours_requests SET decided_at = $2, decision = $3, decided_by = $4 \
         WHERE id = $1 AND decided_at IS NULL RETURNING ",
        request_columns!()
    ))
    .bind(id)
    .bind(now)
    .bind(if approved { "approved" } else { "refused" })
    .bind(by)
    .fetch_optional(conn)
    .await
    .map_err(db)?;
    row.as_ref().map(request_from_row).transpose()
}

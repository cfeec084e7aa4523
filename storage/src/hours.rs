//! Logged hours: time a person spent on the programme, with the pair and
//! session it was for when there was one. Listed by when the time was spent,
//! then as logged (id).

use bot_core::model::{HoursEntry, HoursKind, PersonId};
use bot_core::ports::StoreResult;
use sqlx::AnyConnection;
use sqlx::any::AnyRow;

use crate::error::db;
use crate::row::{count, get, parse};

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

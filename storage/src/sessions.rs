//! A pair's sessions: booked by one of its people, confirmed, moved,
//! cancelled, held or missed. A recurring series is named by its first
//! session's id; every listing is by start time, then as booked (id).

use bot_core::model::{MeetingMode, Millis, PersonId, Session, SessionState};
use bot_core::ports::StoreResult;
use sqlx::AnyConnection;
use sqlx::any::AnyRow;

use crate::error::db;
use crate::row::{count, get, parse};

/// Selects sessions (as `s`, for joins) with `$rest` after the FROM.
macro_rules! select_session {
    ($rest:literal) => {
        concat!(
            "SELECT s.id, s.pair_id, s.booked_by, s.starts_at, s.minutes, s.mode, s.place, \
             s.state, s.series_id, s.repeat_rule, s.timezone, s.created_at, s.updated_at \
             FROM sessions s ",
            $rest
        )
    };
}

fn session_from_row(row: &AnyRow) -> StoreResult<Session> {
    Ok(Session {
        id: get(row, "id")?,
        pair_id: get(row, "pair_id")?,
        booked_by: get(row, "booked_by")?,
        starts_at: get(row, "starts_at")?,
        minutes: count(row, "minutes")?,
        mode: parse(row, "mode", MeetingMode::parse)?,
        place: get(row, "place")?,
        state: parse(row, "state", SessionState::parse)?,
        series_id: get(row, "series_id")?,
        repeat: get(row, "repeat_rule")?,
        timezone: get(row, "timezone")?,
        created_at: get(row, "created_at")?,
        updated_at: get(row, "updated_at")?,
    })
}

/// Inserts a session (the `id` field is ignored) and returns its id.
pub(crate) async fn insert_session(
    conn: &mut AnyConnection,
    session: &Session,
) -> StoreResult<i64> {
    let row = sqlx::query(
        "INSERT INTO sessions (pair_id, booked_by, starts_at, minutes, mode, place, state, \
         series_id, repeat_rule, timezone, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id",
    )
    .bind(session.pair_id)
    .bind(session.booked_by)
    .bind(session.starts_at)
    .bind(i64::from(session.minutes))
    .bind(session.mode.as_str())
    .bind(session.place.clone())
    .bind(session.state.as_str())
    .bind(session.series_id)
    .bind(session.repeat.clone())
    .bind(&session.timezone)
    .bind(session.created_at)
    .bind(session.updated_at)
    .fetch_one(conn)
    .await
    .map_err(db)?;
    get(&row, "id")
}

pub(crate) async fn session(conn: &mut AnyConnection, id: i64) -> StoreResult<Option<Session>> {
    let row = sqlx::query(select_session!("WHERE s.id = $1"))
        .bind(id)
        .fetch_optional(conn)
        .await
        .map_err(db)?;
    row.as_ref().map(session_from_row).transpose()
}

/// Writes every field but the id, the pair and the creation time.
pub(crate) async fn update_session(conn: &mut AnyConnection, session: &Session) -> StoreResult<()> {
    sqlx::query(
        "UPDATE sessions SET booked_by = $1, starts_at = $2, minutes = $3, mode = $4, place = $5, \
         state = $6, series_id = $7, repeat_rule = $8, timezone = $9, updated_at = $10 \
         WHERE id = $11",
    )
    .bind(session.booked_by)
    .bind(session.starts_at)
    .bind(i64::from(session.minutes))
    .bind(session.mode.as_str())
    .bind(session.place.clone())
    .bind(session.state.as_str())
    .bind(session.series_id)
    .bind(session.repeat.clone())
    .bind(&session.timezone)
    .bind(session.updated_at)
    .bind(session.id)
    .execute(conn)
    .await
    .map_err(db)?;
    Ok(())
}

pub(crate) async fn sessions_of_pair(
    conn: &mut AnyConnection,
    pair: i64,
) -> StoreResult<Vec<Session>> {
    let rows = sqlx::query(select_session!(
        "WHERE s.pair_id = $1 ORDER BY s.starts_at, s.id"
    ))
    .bind(pair)
    .fetch_all(conn)
    .await
    .map_err(db)?;
    rows.iter().map(session_from_row).collect()
}

/// The sessions of every pair the person is in, as mentor or mentee.
pub(crate) async fn sessions_of_person(
    conn: &mut AnyConnection,
    person: PersonId,
) -> StoreResult<Vec<Session>> {
    let rows = sqlx::query(select_session!(
        "JOIN pairs p ON p.id = s.pair_id \
         WHERE p.mentor_id = $1 OR p.mentee_id = $1 ORDER BY s.starts_at, s.id"
    ))
    .bind(person)
    .fetch_all(conn)
    .await
    .map_err(db)?;
    rows.iter().map(session_from_row).collect()
}

pub(crate) async fn sessions_in_series(
    conn: &mut AnyConnection,
    series: i64,
) -> StoreResult<Vec<Session>> {
    let rows = sqlx::query(select_session!(
        "WHERE s.series_id = $1 ORDER BY s.starts_at, s.id"
    ))
    .bind(series)
    .fetch_all(conn)
    .await
    .map_err(db)?;
    rows.iter().map(session_from_row).collect()
}

/// Sessions starting at or after `from` and before `to`.
pub(crate) async fn sessions_between(
    conn: &mut AnyConnection,
    from: Millis,
    to: Millis,
) -> StoreResult<Vec<Session>> {
    let rows = sqlx::query(select_session!(
        "WHERE s.starts_at >= $1 AND s.starts_at < $2 ORDER BY s.starts_at, s.id"
    ))
    .bind(from)
    .bind(to)
    .fetch_all(conn)
    .await
    .map_err(db)?;
    rows.iter().map(session_from_row).collect()
}

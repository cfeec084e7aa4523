//! Group sessions: scheduled in a room, run, ended or cancelled. The round
//! under way is the core's JSON; listings are by start time, then id.

use bot_core::model::{GroupSession, GroupState, Millis, NotesConsent, PersonId};
use bot_core::ports::StoreResult;
use sqlx::AnyConnection;
use sqlx::any::AnyRow;

use crate::dialect::Backend;
use crate::error::{corrupt, db};
use crate::row::{count, get, opt_parse, parse, to_json};

macro_rules! select_group_session {
    ($rest:literal) => {
        concat!(
            "SELECT id, platform, room, circle_id, topic, starts_at, minutes, timezone, language, \
             state, facilitator_id, started_at, ended_at, round, summary, consent, entry_id, \
             created_at, updated_at FROM group_sessions ",
            $rest
        )
    };
}

fn from_row(row: &AnyRow) -> StoreResult<GroupSession> {
    let round: Option<String> = get(row, "round")?;
    let round = round
        .map(|text| serde_json::from_str(&text).map_err(|e| corrupt(format!("column round: {e}"))))
        .transpose()?;
    Ok(GroupSession {
        id: get(row, "id")?,
        platform: get(row, "platform")?,
        room: get(row, "room")?,
        circle_id: get(row, "circle_id")?,
        topic: get(row, "topic")?,
        starts_at: get(row, "starts_at")?,
        minutes: count(row, "minutes")?,
        timezone: get(row, "timezone")?,
        language: get(row, "language")?,
        state: parse(row, "state", GroupState::parse)?,
        facilitator_id: get(row, "facilitator_id")?,
        started_at: get(row, "started_at")?,
        ended_at: get(row, "ended_at")?,
        round,
        summary: get(row, "summary")?,
        consent: opt_parse(row, "consent", NotesConsent::parse)?,
        entry_id: get(row, "entry_id")?,
        created_at: get(row, "created_at")?,
        updated_at: get(row, "updated_at")?,
    })
}

fn round_json(session: &GroupSession) -> StoreResult<Option<String>> {
    session.round.as_ref().map(to_json).transpose()
}

pub(crate) async fn insert(conn: &mut AnyConnection, s: &GroupSession) -> StoreResult<i64> {
    let row = sqlx::query(
        "INSERT INTO group_sessions (platform, room, circle_id, topic, starts_at, minutes, \
         timezone, language, state, facilitator_id, started_at, ended_at, round, summary, \
         consent, entry_id, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18) \
         RETURNING id",
    )
    .bind(&s.platform)
    .bind(&s.room)
    .bind(s.circle_id)
    .bind(&s.topic)
    .bind(s.starts_at)
    .bind(i64::from(s.minutes))
    .bind(&s.timezone)
    .bind(&s.language)
    .bind(s.state.as_str())
    .bind(s.facilitator_id)
    .bind(s.started_at)
    .bind(s.ended_at)
    .bind(round_json(s)?)
    .bind(s.summary.clone())
    .bind(s.consent.map(NotesConsent::as_str))
    .bind(s.entry_id)
    .bind(s.created_at)
    .bind(s.updated_at)
    .fetch_one(conn)
    .await
    .map_err(db)?;
    get(&row, "id")
}

pub(crate) async fn session(
    conn: &mut AnyConnection,
    id: i64,
) -> StoreResult<Option<GroupSession>> {
    let row = sqlx::query(select_group_session!("WHERE id = $1"))
        .bind(id)
        .fetch_optional(conn)
        .await
        .map_err(db)?;
    row.as_ref().map(from_row).transpose()
}

/// Reads and locks a session. SQLite needs no row lock: its read-write
/// transactions already hold the database's only write lock. The only
/// backend difference of this area, kept here beside the statement it changes.
pub(crate) async fn lock(
    conn: &mut AnyConnection,
    backend: Backend,
    id: i64,
) -> StoreResult<Option<GroupSession>> {
    let sql = match backend {
        Backend::Sqlite => select_group_session!("WHERE id = $1"),
        Backend::Postgres => select_group_session!("WHERE id = $1 FOR UPDATE"),
    };
    let row = sqlx::query(sql)
        .bind(id)
        .fetch_optional(conn)
        .await
        .map_err(db)?;
    row.as_ref().map(from_row).transpose()
}

pub(crate) async fn update(conn: &mut AnyConnection, s: &GroupSession) -> StoreResult<()> {
    sqlx::query(
        "UPDATE group_sessions SET circle_id = $1, topic = $2, starts_at = $3, minutes = $4, \
         timezone = $5, language = $6, state = $7, facilitator_id = $8, started_at = $9, \
         ended_at = $10, round = $11, summary = $12, consent = $13, entry_id = $14, \
         updated_at = $15 WHERE id = $16",
    )
    .bind(s.circle_id)
    .bind(&s.topic)
    .bind(s.starts_at)
    .bind(i64::from(s.minutes))
    .bind(&s.timezone)
    .bind(&s.language)
    .bind(s.state.as_str())
    .bind(s.facilitator_id)
    .bind(s.started_at)
    .bind(s.ended_at)
    .bind(round_json(s)?)
    .bind(s.summary.clone())
    .bind(s.consent.map(NotesConsent::as_str))
    .bind(s.entry_id)
    .bind(s.updated_at)
    .bind(s.id)
    .execute(conn)
    .await
    .map_err(db)?;
    Ok(())
}

pub(crate) async fn open_in_room(
    conn: &mut AnyConnection,
    platform: &str,
    room: &str,
) -> StoreResult<Vec<GroupSession>> {
    let rows = sqlx::query(select_group_session!(
        "WHERE platform = $1 AND room = $2 AND state IN ('scheduled', 'running') \
         ORDER BY starts_at, id"
    ))
    .bind(platform)
    .bind(room)
    .fetch_all(conn)
    .await
    .map_err(db)?;
    rows.iter().map(from_row).collect()
}

/// Who presented in the sessions of a circle, oldest first.
pub(crate) async fn presentations(
    conn: &mut AnyConnection,
    circle: i64,
) -> StoreResult<Vec<(PersonId, Millis)>> {
    let rows = sqlx::query(
        "SELECT m.person_id, m.presented_at FROM group_members m \
         JOIN group_sessions s ON s.id = m.session_id \
         WHERE s.circle_id = $1 AND m.presented_at IS NOT NULL \
         ORDER BY m.presented_at, m.person_id",
    )
    .bind(circle)
    .fetch_all(conn)
    .await
    .map_err(db)?;
    rows.iter()
        .map(|row| Ok((get(row, "person_id")?, get(row, "presented_at")?)))
        .collect()
}

//! The people of a group session: invited or guests, their answer to the
//! invitation, attendance, whether they presented, and their consent to
//! saving the notes. Yes/no answers are stored as `yes`/`no` text, so an
//! unanswered one is simply NULL on both backends.

use bot_core::model::GroupMember;
use bot_core::ports::StoreResult;
use sqlx::AnyConnection;
use sqlx::any::AnyRow;

use crate::error::{corrupt, db};
use crate::row::{flag, get};

fn answer_to_text(answer: Option<bool>) -> Option<&'static str> {
    answer.map(|yes| if yes { "yes" } else { "no" })
}

fn answer(row: &AnyRow, column: &str) -> StoreResult<Option<bool>> {
    let text: Option<String> = get(row, column)?;
    match text.as_deref() {
        None => Ok(None),
        Some("yes") => Ok(Some(true)),
        Some("no") => Ok(Some(false)),
        Some(other) => Err(corrupt(format!("column {column}: unknown value {other:?}"))),
    }
}

pub(crate) async fn upsert(conn: &mut AnyConnection, m: &GroupMember) -> StoreResult<()> {
    sqlx::query(
        "INSERT INTO group_members (session_id, person_id, invited, rsvp, present_at, \
         presented_at, consent) VALUES ($1, $2, $3, $4, $5, $6, $7) \
         ON CONFLICT (session_id, person_id) DO UPDATE SET invited = $3, rsvp = $4, \
         present_at = $5, presented_at = $6, consent = $7",
    )
    .bind(m.session_id)
    .bind(m.person_id)
    .bind(m.invited)
    .bind(answer_to_text(m.rsvp))
    .bind(m.present_at)
    .bind(m.presented_at)
    .bind(answer_to_text(m.consent))
    .execute(conn)
    .await
    .map_err(db)?;
    Ok(())
}

pub(crate) async fn of_session(
    conn: &mut AnyConnection,
    session: i64,
) -> StoreResult<Vec<GroupMember>> {
    let rows = sqlx::query(
        "SELECT session_id, person_id, invited, rsvp, present_at, presented_at, consent \
         FROM group_members WHERE session_id = $1 ORDER BY person_id",
    )
    .bind(session)
    .fetch_all(conn)
    .await
    .map_err(db)?;
    rows.iter()
        .map(|row| {
            Ok(GroupMember {
                session_id: get(row, "session_id")?,
                person_id: get(row, "person_id")?,
                invited: flag(row, "invited")?,
                rsvp: answer(row, "rsvp")?,
                present_at: get(row, "present_at")?,
                presented_at: get(row, "presented_at")?,
                consent: answer(row, "consent")?,
            })
        })
        .collect()
}

//! Questions nobody could answer, passed to mentors: who asked, what, who
//! answered and how, and whether both agreed that the answer becomes an
//! entry.

use bot_core::model::RoutedQuestion;
use bot_core::ports::StoreResult;
use sqlx::AnyConnection;
use sqlx::any::AnyRow;

use crate::error::db;
use crate::row::{flag, get, json, to_json};

fn question_from_row(row: &AnyRow) -> StoreResult<RoutedQuestion> {
    Ok(RoutedQuestion {
        id: get(row, "id")?,
        asker_id: get(row, "asker_id")?,
        text: get(row, "text")?,
        language: get(row, "language")?,
        tags: json(row, "tags")?,
        answered_by: get(row, "answered_by")?,
        answer: get(row, "answer")?,
        asker_consent: flag(row, "asker_consent")?,
        mentor_consent: flag(row, "mentor_consent")?,
        entry_id: get(row, "entry_id")?,
        created_at: get(row, "created_at")?,
        answered_at: get(row, "answered_at")?,
    })
}

/// Inserts a question (the `id` field is ignored) and returns its id.
pub(crate) async fn insert_question(
    conn: &mut AnyConnection,
    question: &RoutedQuestion,
) -> StoreResult<i64> {
    let row = sqlx::query(
        "INSERT INTO questions (asker_id, text, language, tags, answered_by, answer, \
         asker_consent, mentor_consent, entry_id, created_at, answered_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id",
    )
    .bind(question.asker_id)
    .bind(&question.text)
    .bind(&question.language)
    .bind(to_json(&question.tags)?)
    .bind(question.answered_by)
    .bind(question.answer.clone())
    .bind(question.asker_consent)
    .bind(question.mentor_consent)
    .bind(question.entry_id)
    .bind(question.created_at)
    .bind(question.answered_at)
    .fetch_one(conn)
    .await
    .map_err(db)?;
    get(&row, "id")
}

pub(crate) async fn question(
    conn: &mut AnyConnection,
    id: i64,
) -> StoreResult<Option<RoutedQuestion>> {
    let row = sqlx::query(
        "SELECT id, asker_id, text, language, tags, answered_by, answer, asker_consent, \
         mentor_consent, entry_id, created_at, answered_at FROM questions WHERE id = $1",
    )
    .bind(id)
    .fetch_optional(conn)
    .await
    .map_err(db)?;
    row.as_ref().map(question_from_row).transpose()
}

/// Writes every field but the id, the asker and the creation time.
pub(crate) async fn update_question(
    conn: &mut AnyConnection,
    question: &RoutedQuestion,
) -> StoreResult<()> {
    sqlx::query(
        "UPDATE questions SET text = $1, language = $2, tags = $3, answered_by = $4, answer = $5, \
         asker_consent = $6, mentor_consent = $7, entry_id = $8, answered_at = $9 WHERE id = $10",
    )
    .bind(&question.text)
    .bind(&question.language)
    .bind(to_json(&question.tags)?)
    .bind(question.answered_by)
    .bind(question.answer.clone())
    .bind(question.asker_consent)
    .bind(question.mentor_consent)
    .bind(question.entry_id)
    .bind(question.answered_at)
    .bind(question.id)
    .execute(conn)
    .await
    .map_err(db)?;
    Ok(())
}

//! Check-ins (a pair's rating by one of its people) and reports (a
//! deliverable's answers). Both are listed oldest first, then as recorded
//! (id).

use bot_core::model::{CheckIn, PersonId, Report};
use bot_core::ports::StoreResult;
use sqlx::AnyConnection;
use sqlx::any::AnyRow;

use crate::error::{corrupt, db};
use crate::row::{get, json, to_json};

fn checkin_from_row(row: &AnyRow) -> StoreResult<CheckIn> {
    let rating: i64 = get(row, "rating")?;
    Ok(CheckIn {
        id: get(row, "id")?,
        pair_id: get(row, "pair_id")?,
        person_id: get(row, "person_id")?,
        rating: u8::try_from(rating)
            .map_err(|_| corrupt(format!("column rating: {rating} is out of range")))?,
        comment: get(row, "comment")?,
        at: get(row, "at")?,
    })
}

/// Inserts a check-in (the `id` field is ignored). A rating outside 1–5 is
/// refused by the table.
pub(crate) async fn insert_checkin(
    conn: &mut AnyConnection,
    checkin: &CheckIn,
) -> StoreResult<i64> {
    let row = sqlx::query(
        "INSERT INTO checkins (pair_id, person_id, rating, comment, at) \
         VALUES ($1, $2, $3, $4, $5) RETURNING id",
    )
    .bind(checkin.pair_id)
    .bind(checkin.person_id)
    .bind(i64::from(checkin.rating))
    .bind(checkin.comment.clone())
    .bind(checkin.at)
    .fetch_one(conn)
    .await
    .map_err(db)?;
    get(&row, "id")
}

pub(crate) async fn checkins_of_pair(
    conn: &mut AnyConnection,
    pair: i64,
) -> StoreResult<Vec<CheckIn>> {
    let rows = sqlx::query(
        "SELECT id, pair_id, person_id, rating, comment, at FROM checkins \
         WHERE pair_id = $1 ORDER BY at, id",
    )
    .bind(pair)
    .fetch_all(conn)
    .await
    .map_err(db)?;
    rows.iter().map(checkin_from_row).collect()
}

macro_rules! select_report {
    ($rest:literal) => {
        concat!(
            "SELECT id, person_id, pair_id, deliverable, answers, language, submitted_at \
             FROM reports ",
            $rest
        )
    };
}

fn report_from_row(row: &AnyRow) -> StoreResult<Report> {
    Ok(Report {
        id: get(row, "id")?,
        person_id: get(row, "person_id")?,
        pair_id: get(row, "pair_id")?,
        deliverable: get(row, "deliverable")?,
        answers: json(row, "answers")?,
        language: get(row, "language")?,
        submitted_at: get(row, "submitted_at")?,
    })
}

/// Inserts a report (the `id` field is ignored); the answers are stored as
/// a JSON array.
pub(crate) async fn insert_report(conn: &mut AnyConnection, report: &Report) -> StoreResult<i64> {
    let row = sqlx::query(
        "INSERT INTO reports (person_id, pair_id, deliverable, answers, language, submitted_at) \
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(report.person_id)
    .bind(report.pair_id)
    .bind(&report.deliverable)
    .bind(to_json(&report.answers)?)
    .bind(&report.language)
    .bind(report.submitted_at)
    .fetch_one(conn)
    .await
    .map_err(db)?;
    get(&row, "id")
}

pub(crate) async fn reports_of(
    conn: &mut AnyConnection,
    person: PersonId,
) -> StoreResult<Vec<Report>> {
    let rows = sqlx::query(select_report!(
        "WHERE person_id = $1 ORDER BY submitted_at, id"
    ))
    .bind(person)
    .fetch_all(conn)
    .await
    .map_err(db)?;
    rows.iter().map(report_from_row).collect()
}

pub(crate) async fn all_reports(conn: &mut AnyConnection) -> StoreResult<Vec<Report>> {
    let rows = sqlx::query(select_report!("ORDER BY submitted_at, id"))
        .fetch_all(conn)
        .await
        .map_err(db)?;
    rows.iter().map(report_from_row).collect()
}

//! Mentor applications, reviewed by coordinators.

use bot_core::model::{Application, ApplicationStatus, Millis, PersonId};
use bot_core::ports::StoreResult;
use sqlx::AnyConnection;
use sqlx::any::AnyRow;

use crate::error::db;
use crate::row::{get, parse};

macro_rules! select_application {
    ($rest:literal) => {
        concat!(
            "SELECT id, person_id, status, reason, interview_at, decided_by, created_at, decided_at FROM applications ",
            $rest
        )
    };
}

/// The statuses still waiting for a decision (`ApplicationStatus::is_open`),
/// bound into `open_applications`; a unit test keeps the two in step.
const OPEN: [ApplicationStatus; 2] = [ApplicationStatus::Pending, ApplicationStatus::Interview];

fn application_from_row(row: &AnyRow) -> StoreResult<Application> {
    Ok(Application {
        id: get(row, "id")?,
        person_id: get(row, "person_id")?,
        status: parse(row, "status", ApplicationStatus::parse)?,
        reason: get(row, "reason")?,
        interview_at: get(row, "interview_at")?,
        decided_by: get(row, "decided_by")?,
        created_at: get(row, "created_at")?,
        decided_at: get(row, "decided_at")?,
    })
}

pub(crate) async fn insert_application(
    conn: &mut AnyConnection,
    person: PersonId,
    now: Millis,
) -> StoreResult<i64> {
    let row = sqlx::query(
        "INSERT INTO applications (person_id, status, created_at) VALUES ($1, $2, $3) RETURNING id",
    )
    .bind(person)
    .bind(ApplicationStatus::Pending.as_str())
    .bind(now)
    .fetch_one(conn)
    .await
    .map_err(db)?;
    get(&row, "id")
}

pub(crate) async fn application(
    conn: &mut AnyConnection,
    id: i64,
) -> StoreResult<Option<Application>> {
    let row = sqlx::query(select_application!("WHERE id = $1"))
        .bind(id)
        .fetch_optional(conn)
        .await
        .map_err(db)?;
    row.as_ref().map(application_from_row).transpose()
}

/// Writes the review fields; who applied and when never change.
pub(crate) async fn update_application(
    conn: &mut AnyConnection,
    application: &Application,
) -> StoreResult<()> {
    sqlx::query(
        "UPDATE applications SET status = $1, reason = $2, interview_at = $3, decided_by = $4, decided_at = $5 \
         WHERE id = $6",
    )
    .bind(application.status.as_str())
    .bind(application.reason.as_deref())
    .bind(application.interview_at)
    .bind(application.decided_by)
    .bind(application.decided_at)
    .bind(application.id)
    .execute(conn)
    .await
    .map_err(db)?;
    Ok(())
}

/// Open applications, oldest first: the order a coordinator should review them.
pub(crate) async fn open_applications(conn: &mut AnyConnection) -> StoreResult<Vec<Application>> {
    let rows = sqlx::query(select_application!(
        "WHERE status IN ($1, $2) ORDER BY created_at, id"
    ))
    .bind(OPEN[0].as_str())
    .bind(OPEN[1].as_str())
    .fetch_all(conn)
    .await
    .map_err(db)?;
    rows.iter().map(application_from_row).collect()
}

pub(crate) async fn applications_of(
    conn: &mut AnyConnection,
    person: PersonId,
) -> StoreResult<Vec<Application>> {
    let rows = sqlx::query(select_application!(
        "WHERE person_id = $1 ORDER BY created_at, id"
    ))
    .bind(person)
    .fetch_all(conn)
    .await
    .map_err(db)?;
    rows.iter().map(application_from_row).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn open_statuses_are_the_cores() {
        for status in [
            ApplicationStatus::Pending,
            ApplicationStatus::Interview,
            ApplicationStatus::Approved,
            ApplicationStatus::Rejected,
        ] {
            assert_eq!(OPEN.contains(&status), status.is_open(), "{status:?}");
        }
    }
}

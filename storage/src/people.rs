//! People (one row per human, whatever platforms they use) and the
//! competences they offer or seek.

use bot_core::model::{
    CareerStage, CompetenceClaim, Direction, MeetingMode, MentorStatus, Person, PersonId, Role,
};
use bot_core::ports::StoreResult;
use sqlx::any::{AnyArguments, AnyRow};
use sqlx::query::Query;
use sqlx::{Any, AnyConnection};

use crate::error::db;
use crate::row::{count, flag, get, json, opt_count, opt_parse, parse, to_json};

macro_rules! select_person {
    ($rest:literal) => {
        concat!(
            "SELECT id, name, locale, country, organisation, sector, career_stage, languages, goals, \
             availability_hours, timezone, meeting_mode, is_coordinator, mentor_status, invited_as, \
             notify_platform, capacity, email, consent_at, created_at, updated_at FROM persons ",
            $rest
        )
    };
}

/// The key names are matched on: lowercased here rather than with SQL
/// `lower()`, which SQLite applies to ASCII letters only.
fn name_key(name: &str) -> String {
    name.to_lowercase()
}

/// The key e-mail addresses are unique by and matched on, lowercased like
/// [`name_key`]. The whole address is lowercased: the local part is case
/// sensitive in theory, never in practice.
fn email_key(email: &str) -> String {
    email.to_lowercase()
}

fn person_from_row(row: &AnyRow) -> StoreResult<Person> {
    Ok(Person {
        id: get(row, "id")?,
        name: get(row, "name")?,
        locale: get(row, "locale")?,
        country: get(row, "country")?,
        organisation: get(row, "organisation")?,
        sector: get(row, "sector")?,
        career_stage: opt_parse(row, "career_stage", CareerStage::parse)?,
        languages: json(row, "languages")?,
        goals: get(row, "goals")?,
        availability_hours: opt_count(row, "availability_hours")?,
        timezone: get(row, "timezone")?,
        meeting_mode: opt_parse(row, "meeting_mode", MeetingMode::parse)?,
        is_coordinator: flag(row, "is_coordinator")?,
        mentor_status: parse(row, "mentor_status", MentorStatus::parse)?,
        invited_as: opt_parse(row, "invited_as", Role::parse)?,
        notify_platform: get(row, "notify_platform")?,
        capacity: count(row, "capacity")?,
        email: get(row, "email")?,
        consent_at: get(row, "consent_at")?,
        created_at: get(row, "created_at")?,
        updated_at: get(row, "updated_at")?,
    })
}

/// Binds the columns that insert and update share, as $1..$21 in this order:
/// name, name_key, locale, country, organisation, sector, career_stage,
/// languages, goals, availability_hours, timezone, meeting_mode,
/// is_coordinator, mentor_status, invited_as, notify_platform, capacity,
/// email, email_key, consent_at, updated_at.
fn bind_person<'q>(
    query: Query<'q, Any, AnyArguments>,
    p: &Person,
) -> StoreResult<Query<'q, Any, AnyArguments>> {
    Ok(query
        .bind(p.name.clone())
        .bind(name_key(&p.name))
        .bind(p.locale.clone())
        .bind(p.country.clone())
        .bind(p.organisation.clone())
        .bind(p.sector.clone())
        .bind(p.career_stage.map(CareerStage::as_str))
        .bind(to_json(&p.languages)?)
        .bind(p.goals.clone())
        .bind(p.availability_hours.map(i64::from))
        .bind(p.timezone.clone())
        .bind(p.meeting_mode.map(MeetingMode::as_str))
        .bind(p.is_coordinator)
        .bind(p.mentor_status.as_str())
        .bind(p.invited_as.map(Role::as_str))
        .bind(p.notify_platform.clone())
        .bind(i64::from(p.capacity))
        .bind(p.email.clone())
        .bind(p.email.as_deref().map(email_key))
        .bind(p.consent_at)
        .bind(p.updated_at))
}

pub(crate) async fn person(conn: &mut AnyConnection, id: PersonId) -> StoreResult<Option<Person>> {
    let row = sqlx::query(select_person!("WHERE id = $1"))
        .bind(id)
        .fetch_optional(conn)
        .await
        .map_err(db)?;
    row.as_ref().map(person_from_row).transpose()
}

pub(crate) async fn insert_person(
    conn: &mut AnyConnection,
    person: &Person,
) -> StoreResult<PersonId> {
    let query = sqlx::query(
        "INSERT INTO persons (name, name_key, locale, country, organisation, sector, career_stage, \
         languages, goals, availability_hours, timezone, meeting_mode, is_coordinator, mentor_status, \
         invited_as, notify_platform, capacity, email, email_key, consent_at, updated_at, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, \
         $20, $21, $22) \
         RETURNING id",
    );
    let row = bind_person(query, person)?
        .bind(person.created_at)
        .fetch_one(conn)
        .await
        .map_err(db)?;
    get(&row, "id")
}

/// Writes every field but `id` and `created_at`, which never change.
pub(crate) async fn update_person(conn: &mut AnyConnection, person: &Person) -> StoreResult<()> {
    let query = sqlx::query(
        "UPDATE persons SET name = $1, name_key = $2, locale = $3, country = $4, organisation = $5, \
         sector = $6, career_stage = $7, languages = $8, goals = $9, availability_hours = $10, \
         timezone = $11, meeting_mode = $12, is_coordinator = $13, mentor_status = $14, \
         invited_as = $15, notify_platform = $16, capacity = $17, email = $18, email_key = $19, \
         consent_at = $20, updated_at = $21 WHERE id = $22",
    );
    bind_person(query, person)?
        .bind(person.id)
        .execute(conn)
        .await
        .map_err(db)?;
    Ok(())
}

pub(crate) async fn persons_named(
    conn: &mut AnyConnection,
    name: &str,
) -> StoreResult<Vec<Person>> {
    let rows = sqlx::query(select_person!("WHERE name_key = $1 ORDER BY id"))
        .bind(name_key(name))
        .fetch_all(conn)
        .await
        .map_err(db)?;
    rows.iter().map(person_from_row).collect()
}

/// Everyone, in id order (matching, imports, statistics).
pub(crate) async fn all_persons(conn: &mut AnyConnection) -> StoreResult<Vec<Person>> {
    let rows = sqlx::query(select_person!("ORDER BY id"))
        .fetch_all(conn)
        .await
        .map_err(db)?;
    rows.iter().map(person_from_row).collect()
}

/// The person with this e-mail address, ignoring case.
pub(crate) async fn person_by_email(
    conn: &mut AnyConnection,
    email: &str,
) -> StoreResult<Option<Person>> {
    let row = sqlx::query(select_person!("WHERE email_key = $1"))
        .bind(email_key(email))
        .fetch_optional(conn)
        .await
        .map_err(db)?;
    row.as_ref().map(person_from_row).transpose()
}

pub(crate) async fn coordinators(conn: &mut AnyConnection) -> StoreResult<Vec<Person>> {
    // A bare boolean test: true on PostgreSQL, non-zero on SQLite.
    let rows = sqlx::query(select_person!("WHERE is_coordinator ORDER BY id"))
        .fetch_all(conn)
        .await
        .map_err(db)?;
    rows.iter().map(person_from_row).collect()
}

pub(crate) async fn competences(
    conn: &mut AnyConnection,
    person: PersonId,
) -> StoreResult<Vec<CompetenceClaim>> {
    let rows = sqlx::query("SELECT competence, direction, years FROM competences WHERE person_id = $1 ORDER BY position")
        .bind(person)
        .fetch_all(conn)
        .await
        .map_err(db)?;
    rows.iter().map(claim_from_row).collect()
}

/// Every claim of everyone, by person and then in each person's order.
pub(crate) async fn all_competences(
    conn: &mut AnyConnection,
) -> StoreResult<Vec<(PersonId, CompetenceClaim)>> {
    let rows = sqlx::query(
        "SELECT person_id, competence, direction, years FROM competences ORDER BY person_id, position",
    )
    .fetch_all(conn)
    .await
    .map_err(db)?;
    rows.iter()
        .map(|row| Ok((get(row, "person_id")?, claim_from_row(row)?)))
        .collect()
}

fn claim_from_row(row: &AnyRow) -> StoreResult<CompetenceClaim> {
    Ok(CompetenceClaim {
        competence: get(row, "competence")?,
        direction: parse(row, "direction", Direction::parse)?,
        years: opt_count(row, "years")?,
    })
}

/// Replaces the person's claims wholesale: the profile dialog always edits the full list.
pub(crate) async fn set_competences(
    conn: &mut AnyConnection,
    person: PersonId,
    claims: &[CompetenceClaim],
) -> StoreResult<()> {
    sqlx::query("DELETE FROM competences WHERE person_id = $1")
        .bind(person)
        .execute(&mut *conn)
        .await
        .map_err(db)?;
    for (position, claim) in (0_i64..).zip(claims) {
        sqlx::query(
            "INSERT INTO competences (person_id, position, competence, direction, years) VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(person)
        .bind(position)
        .bind(&claim.competence)
        .bind(claim.direction.as_str())
        .bind(claim.years.map(i64::from))
        .execute(&mut *conn)
        .await
        .map_err(db)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_match_ignoring_case_beyond_ascii() {
        assert_eq!(email_key("Zoë.Ünal@Example.ORG"), "zoë.ünal@example.org");
        assert_eq!(name_key("ÉLODIE"), name_key("élodie"));
        assert_eq!(name_key("ΣΩΚΡΆΤΗΣ"), name_key("σωκράτης"));
        assert_eq!(name_key("Анна"), name_key("АННА"));
    }
}

//! Storing checked rows: new people are created, people already imported
//! (by email) are updated. Each new person gets a one-time code to claim
//! their profile from a chat account (`/start CODE`), since an import knows
//! their email but none of their chat accounts.

use serde_json::json;

use crate::context::Deps;
use crate::error::CoreError;
use crate::model::{CompetenceClaim, Direction, MentorStatus, Person};
use crate::time::DAY_MS;

use super::parse::{ImportRow, RowError, parse_participants};

/// How long a claim code from an import stays valid.
const CLAIM_DAYS: i64 = 30;
const CLAIM_CODE_LEN: usize = 6;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Imported {
    pub line: usize,
    pub email: String,
    pub name: String,
    /// Whether the person is new (else an earlier import was updated).
    pub created: bool,
    /// `/start <code>` claims the profile from a chat account; None when the
    /// person already has a chat account.
    pub claim_code: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportReport {
    pub imported: Vec<Imported>,
    pub errors: Vec<RowError>,
}

fn claims(row: &ImportRow) -> Vec<CompetenceClaim> {
    let offers = row.offers.iter().map(|(c, years)| CompetenceClaim {
        competence: c.clone(),
        direction: Direction::Offers,
        years: *years,
    });
    let seeks = row.seeks.iter().map(|c| CompetenceClaim {
        competence: c.clone(),
        direction: Direction::Seeks,
        years: None,
    });
    offers.chain(seeks).collect()
}

/// Imports `text`. With bad rows and without `skip_bad`, nothing is stored.
pub async fn import_participants(
    deps: &Deps,
    text: &str,
    skip_bad: bool,
) -> Result<ImportReport, CoreError> {
    let (rows, errors) = parse_participants(text, &deps.competences, &deps.config.limits);
    if !errors.is_empty() && !skip_bad {
        return Ok(ImportReport {
            imported: Vec::new(),
            errors,
        });
    }
    let now = deps.clock.now_ms();
    let mut tx = deps.store.begin().await?;
    let mut imported = Vec::new();
    for row in &rows {
        let existing = tx.person_by_email(&row.email).await?;
        let created = existing.is_none();
        let mut person = existing.unwrap_or_else(|| Person {
            capacity: row.capacity,
            email: Some(row.email.clone()),
            ..Person::new(String::new(), row.locale.clone(), now)
        });
        person.name = row.name.clone();
        person.country = Some(row.country.clone());
        person.organisation = row.organisation.clone();
        person.sector = row.sector.clone();
        person.career_stage = row.career_stage;
        person.languages = row.languages.clone();
        person.goals = row.goals.clone();
        person.availability_hours = row.availability_hours;
        person.timezone = Some(row.timezone.clone());
        person.capacity = row.capacity;
        person.updated_at = now;
        let was = person.mentor_status;
        person.mentor_status = match (row.offers.is_empty(), row.approved, was) {
            (true, _, _) => MentorStatus::None,
            (false, true, _) | (false, false, MentorStatus::Approved) => MentorStatus::Approved,
            (false, false, MentorStatus::Interview) => MentorStatus::Interview,
            (false, false, _) => MentorStatus::Applicant,
        };
        if created {
            person.id = tx.insert_person(&person).await?;
        } else {
            tx.update_person(&person).await?;
        }
        tx.set_competences(person.id, &claims(row)).await?;
        let needs_application = person.mentor_status == MentorStatus::Applicant
            && !tx
                .applications_of(person.id)
                .await?
                .iter()
                .any(|a| a.status.is_open());
        if needs_application {
            tx.insert_application(person.id, now).await?;
        }
        let claim_code = if tx.accounts_of(person.id).await?.is_empty() {
            let code = deps.codes.code(CLAIM_CODE_LEN);
            tx.insert_link_code(&code, person.id, now + CLAIM_DAYS * DAY_MS)
                .await?;
            Some(code)
        } else {
            None
        };
        imported.push(Imported {
            line: row.line,
            email: row.email.clone(),
            name: row.name.clone(),
            created,
            claim_code,
        });
    }
    let detail = json!({ "rows": imported.len(), "skipped": errors.len() });
    tx.audit(now, None, "import.participants", None, &detail)
        .await?;
    tx.commit().await?;
    Ok(ImportReport { imported, errors })
}

//! The programme's data as CSV files (participants, pairs, sessions, hours,
//! deliverables): `/export` for coordinators and `mentor-cloud export DIR`.

use std::collections::BTreeMap;

use crate::error::CoreError;
use crate::message::FileAttachment;
use crate::model::{Direction, PairState, Person, PersonId};
use crate::ports::StoreTx;
use crate::rules::Deliverable;
use crate::time::format_local;

fn csv_file(
    name: &str,
    header: &[&str],
    rows: Vec<Vec<String>>,
) -> Result<FileAttachment, CoreError> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let fail = |e: csv::Error| CoreError::State(format!("writing {name}: {e}"));
    writer.write_record(header).map_err(fail)?;
    for row in rows {
        writer.write_record(&row).map_err(fail)?;
    }
    let bytes = writer
        .into_inner()
        .map_err(|e| CoreError::State(format!("writing {name}: {e}")))?;
    let text = String::from_utf8(bytes).map_err(|e| CoreError::State(e.to_string()))?;
    Ok(FileAttachment::text(name, "text/csv", text))
}

fn utc(at: i64) -> String {
    format_local(at, chrono_tz::Tz::UTC)
}

/// All five files. Times are UTC; people are keyed by their id (and email when known).
pub async fn programme_csvs(
    tx: &mut dyn StoreTx,
    deliverables: &[Deliverable],
) -> Result<Vec<FileAttachment>, CoreError> {
    let people = tx.all_persons().await?;
    let by_id: BTreeMap<PersonId, &Person> = people.iter().map(|p| (p.id, p)).collect();
    let name = |id: PersonId| by_id.get(&id).map(|p| p.name.clone()).unwrap_or_default();
    let claims = tx.all_competences().await?;
    let list = |id: PersonId, direction: Direction| {
        claims
            .iter()
            .filter(|(p, c)| *p == id && c.direction == direction)
            .map(|(_, c)| c.competence.clone())
            .collect::<Vec<_>>()
            .join(";")
    };
    let participants = people
        .iter()
        .map(|p| {
            vec![
                p.id.to_string(),
                p.email.clone().unwrap_or_default(),
                p.name.clone(),
                p.country.clone().unwrap_or_default(),
                p.organisation.clone().unwrap_or_default(),
                p.sector.clone().unwrap_or_default(),
                p.career_stage
                    .map(|s| s.as_str().to_owned())
                    .unwrap_or_default(),
                p.languages.join(";"),
                list(p.id, Direction::Offers),
                list(p.id, Direction::Seeks),
                p.mentor_status.as_str().to_owned(),
                p.capacity.to_string(),
                p.is_coordinator.to_string(),
                p.timezone.clone().unwrap_or_default(),
                utc(p.created_at),
            ]
        })
        .collect();
    let pairs = tx.pairs_in(&PairState::ALL).await?;
    let pair_rows = pairs
        .iter()
        .filter(|p| !matches!(p.state, PairState::Proposed))
        .map(|p| {
            vec![
                p.id.to_string(),
                p.mentor_id.to_string(),
                name(p.mentor_id),
                p.mentee_id.to_string(),
                name(p.mentee_id),
                p.state.as_str().to_owned(),
                p.origin.as_str().to_owned(),
                format!("{:.2}", p.score),
                p.end_reason.clone().unwrap_or_default(),
                utc(p.created_at),
                utc(p.updated_at),
            ]
        })
        .collect();
    let mut session_rows = Vec::new();
    for pair in &pairs {
        for s in tx.sessions_of_pair(pair.id).await? {
            session_rows.push(vec![
                s.id.to_string(),
                s.pair_id.to_string(),
                utc(s.starts_at),
                s.minutes.to_string(),
                s.mode.as_str().to_owned(),
                s.state.as_str().to_owned(),
                s.series_id.map(|id| id.to_string()).unwrap_or_default(),
                s.booked_by.to_string(),
            ]);
        }
    }
    let hours = tx
        .all_hours()
        .await?
        .into_iter()
        .map(|h| {
            vec![
                h.id.to_string(),
                h.person_id.to_string(),
                name(h.person_id),
                h.pair_id.map(|id| id.to_string()).unwrap_or_default(),
                h.session_id.map(|id| id.to_string()).unwrap_or_default(),
                h.kind.as_str().to_owned(),
                format!("{:.2}", f64::from(h.minutes) / 60.0),
                utc(h.on),
            ]
        })
        .collect();
    let reports = tx.all_reports().await?;
    let mut deliverable_rows = Vec::new();
    for pair in pairs
        .iter()
        .filter(|p| matches!(p.state, PairState::Active | PairState::Completed))
    {
        for d in deliverables {
            let owner = match d.by {
                crate::rules::DeliveredBy::Mentee => pair.mentee_id,
                crate::rules::DeliveredBy::Mentor => pair.mentor_id,
            };
            let delivered = reports
                .iter()
                .find(|r| r.pair_id == Some(pair.id) && r.deliverable == d.id);
            deliverable_rows.push(vec![
                pair.id.to_string(),
                d.id.clone(),
                owner.to_string(),
                name(owner),
                delivered.map(|r| utc(r.submitted_at)).unwrap_or_default(),
            ]);
        }
    }
    Ok(vec![
        csv_file(
            "participants.csv",
            &[
                "id",
                "email",
                "name",
                "country",
                "organisation",
                "sector",
                "career_stage",
                "languages",
                "offers",
                "seeks",
                "mentor_status",
                "capacity",
                "coordinator",
                "timezone",
                "joined_utc",
            ],
            participants,
        )?,
        csv_file(
            "pairs.csv",
            &[
                "id",
                "mentor_id",
                "mentor",
                "mentee_id",
                "mentee",
                "state",
                "origin",
                "score",
                "end_reason",
                "created_utc",
                "updated_utc",
            ],
            pair_rows,
        )?,
        csv_file(
            "sessions.csv",
            &[
                "id",
                "pair_id",
                "starts_utc",
                "minutes",
                "mode",
                "state",
                "series_id",
                "booked_by",
            ],
            session_rows,
        )?,
        csv_file(
            "hours.csv",
            &[
                "id",
                "person_id",
                "person",
                "pair_id",
                "session_id",
                "kind",
                "hours",
                "on_utc",
            ],
            hours,
        )?,
        csv_file(
            "deliverables.csv",
            &[
                "pair_id",
                "deliverable",
                "owner_id",
                "owner",
                "delivered_utc",
            ],
            deliverable_rows,
        )?,
    ])
}

//! The programme's people as the matching sees them: what they offer and
//! seek, the places mentors still have, and who must not be paired.

use std::collections::{BTreeMap, BTreeSet};

use crate::context::Ctx;
use crate::error::CoreError;
use crate::matching::{MatchingRules, Offer, Participant, Score};
use crate::model::{Direction, MentorStatus, PairState, Person, PersonId};

use super::facts::Facts;

pub struct CohortView {
    pub people: BTreeMap<PersonId, Person>,
    pub participants: Vec<Participant>,
}

pub fn rules(ctx: &Ctx<'_>) -> MatchingRules {
    MatchingRules {
        exclude_same_organisation: ctx.config().pairing.exclude_same_organisation,
    }
}

/// Everyone, with mentors' free places and mentees who still need a mentor.
pub async fn load(ctx: &mut Ctx<'_>) -> Result<CohortView, CoreError> {
    let persons = ctx.tx.all_persons().await?;
    let claims = ctx.tx.all_competences().await?;
    let exclusions = ctx.tx.exclusions().await?;
    let pairs = ctx.tx.pairs_in(&PairState::ALL).await?;

    let mut taken: BTreeMap<PersonId, u32> = BTreeMap::new();
    let mut has_mentor: BTreeSet<PersonId> = BTreeSet::new();
    let mut excluded: BTreeMap<PersonId, Vec<PersonId>> = BTreeMap::new();
    for pair in &pairs {
        match pair.state {
            // A pending request holds its place too, so no one is promised twice.
            PairState::Requested | PairState::Introduced | PairState::Active => {
                *taken.entry(pair.mentor_id).or_default() += 1;
                has_mentor.insert(pair.mentee_id);
            }
            PairState::Completed => {
                has_mentor.insert(pair.mentee_id);
            }
            // Rejected by a coordinator, declined or lapsed: not proposed again.
            PairState::Rejected | PairState::Ended => {
                excluded
                    .entry(pair.mentor_id)
                    .or_default()
                    .push(pair.mentee_id);
            }
            PairState::Proposed => {}
        }
    }
    for (person, other) in exclusions {
        excluded.entry(person).or_default().push(other);
    }
    let mut offers: BTreeMap<PersonId, Vec<Offer>> = BTreeMap::new();
    let mut seeks: BTreeMap<PersonId, Vec<String>> = BTreeMap::new();
    for (person, claim) in claims {
        match claim.direction {
            Direction::Offers => offers
                .entry(person)
                .or_default()
                .push(Offer::new(claim.competence, claim.years)),
            Direction::Seeks => seeks.entry(person).or_default().push(claim.competence),
        }
    }
    let participants = persons
        .iter()
        .map(|p| {
            let approved = p.mentor_status == MentorStatus::Approved;
            Participant {
                id: p.id,
                country: p.country.clone(),
                organisation: p.organisation.clone(),
                sector: p.sector.clone(),
                career_stage: p.career_stage,
                languages: p.languages.clone(),
                timezone: p.timezone.clone(),
                availability_hours: p.availability_hours,
                offers: offers.remove(&p.id).unwrap_or_default(),
                seeks: if has_mentor.contains(&p.id) {
                    Vec::new()
                } else {
                    seeks.remove(&p.id).unwrap_or_default()
                },
                capacity: if approved {
                    p.capacity
                        .saturating_sub(taken.get(&p.id).copied().unwrap_or(0))
                } else {
                    0
                },
                approved_mentor: approved,
                excluded: excluded.remove(&p.id).unwrap_or_default(),
            }
        })
        .collect();
    Ok(CohortView {
        people: persons.into_iter().map(|p| (p.id, p)).collect(),
        participants,
    })
}

/// The facts kept with a pair, from its score.
pub fn facts_of(score: &Score, people: &BTreeMap<PersonId, Person>) -> Facts {
    let country = |id: PersonId| {
        people
            .get(&id)
            .and_then(|p| p.country.clone())
            .unwrap_or_default()
    };
    Facts {
        competences: score.competences.clone(),
        languages: score.shared_languages.clone(),
        countries: score
            .cross_border
            .then(|| (country(score.mentor), country(score.mentee))),
        overlap_hours: score.overlap_hours.unwrap_or(0),
        reverse: score.reverse,
        next_choices: Vec::new(),
    }
}

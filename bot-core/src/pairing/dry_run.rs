//! `mentor-cloud match --dry-run`: the proposal `/match` would make, without
//! storing anything, with every feasible pair and its score so anyone can
//! check the optimality independently.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::context::{Ctx, Deps};
use crate::error::CoreError;
use crate::matching::{Components, Pool};
use crate::model::{Person, PersonId};

use super::cohort;

#[derive(Debug, Serialize)]
pub struct Candidate {
    pub mentor: String,
    pub mentee: String,
    pub score: f64,
    pub components: Components,
}

#[derive(Debug, Serialize)]
pub struct Chosen {
    pub mentor: String,
    pub mentee: String,
    pub score: f64,
}

#[derive(Debug, Serialize)]
pub struct DryRun {
    pub candidates: Vec<Candidate>,
    pub pairs: Vec<Chosen>,
    /// Places each mentor has free now.
    pub capacity: BTreeMap<String, u32>,
    #[serde(skip)]
    pub total: f64,
    #[serde(skip)]
    pub names: BTreeMap<String, String>,
}

/// People are keyed by their email, or by their id when they have none.
fn key(people: &BTreeMap<PersonId, Person>, id: PersonId) -> String {
    people
        .get(&id)
        .and_then(|p| p.email.clone())
        .unwrap_or_else(|| id.to_string())
}

pub async fn dry_run(deps: &Deps) -> Result<DryRun, CoreError> {
    let tx = deps.store.begin().await?;
    let services = crate::context::Services::default();
    let mut ctx = Ctx::system(deps, &services, tx, deps.clock.now_ms(), "dry-run".into());
    let view = cohort::load(&mut ctx).await?;
    let rules = cohort::rules(&ctx);
    ctx.tx.rollback().await.ok();
    let pool = Pool::new(&view.participants, &deps.config.pairing.weights, &rules);
    let proposal = pool.propose();
    let people = &view.people;
    let candidates = pool
        .candidates()
        .into_iter()
        .map(|s| Candidate {
            mentor: key(people, s.mentor),
            mentee: key(people, s.mentee),
            score: s.total,
            components: s.components,
        })
        .collect();
    let pairs = proposal
        .pairs
        .iter()
        .map(|s| Chosen {
            mentor: key(people, s.mentor),
            mentee: key(people, s.mentee),
            score: s.total,
        })
        .collect();
    let capacity = view
        .participants
        .iter()
        .filter(|p| p.can_mentor())
        .map(|p| (key(people, p.id), p.capacity))
        .collect();
    let names = people
        .iter()
        .map(|(id, p)| (key(people, *id), p.name.clone()))
        .collect();
    Ok(DryRun {
        candidates,
        pairs,
        capacity,
        total: proposal.total,
        names,
    })
}

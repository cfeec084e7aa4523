//! The programme's own rhythm around a pair: check-ins, deliverables with
//! due dates, and nudges for whoever is stuck.

pub mod checkins;
pub mod deliverables;
pub mod nudges;

use crate::context::Ctx;
use crate::error::CoreError;
use crate::model::Pair;

/// A pair has just become active: its check-ins and deliverable reminders start.
pub async fn on_pair_active(ctx: &mut Ctx<'_>, pair: &Pair) -> Result<(), CoreError> {
    checkins::schedule_first(ctx, pair).await?;
    deliverables::schedule_for_pair(ctx, pair).await
}

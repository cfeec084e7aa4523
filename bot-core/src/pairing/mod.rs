//! Pairs of mentor and mentee: proposals from the matching, requests from
//! mentees, introductions and answers, and the pair's life until it ends.

pub mod avoid;
pub mod circles;
pub mod cohort;
pub mod dry_run;
pub mod facts;
pub mod lifecycle;
pub mod people;
pub mod propose;
pub mod request;
pub mod respond;
pub mod suggest;

use crate::context::Ctx;
use crate::error::CoreError;
use crate::model::{Pair, PairEvent, PairState, PersonId};

/// Records a change of state in the pair's history and writes the pair.
/// Moves into occupying states go through `occupy`.
pub async fn record(
    ctx: &mut Ctx<'_>,
    pair: &mut Pair,
    to: PairState,
    actor: Option<PersonId>,
    note: Option<String>,
) -> Result<(), CoreError> {
    let from = pair.state;
    pair.state = to;
    pair.updated_at = ctx.now;
    ctx.tx.update_pair(pair).await?;
    let event = PairEvent {
        pair_id: pair.id,
        at: ctx.now,
        actor,
        from_state: Some(from),
        to_state: to,
        note,
    };
    ctx.tx.record_pair_event(&event).await?;
    Ok(())
}

/// Moves a pair into a state that takes the mentor's place; false if the
/// mentor is full or the mentee already has a mentor (nothing changes then).
pub async fn occupy(
    ctx: &mut Ctx<'_>,
    pair: &mut Pair,
    to: PairState,
    actor: Option<PersonId>,
) -> Result<bool, CoreError> {
    let from = pair.state;
    let mut moved = pair.clone();
    moved.state = to;
    moved.updated_at = ctx.now;
    if !ctx.tx.occupy_place(&moved).await? {
        return Ok(false);
    }
    *pair = moved;
    let event = PairEvent {
        pair_id: pair.id,
        at: ctx.now,
        actor,
        from_state: Some(from),
        to_state: to,
        note: None,
    };
    ctx.tx.record_pair_event(&event).await?;
    Ok(true)
}

/// Handles a pair button (`pair:<action>:<id>`) from anywhere.
pub async fn on_token(ctx: &mut Ctx<'_>, token: &str) -> Result<(), CoreError> {
    let mut parts = token.splitn(3, ':');
    let (Some("pair"), Some(action), Some(Ok(id))) = (
        parts.next(),
        parts.next(),
        parts.next().map(str::parse::<i64>),
    ) else {
        ctx.say("choice-invalid", &[]);
        return Ok(());
    };
    match action {
        "accept" => respond::on_answer(ctx, true, id).await,
        "decline" => respond::on_answer(ctx, false, id).await,
        "complete" => lifecycle::complete(ctx, id).await,
        "end" => lifecycle::start_end(ctx, id).await,
        _ => {
            ctx.say("choice-invalid", &[]);
            Ok(())
        }
    }
}

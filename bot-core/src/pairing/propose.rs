//! `/match`: the optimal proposal for everyone still without a mentor,
//! reviewed by a coordinator — approved all at once or one by one; a
//! rejected proposal is excluded and the rest re-optimised. Approval
//! introduces the two people.

use serde_json::json;

use crate::context::Ctx;
use crate::error::CoreError;
use crate::matching::propose;
use crate::message::{Block, Choice, ChoiceSet, Inline, Outgoing, RichText};
use crate::model::{Pair, PairEvent, PairOrigin, PairState};

use super::cohort::{self, facts_of};
use super::facts::Facts;
use super::people::person;

/// How many proposals one message lists; the rest are counted.
const LIST_LIMIT: usize = 40;

/// Replaces the open proposals with a fresh optimal one; returns how many.
async fn recompute(ctx: &mut Ctx<'_>) -> Result<(usize, f64, usize), CoreError> {
    ctx.tx.delete_proposals().await?;
    let view = cohort::load(ctx).await?;
    let proposal = propose(
        &view.participants,
        &ctx.config().pairing.weights,
        &cohort::rules(ctx),
    );
    for score in &proposal.pairs {
        let pair = Pair {
            id: 0,
            mentor_id: score.mentor,
            mentee_id: score.mentee,
            state: PairState::Proposed,
            origin: PairOrigin::Matching,
            score: score.total,
            facts: facts_of(score, &view.people).to_json(),
            mentor_accepted: false,
            mentee_accepted: false,
            respond_by: None,
            end_reason: None,
            created_at: ctx.now,
            updated_at: ctx.now,
        };
        let id = ctx.tx.insert_pair(&pair).await?;
        let event = PairEvent {
            pair_id: id,
            at: ctx.now,
            actor: ctx.person_id(),
            from_state: None,
            to_state: PairState::Proposed,
            note: None,
        };
        ctx.tx.record_pair_event(&event).await?;
    }
    Ok((
        proposal.pairs.len(),
        proposal.total,
        proposal.unmatched.len(),
    ))
}

fn proposal_line(ctx: &Ctx<'_>, pair: &Pair, mentor: &str, mentee: &str) -> String {
    let why = Facts::from_json(&pair.facts).explain(ctx, ctx.lang);
    ctx.t(
        "match-line",
        &[
            ("mentor", mentor.into()),
            ("mentee", mentee.into()),
            ("score", format!("{:.1}", pair.score).into()),
            ("why", why.into()),
        ],
    )
}

/// `/match`: proposes and lists.
pub async fn run(ctx: &mut Ctx<'_>) -> Result<(), CoreError> {
    let (count, total, unmatched) = recompute(ctx).await?;
    ctx.tx
        .audit(
            ctx.now,
            ctx.person_id(),
            "match.propose",
            None,
            &json!({ "pairs": count }),
        )
        .await?;
    if count == 0 {
        ctx.say("match-none", &[("unmatched", unmatched.into())]);
        return Ok(());
    }
    show_list(ctx, total, unmatched).await
}

async fn show_list(ctx: &mut Ctx<'_>, total: f64, unmatched: usize) -> Result<(), CoreError> {
    let proposals = ctx.tx.pairs_in(&[PairState::Proposed]).await?;
    let mut text = RichText::plain(ctx.t(
        "match-title",
        &[
            ("count", proposals.len().into()),
            ("total", format!("{total:.1}").into()),
            ("unmatched", unmatched.into()),
        ],
    ));
    let mut lines = Vec::new();
    for pair in proposals.iter().take(LIST_LIMIT) {
        let mentor = person(ctx, pair.mentor_id).await?;
        let mentee = person(ctx, pair.mentee_id).await?;
        lines.push(vec![Inline::Text(proposal_line(
            ctx,
            pair,
            &mentor.name,
            &mentee.name,
        ))]);
    }
    text.blocks.push(Block::Bullets(lines));
    if proposals.len() > LIST_LIMIT {
        text.push_text(ctx.t(
            "match-more",
            &[("count", (proposals.len() - LIST_LIMIT).into())],
        ));
    }
    let options = vec![
        Choice::new("match:approve-all", ctx.t("match-approve-all", &[])),
        Choice::new("match:review", ctx.t("match-review", &[])),
    ];
    ctx.reply(Outgoing {
        text,
        choices: Some(ChoiceSet {
            options,
            multi: false,
        }),
        private: true,
        ..Outgoing::default()
    });
    Ok(())
}

/// Shows the next proposal to decide on, or says that all are decided.
async fn review_next(ctx: &mut Ctx<'_>) -> Result<(), CoreError> {
    let Some(pair) = ctx
        .tx
        .pairs_in(&[PairState::Proposed])
        .await?
        .into_iter()
        .next()
    else {
        ctx.say("match-reviewed", &[]);
        return Ok(());
    };
    let mentor = person(ctx, pair.mentor_id).await?;
    let mentee = person(ctx, pair.mentee_id).await?;
    let text = proposal_line(ctx, &pair, &mentor.name, &mentee.name);
    let options = vec![
        Choice::new(
            format!("match:approve:{}", pair.id),
            ctx.t("match-approve", &[]),
        ),
        Choice::new(
            format!("match:reject:{}", pair.id),
            ctx.t("match-reject", &[]),
        ),
    ];
    let message = Outgoing {
        choices: Some(ChoiceSet {
            options,
            multi: false,
        }),
        private: true,
        ..ctx.plain(text)
    };
    ctx.reply(message);
    Ok(())
}

/// Approves one proposal: the two are introduced. False when the mentor
/// filled up or the mentee found a mentor meanwhile.
async fn approve(ctx: &mut Ctx<'_>, mut pair: Pair) -> Result<bool, CoreError> {
    let actor = ctx.person_id();
    if !super::occupy(ctx, &mut pair, PairState::Introduced, actor).await? {
        super::record(
            ctx,
            &mut pair,
            PairState::Rejected,
            actor,
            Some("no place".into()),
        )
        .await?;
        return Ok(false);
    }
    ctx.tx
        .audit(
            ctx.now,
            actor,
            "match.approve",
            Some(pair.mentee_id),
            &json!({ "pair": pair.id }),
        )
        .await?;
    super::respond::introduce(ctx, &mut pair).await?;
    Ok(true)
}

/// Handles `match:*` buttons (coordinators only).
pub async fn on_token(ctx: &mut Ctx<'_>, token: &str) -> Result<(), CoreError> {
    if !ctx.is_coordinator() {
        ctx.say("coordinator-only", &[]);
        return Ok(());
    }
    let mut parts = token.splitn(3, ':');
    let (_, action, id) = (
        parts.next(),
        parts.next().unwrap_or_default(),
        parts.next().and_then(|i| i.parse::<i64>().ok()),
    );
    match (action, id) {
        ("approve-all", None) => {
            let proposals = ctx.tx.pairs_in(&[PairState::Proposed]).await?;
            let (mut approved, mut full) = (0usize, 0usize);
            for pair in proposals {
                if approve(ctx, pair).await? {
                    approved += 1;
                } else {
                    full += 1;
                }
            }
            ctx.say("match-approved", &[("count", approved.into())]);
            if full > 0 {
                ctx.say("match-approved-full", &[("count", full.into())]);
            }
        }
        ("review", None) => review_next(ctx).await?,
        ("approve" | "reject", Some(id)) => {
            let Some(pair) = ctx
                .tx
                .pair(id)
                .await?
                .filter(|p| p.state == PairState::Proposed)
            else {
                ctx.say("match-stale", &[]);
                return review_next(ctx).await;
            };
            let (mentor, mentee) = (
                person(ctx, pair.mentor_id).await?,
                person(ctx, pair.mentee_id).await?,
            );
            let names = || {
                [
                    ("mentor", mentor.name.as_str().into()),
                    ("mentee", mentee.name.as_str().into()),
                ]
            };
            if action == "approve" {
                if approve(ctx, pair).await? {
                    ctx.say("match-approved-one", &names());
                } else {
                    ctx.say("match-full", &names());
                }
            } else {
                let mut pair = pair;
                let actor = ctx.person_id();
                super::record(ctx, &mut pair, PairState::Rejected, actor, None).await?;
                ctx.tx
                    .audit(
                        ctx.now,
                        actor,
                        "match.reject",
                        Some(pair.mentee_id),
                        &json!({ "pair": pair.id }),
                    )
                    .await?;
                let (count, _, _) = recompute(ctx).await?;
                let [mentor_arg, mentee_arg] = names();
                ctx.say(
                    "match-rejected-one",
                    &[mentor_arg, mentee_arg, ("count", count.into())],
                );
            }
            review_next(ctx).await?;
        }
        _ => ctx.say("choice-invalid", &[]),
    }
    Ok(())
}

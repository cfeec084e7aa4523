//! Peer-mentoring rounds: `/round [minutes]` picks the next presenter (see
//! [`super::fair`]), who states a challenge; `/next` passes the word to each
//! adviser in turn. The round's time box gives a warning before it ends and
//! says when it is over (jobs keyed per session and round, so a new round or
//! the end of the session leaves the old ones with nothing to say).

use crate::context::Ctx;
use crate::error::CoreError;
use crate::model::{GroupRound, GroupSession, GroupState, Millis, PersonId};
use crate::scheduler::{self, JobKind};
use crate::time::MINUTE_MS;
use crate::validate;

use super::fair::{self, Present};
use super::room::{self, Room};
use super::{list, names, post_key};

fn warning_key(session: i64, round: u32) -> String {
    format!("grp-warn:{session}:{round}")
}

fn over_key(session: i64, round: u32) -> String {
    format!("grp-over:{session}:{round}")
}

/// Drops the time jobs of the round under way, if any.
pub async fn unschedule(ctx: &mut Ctx<'_>, session: &GroupSession) -> Result<(), CoreError> {
    if let Some(round) = &session.round {
        ctx.tx
            .cancel_job(&warning_key(session.id, round.number))
            .await?;
        ctx.tx
            .cancel_job(&over_key(session.id, round.number))
            .await?;
    }
    Ok(())
}

/// Whose turn it is: the presenter (turn 0), then each adviser; None once all spoke.
fn speaker(round: &GroupRound) -> Option<PersonId> {
    match round.turn {
        0 => Some(round.presenter),
        turn => round
            .advisers
            .get(usize::try_from(turn - 1).unwrap_or(usize::MAX))
            .copied(),
    }
}

/// Whole minutes left in the round, rounded up; 0 once the time box is over.
fn minutes_left(round: &GroupRound, now: Millis) -> i64 {
    let left = round.ends_at - now;
    if left <= 0 {
        0
    } else {
        (left + MINUTE_MS - 1) / MINUTE_MS
    }
}

/// `/round [minutes]`.
pub async fn start_round(
    ctx: &mut Ctx<'_>,
    room: &Room,
    mut session: GroupSession,
    args: &[&str],
) -> Result<(), CoreError> {
    if !room::may_run(ctx, room, &session) {
        ctx.say("group-run-denied", &[]);
        return Ok(());
    }
    let minutes = match args {
        [] => ctx.config().groups.round_minutes,
        [given] => match validate::number_in(given, 2, 120) {
            Some(minutes) => minutes,
            None => {
                ctx.say("group-round-usage", &[]);
                return Ok(());
            }
        },
        _ => {
            ctx.say("group-round-usage", &[]);
            return Ok(());
        }
    };
    let members = ctx.tx.group_members(session.id).await?;
    let circle = room::circle_of_session(ctx, &session).await?;
    let present: Vec<Present> = members
        .iter()
        .filter_map(|m| {
            let arrived_at = m.present_at?;
            // A facilitator from outside the circle (a coordinator, or anyone
            // at a cohort meeting) runs the rounds rather than presenting.
            let outsider = session.facilitator_id == Some(m.person_id)
                && !circle
                    .as_ref()
                    .is_some_and(|c| c.members.contains(&m.person_id));
            Some(Present {
                person: m.person_id,
                arrived_at,
                presented: m.presented_at.is_some(),
                eligible: !outsider,
                runs_it: session.facilitator_id == Some(m.person_id),
            })
        })
        .collect();
    if present.len() < 2 {
        ctx.say("group-round-too-few", &[]);
        return Ok(());
    }
    let history = match &circle {
        Some(circle) => ctx.tx.group_presentations(circle.id).await?,
        None => Vec::new(),
    };
    let Some(presenter) = fair::next_presenter(&present, &history) else {
        ctx.say("group-round-all-presented", &[]);
        return Ok(());
    };
    unschedule(ctx, &session).await?;
    if let Some(mut member) = members.into_iter().find(|m| m.person_id == presenter) {
        member.presented_at = Some(ctx.now);
        ctx.tx.upsert_group_member(&member).await?;
    }
    let number = session.round.as_ref().map_or(1, |r| r.number + 1);
    let round = GroupRound {
        number,
        presenter,
        advisers: fair::advisers(&present, presenter),
        turn: 0,
        minutes,
        started_at: ctx.now,
        ends_at: ctx.now + i64::from(minutes) * MINUTE_MS,
    };
    let warn = ctx.config().groups.warn_minutes;
    if warn > 0 && warn < minutes {
        let job = JobKind::GroupRoundWarning {
            session: session.id,
            round: number,
        };
        let at = round.ends_at - i64::from(warn) * MINUTE_MS;
        scheduler::schedule(ctx, &warning_key(session.id, number), at, &job).await?;
    }
    let job = JobKind::GroupRoundOver {
        session: session.id,
        round: number,
    };
    scheduler::schedule(ctx, &over_key(session.id, number), round.ends_at, &job).await?;
    let presenter_name = names(ctx, &[presenter]).await?.concat();
    let advisers = names(ctx, &round.advisers).await?;
    session.round = Some(round);
    session.updated_at = ctx.now;
    ctx.tx.update_group_session(&session).await?;
    post_key(
        ctx,
        &session,
        "group-round-start",
        &[
            ("number", number.into()),
            ("minutes", minutes.into()),
            ("name", presenter_name.into()),
            ("advisers", list(&advisers).into()),
        ],
    );
    Ok(())
}

/// `/next`: the word passes on; after the last adviser the round is complete.
pub async fn next(
    ctx: &mut Ctx<'_>,
    room: &Room,
    mut session: GroupSession,
) -> Result<(), CoreError> {
    let Some(mut round) = session.round.clone().filter(|r| speaker(r).is_some()) else {
        ctx.say("group-no-round", &[]);
        return Ok(());
    };
    let is_speaker = ctx.person_id().is_some() && speaker(&round) == ctx.person_id();
    if !is_speaker && !room::may_run(ctx, room, &session) {
        ctx.say("group-next-denied", &[]);
        return Ok(());
    }
    round.turn += 1;
    let left = minutes_left(&round, ctx.now);
    match speaker(&round) {
        Some(adviser) => {
            let name = names(ctx, &[adviser]).await?.concat();
            post_key(
                ctx,
                &session,
                "group-next-adviser",
                &[
                    ("name", name.into()),
                    ("number", round.number.into()),
                    ("left", left.into()),
                ],
            );
        }
        None => {
            unschedule(ctx, &session).await?;
            let presenter = names(ctx, &[round.presenter]).await?.concat();
            post_key(
                ctx,
                &session,
                "group-round-done",
                &[("number", round.number.into()), ("name", presenter.into())],
            );
        }
    }
    session.round = Some(round);
    session.updated_at = ctx.now;
    ctx.tx.update_group_session(&session).await?;
    Ok(())
}

/// The round under way, if `number` is still it and somebody still speaks.
async fn current(
    ctx: &mut Ctx<'_>,
    id: i64,
    number: u32,
) -> Result<Option<(GroupSession, GroupRound)>, CoreError> {
    let Some(session) = ctx.tx.group_session(id).await? else {
        return Ok(None);
    };
    let round = session
        .round
        .clone()
        .filter(|r| r.number == number && speaker(r).is_some());
    Ok(match round {
        Some(round) if session.state == GroupState::Running => Some((session, round)),
        _ => None,
    })
}

/// The warning job, some minutes before the time box ends.
pub async fn warn(ctx: &mut Ctx<'_>, id: i64, number: u32) -> Result<(), CoreError> {
    let Some((session, round)) = current(ctx, id, number).await? else {
        return Ok(());
    };
    let left = minutes_left(&round, ctx.now);
    if left == 0 {
        // Came too late to warn; the job at the end says the time is up.
        return Ok(());
    }
    post_key(
        ctx,
        &session,
        "group-round-warning",
        &[("number", number.into()), ("left", left.into())],
    );
    Ok(())
}

/// The job at the end of the time box.
pub async fn over(ctx: &mut Ctx<'_>, id: i64, number: u32) -> Result<(), CoreError> {
    let Some((session, round)) = current(ctx, id, number).await? else {
        return Ok(());
    };
    let name = match speaker(&round) {
        Some(person) => names(ctx, &[person]).await?.concat(),
        None => String::new(),
    };
    post_key(
        ctx,
        &session,
        "group-round-over",
        &[("number", number.into()), ("name", name.into())],
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round() -> GroupRound {
        GroupRound {
            number: 1,
            presenter: 7,
            advisers: vec![8, 9],
            turn: 0,
            minutes: 15,
            started_at: 0,
            ends_at: 15 * MINUTE_MS,
        }
    }

    #[test]
    fn turns_go_presenter_then_advisers_then_nobody() {
        let mut r = round();
        assert_eq!(speaker(&r), Some(7));
        r.turn = 1;
        assert_eq!(speaker(&r), Some(8));
        r.turn = 2;
        assert_eq!(speaker(&r), Some(9));
        r.turn = 3;
        assert_eq!(speaker(&r), None);
    }

    #[test]
    fn minutes_left_round_up_and_stop_at_zero() {
        let r = round();
        assert_eq!(minutes_left(&r, 0), 15);
        assert_eq!(minutes_left(&r, 13 * MINUTE_MS + 1), 2);
        assert_eq!(minutes_left(&r, 15 * MINUTE_MS), 0);
        assert_eq!(minutes_left(&r, 20 * MINUTE_MS), 0);
    }
}

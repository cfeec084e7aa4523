//! Check-ins: at day 30 of a pair and every 60 days after (configurable),
//! both people rate how it is going (1–5) with an optional comment; a low
//! rating alerts the coordinators.

use crate::context::Ctx;
use crate::dialogs::{Dialog, Input, Outcome};
use crate::error::CoreError;
use crate::message::{Choice, Outgoing};
use crate::model::{CheckIn, Pair, PairState};
use crate::pairing::people::{lang_of, person, tell_coordinators};
use crate::scheduler::{self, JobKind};
use crate::time::DAY_MS;

fn key(pair: i64, round: u32) -> String {
    format!("checkin:{pair}:{round}")
}

pub async fn schedule_first(ctx: &mut Ctx<'_>, pair: &Pair) -> Result<(), CoreError> {
    let at = ctx.now + i64::from(ctx.config().checkins.first_day) * DAY_MS;
    scheduler::schedule(
        ctx,
        &key(pair.id, 1),
        at,
        &JobKind::CheckIn {
            pair: pair.id,
            round: 1,
        },
    )
    .await
}

/// The job: asks both people, and schedules the next round.
pub async fn fire(ctx: &mut Ctx<'_>, pair_id: i64, round: u32) -> Result<(), CoreError> {
    let Some(pair) = ctx.tx.pair(pair_id).await? else {
        return Ok(());
    };
    if pair.state != PairState::Active {
        return Ok(());
    }
    let next = ctx.now + i64::from(ctx.config().checkins.every_days) * DAY_MS;
    scheduler::schedule(
        ctx,
        &key(pair.id, round + 1),
        next,
        &JobKind::CheckIn {
            pair: pair.id,
            round: round + 1,
        },
    )
    .await?;
    for (me, other) in [
        (pair.mentor_id, pair.mentee_id),
        (pair.mentee_id, pair.mentor_id),
    ] {
        let reader = person(ctx, me).await?;
        let other = person(ctx, other).await?;
        let lang = lang_of(&reader);
        let options = (1..=5)
            .map(|r| {
                Choice::new(
                    format!("chk:{}:{r}", pair.id),
                    ctx.t_in(lang, &format!("checkin-rating-{r}"), &[]),
                )
            })
            .collect();
        let text = ctx.t_in(lang, "checkin-ask", &[("name", other.name.as_str().into())]);
        let message = Outgoing::private_choice(text, options, lang.code());
        ctx.notify(reader.id, message).await?;
    }
    Ok(())
}

/// `chk:<pair>:<rating>`: asks for the optional comment, which stores the check-in.
pub async fn on_token(ctx: &mut Ctx<'_>, token: &str) -> Result<(), CoreError> {
    let mut parts = token.split(':').skip(1);
    let (Some(Ok(pair_id)), Some(Ok(rating))) = (
        parts.next().map(str::parse::<i64>),
        parts.next().map(str::parse::<u8>),
    ) else {
        ctx.say("choice-invalid", &[]);
        return Ok(());
    };
    let me = ctx.person_id();
    let pair = ctx
        .tx
        .pair(pair_id)
        .await?
        .filter(|p| Some(p.mentor_id) == me || Some(p.mentee_id) == me);
    if pair.is_none() || !(1..=5).contains(&rating) {
        ctx.say("pair-unknown", &[]);
        return Ok(());
    }
    let dialog = Dialog::CheckInComment {
        pair: pair_id,
        rating,
    };
    dialog.ask(ctx).await?;
    ctx.conversation.dialogs.push(dialog);
    Ok(())
}

pub fn ask_comment(ctx: &mut Ctx<'_>) {
    ctx.say("checkin-ask-comment", &[]);
}

pub async fn answer_comment(
    ctx: &mut Ctx<'_>,
    pair_id: i64,
    rating: u8,
    input: Input,
) -> Result<Outcome, CoreError> {
    let max = ctx.config().limits.max_reason;
    let Ok(comment) = crate::dialogs::optional_text(&input, max) else {
        ctx.say("application-reason-invalid", &[("max", max.into())]);
        return Ok(Outcome::Continue(Dialog::CheckInComment {
            pair: pair_id,
            rating,
        }));
    };
    let Some(me) = ctx.person.clone() else {
        return Ok(Outcome::Done);
    };
    let checkin = CheckIn {
        id: 0,
        pair_id,
        person_id: me.id,
        rating,
        comment: comment.clone(),
        at: ctx.now,
    };
    ctx.tx.insert_checkin(&checkin).await?;
    ctx.say("checkin-thanks", &[]);
    if rating < ctx.config().checkins.alert_below
        && let Some(pair) = ctx.tx.pair(pair_id).await?
    {
        let other = person(
            ctx,
            if pair.mentor_id == me.id {
                pair.mentee_id
            } else {
                pair.mentor_id
            },
        )
        .await?;
        let (name, other_name) = (me.name.clone(), other.name.clone());
        let comment = comment.unwrap_or_default();
        tell_coordinators(ctx, "checkin-low-coordinator", |_, _| {
            vec![
                ("name", name.clone().into()),
                ("other", other_name.clone().into()),
                ("rating", u32::from(rating).into()),
                ("comment", comment.clone().into()),
            ]
        })
        .await?;
    }
    Ok(Outcome::Done)
}

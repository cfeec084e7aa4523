//! `/sessions` (upcoming and past), `/reschedule` and `/cancel-session`
//! (which offer the upcoming sessions to pick from).

use crate::context::Ctx;
use crate::error::CoreError;
use crate::message::{Block, Choice, ChoiceSet, Inline, Outgoing, RichText};
use crate::model::Session;
use crate::time::{format_local, zone};

use super::{other_of, pair_of};

/// How many past sessions `/sessions` shows.
const PAST_SHOWN: usize = 5;

async fn line(ctx: &mut Ctx<'_>, session: &Session) -> Result<String, CoreError> {
    let me = ctx.person_id().unwrap_or_default();
    let pair = pair_of(ctx, session).await?;
    let other = other_of(ctx, &pair, me).await?;
    let tz = zone(ctx.person.as_ref().and_then(|p| p.timezone.as_deref()));
    Ok(ctx.t(
        "sessions-line",
        &[
            ("when", format_local(session.starts_at, tz).into()),
            ("name", other.name.as_str().into()),
            ("minutes", session.minutes.into()),
            (
                "state",
                ctx.t(&format!("session-state-{}", session.state.as_str()), &[])
                    .into(),
            ),
        ],
    ))
}

async fn upcoming(ctx: &mut Ctx<'_>) -> Result<Vec<Session>, CoreError> {
    let Some(me) = ctx.person_id() else {
        return Ok(Vec::new());
    };
    let now = ctx.now;
    Ok(ctx
        .tx
        .sessions_of_person(me)
        .await?
        .into_iter()
        .filter(|s| s.state.is_upcoming() && s.starts_at > now)
        .collect())
}

pub async fn show(ctx: &mut Ctx<'_>) -> Result<(), CoreError> {
    let Some(me) = ctx.person_id() else {
        ctx.say("needs-profile", &[]);
        return Ok(());
    };
    let all = ctx.tx.sessions_of_person(me).await?;
    if all.is_empty() {
        ctx.say("sessions-none", &[]);
        return Ok(());
    }
    let now = ctx.now;
    let (ahead, past): (Vec<Session>, Vec<Session>) = all
        .into_iter()
        .partition(|s| s.state.is_upcoming() && s.starts_at > now);
    let mut text = RichText::default();
    for (title, list) in [
        ("sessions-upcoming", ahead),
        (
            "sessions-past",
            past.into_iter().rev().take(PAST_SHOWN).collect(),
        ),
    ] {
        if list.is_empty() {
            continue;
        }
        text.push_text(ctx.t(title, &[]));
        let mut lines = Vec::new();
        for session in &list {
            lines.push(vec![Inline::Text(line(ctx, session).await?)]);
        }
        text.blocks.push(Block::Bullets(lines));
    }
    ctx.reply(Outgoing {
        text,
        private: true,
        ..Outgoing::default()
    });
    Ok(())
}

/// `/reschedule` and `/cancel-session`: which session?
pub async fn pick(ctx: &mut Ctx<'_>, action: &str) -> Result<(), CoreError> {
    if ctx.person.is_none() {
        ctx.say("needs-profile", &[]);
        return Ok(());
    }
    let sessions = upcoming(ctx).await?;
    if sessions.is_empty() {
        ctx.say("sessions-none-upcoming", &[]);
        return Ok(());
    }
    let mut options = Vec::new();
    for session in &sessions {
        options.push(Choice::new(
            format!("ses:{action}:{}", session.id),
            line(ctx, session).await?,
        ));
    }
    let key = if action == "cancel" {
        "sessions-pick-cancel"
    } else {
        "sessions-pick-reschedule"
    };
    let question = ctx.question(
        ctx.t(key, &[]),
        ChoiceSet {
            options,
            multi: false,
        },
    );
    ctx.reply(Outgoing {
        private: true,
        ..question
    });
    Ok(())
}

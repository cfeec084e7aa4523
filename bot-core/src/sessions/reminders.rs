//! Jobs for a confirmed session: reminders at the configured offsets before
//! it, and the follow-up when it ends. Keys are per session, so moving a
//! session moves its jobs and cancelling it drops them.

use crate::context::Ctx;
use crate::error::CoreError;
use crate::message::{Choice, ChoiceSet, Outgoing, RichText};
use crate::model::{Millis, SessionState};
use crate::scheduler::{self, JobKind};
use crate::time::MINUTE_MS;

use super::{describe, other_of, pair_of, reader_lang};

fn reminder_key(session: i64, minutes: u32) -> String {
    format!("ses-rem:{session}:{minutes}")
}

fn follow_up_key(session: i64) -> String {
    format!("ses-follow:{session}")
}

pub async fn schedule(ctx: &mut Ctx<'_>, session: &crate::model::Session) -> Result<(), CoreError> {
    for minutes in ctx.config().sessions.reminders_minutes.clone() {
        let at = session.starts_at - i64::from(minutes) * MINUTE_MS;
        if at > ctx.now {
            let job = JobKind::SessionReminder {
                session: session.id,
                minutes,
            };
            scheduler::schedule(ctx, &reminder_key(session.id, minutes), at, &job).await?;
        }
    }
    let end = session.starts_at + i64::from(session.minutes) * MINUTE_MS;
    scheduler::schedule(
        ctx,
        &follow_up_key(session.id),
        end,
        &JobKind::SessionFollowUp {
            session: session.id,
        },
    )
    .await
}

pub async fn unschedule(
    ctx: &mut Ctx<'_>,
    session: &crate::model::Session,
) -> Result<(), CoreError> {
    for minutes in ctx.config().sessions.reminders_minutes.clone() {
        ctx.tx
            .cancel_job(&reminder_key(session.id, minutes))
            .await?;
    }
    ctx.tx.cancel_job(&follow_up_key(session.id)).await?;
    Ok(())
}

/// The reminder job. A reminder that comes due while the bot was down is
/// still sent (saying it is late) within the grace period and before the
/// session starts; otherwise it is dropped.
pub async fn fire(
    ctx: &mut Ctx<'_>,
    id: i64,
    minutes: u32,
    due_at: Millis,
) -> Result<(), CoreError> {
    let Some(session) = ctx.tx.session(id).await? else {
        return Ok(());
    };
    if session.state != SessionState::Confirmed
        || session.starts_at - i64::from(minutes) * MINUTE_MS != due_at
    {
        return Ok(());
    }
    let late = ctx.now - due_at;
    let grace = i64::from(ctx.config().sessions.late_grace_minutes) * MINUTE_MS;
    if ctx.now >= session.starts_at || late > grace {
        tracing::warn!(
            session = id,
            late_ms = late,
            "reminder dropped: too late to be useful"
        );
        return Ok(());
    }
    let pair = pair_of(ctx, &session).await?;
    for me in [pair.mentor_id, pair.mentee_id] {
        let reader = crate::pairing::people::person(ctx, me).await?;
        let other = other_of(ctx, &pair, me).await?;
        let lang = reader_lang(&reader);
        let mut text = RichText::plain(ctx.t_in(
            lang,
            "session-reminder",
            &[
                ("name", other.name.as_str().into()),
                ("session", describe(ctx, lang, &reader, &session).into()),
            ],
        ));
        if late > MINUTE_MS {
            text.push_text(ctx.t_in(lang, "reminder-late", &[]));
        }
        let options = vec![
            Choice::new(
                format!("ses:attend:{id}"),
                ctx.t_in(lang, "session-attend", &[]),
            ),
            Choice::new(
                format!("ses:reschedule:{id}"),
                ctx.t_in(lang, "session-reschedule", &[]),
            ),
            Choice::new(
                format!("ses:cancel:{id}"),
                ctx.t_in(lang, "session-cancel", &[]),
            ),
        ];
        let message = Outgoing {
            text,
            choices: Some(ChoiceSet {
                options,
                multi: false,
            }),
            private: true,
            lang: lang.code().to_owned(),
            ..Outgoing::default()
        };
        ctx.notify(reader.id, message).await?;
    }
    Ok(())
}

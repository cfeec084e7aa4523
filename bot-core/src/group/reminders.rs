//! Reminders before a group session, at the sessions' offsets
//! (`sessions.reminders_minutes`): one in the room, and one to each member
//! who has not declined, in their own zone and language. Keys are per
//! session, so cancelling or starting a session drops them.

use crate::context::Ctx;
use crate::error::CoreError;
use crate::message::{Outgoing, RichText};
use crate::model::{GroupSession, GroupState, Millis};
use crate::pairing::people::lang_of;
use crate::scheduler::{self, JobKind};
use crate::time::{MINUTE_MS, format_local, zone};

use super::schedule::{answer_choices, label_in, room_label};
use super::{post, room_time, t_room};

fn key(session: i64, minutes: u32) -> String {
    format!("grp-rem:{session}:{minutes}")
}

pub async fn schedule(ctx: &mut Ctx<'_>, session: &GroupSession) -> Result<(), CoreError> {
    for minutes in ctx.config().sessions.reminders_minutes.clone() {
        let at = session.starts_at - i64::from(minutes) * MINUTE_MS;
        if at > ctx.now {
            let job = JobKind::GroupReminder {
                session: session.id,
                minutes,
            };
            scheduler::schedule(ctx, &key(session.id, minutes), at, &job).await?;
        }
    }
    Ok(())
}

pub async fn unschedule(ctx: &mut Ctx<'_>, session: &GroupSession) -> Result<(), CoreError> {
    for minutes in ctx.config().sessions.reminders_minutes.clone() {
        ctx.tx.cancel_job(&key(session.id, minutes)).await?;
    }
    Ok(())
}

/// The reminder job. Like a pair's session reminder, one that comes due
/// while the bot was down is still sent (saying so) within the grace period
/// and before the session starts; otherwise it is dropped.
pub async fn fire(
    ctx: &mut Ctx<'_>,
    id: i64,
    minutes: u32,
    due_at: Millis,
) -> Result<(), CoreError> {
    let Some(session) = ctx.tx.group_session(id).await? else {
        return Ok(());
    };
    if session.state != GroupState::Scheduled
        || session.starts_at - i64::from(minutes) * MINUTE_MS != due_at
    {
        return Ok(());
    }
    let late = ctx.now - due_at;
    let grace = i64::from(ctx.config().sessions.late_grace_minutes) * MINUTE_MS;
    if ctx.now >= session.starts_at || late > grace {
        tracing::warn!(
            group_session = id,
            late_ms = late,
            "group reminder dropped: too late to be useful"
        );
        return Ok(());
    }
    let mut text = RichText::plain(t_room(
        ctx,
        &session,
        "group-reminder-room",
        &[
            ("topic", session.topic.as_str().into()),
            ("when", room_time(&session).into()),
        ],
    ));
    if late > MINUTE_MS {
        text.push_text(t_room(ctx, &session, "reminder-late", &[]));
    }
    let choices = answer_choices(ctx, super::lang_of(&session), session.id);
    post(ctx, &session, text, Some(choices));
    let place = room_label(ctx, &session).await?;
    for member in ctx.tx.group_members(id).await? {
        if member.rsvp == Some(false) {
            continue;
        }
        let Some(reader) = ctx.tx.person(member.person_id).await? else {
            continue;
        };
        let lang = lang_of(&reader);
        let tz = zone(reader.timezone.as_deref());
        let mut text = RichText::plain(ctx.t_in(
            lang,
            "group-reminder",
            &[
                ("room", label_in(ctx, lang, &place).into()),
                ("topic", session.topic.as_str().into()),
                ("when", format_local(session.starts_at, tz).into()),
                ("timezone", tz.name().into()),
            ],
        ));
        if late > MINUTE_MS {
            text.push_text(ctx.t_in(lang, "reminder-late", &[]));
        }
        // Who has not answered yet gets the buttons; who said yes only the reminder.
        let choices = member
            .rsvp
            .is_none()
            .then(|| answer_choices(ctx, lang, session.id));
        let message = Outgoing {
            text,
            choices,
            lang: lang.code().to_owned(),
            ..Outgoing::default()
        };
        ctx.notify(reader.id, message).await?;
    }
    Ok(())
}

//! After a session: did it take place, how long, a note. The first answer
//! from either person records it and logs the hours for both.

use crate::context::Ctx;
use crate::dialogs::{Dialog, Input, Outcome};
use crate::error::CoreError;
use crate::message::{Choice, Outgoing};
use crate::model::{HoursKind, Millis, Session, SessionState};
use crate::validate;

use super::{describe, other_of, pair_of, reader_lang};

/// The follow-up job, when the session's time is over.
pub async fn fire(ctx: &mut Ctx<'_>, id: i64, due_at: Millis) -> Result<(), CoreError> {
    let Some(session) = ctx.tx.session(id).await? else {
        return Ok(());
    };
    let end = session.starts_at + i64::from(session.minutes) * crate::time::MINUTE_MS;
    if session.state != SessionState::Confirmed || end != due_at {
        return Ok(());
    }
    let pair = pair_of(ctx, &session).await?;
    for me in [pair.mentor_id, pair.mentee_id] {
        let reader = crate::pairing::people::person(ctx, me).await?;
        let other = other_of(ctx, &pair, me).await?;
        let lang = reader_lang(&reader);
        let text = ctx.t_in(
            lang,
            "session-follow-up",
            &[
                ("name", other.name.as_str().into()),
                ("session", describe(ctx, lang, &reader, &session).into()),
            ],
        );
        let options = vec![
            Choice::new(
                format!("ses:held:{id}"),
                ctx.t_in(lang, "session-held", &[("minutes", session.minutes.into())]),
            ),
            Choice::new(
                format!("ses:length:{id}"),
                ctx.t_in(lang, "session-other-length", &[]),
            ),
            Choice::new(
                format!("ses:missed:{id}"),
                ctx.t_in(lang, "session-missed", &[]),
            ),
        ];
        let message = Outgoing::private_choice(text, options, lang.code());
        ctx.notify(reader.id, message).await?;
    }
    Ok(())
}

pub async fn on_answer(
    ctx: &mut Ctx<'_>,
    action: &str,
    mut session: Session,
) -> Result<(), CoreError> {
    if session.state != SessionState::Confirmed || session.starts_at > ctx.now {
        ctx.say("session-already-recorded", &[]);
        return Ok(());
    }
    match action {
        "held" => {
            let dialog = Dialog::SessionNote {
                session: session.id,
                minutes: session.minutes,
            };
            dialog.ask(ctx).await?;
            ctx.conversation.dialogs.push(dialog);
        }
        "length" => {
            let dialog = Dialog::SessionLength {
                session: session.id,
            };
            dialog.ask(ctx).await?;
            ctx.conversation.dialogs.push(dialog);
        }
        _ => {
            session.state = SessionState::Missed;
            session.updated_at = ctx.now;
            ctx.tx.update_session(&session).await?;
            ctx.say("session-missed-noted", &[]);
        }
    }
    Ok(())
}

pub fn ask_length(ctx: &mut Ctx<'_>) {
    ctx.say("session-ask-length", &[]);
}

pub async fn answer_length(ctx: &mut Ctx<'_>, id: i64, input: Input) -> Result<Outcome, CoreError> {
    let minutes = match &input {
        Input::Text(t) => validate::number_in(t, 5, 600),
        Input::Tokens(_) => None,
    };
    let Some(minutes) = minutes else {
        ctx.say("session-length-invalid", &[]);
        return Ok(Outcome::Continue(Dialog::SessionLength { session: id }));
    };
    let dialog = Dialog::SessionNote {
        session: id,
        minutes,
    };
    dialog.ask(ctx).await?;
    Ok(Outcome::Continue(dialog))
}

pub fn ask_note(ctx: &mut Ctx<'_>) {
    ctx.say("session-ask-note", &[]);
}

/// The note ends the follow-up: the session is recorded as held and both
/// people's hours are logged.
pub async fn answer_note(
    ctx: &mut Ctx<'_>,
    id: i64,
    minutes: u32,
    input: Input,
) -> Result<Outcome, CoreError> {
    let max = ctx.config().limits.max_goals;
    let Ok(note) = crate::dialogs::optional_text(&input, max) else {
        ctx.say("goals-invalid", &[("max", max.into())]);
        return Ok(Outcome::Continue(Dialog::SessionNote {
            session: id,
            minutes,
        }));
    };
    let Some(mut session) = ctx.tx.session(id).await? else {
        ctx.say("session-unknown", &[]);
        return Ok(Outcome::Done);
    };
    if session.state != SessionState::Confirmed {
        ctx.say("session-already-recorded", &[]);
        return Ok(Outcome::Done);
    }
    let pair = pair_of(ctx, &session).await?;
    let note_given = note.is_some();
    let logged = crate::hours::log_for_pair(
        ctx,
        &pair,
        Some(session.id),
        HoursKind::Bilateral,
        minutes,
        session.starts_at,
        note,
    )
    .await?;
    if logged == crate::hours::Logged::Refused {
        return Ok(Outcome::Done);
    }
    session.state = SessionState::Held;
    session.minutes = minutes;
    session.updated_at = ctx.now;
    ctx.tx.update_session(&session).await?;
    let me = ctx.person_id().unwrap_or_default();
    let other = other_of(ctx, &pair, me).await?;
    let had_note = note_given;
    ctx.say("session-recorded", &[("minutes", minutes.into())]);
    let by = ctx
        .person
        .as_ref()
        .map(|p| p.name.clone())
        .unwrap_or_default();
    crate::pairing::people::tell(
        ctx,
        &other,
        "session-recorded-other",
        &[("name", by.into()), ("minutes", minutes.into())],
    )
    .await?;
    if had_note {
        crate::knowledge::capture::offer(ctx, session.id);
    }
    Ok(Outcome::Done)
}

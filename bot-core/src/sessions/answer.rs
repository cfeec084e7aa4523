//! Answers to a booked session: the other person confirms (the whole series
//! at once), proposes another time (which goes back the other way) or
//! declines; later either can reschedule or cancel. Both always see times
//! in their own zone; confirmed sessions come with a calendar file.

use crate::context::Ctx;
use crate::dialogs::{Dialog, Input, Outcome};
use crate::error::CoreError;
use crate::message::{Choice, ChoiceSet, Outgoing, RichText};
use crate::model::{Person, Session, SessionState};
use crate::pairing::people::person;
use crate::time::zone;
use crate::when::parse_when;

use super::{describe, other_of, pair_of, reader_lang, when_refusal};

/// The sessions an answer applies to: the whole series, or the one session.
async fn group(ctx: &mut Ctx<'_>, session: &Session) -> Result<Vec<Session>, CoreError> {
    Ok(match session.series_id {
        Some(series) => ctx.tx.sessions_in_series(series).await?,
        None => vec![session.clone()],
    })
}

/// Asks `other` to confirm what `booker` proposed.
pub async fn ask_other(
    ctx: &mut Ctx<'_>,
    first: &Session,
    booker: &Person,
    other: &Person,
    count: usize,
) -> Result<(), CoreError> {
    let lang = reader_lang(other);
    let mut text = RichText::plain(ctx.t_in(
        lang,
        "session-request",
        &[
            ("name", booker.name.as_str().into()),
            ("session", describe(ctx, lang, other, first).into()),
        ],
    ));
    if let Some(rule) = &first.repeat {
        text.push_text(ctx.t_in(
            lang,
            "session-series",
            &[
                ("count", count.into()),
                ("rule", repeat_name(ctx, lang, rule).into()),
            ],
        ));
    }
    let options = if first.series_id.is_some() {
        vec![
            Choice::new(
                format!("ses:confirm:{}", first.id),
                ctx.t_in(lang, "session-confirm-all", &[]),
            ),
            Choice::new(
                format!("ses:decline:{}", first.id),
                ctx.t_in(lang, "session-decline", &[]),
            ),
        ]
    } else {
        vec![
            Choice::new(
                format!("ses:confirm:{}", first.id),
                ctx.t_in(lang, "session-confirm", &[]),
            ),
            Choice::new(
                format!("ses:other:{}", first.id),
                ctx.t_in(lang, "session-other-time", &[]),
            ),
            Choice::new(
                format!("ses:decline:{}", first.id),
                ctx.t_in(lang, "session-decline", &[]),
            ),
        ]
    };
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
    ctx.notify(other.id, message).await?;
    Ok(())
}

pub fn repeat_name(ctx: &Ctx<'_>, lang: crate::i18n::Lang, rule: &str) -> String {
    match rule {
        "weekly" => ctx.t_in(lang, "repeat-weekly", &[]),
        "biweekly" => ctx.t_in(lang, "repeat-biweekly", &[]),
        cron => ctx.t_in(lang, "repeat-cron", &[("rule", cron.into())]),
    }
}

/// A session of a pair the speaker is in.
async fn own_session(ctx: &mut Ctx<'_>, id: i64) -> Result<Option<(Session, Person)>, CoreError> {
    let Some(me) = ctx.person_id() else {
        return Ok(None);
    };
    let Some(session) = ctx.tx.session(id).await? else {
        return Ok(None);
    };
    let pair = pair_of(ctx, &session).await?;
    if pair.mentor_id != me && pair.mentee_id != me {
        return Ok(None);
    }
    let other = other_of(ctx, &pair, me).await?;
    Ok(Some((session, other)))
}

/// Handles `ses:<action>:<id>` buttons.
pub async fn on_token(ctx: &mut Ctx<'_>, token: &str) -> Result<(), CoreError> {
    let mut parts = token.splitn(3, ':');
    let (Some("ses"), Some(action), Some(Ok(id))) = (
        parts.next(),
        parts.next(),
        parts.next().map(str::parse::<i64>),
    ) else {
        ctx.say("choice-invalid", &[]);
        return Ok(());
    };
    let Some((session, other)) = own_session(ctx, id).await? else {
        ctx.say("session-unknown", &[]);
        return Ok(());
    };
    match action {
        "confirm" | "decline" | "other" if session.state != SessionState::Proposed => {
            ctx.say("session-answered-already", &[])
        }
        "confirm" | "decline" | "other" if Some(session.booked_by) == ctx.person_id() => {
            ctx.say("session-own-proposal", &[])
        }
        "confirm" => confirm(ctx, session, other).await?,
        "decline" => {
            for mut s in group(ctx, &session)
                .await?
                .into_iter()
                .filter(|s| s.state == SessionState::Proposed)
            {
                s.state = SessionState::Cancelled;
                s.updated_at = ctx.now;
                ctx.tx.update_session(&s).await?;
            }
            let me = ctx
                .person
                .as_ref()
                .map(|p| p.name.clone())
                .unwrap_or_default();
            let booker = person(ctx, session.booked_by).await?;
            let text = describe(ctx, reader_lang(&booker), &booker, &session);
            crate::pairing::people::tell(
                ctx,
                &booker,
                "session-declined",
                &[("name", me.into()), ("session", text.into())],
            )
            .await?;
            ctx.say("session-declined-self", &[]);
        }
        "other" | "reschedule" => {
            if !session.state.is_upcoming() {
                ctx.say("session-not-upcoming", &[]);
                return Ok(());
            }
            let dialog = Dialog::SessionTime {
                session: session.id,
            };
            dialog.ask(ctx).await?;
            ctx.conversation.dialogs.push(dialog);
        }
        "cancel" => cancel(ctx, session, other).await?,
        "attend" => ctx.say("session-attend-noted", &[]),
        "held" | "length" | "missed" => super::follow_up::on_answer(ctx, action, session).await?,
        _ => ctx.say("choice-invalid", &[]),
    }
    Ok(())
}

async fn confirm(ctx: &mut Ctx<'_>, session: Session, other: Person) -> Result<(), CoreError> {
    let mut confirmed = Vec::new();
    for mut s in group(ctx, &session)
        .await?
        .into_iter()
        .filter(|s| s.state == SessionState::Proposed)
    {
        s.state = SessionState::Confirmed;
        s.updated_at = ctx.now;
        ctx.tx.update_session(&s).await?;
        super::reminders::schedule(ctx, &s).await?;
        confirmed.push(s);
    }
    let Some(me) = ctx.person.clone() else {
        return Ok(());
    };
    for (reader, partner) in [(&other, &me), (&me, &other)] {
        let lang = reader_lang(reader);
        let Some(first) = confirmed.first() else {
            break;
        };
        let text = ctx.t_in(
            lang,
            "session-confirmed",
            &[
                ("name", partner.name.as_str().into()),
                ("session", describe(ctx, lang, reader, first).into()),
                ("count", confirmed.len().into()),
            ],
        );
        let title = ctx.t_in(
            lang,
            "session-calendar-title",
            &[("name", partner.name.as_str().into())],
        );
        let message = Outgoing {
            text: RichText::plain(text),
            files: vec![super::ics::calendar_file(&confirmed, &title)],
            private: true,
            lang: lang.code().to_owned(),
            ..Outgoing::default()
        };
        ctx.notify(reader.id, message).await?;
    }
    Ok(())
}

async fn cancel(ctx: &mut Ctx<'_>, mut session: Session, other: Person) -> Result<(), CoreError> {
    if !session.state.is_upcoming() {
        ctx.say("session-not-upcoming", &[]);
        return Ok(());
    }
    session.state = SessionState::Cancelled;
    session.updated_at = ctx.now;
    ctx.tx.update_session(&session).await?;
    super::reminders::unschedule(ctx, &session).await?;
    let me = ctx
        .person
        .as_ref()
        .map(|p| p.name.clone())
        .unwrap_or_default();
    let lang = reader_lang(&other);
    let text = describe(ctx, lang, &other, &session);
    crate::pairing::people::tell(
        ctx,
        &other,
        "session-cancelled",
        &[("name", me.into()), ("session", text.into())],
    )
    .await?;
    ctx.say("session-cancelled-self", &[]);
    Ok(())
}

/// The question for another time (after "propose another time" or `/reschedule`).
pub fn ask_time(ctx: &mut Ctx<'_>) {
    let tz = zone(ctx.person.as_ref().and_then(|p| p.timezone.as_deref()));
    let example = crate::when::example(ctx.now, tz);
    ctx.say(
        "session-ask-new-time",
        &[("timezone", tz.name().into()), ("example", example.into())],
    );
}

/// A new time for one session: it goes back to the other person to confirm.
pub async fn answer_time(ctx: &mut Ctx<'_>, id: i64, input: Input) -> Result<Outcome, CoreError> {
    let Some((mut session, other)) = own_session(ctx, id).await? else {
        ctx.say("session-unknown", &[]);
        return Ok(Outcome::Done);
    };
    if !session.state.is_upcoming() {
        ctx.say("session-not-upcoming", &[]);
        return Ok(Outcome::Done);
    }
    let typed = match &input {
        Input::Text(t) => t.clone(),
        Input::Tokens(_) => String::new(),
    };
    let tz = zone(ctx.person.as_ref().and_then(|p| p.timezone.as_deref()));
    let at = match parse_when(&typed, ctx.now, tz, ctx.lang) {
        Ok(at) if super::book::programme_end(ctx).is_some_and(|end| at >= end) => {
            ctx.say("when-after-end", &[]);
            return Ok(Outcome::Continue(Dialog::SessionTime { session: id }));
        }
        Ok(at) => at,
        Err(error) => {
            let refusal = when_refusal(ctx, error);
            ctx.reply(ctx.plain(refusal));
            return Ok(Outcome::Continue(Dialog::SessionTime { session: id }));
        }
    };
    let Some(me) = ctx.person.clone() else {
        return Ok(Outcome::Done);
    };
    super::reminders::unschedule(ctx, &session).await?;
    session.starts_at = at;
    session.booked_by = me.id;
    session.state = SessionState::Proposed;
    // A moved session leaves its series: the rest keeps its rhythm.
    session.series_id = None;
    session.repeat = None;
    session.updated_at = ctx.now;
    ctx.tx.update_session(&session).await?;
    let text = describe(ctx, ctx.lang, &me, &session);
    ctx.say(
        "session-time-sent",
        &[
            ("name", other.name.as_str().into()),
            ("session", text.into()),
        ],
    );
    ask_other(ctx, &session, &me, &other, 1).await?;
    Ok(Outcome::Done)
}

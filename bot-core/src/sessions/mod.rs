//! Sessions of a pair: booking in chat, confirming, reminders before and a
//! follow-up after, which logs the hours.

pub mod answer;
pub mod book;
pub mod follow_up;
pub mod ics;
pub mod list;
pub mod recurrence;
pub mod reminders;

use crate::context::Ctx;
use crate::error::CoreError;
use crate::i18n::Lang;
use crate::model::{MeetingMode, Pair, Person, Session};
use crate::pairing::people::{lang_of, person};
use crate::time::{format_local, zone};
use crate::when::WhenError;

/// The other person of a session's pair.
pub async fn other_of(ctx: &mut Ctx<'_>, pair: &Pair, me: i64) -> Result<Person, CoreError> {
    person(
        ctx,
        if pair.mentor_id == me {
            pair.mentee_id
        } else {
            pair.mentor_id
        },
    )
    .await
}

pub async fn pair_of(ctx: &mut Ctx<'_>, session: &Session) -> Result<Pair, CoreError> {
    ctx.tx
        .pair(session.pair_id)
        .await?
        .ok_or_else(|| CoreError::State(format!("session {} has no pair", session.id)))
}

/// "2026-12-03 15:00, 60 minutes, online: https://…" in the reader's zone and language.
pub fn describe(ctx: &Ctx<'_>, lang: Lang, reader: &Person, session: &Session) -> String {
    let when = format_local(session.starts_at, zone(reader.timezone.as_deref()));
    let mode = match session.mode {
        MeetingMode::InPerson => ctx.t_in(lang, "meeting-in-person", &[]),
        _ => ctx.t_in(lang, "meeting-online", &[]),
    };
    let place = session
        .place
        .clone()
        .unwrap_or_else(|| ctx.t_in(lang, "session-place-open", &[]));
    ctx.t_in(
        lang,
        "session-describe",
        &[
            ("when", when.into()),
            ("minutes", session.minutes.into()),
            ("mode", mode.into()),
            ("place", place.into()),
            ("timezone", zone(reader.timezone.as_deref()).name().into()),
        ],
    )
}

/// The message for a time that could not be taken, with an example that works.
pub fn when_refusal(ctx: &Ctx<'_>, error: WhenError) -> String {
    let tz = zone(ctx.person.as_ref().and_then(|p| p.timezone.as_deref()));
    let example = crate::when::example(ctx.now, tz);
    let key = match error {
        WhenError::Unreadable => "when-unreadable",
        WhenError::Past => "when-past",
        WhenError::Ambiguous => "when-ambiguous",
        WhenError::Nonexistent => "when-nonexistent",
        WhenError::TooFar => "when-too-far",
    };
    ctx.t(key, &[("example", example.into())])
}

pub fn reader_lang(person: &Person) -> Lang {
    lang_of(person)
}

//! Group sessions in chat rooms: a circle's peer-mentoring session, or a
//! joint meeting of the whole cohort, run by the bot in the room.
//!
//! - `/group schedule <when> <topic>` (a coordinator, or an approved mentor
//!   of the room's circle) stores the session, invites the members and
//!   reminds the room and each member (in their own zone and language) at
//!   the sessions' reminder offsets. Members answer attend / cannot attend
//!   with the buttons, in the room or their direct chat, or `/group attend`,
//!   `/group absent`.
//! - `/group start` posts the agenda and the attendance call (`/here`).
//! - `/round [minutes]` picks the next presenter fairly (see [`fair`]); the
//!   others advise in turn (`/next`); the round's time box gives a warning
//!   before it ends and says when it is over (jobs).
//! - `/note <text>` and `/action <person> <text>` collect notes and action items.
//! - `/group end` posts the summary, logs everyone present's hours (group
//!   hours for a circle, joint-meeting hours for the cohort), asks for
//!   consent to save the notes, and schedules the action items' reminders.
//!
//! Consent rule: the notes become a session-notes entry only with an
//! explicit yes from everyone present, each asked in their direct chat,
//! within `groups.consent_hours`. One no, or silence until then, and
//! nothing is saved. The entry holds the notes and the action items without
//! owners, so it names nobody; its author is the facilitator.
//!
//! The written summary: with a language model configured, `/group end`
//! has the model write a summary from the notes *before* its transaction
//! opens ([`summary::prepare`], like `/ask`), so a slow model never holds
//! the database; the structured summary is always posted, the written one
//! is added when it came, and it is what the knowledge entry starts with.
//!
//! Rooms and circles: see [`room`].

pub mod actions;
pub mod config;
pub mod consent;
pub mod create;
pub mod end;
pub mod fair;
pub mod live;
pub mod prompt;
pub mod reminders;
pub mod room;
pub mod rounds;
pub mod schedule;
pub mod summary;

use crate::context::Ctx;
use crate::error::CoreError;
use crate::i18n::{Arg, Lang};
use crate::message::{ChoiceSet, Outgoing, RichText};
use crate::model::{GroupSession, GroupState, PersonId};
use crate::time::{format_local, zone};

pub use config::GroupsConfig;
use room::Room;

/// `/group …` in a room (and `/group room <circle>` anywhere).
pub async fn command(ctx: &mut Ctx<'_>, args: &[&str]) -> Result<(), CoreError> {
    // A room for a circle is asked for wherever the person is, usually a direct chat.
    if let Some((action, rest)) = args.split_first()
        && action.eq_ignore_ascii_case("room")
    {
        if ctx.person.is_none() {
            ctx.say("group-members-only", &[]);
            return Ok(());
        }
        return create::create(ctx, rest).await;
    }
    let Some(room) = room::current(ctx).await? else {
        return Ok(());
    };
    let Some((action, rest)) = args.split_first() else {
        return schedule::status(ctx, &room).await;
    };
    match action.to_lowercase().as_str() {
        "schedule" => schedule::schedule(ctx, &room, rest).await,
        "attend" => schedule::answer_in_room(ctx, &room, true).await,
        "absent" => schedule::answer_in_room(ctx, &room, false).await,
        "cancel" => schedule::cancel(ctx, &room).await,
        "start" => live::start(ctx, &room, rest).await,
        "end" => end::end(ctx, &room).await,
        "link" => room::link(ctx, &room, rest).await,
        _ => {
            ctx.say("group-help", &[]);
            Ok(())
        }
    }
}

/// `/here`, `/round`, `/next`, `/note` and `/action`: commands of a running session.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Live {
    Here,
    Round,
    Next,
    Note,
    Action,
}

pub async fn live_command(ctx: &mut Ctx<'_>, which: Live, args: &[&str]) -> Result<(), CoreError> {
    let Some(room) = room::current(ctx).await? else {
        return Ok(());
    };
    let Some(session) = running(ctx, &room).await? else {
        ctx.say("group-not-running", &[]);
        return Ok(());
    };
    match which {
        Live::Here => live::here(ctx, session).await,
        Live::Round => rounds::start_round(ctx, &room, session, args).await,
        Live::Next => rounds::next(ctx, &room, session).await,
        Live::Note => live::note(ctx, &room, session, args).await,
        Live::Action => actions::add(ctx, &room, session, args).await,
    }
}

/// Handles `grp:*` buttons: attendance answers, presence, consent, and
/// the link of a room an adapter created.
pub async fn on_token(ctx: &mut Ctx<'_>, token: &str) -> Result<(), CoreError> {
    let parts: Vec<&str> = token.split(':').collect();
    let id = parts.get(2).and_then(|p| p.parse::<i64>().ok());
    if ctx.person.is_none() {
        ctx.say("group-members-only", &[]);
        return Ok(());
    }
    match (parts.get(1).copied(), id, parts.len()) {
        (Some("yes"), Some(id), 3) => schedule::answer(ctx, id, true).await,
        (Some("no"), Some(id), 3) => schedule::answer(ctx, id, false).await,
        (Some("here"), Some(id), 3) => live::here_by_button(ctx, id).await,
        (Some("agree"), Some(id), 3) => consent::answer(ctx, id, true).await,
        (Some("refuse"), Some(id), 3) => consent::answer(ctx, id, false).await,
        (Some("link"), Some(id), 3) => create::link_by_token(ctx, id).await,
        _ => {
            ctx.say("choice-invalid", &[]);
            Ok(())
        }
    }
}

/// The room's running session, locked for this transaction.
pub async fn running(ctx: &mut Ctx<'_>, room: &Room) -> Result<Option<GroupSession>, CoreError> {
    let open = ctx.tx.open_group_sessions(&room.platform, &room.id).await?;
    match open.iter().find(|s| s.state == GroupState::Running) {
        Some(session) => Ok(ctx.tx.lock_group_session(session.id).await?),
        None => Ok(None),
    }
}

/// The room's next scheduled session, locked for this transaction.
pub async fn next_scheduled(
    ctx: &mut Ctx<'_>,
    room: &Room,
) -> Result<Option<GroupSession>, CoreError> {
    let open = ctx.tx.open_group_sessions(&room.platform, &room.id).await?;
    match open.iter().find(|s| s.state == GroupState::Scheduled) {
        Some(session) => Ok(ctx.tx.lock_group_session(session.id).await?),
        None => Ok(None),
    }
}

/// The language the bot posts in, in the session's room.
pub fn lang_of(session: &GroupSession) -> Lang {
    Lang::from_code(&session.language).unwrap_or(Lang::En)
}

/// A text in the session's room language.
pub fn t_room(ctx: &Ctx<'_>, session: &GroupSession, key: &str, args: &[(&str, Arg)]) -> String {
    ctx.t_in(lang_of(session), key, args)
}

/// Posts in the session's room, in the room's language.
pub fn post(ctx: &mut Ctx<'_>, session: &GroupSession, text: RichText, choices: Option<ChoiceSet>) {
    let message = Outgoing {
        text,
        choices,
        lang: lang_of(session).code().to_owned(),
        ..Outgoing::default()
    };
    ctx.post_to_room(&session.platform, &session.room, message);
}

/// Posts one localized text in the session's room.
pub fn post_key(ctx: &mut Ctx<'_>, session: &GroupSession, key: &str, args: &[(&str, Arg)]) {
    let text = RichText::plain(t_room(ctx, session, key, args));
    post(ctx, session, text, None);
}

/// "2026-12-03 15:00 (Europe/Tallinn)": the session's time as the room sees it.
pub fn room_time(session: &GroupSession) -> String {
    let tz = zone(Some(&session.timezone));
    format!("{} ({})", format_local(session.starts_at, tz), tz.name())
}

/// People's names in the order given; people who left the programme are skipped.
pub async fn names(ctx: &mut Ctx<'_>, ids: &[PersonId]) -> Result<Vec<String>, CoreError> {
    let mut names = Vec::with_capacity(ids.len());
    for id in ids {
        if let Some(person) = ctx.tx.person(*id).await? {
            names.push(person.name);
        }
    }
    Ok(names)
}

/// Names joined for a sentence, or a dash when there are none.
pub fn list(names: &[String]) -> String {
    if names.is_empty() {
        "–".to_owned()
    } else {
        names.join(", ")
    }
}

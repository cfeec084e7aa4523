//! A session under way: `/group start` (the agenda and the attendance
//! call), `/here` (or its button), and `/note`.

use crate::context::Ctx;
use crate::error::CoreError;
use crate::message::{Choice, ChoiceSet, RichText};
use crate::model::{GroupItem, GroupItemKind, GroupMember, GroupSession, GroupState, PersonId};
use crate::time::{MINUTE_MS, zone};
use crate::validate;

use super::room::{self, Room};
use super::{list, names, post, reminders, room_time, schedule, t_room};

/// A scheduled session can be started this long before its time.
const START_EARLY_MINUTES: i64 = 60;
const MAX_NOTE: usize = 1_000;

/// `/group start [topic]`: the room's next session begins; with a topic and
/// nothing scheduled, a session begins now.
pub async fn start(ctx: &mut Ctx<'_>, room: &Room, args: &[&str]) -> Result<(), CoreError> {
    if super::running(ctx, room).await?.is_some() {
        ctx.say("group-already-running", &[]);
        return Ok(());
    }
    let next = super::next_scheduled(ctx, room).await?;
    let startable = next
        .as_ref()
        .is_some_and(|s| s.starts_at - ctx.now <= START_EARLY_MINUTES * MINUTE_MS);
    let session = match next {
        Some(session) if startable => {
            if !room::may_run(ctx, room, &session) {
                ctx.say("group-run-denied", &[]);
                return Ok(());
            }
            session
        }
        later if args.is_empty() => {
            match later {
                Some(session) => ctx.say(
                    "group-start-too-early",
                    &[
                        ("topic", session.topic.as_str().into()),
                        ("when", room_time(&session).into()),
                        ("minutes", START_EARLY_MINUTES.into()),
                    ],
                ),
                None => ctx.say("group-nothing-scheduled", &[]),
            }
            return Ok(());
        }
        _ => {
            if !room::may_lead(ctx, room) {
                ctx.say("group-run-denied", &[]);
                return Ok(());
            }
            let Some(topic) = validate::free_text(&args.join(" "), 2, 200, false) else {
                ctx.say("group-topic-invalid", &[("max", 200usize.into())]);
                return Ok(());
            };
            let tz = zone(ctx.person.as_ref().and_then(|p| p.timezone.as_deref()));
            schedule::create(ctx, room, ctx.now, topic, tz).await?
        }
    };
    begin(ctx, session).await
}

async fn begin(ctx: &mut Ctx<'_>, mut session: GroupSession) -> Result<(), CoreError> {
    let Some(me) = ctx.person.clone() else {
        return Ok(());
    };
    session.state = GroupState::Running;
    session.started_at = Some(ctx.now);
    session.facilitator_id = Some(me.id);
    session.updated_at = ctx.now;
    ctx.tx.update_group_session(&session).await?;
    reminders::unschedule(ctx, &session).await?;
    // Whoever starts it is there.
    mark_present(ctx, &session, me.id).await?;
    let members = ctx.tx.group_members(session.id).await?;
    let expected: Vec<PersonId> = members
        .iter()
        .filter(|m| m.invited && m.rsvp != Some(false))
        .map(|m| m.person_id)
        .collect();
    let excused: Vec<PersonId> = members
        .iter()
        .filter(|m| m.rsvp == Some(false))
        .map(|m| m.person_id)
        .collect();
    let expected = names(ctx, &expected).await?;
    let excused = names(ctx, &excused).await?;
    let text = t_room(
        ctx,
        &session,
        "group-agenda",
        &[
            ("topic", session.topic.as_str().into()),
            ("name", me.name.as_str().into()),
            ("minutes", ctx.config().groups.round_minutes.into()),
            ("expected", list(&expected).into()),
            ("excused", list(&excused).into()),
        ],
    );
    let choices = ChoiceSet {
        options: vec![Choice::new(
            format!("grp:here:{}", session.id),
            t_room(ctx, &session, "group-here-button", &[]),
        )],
        multi: false,
    };
    post(ctx, &session, RichText::plain(text), Some(choices));
    Ok(())
}

/// Records a person as present (a guest when not invited); false if they already were.
async fn mark_present(
    ctx: &mut Ctx<'_>,
    session: &GroupSession,
    person: PersonId,
) -> Result<bool, CoreError> {
    let members = ctx.tx.group_members(session.id).await?;
    let mut member = members
        .into_iter()
        .find(|m| m.person_id == person)
        .unwrap_or(GroupMember {
            session_id: session.id,
            person_id: person,
            invited: false,
            rsvp: None,
            present_at: None,
            presented_at: None,
            consent: None,
        });
    if member.present_at.is_some() {
        return Ok(false);
    }
    member.present_at = Some(ctx.now);
    ctx.tx.upsert_group_member(&member).await?;
    Ok(true)
}

/// `/here`: the speaker answers the attendance call.
pub async fn here(ctx: &mut Ctx<'_>, session: GroupSession) -> Result<(), CoreError> {
    let Some(me) = ctx.person.clone() else {
        return Ok(());
    };
    if !mark_present(ctx, &session, me.id).await? {
        ctx.say(
            "group-already-present",
            &[("name", me.name.as_str().into())],
        );
        return Ok(());
    }
    let present = ctx
        .tx
        .group_members(session.id)
        .await?
        .iter()
        .filter(|m| m.present_at.is_some())
        .count();
    ctx.say(
        "group-present",
        &[("name", me.name.as_str().into()), ("count", present.into())],
    );
    Ok(())
}

/// The attendance button, pressed in the room or in a direct chat.
pub async fn here_by_button(ctx: &mut Ctx<'_>, id: i64) -> Result<(), CoreError> {
    match ctx.tx.lock_group_session(id).await? {
        Some(session) if session.state == GroupState::Running => here(ctx, session).await,
        _ => {
            ctx.say("group-not-running", &[]);
            Ok(())
        }
    }
}

/// Whether the speaker may add notes and action items: present, or running it.
pub async fn may_write(
    ctx: &mut Ctx<'_>,
    room: &Room,
    session: &GroupSession,
) -> Result<bool, CoreError> {
    if room::may_run(ctx, room, session) {
        return Ok(true);
    }
    let me = ctx.person_id();
    Ok(ctx
        .tx
        .group_members(session.id)
        .await?
        .iter()
        .any(|m| Some(m.person_id) == me && m.present_at.is_some()))
}

/// `/note <text>`.
pub async fn note(
    ctx: &mut Ctx<'_>,
    room: &Room,
    session: GroupSession,
    args: &[&str],
) -> Result<(), CoreError> {
    if !may_write(ctx, room, &session).await? {
        ctx.say("group-not-present", &[]);
        return Ok(());
    }
    let Some(text) = validate::free_text(&args.join(" "), 2, MAX_NOTE, false) else {
        ctx.say("group-note-usage", &[("max", MAX_NOTE.into())]);
        return Ok(());
    };
    ctx.tx
        .insert_group_item(&GroupItem {
            id: 0,
            session_id: session.id,
            kind: GroupItemKind::Note,
            author_id: ctx.person_id(),
            owner_id: None,
            text,
            created_at: ctx.now,
        })
        .await?;
    let count = ctx
        .tx
        .group_items(session.id)
        .await?
        .iter()
        .filter(|i| i.kind == GroupItemKind::Note)
        .count();
    ctx.say("group-noted", &[("count", count.into())]);
    Ok(())
}

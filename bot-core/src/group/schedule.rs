//! `/group schedule <when> <topic>`, the invitation and its answers (attend
//! or cannot attend), `/group cancel`, and `/group` (what is planned here).

use chrono_tz::Tz;
use serde_json::json;

use crate::context::Ctx;
use crate::error::CoreError;
use crate::i18n::Lang;
use crate::message::{Choice, ChoiceSet, Outgoing, RichText};
use crate::model::{GroupMember, GroupSession, GroupState, Millis, PersonId};
use crate::pairing::people::lang_of as person_lang;
use crate::time::{MINUTE_MS, format_local, zone};
use crate::validate;
use crate::when::{WhenError, parse_when};

use super::room::{self, Room};
use super::{list, names, post, reminders, room_time, t_room};

/// The longest time expression tried before the topic ("next tue 18:00" is three words).
const MAX_WHEN_WORDS: usize = 6;
const MAX_TOPIC: usize = 200;

/// Why `<when> <topic>` could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScheduleError {
    When(WhenError),
    /// A time, but no topic after it.
    NoTopic,
}

/// Splits `tomorrow 15:00 Hiring abroad` into the time and the topic: the
/// longest run of leading words that reads as a time, with at least one word
/// left for the topic. When none reads, the most telling refusal.
pub fn split_when_topic(
    args: &[&str],
    now: Millis,
    tz: Tz,
    lang: Lang,
) -> Result<(Millis, String), ScheduleError> {
    let mut best: Option<(Millis, usize)> = None;
    let mut worst = WhenError::Unreadable;
    for words in 1..=args.len().min(MAX_WHEN_WORDS) {
        match parse_when(&args[..words].join(" "), now, tz, lang) {
            Ok(at) => best = Some((at, words)),
            Err(error) if rank(error) > rank(worst) => worst = error,
            Err(_) => {}
        }
    }
    match best {
        Some((_, words)) if words == args.len() => Err(ScheduleError::NoTopic),
        Some((at, words)) => Ok((at, args[words..].join(" "))),
        None => Err(ScheduleError::When(worst)),
    }
}

/// Which refusal says the most (as the time reader ranks them).
fn rank(error: WhenError) -> u8 {
    match error {
        WhenError::Unreadable => 0,
        WhenError::TooFar => 1,
        WhenError::Past => 2,
        WhenError::Nonexistent => 3,
        WhenError::Ambiguous => 4,
    }
}

/// `/group schedule <when> <topic>`.
pub async fn schedule(ctx: &mut Ctx<'_>, room: &Room, args: &[&str]) -> Result<(), CoreError> {
    if !room::may_lead(ctx, room) {
        let key = if room.circle.is_none() {
            "group-no-circle"
        } else {
            "group-schedule-denied"
        };
        ctx.say(key, &[]);
        return Ok(());
    }
    if args.is_empty() {
        ctx.say("group-schedule-usage", &[]);
        return Ok(());
    }
    let tz = zone(ctx.person.as_ref().and_then(|p| p.timezone.as_deref()));
    let (starts_at, topic) = match split_when_topic(args, ctx.now, tz, ctx.lang) {
        Ok(found) => found,
        Err(ScheduleError::NoTopic) => {
            ctx.say("group-schedule-usage", &[]);
            return Ok(());
        }
        Err(ScheduleError::When(error)) => {
            let text = crate::sessions::when_refusal(ctx, error);
            let message = ctx.plain(text);
            ctx.reply(message);
            return Ok(());
        }
    };
    if crate::sessions::book::programme_end(ctx).is_some_and(|end| starts_at >= end) {
        ctx.say("when-after-end", &[]);
        return Ok(());
    }
    let Some(topic) = validate::free_text(&topic, 2, MAX_TOPIC, false) else {
        ctx.say("group-topic-invalid", &[("max", MAX_TOPIC.into())]);
        return Ok(());
    };
    let minutes = ctx.config().groups.minutes;
    let end = starts_at + i64::from(minutes) * MINUTE_MS;
    let open = ctx.tx.open_group_sessions(&room.platform, &room.id).await?;
    if let Some(clash) = open
        .iter()
        .find(|s| s.starts_at < end && starts_at < s.starts_at + i64::from(s.minutes) * MINUTE_MS)
    {
        ctx.say(
            "group-schedule-clash",
            &[
                ("topic", clash.topic.as_str().into()),
                ("when", format_local(clash.starts_at, tz).into()),
            ],
        );
        return Ok(());
    }
    let session = create(ctx, room, starts_at, topic, tz).await?;
    announce(ctx, &session).await?;
    reminders::schedule(ctx, &session).await?;
    Ok(())
}

/// Stores a session with its invited members: the circle's, or everyone
/// for a joint meeting; and the scheduler, who facilitates.
pub async fn create(
    ctx: &mut Ctx<'_>,
    room: &Room,
    starts_at: Millis,
    topic: String,
    tz: Tz,
) -> Result<GroupSession, CoreError> {
    let me = ctx.person_id();
    let mut session = GroupSession {
        id: 0,
        platform: room.platform.clone(),
        room: room.id.clone(),
        circle_id: room.circle.as_ref().map(|c| c.id),
        topic,
        starts_at,
        minutes: ctx.config().groups.minutes,
        timezone: tz.name().to_owned(),
        language: room.language(ctx).code().to_owned(),
        state: GroupState::Scheduled,
        facilitator_id: me,
        started_at: None,
        ended_at: None,
        round: None,
        summary: None,
        consent: None,
        entry_id: None,
        created_at: ctx.now,
        updated_at: ctx.now,
    };
    session.id = ctx.tx.insert_group_session(&session).await?;
    let mut invited: Vec<PersonId> = match &room.circle {
        Some(circle) => circle.members.clone(),
        None => ctx.tx.all_persons().await?.iter().map(|p| p.id).collect(),
    };
    invited.extend(me);
    invited.sort_unstable();
    invited.dedup();
    for person in invited {
        ctx.tx
            .upsert_group_member(&GroupMember {
                session_id: session.id,
                person_id: person,
                invited: true,
                // Whoever plans it comes.
                rsvp: (Some(person) == me).then_some(true),
                present_at: None,
                presented_at: None,
                consent: None,
            })
            .await?;
    }
    ctx.tx
        .audit(
            ctx.now,
            me,
            "group.schedule",
            None,
            &json!({ "session": session.id, "circle": session.circle_id }),
        )
        .await?;
    Ok(session)
}

/// The attend / cannot attend buttons, in a reader's language.
pub fn answer_choices(ctx: &Ctx<'_>, lang: Lang, session: i64) -> ChoiceSet {
    ChoiceSet {
        options: vec![
            Choice::new(
                format!("grp:yes:{session}"),
                ctx.t_in(lang, "group-attend", &[]),
            ),
            Choice::new(
                format!("grp:no:{session}"),
                ctx.t_in(lang, "group-absent", &[]),
            ),
        ],
        multi: false,
    }
}

/// Tells the room, and invites every member but the scheduler in their direct chat.
async fn announce(ctx: &mut Ctx<'_>, session: &GroupSession) -> Result<(), CoreError> {
    let scheduler = ctx
        .person
        .as_ref()
        .map(|p| p.name.clone())
        .unwrap_or_default();
    let text = t_room(
        ctx,
        session,
        "group-scheduled",
        &[
            ("topic", session.topic.as_str().into()),
            ("when", room_time(session).into()),
            ("minutes", session.minutes.into()),
            ("name", scheduler.as_str().into()),
        ],
    );
    let choices = answer_choices(ctx, super::lang_of(session), session.id);
    post(ctx, session, RichText::plain(text), Some(choices));
    let place = room_label(ctx, session).await?;
    for member in ctx.tx.group_members(session.id).await? {
        if Some(member.person_id) == ctx.person_id() {
            continue;
        }
        let Some(reader) = ctx.tx.person(member.person_id).await? else {
            continue;
        };
        let lang = person_lang(&reader);
        let tz = zone(reader.timezone.as_deref());
        let text = ctx.t_in(
            lang,
            "group-invitation",
            &[
                ("name", scheduler.as_str().into()),
                ("room", label_in(ctx, lang, &place).into()),
                ("topic", session.topic.as_str().into()),
                ("when", format_local(session.starts_at, tz).into()),
                ("timezone", tz.name().into()),
                ("minutes", session.minutes.into()),
            ],
        );
        let message = Outgoing {
            text: RichText::plain(text),
            choices: Some(answer_choices(ctx, lang, session.id)),
            lang: lang.code().to_owned(),
            ..Outgoing::default()
        };
        ctx.notify(reader.id, message).await?;
    }
    Ok(())
}

/// Whose session it is, as members are told: the circle's name, or (a
/// platform's room id means nothing to people) the whole cohort.
pub async fn room_label(
    ctx: &mut Ctx<'_>,
    session: &GroupSession,
) -> Result<Option<String>, CoreError> {
    Ok(room::circle_of_session(ctx, session)
        .await?
        .map(|circle| circle.name))
}

/// The label in a reader's language.
pub fn label_in(ctx: &Ctx<'_>, lang: Lang, label: &Option<String>) -> String {
    match label {
        Some(circle) => circle.clone(),
        None => ctx.t_in(lang, "group-whole-cohort", &[]),
    }
}

/// `/group attend` / `/group absent`: about the room's next session.
pub async fn answer_in_room(ctx: &mut Ctx<'_>, room: &Room, attend: bool) -> Result<(), CoreError> {
    let open = ctx.tx.open_group_sessions(&room.platform, &room.id).await?;
    match open.first() {
        Some(session) => answer(ctx, session.id, attend).await,
        None => {
            ctx.say("group-nothing-scheduled", &[]);
            Ok(())
        }
    }
}

/// The answer to an invitation, from a button (room or direct chat) or a command.
/// A programme member who was not invited joins as a guest.
pub async fn answer(ctx: &mut Ctx<'_>, id: i64, attend: bool) -> Result<(), CoreError> {
    let Some(me) = ctx.person.clone() else {
        ctx.say("group-members-only", &[]);
        return Ok(());
    };
    let Some(session) = ctx.tx.lock_group_session(id).await? else {
        ctx.say("group-session-unknown", &[]);
        return Ok(());
    };
    if !matches!(session.state, GroupState::Scheduled | GroupState::Running) {
        ctx.say(
            "group-session-over",
            &[("topic", session.topic.as_str().into())],
        );
        return Ok(());
    }
    let members = ctx.tx.group_members(id).await?;
    let mut member = members
        .into_iter()
        .find(|m| m.person_id == me.id)
        .unwrap_or(GroupMember {
            session_id: id,
            person_id: me.id,
            invited: false,
            rsvp: None,
            present_at: None,
            presented_at: None,
            consent: None,
        });
    member.rsvp = Some(attend);
    ctx.tx.upsert_group_member(&member).await?;
    let key = if attend {
        "group-will-attend"
    } else {
        "group-will-not-attend"
    };
    ctx.say(
        key,
        &[
            ("name", me.name.as_str().into()),
            ("topic", session.topic.as_str().into()),
        ],
    );
    Ok(())
}

/// `/group cancel`: the next scheduled session is called off; everyone who
/// did not decline hears it.
pub async fn cancel(ctx: &mut Ctx<'_>, room: &Room) -> Result<(), CoreError> {
    let Some(mut session) = super::next_scheduled(ctx, room).await? else {
        let key = if super::running(ctx, room).await?.is_some() {
            "group-cancel-running"
        } else {
            "group-nothing-scheduled"
        };
        ctx.say(key, &[]);
        return Ok(());
    };
    if !room::may_run(ctx, room, &session) {
        ctx.say("group-run-denied", &[]);
        return Ok(());
    }
    session.state = GroupState::Cancelled;
    session.updated_at = ctx.now;
    ctx.tx.update_group_session(&session).await?;
    reminders::unschedule(ctx, &session).await?;
    let by = ctx
        .person
        .as_ref()
        .map(|p| p.name.clone())
        .unwrap_or_default();
    super::post_key(
        ctx,
        &session,
        "group-cancelled",
        &[
            ("topic", session.topic.as_str().into()),
            ("when", room_time(&session).into()),
            ("name", by.as_str().into()),
        ],
    );
    for member in ctx.tx.group_members(session.id).await? {
        if member.rsvp == Some(false) || Some(member.person_id) == ctx.person_id() {
            continue;
        }
        let Some(reader) = ctx.tx.person(member.person_id).await? else {
            continue;
        };
        let tz = zone(reader.timezone.as_deref());
        crate::pairing::people::tell(
            ctx,
            &reader,
            "group-cancelled-member",
            &[
                ("topic", session.topic.as_str().into()),
                ("when", format_local(session.starts_at, tz).into()),
                ("timezone", tz.name().into()),
                ("name", by.as_str().into()),
            ],
        )
        .await?;
    }
    ctx.tx
        .audit(
            ctx.now,
            ctx.person_id(),
            "group.cancel",
            None,
            &json!({ "session": session.id }),
        )
        .await?;
    Ok(())
}

/// `/group`: the room's circle, its next or running session with the
/// answers so far, and the commands.
pub async fn status(ctx: &mut Ctx<'_>, room: &Room) -> Result<(), CoreError> {
    let mut text = RichText::plain(match room.circle_name() {
        Some(circle) => ctx.t("group-status-circle", &[("circle", circle.into())]),
        None => ctx.t("group-status-cohort", &[]),
    });
    let open = ctx.tx.open_group_sessions(&room.platform, &room.id).await?;
    match open.first() {
        None => {
            text.push_text(ctx.t("group-status-none", &[]));
        }
        Some(session) => {
            let members = ctx.tx.group_members(session.id).await?;
            let yes: Vec<PersonId> = members
                .iter()
                .filter(|m| m.rsvp == Some(true))
                .map(|m| m.person_id)
                .collect();
            let no: Vec<PersonId> = members
                .iter()
                .filter(|m| m.rsvp == Some(false))
                .map(|m| m.person_id)
                .collect();
            let yes = names(ctx, &yes).await?;
            let no = names(ctx, &no).await?;
            let key = if session.state == GroupState::Running {
                "group-status-running"
            } else {
                "group-status-next"
            };
            text.push_text(ctx.t(
                key,
                &[
                    ("topic", session.topic.as_str().into()),
                    ("when", room_time(session).into()),
                    ("attend", list(&yes).into()),
                    ("absent", list(&no).into()),
                ],
            ));
        }
    }
    text.push_text(ctx.t("group-help", &[]));
    let message = Outgoing {
        text,
        ..Outgoing::default()
    };
    ctx.reply(message);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Tuesday 1 December 2026, 09:00 UTC.
    const NOW: Millis = 1_796_115_600_000;

    fn split(text: &str) -> Result<(Millis, String), ScheduleError> {
        let words: Vec<&str> = text.split_whitespace().collect();
        split_when_topic(&words, NOW, Tz::UTC, Lang::En)
    }

    #[test]
    fn the_longest_time_that_reads_comes_first_and_the_rest_is_the_topic() {
        let (at, topic) = split("tomorrow 15:00 Hiring abroad").expect("reads");
        assert_eq!(at, NOW + 30 * 60 * MINUTE_MS);
        assert_eq!(topic, "Hiring abroad");
        let (at, topic) = split("2026-12-03 15:00 Pricing, 3 ideas").expect("reads");
        assert_eq!(at, NOW + (2 * 24 + 6) * 60 * MINUTE_MS);
        assert_eq!(topic, "Pricing, 3 ideas");
        let (_, topic) = split("in 2 hours Quick check-in").expect("reads");
        assert_eq!(topic, "Quick check-in");
    }

    #[test]
    fn a_time_without_a_topic_or_no_time_at_all_is_refused() {
        assert_eq!(split("tomorrow 15:00"), Err(ScheduleError::NoTopic));
        assert_eq!(
            split("someday Hiring"),
            Err(ScheduleError::When(WhenError::Unreadable))
        );
        assert_eq!(
            split("2026-11-30 10:00 Hiring"),
            Err(ScheduleError::When(WhenError::Past))
        );
        assert_eq!(
            split("tomorrow 3 Hiring"),
            Err(ScheduleError::When(WhenError::Ambiguous))
        );
        assert_eq!(split(""), Err(ScheduleError::When(WhenError::Unreadable)));
    }
}

//! `/group end`: the summary in the room, everyone present's hours, the
//! consent question about the notes, and the action items' reminders.

use serde_json::json;

use crate::context::Ctx;
use crate::error::CoreError;
use crate::hours::format_hours;
use crate::model::{GroupItemKind, GroupState, HoursEntry, HoursKind, NotesConsent, PersonId};
use crate::scheduler::{self, JobKind};
use crate::time::{DAY_MS, MINUTE_MS};

use super::room::{self, Room};
use super::{consent, post, post_key, rounds, summary};

fn action_key(item: i64) -> String {
    format!("grp-act:{item}")
}

/// The hours a session is worth: its real length in whole minutes (rounded
/// up), at least one, at most `max_minutes` — a facilitator who forgot to
/// end it does not give everyone a day of hours.
pub fn logged_minutes(started_at: i64, ended_at: i64, max_minutes: u32) -> u32 {
    let minutes = (ended_at - started_at + MINUTE_MS - 1).max(0) / MINUTE_MS;
    u32::try_from(minutes)
        .unwrap_or(u32::MAX)
        .clamp(1, max_minutes.max(1))
}

pub async fn end(ctx: &mut Ctx<'_>, room: &Room) -> Result<(), CoreError> {
    let Some(mut session) = super::running(ctx, room).await? else {
        ctx.say("group-not-running", &[]);
        return Ok(());
    };
    if !room::may_run(ctx, room, &session) {
        ctx.say("group-run-denied", &[]);
        return Ok(());
    }
    let items = ctx.tx.group_items(session.id).await?;
    session.summary = summary::written_for(ctx, &session, items.len());
    let started = session.started_at.unwrap_or(ctx.now);
    let minutes = logged_minutes(started, ctx.now, ctx.config().groups.max_minutes);
    let mut members = ctx.tx.group_members(session.id).await?;
    members.sort_by_key(|m| (m.present_at, m.person_id));
    let present: Vec<PersonId> = members
        .iter()
        .filter(|m| m.present_at.is_some())
        .map(|m| m.person_id)
        .collect();
    let excused: Vec<PersonId> = members
        .iter()
        .filter(|m| m.present_at.is_none() && m.rsvp == Some(false))
        .map(|m| m.person_id)
        .collect();
    let kind = if session.circle_id.is_some() {
        HoursKind::Group
    } else {
        HoursKind::Joint
    };
    for person in &present {
        ctx.tx
            .insert_hours(&HoursEntry {
                id: 0,
                person_id: *person,
                pair_id: None,
                session_id: None,
                kind,
                minutes,
                on: started,
                note: Some(session.topic.clone()),
                created_at: ctx.now,
            })
            .await?;
    }
    rounds::unschedule(ctx, &session).await?;
    session.round = None;
    session.state = GroupState::Ended;
    session.ended_at = Some(ctx.now);
    session.consent = Some(if present.is_empty() || items.is_empty() {
        NotesConsent::Nothing
    } else {
        NotesConsent::Asked
    });
    session.updated_at = ctx.now;
    ctx.tx.update_group_session(&session).await?;

    let text = summary::structured(ctx, &session, minutes, &present, &excused, &items).await?;
    post(ctx, &session, text, None);
    let hours = format_hours(i64::from(minutes));
    if !present.is_empty() {
        let kind_name = super::t_room(ctx, &session, &format!("hours-kind-{}", kind.as_str()), &[]);
        post_key(
            ctx,
            &session,
            "group-hours-logged",
            &[
                ("hours", hours.as_str().into()),
                ("kind", kind_name.into()),
                ("count", present.len().into()),
            ],
        );
    }
    if session.consent == Some(NotesConsent::Asked) {
        consent::ask(ctx, &session, &present, &hours).await?;
    }
    let days = i64::from(ctx.config().groups.action_reminder_days);
    for item in items.iter().filter(|i| i.kind == GroupItemKind::Action) {
        if item.owner_id.is_some() {
            let job = JobKind::GroupActionReminder { item: item.id };
            scheduler::schedule(ctx, &action_key(item.id), ctx.now + days * DAY_MS, &job).await?;
        }
    }
    ctx.tx
        .audit(
            ctx.now,
            ctx.person_id(),
            "group.end",
            None,
            &json!({ "session": session.id, "present": present.len(), "minutes": minutes }),
        )
        .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hours_are_the_real_length_within_bounds() {
        assert_eq!(logged_minutes(0, 75 * MINUTE_MS, 240), 75);
        assert_eq!(logged_minutes(0, 75 * MINUTE_MS + 1, 240), 76);
        assert_eq!(logged_minutes(0, 10, 240), 1);
        assert_eq!(logged_minutes(0, 0, 240), 1);
        assert_eq!(logged_minutes(5, 0, 240), 1);
        assert_eq!(logged_minutes(0, 3 * DAY_MS, 240), 240);
    }
}

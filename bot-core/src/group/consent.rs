//! Consent to saving a group session's notes in the knowledge base. The
//! rule: everyone present says yes, each in their direct chat, within
//! `groups.consent_hours`. The first no closes it (the room hears that not
//! everyone agreed, not who); so does the deadline with answers missing.
//! Silence is never taken for a yes.

use crate::context::Ctx;
use crate::error::CoreError;
use crate::message::{Choice, Outgoing};
use crate::model::{Entry, EntryKind, EntrySource, GroupSession, NotesConsent, PersonId};
use crate::pairing::people::lang_of;
use crate::scheduler::{self, JobKind};
use crate::time::{format_local, zone};

use super::{post_key, summary};

fn due_key(session: i64) -> String {
    format!("grp-consent:{session}")
}

/// Asks everyone present, and tells the room how it works.
pub async fn ask(
    ctx: &mut Ctx<'_>,
    session: &GroupSession,
    present: &[PersonId],
    hours: &str,
) -> Result<(), CoreError> {
    let window = ctx.config().groups.consent_hours;
    let until = ctx.now + i64::from(window) * 60 * crate::time::MINUTE_MS;
    post_key(
        ctx,
        session,
        "group-consent-asked",
        &[("hours", window.into())],
    );
    for person in present {
        let Some(reader) = ctx.tx.person(*person).await? else {
            continue;
        };
        let lang = lang_of(&reader);
        let tz = zone(reader.timezone.as_deref());
        let text = ctx.t_in(
            lang,
            "group-consent-question",
            &[
                ("topic", session.topic.as_str().into()),
                ("hours", hours.into()),
                ("until", format_local(until, tz).into()),
                ("timezone", tz.name().into()),
            ],
        );
        let options = vec![
            Choice::new(
                format!("grp:agree:{}", session.id),
                ctx.t_in(lang, "group-consent-yes", &[]),
            ),
            Choice::new(
                format!("grp:refuse:{}", session.id),
                ctx.t_in(lang, "group-consent-no", &[]),
            ),
        ];
        let message = Outgoing::private_choice(text, options, lang.code());
        ctx.notify(reader.id, message).await?;
    }
    let job = JobKind::GroupConsentDue {
        session: session.id,
    };
    scheduler::schedule(ctx, &due_key(session.id), until, &job).await
}

/// `grp:agree:<session>` or `grp:refuse:<session>` from someone present.
pub async fn answer(ctx: &mut Ctx<'_>, id: i64, agree: bool) -> Result<(), CoreError> {
    let Some(me) = ctx.person_id() else {
        return Ok(());
    };
    let Some(mut session) = ctx.tx.lock_group_session(id).await? else {
        ctx.say("group-session-unknown", &[]);
        return Ok(());
    };
    if session.consent != Some(NotesConsent::Asked) {
        ctx.say(
            "group-consent-closed",
            &[("topic", session.topic.as_str().into())],
        );
        return Ok(());
    }
    let mut members = ctx.tx.group_members(id).await?;
    members.retain(|m| m.present_at.is_some());
    let Some(mut mine) = members.iter().find(|m| m.person_id == me).cloned() else {
        ctx.say("group-consent-not-yours", &[]);
        return Ok(());
    };
    mine.consent = Some(agree);
    ctx.tx.upsert_group_member(&mine).await?;
    if !agree {
        session.consent = Some(NotesConsent::Refused);
        session.updated_at = ctx.now;
        ctx.tx.update_group_session(&session).await?;
        ctx.tx.cancel_job(&due_key(id)).await?;
        ctx.say("group-consent-refused-self", &[]);
        post_key(
            ctx,
            &session,
            "group-consent-refused",
            &[("topic", session.topic.as_str().into())],
        );
        return Ok(());
    }
    let agreed = members
        .iter()
        .filter(|m| m.person_id == me || m.consent == Some(true))
        .count();
    if agreed < members.len() {
        ctx.say(
            "group-consent-thanks",
            &[("agreed", agreed.into()), ("count", members.len().into())],
        );
        return Ok(());
    }
    let entry = save(ctx, &mut session).await?;
    ctx.tx.cancel_job(&due_key(id)).await?;
    ctx.say("group-consent-thanks-saved", &[("id", entry.into())]);
    post_key(
        ctx,
        &session,
        "group-consent-saved",
        &[
            ("topic", session.topic.as_str().into()),
            ("id", entry.into()),
        ],
    );
    Ok(())
}

/// Saves the notes as a session-notes entry the whole programme may read.
async fn save(ctx: &mut Ctx<'_>, session: &mut GroupSession) -> Result<i64, CoreError> {
    let items = ctx.tx.group_items(session.id).await?;
    let lang = super::lang_of(session);
    let (title, body) = summary::entry_text(ctx, session, &items, lang);
    let tags = match super::room::circle_of_session(ctx, session).await? {
        Some(circle) => circle.competences,
        None => Vec::new(),
    };
    let entry = Entry {
        id: 0,
        kind: EntryKind::SessionNotes,
        title,
        language: crate::knowledge::detect_language(&body, lang.code()),
        body,
        tags,
        author_id: session.facilitator_id,
        anonymous: false,
        source: EntrySource::Captured,
        pair_id: None,
        consent: true,
        hidden: false,
        helpful: 0,
        not_helpful: 0,
        created_at: ctx.now,
        updated_at: ctx.now,
    };
    let id = ctx.tx.insert_entry(&entry).await?;
    ctx.knowledge_changed = true;
    session.entry_id = Some(id);
    session.consent = Some(NotesConsent::Saved);
    session.updated_at = ctx.now;
    ctx.tx.update_group_session(session).await?;
    Ok(id)
}

/// The deadline job: answers are missing, so nothing is saved.
pub async fn lapse(ctx: &mut Ctx<'_>, id: i64) -> Result<(), CoreError> {
    let Some(mut session) = ctx.tx.lock_group_session(id).await? else {
        return Ok(());
    };
    if session.consent != Some(NotesConsent::Asked) {
        return Ok(());
    }
    session.consent = Some(NotesConsent::Lapsed);
    session.updated_at = ctx.now;
    ctx.tx.update_group_session(&session).await?;
    post_key(
        ctx,
        &session,
        "group-consent-lapsed",
        &[("topic", session.topic.as_str().into())],
    );
    Ok(())
}

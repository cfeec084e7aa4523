//! Capture: after a session, the note that was logged can become a
//! session-notes entry — offered to whoever wrote it, and saved only when
//! the other person of the pair agrees too.

use crate::context::Ctx;
use crate::error::CoreError;
use crate::message::{Choice, ChoiceSet, Outgoing};
use crate::model::{Entry, EntryKind, EntrySource, Session};
use crate::pairing::people::{lang_of, person, tell};

/// The offer, right after a note was logged.
pub fn offer(ctx: &mut Ctx<'_>, session: i64) {
    let options = vec![Choice::new(
        format!("kb:capture:{session}"),
        ctx.t("capture-share", &[]),
    )];
    let question = ctx.question(
        ctx.t("capture-offer", &[]),
        ChoiceSet {
            options,
            multi: false,
        },
    );
    ctx.reply(question);
}

/// The session's note, and the two people, if the speaker is one of them.
async fn note_of(
    ctx: &mut Ctx<'_>,
    session_id: i64,
) -> Result<Option<(Session, String, i64, i64)>, CoreError> {
    let Some(me) = ctx.person_id() else {
        return Ok(None);
    };
    let Some(session) = ctx.tx.session(session_id).await? else {
        return Ok(None);
    };
    let Some(pair) = ctx.tx.pair(session.pair_id).await? else {
        return Ok(None);
    };
    if pair.mentor_id != me && pair.mentee_id != me {
        return Ok(None);
    }
    let note = ctx
        .tx
        .hours_of(me)
        .await?
        .into_iter()
        .find(|h| h.session_id == Some(session_id))
        .and_then(|h| h.note);
    let other = if pair.mentor_id == me {
        pair.mentee_id
    } else {
        pair.mentor_id
    };
    Ok(note.map(|n| (session, n, me, other)))
}

/// `kb:capture:<session>`: the author asks the other person.
pub async fn ask_other(ctx: &mut Ctx<'_>, session_id: i64) -> Result<(), CoreError> {
    let Some((_, note, me, other)) = note_of(ctx, session_id).await? else {
        ctx.say("capture-nothing", &[]);
        return Ok(());
    };
    let author = person(ctx, me).await?;
    let reader = person(ctx, other).await?;
    let lang = lang_of(&reader);
    let text = ctx.t_in(
        lang,
        "capture-ask-other",
        &[("name", author.name.as_str().into()), ("note", note.into())],
    );
    let options = vec![
        Choice::new(
            format!("kb:capture-ok:{session_id}:{me}"),
            ctx.t_in(lang, "capture-agree", &[]),
        ),
        Choice::new(
            format!("kb:capture-no:{session_id}:{me}"),
            ctx.t_in(lang, "capture-decline", &[]),
        ),
    ];
    let message = Outgoing::private_choice(text, options, lang.code());
    ctx.notify(reader.id, message).await?;
    ctx.say("capture-asked", &[("name", reader.name.as_str().into())]);
    Ok(())
}

/// `kb:capture-ok:<session>:<author>` or `kb:capture-no:…` from the other person.
pub async fn answer(
    ctx: &mut Ctx<'_>,
    session_id: i64,
    author_id: i64,
    agree: bool,
) -> Result<(), CoreError> {
    let Some(me) = ctx.person_id() else {
        return Ok(());
    };
    let Some(session) = ctx.tx.session(session_id).await? else {
        ctx.say("capture-nothing", &[]);
        return Ok(());
    };
    let Some(pair) = ctx.tx.pair(session.pair_id).await? else {
        return Ok(());
    };
    let both = [pair.mentor_id, pair.mentee_id];
    if !both.contains(&me) || !both.contains(&author_id) || me == author_id {
        ctx.say("capture-nothing", &[]);
        return Ok(());
    }
    let author = person(ctx, author_id).await?;
    if !agree {
        ctx.say("capture-declined-self", &[]);
        let name = ctx
            .person
            .as_ref()
            .map(|p| p.name.clone())
            .unwrap_or_default();
        return tell(ctx, &author, "capture-declined", &[("name", name.into())]).await;
    }
    let note = ctx
        .tx
        .hours_of(author_id)
        .await?
        .into_iter()
        .find(|h| h.session_id == Some(session_id))
        .and_then(|h| h.note);
    let Some(note) = note else {
        ctx.say("capture-nothing", &[]);
        return Ok(());
    };
    let lang = lang_of(&author);
    let date = crate::time::format_date(
        session.starts_at,
        crate::time::zone(author.timezone.as_deref()),
    );
    let entry = Entry {
        id: 0,
        kind: EntryKind::SessionNotes,
        title: ctx.t_in(lang, "capture-title", &[("date", date.into())]),
        body: note.clone(),
        language: super::detect_language(&note, lang.code()),
        tags: Vec::new(),
        author_id: Some(author_id),
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
    ctx.say("kb-entry-created", &[("id", id.into())]);
    tell(ctx, &author, "kb-entry-created", &[("id", id.into())]).await
}

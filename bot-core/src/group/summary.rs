//! A group session's summary: the structured one (attendance, notes, action
//! items with owners) that is always posted, the written one a language
//! model adds when configured, and the knowledge entry's text (no names).
//!
//! The model is asked in [`prepare`], before `/group end`'s transaction
//! opens: a short read finds the running session and its notes, the model
//! writes, and the command then uses what came only if it was written from
//! the same notes (someone may have added one meanwhile).

use crate::Bot;
use crate::commands;
use crate::context::Ctx;
use crate::error::CoreError;
use crate::i18n::Lang;
use crate::message::{Block, Chat, Content, Incoming, Inline, RichText};
use crate::model::{GroupItem, GroupItemKind, GroupSession, GroupState, PersonId};
use crate::ports::LanguageModelError;
use crate::validate;

use super::{lang_of, list, names, t_room};

/// How long the model's summary may be.
const MAX_WORDS: u32 = 200;
const MAX_WRITTEN_CHARS: usize = 3_000;

/// A summary the model wrote for a session, from `items` notes and actions.
pub struct Written {
    pub session: i64,
    pub items: usize,
    pub text: Result<String, LanguageModelError>,
}

/// Whether `incoming` is a `/group end` said in a room.
fn ends_in_room(incoming: &Incoming) -> Option<&str> {
    let (Content::Text(text), Chat::Room(room)) = (&incoming.content, &incoming.chat) else {
        return None;
    };
    let typed = commands::parse(text.trim())?;
    let first = typed.args.first()?;
    (typed.name == "group" && first.eq_ignore_ascii_case("end")).then_some(room.as_str())
}

/// Has the model write the summary of the room's running session, if
/// `incoming` ends one, a model is configured, and there are notes.
pub async fn prepare(bot: &Bot, incoming: &Incoming) -> Option<Written> {
    let llm = bot.services().llm.clone()?;
    let room = ends_in_room(incoming)?;
    let (session, items) = match read(bot, incoming, room).await {
        Ok(found) => found?,
        Err(error) => {
            tracing::warn!(%error, "could not read the group session to summarise");
            return None;
        }
    };
    let notes: Vec<String> = items
        .iter()
        .filter(|i| i.kind == GroupItemKind::Note)
        .map(|i| i.text.clone())
        .collect();
    let actions: Vec<String> = items
        .iter()
        .filter(|i| i.kind == GroupItemKind::Action)
        .map(|i| i.text.clone())
        .collect();
    let language = lang_of(&session).autonym();
    let text = match super::prompt::summary(&session.topic, language, &notes, &actions, MAX_WORDS) {
        Ok((system, user)) => llm.complete(&system, &user).await,
        Err(error) => Err(LanguageModelError::Failed(error.to_string())),
    };
    Some(Written {
        session: session.id,
        items: items.len(),
        text,
    })
}

/// A short read: the running session in the room and its notes, if the
/// speaker is one of its people or a coordinator (so that nobody else can
/// make the bot call the model) and there is something to summarise.
async fn read(
    bot: &Bot,
    incoming: &Incoming,
    room: &str,
) -> Result<Option<(GroupSession, Vec<GroupItem>)>, CoreError> {
    let mut tx = bot.deps().store.begin().await?;
    let found = async {
        let Some(person) = tx.account(&incoming.from).await?.and_then(|a| a.person_id) else {
            return Ok(None);
        };
        let Some(person) = tx.person(person).await? else {
            return Ok(None);
        };
        let open = tx
            .open_group_sessions(&incoming.from.platform, room)
            .await?;
        let Some(session) = open.into_iter().find(|s| s.state == GroupState::Running) else {
            return Ok(None);
        };
        let member = tx
            .group_members(session.id)
            .await?
            .iter()
            .any(|m| m.person_id == person.id);
        if !person.is_coordinator && !member {
            return Ok(None);
        }
        let items = tx.group_items(session.id).await?;
        Ok::<_, CoreError>((!items.is_empty()).then_some((session, items)))
    }
    .await;
    tx.rollback().await?;
    found
}

/// The model's summary for `session`, if it was written from these items.
pub fn written_for(ctx: &mut Ctx<'_>, session: &GroupSession, items: usize) -> Option<String> {
    let written = ctx.group_summary.take()?;
    if written.session != session.id || written.items != items {
        tracing::info!(
            group_session = session.id,
            "written summary dropped: the notes changed meanwhile"
        );
        return None;
    }
    match written.text {
        Ok(text) => {
            let text = validate::clean_text(&text, true);
            let text: String = text.chars().take(MAX_WRITTEN_CHARS).collect();
            (!text.is_empty()).then_some(text)
        }
        Err(error) => {
            tracing::warn!(%error, group_session = session.id, "no written summary");
            None
        }
    }
}

fn bullets(lines: Vec<String>) -> Block {
    Block::Bullets(lines.into_iter().map(|l| vec![Inline::Text(l)]).collect())
}

/// What the room sees at the end, in its language.
pub async fn structured(
    ctx: &mut Ctx<'_>,
    session: &GroupSession,
    minutes: u32,
    present: &[PersonId],
    excused: &[PersonId],
    items: &[GroupItem],
) -> Result<RichText, CoreError> {
    let lang = lang_of(session);
    let date = crate::time::format_date(
        session.started_at.unwrap_or(session.starts_at),
        crate::time::zone(Some(&session.timezone)),
    );
    let mut text = RichText::plain(t_room(
        ctx,
        session,
        "group-summary-title",
        &[
            ("topic", session.topic.as_str().into()),
            ("date", date.into()),
            ("minutes", minutes.into()),
        ],
    ));
    let present_names = names(ctx, present).await?;
    text.push_text(ctx.t_in(
        lang,
        "group-summary-present",
        &[
            ("count", present_names.len().into()),
            ("names", list(&present_names).into()),
        ],
    ));
    if !excused.is_empty() {
        let excused = names(ctx, excused).await?;
        text.push_text(ctx.t_in(
            lang,
            "group-summary-excused",
            &[("names", list(&excused).into())],
        ));
    }
    let notes: Vec<String> = items
        .iter()
        .filter(|i| i.kind == GroupItemKind::Note)
        .map(|i| i.text.clone())
        .collect();
    if notes.is_empty() {
        text.push_text(ctx.t_in(lang, "group-summary-no-notes", &[]));
    } else {
        text.push_text(ctx.t_in(lang, "group-summary-notes", &[]));
        text.blocks.push(bullets(notes));
    }
    let mut actions = Vec::new();
    for item in items.iter().filter(|i| i.kind == GroupItemKind::Action) {
        let owner = match item.owner_id {
            Some(owner) => names(ctx, &[owner]).await?,
            None => Vec::new(),
        };
        actions.push(ctx.t_in(
            lang,
            "group-summary-action",
            &[
                ("name", list(&owner).into()),
                ("text", item.text.as_str().into()),
            ],
        ));
    }
    if !actions.is_empty() {
        text.push_text(ctx.t_in(lang, "group-summary-actions", &[]));
        text.blocks.push(bullets(actions));
    }
    if let Some(written) = &session.summary {
        text.push_text(ctx.t_in(lang, "group-summary-written", &[]));
        text.push_text(written.clone());
    }
    Ok(text)
}

/// The knowledge entry's title and body: the written summary, the notes and
/// the action items as tasks — no names, since the whole programme reads it.
pub fn entry_text(
    ctx: &Ctx<'_>,
    session: &GroupSession,
    items: &[GroupItem],
    lang: Lang,
) -> (String, String) {
    let date = crate::time::format_date(
        session.started_at.unwrap_or(session.starts_at),
        crate::time::zone(Some(&session.timezone)),
    );
    let title = ctx.t_in(
        lang,
        "group-entry-title",
        &[
            ("topic", session.topic.as_str().into()),
            ("date", date.into()),
        ],
    );
    let mut parts = Vec::new();
    if let Some(written) = &session.summary {
        parts.push(written.clone());
    }
    for (kind, heading) in [
        (GroupItemKind::Note, "group-summary-notes"),
        (GroupItemKind::Action, "group-entry-actions"),
    ] {
        let lines: Vec<String> = items
            .iter()
            .filter(|i| i.kind == kind)
            .map(|i| format!("- {}", i.text))
            .collect();
        if !lines.is_empty() {
            parts.push(format!(
                "{}\n{}",
                ctx.t_in(lang, heading, &[]),
                lines.join("\n")
            ));
        }
    }
    (title, parts.join("\n\n"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::message::AccountKey;

    fn incoming(text: &str, chat: Chat) -> Incoming {
        Incoming {
            from: AccountKey::new("console", "maria"),
            display_name: "maria".into(),
            chat,
            content: Content::Text(text.into()),
            event_id: None,
            locale_hint: None,
        }
    }

    #[test]
    fn only_a_group_end_in_a_room_asks_the_model() {
        let room = || Chat::Room("circle-1".into());
        assert_eq!(
            ends_in_room(&incoming("/group end", room())),
            Some("circle-1")
        );
        assert_eq!(
            ends_in_room(&incoming("/GROUP@bot END", room())),
            Some("circle-1")
        );
        assert_eq!(ends_in_room(&incoming("/group end", Chat::Direct)), None);
        assert_eq!(ends_in_room(&incoming("/group start", room())), None);
        assert_eq!(ends_in_room(&incoming("/note end", room())), None);
        assert_eq!(ends_in_room(&incoming("group end", room())), None);
    }
}

//! Authors keep their entries: `/entries` lists them, with edit and delete;
//! coordinators can hide any entry with `/hide <number>`, which is audited.

use serde_json::json;

use crate::context::Ctx;
use crate::dialogs::{Dialog, Input, Outcome};
use crate::error::CoreError;
use crate::message::{Choice, ChoiceSet, Outgoing};
use crate::validate;

/// `/entries`
pub async fn list(ctx: &mut Ctx<'_>) -> Result<(), CoreError> {
    let Some(me) = ctx.person_id() else {
        ctx.say("needs-profile", &[]);
        return Ok(());
    };
    let entries = ctx.tx.entries_by(me).await?;
    if entries.is_empty() {
        ctx.say("entries-none", &[]);
        return Ok(());
    }
    let mut options = Vec::new();
    for entry in entries.iter().rev().take(10) {
        options.push(Choice::new(
            format!("kb:edit:{}", entry.id),
            ctx.t(
                "entries-edit",
                &[
                    ("id", entry.id.into()),
                    ("title", entry.title.as_str().into()),
                ],
            ),
        ));
        options.push(Choice::new(
            format!("kb:delete:{}", entry.id),
            ctx.t("entries-delete", &[("id", entry.id.into())]),
        ));
    }
    let text = ctx.t("entries-title", &[("count", entries.len().into())]);
    let question = ctx.question(
        text,
        ChoiceSet {
            options,
            multi: false,
        },
    );
    ctx.reply(Outgoing {
        private: true,
        ..question
    });
    Ok(())
}

async fn own(ctx: &mut Ctx<'_>, id: i64) -> Result<Option<crate::model::Entry>, CoreError> {
    let me = ctx.person_id();
    Ok(ctx
        .tx
        .entry(id)
        .await?
        .filter(|e| e.author_id.is_some() && e.author_id == me))
}

pub async fn start_edit(ctx: &mut Ctx<'_>, id: i64) -> Result<(), CoreError> {
    if own(ctx, id).await?.is_none() {
        ctx.say("entry-not-yours", &[]);
        return Ok(());
    }
    let dialog = Dialog::EditEntry { entry: id };
    dialog.ask(ctx).await?;
    ctx.conversation.dialogs.push(dialog);
    Ok(())
}

pub fn ask_edit(ctx: &mut Ctx<'_>) {
    ctx.say("entry-ask-text", &[]);
}

pub async fn answer_edit(ctx: &mut Ctx<'_>, id: i64, input: Input) -> Result<Outcome, CoreError> {
    let max = ctx.config().limits.max_text;
    let body = match &input {
        Input::Text(t) => validate::free_text(t, 20, max, true),
        Input::Tokens(_) => None,
    };
    let Some(body) = body else {
        ctx.say(
            "share-body-invalid",
            &[("min", 20u32.into()), ("max", max.into())],
        );
        return Ok(Outcome::Continue(Dialog::EditEntry { entry: id }));
    };
    let Some(mut entry) = own(ctx, id).await? else {
        ctx.say("entry-not-yours", &[]);
        return Ok(Outcome::Done);
    };
    entry.language = super::detect_language(&format!("{} {body}", entry.title), &entry.language);
    entry.body = body;
    entry.updated_at = ctx.now;
    ctx.tx.update_entry(&entry).await?;
    ctx.knowledge_changed = true;
    ctx.say("entry-updated", &[("id", id.into())]);
    Ok(Outcome::Done)
}

pub async fn delete(ctx: &mut Ctx<'_>, id: i64) -> Result<(), CoreError> {
    if own(ctx, id).await?.is_none() {
        ctx.say("entry-not-yours", &[]);
        return Ok(());
    }
    ctx.tx.delete_entry(id).await?;
    ctx.knowledge_changed = true;
    ctx.say("entry-deleted", &[("id", id.into())]);
    Ok(())
}

/// `/hide <number>` (coordinators): kept for the record, never found again.
pub async fn hide(ctx: &mut Ctx<'_>, args: &[&str]) -> Result<(), CoreError> {
    let Some(id) = args
        .first()
        .and_then(|a| a.trim_start_matches('#').parse::<i64>().ok())
    else {
        ctx.say("hide-usage", &[]);
        return Ok(());
    };
    let Some(mut entry) = ctx.tx.entry(id).await? else {
        ctx.say("entry-unknown", &[("id", id.into())]);
        return Ok(());
    };
    entry.hidden = true;
    entry.updated_at = ctx.now;
    ctx.tx.update_entry(&entry).await?;
    ctx.tx
        .audit(
            ctx.now,
            ctx.person_id(),
            "entry.hide",
            entry.author_id,
            &json!({ "entry": id }),
        )
        .await?;
    ctx.knowledge_changed = true;
    ctx.say("entry-hidden", &[("id", id.into())]);
    Ok(())
}

//! A pair's life after it starts: `/pair` for the people in it, `/pairs`
//! for coordinators, and completing or ending a pair. History is kept.

use crate::context::Ctx;
use crate::dialogs::{Dialog, Input, Outcome};
use crate::error::CoreError;
use crate::i18n::Lang;
use crate::message::{Choice, ChoiceSet, Outgoing, RichText};
use crate::model::{Pair, PairState, PersonId};
use crate::time::{format_date, zone};

use super::people::{person, tell};

pub fn state_name(ctx: &Ctx<'_>, lang: Lang, state: PairState) -> String {
    ctx.t_in(lang, &format!("pair-state-{}", state.as_str()), &[])
}

fn reader_zone(ctx: &Ctx<'_>) -> chrono_tz::Tz {
    zone(ctx.person.as_ref().and_then(|p| p.timezone.as_deref()))
}

/// `/pair`: the speaker's pairs, newest first, with buttons for active ones.
pub async fn show_own(ctx: &mut Ctx<'_>) -> Result<(), CoreError> {
    let Some(me) = ctx.person.clone() else {
        ctx.say("needs-profile", &[]);
        return Ok(());
    };
    let mut pairs = ctx.tx.pairs_of(me.id).await?;
    pairs.retain(|p| !matches!(p.state, PairState::Proposed | PairState::Rejected));
    if pairs.is_empty() {
        ctx.say("pair-none", &[]);
        return Ok(());
    }
    pairs.sort_by_key(|p| std::cmp::Reverse(p.id));
    let tz = reader_zone(ctx);
    let mut text = RichText::plain(ctx.t("pair-list-title", &[]));
    let mut lines = Vec::new();
    let mut options = Vec::new();
    for pair in &pairs {
        let is_mentor = pair.mentor_id == me.id;
        let other = person(
            ctx,
            if is_mentor {
                pair.mentee_id
            } else {
                pair.mentor_id
            },
        )
        .await?;
        let role = ctx.t(
            if is_mentor {
                "pair-role-mentee"
            } else {
                "pair-role-mentor"
            },
            &[],
        );
        lines.push(ctx.t(
            "pair-line",
            &[
                ("role", role.into()),
                ("name", other.name.as_str().into()),
                ("state", state_name(ctx, ctx.lang, pair.state).into()),
                ("since", format_date(pair.updated_at, tz).into()),
            ],
        ));
        let awaits_me = match pair.state {
            PairState::Introduced => {
                if is_mentor {
                    !pair.mentor_accepted
                } else {
                    !pair.mentee_accepted
                }
            }
            PairState::Requested => is_mentor,
            _ => false,
        };
        if awaits_me {
            options.extend(
                super::respond::answer_buttons(ctx, ctx.lang, pair.id, &other.name).options,
            );
        }
        if pair.state == PairState::Active {
            options.push(Choice::new(
                format!("pair:complete:{}", pair.id),
                ctx.t(
                    "pair-complete-button",
                    &[("name", other.name.as_str().into())],
                ),
            ));
            options.push(Choice::new(
                format!("pair:end:{}", pair.id),
                ctx.t("pair-end-button", &[("name", other.name.as_str().into())]),
            ));
        }
    }
    text.blocks.push(crate::message::Block::Bullets(
        lines
            .into_iter()
            .map(|l| vec![crate::message::Inline::Text(l)])
            .collect(),
    ));
    let choices = (!options.is_empty()).then_some(ChoiceSet {
        options,
        multi: false,
    });
    ctx.reply(Outgoing {
        text,
        choices,
        private: true,
        ..Outgoing::default()
    });
    Ok(())
}

/// `/pairs`: every pair of the programme for coordinators, by state.
pub async fn show_all(ctx: &mut Ctx<'_>) -> Result<(), CoreError> {
    let pairs = ctx
        .tx
        .pairs_in(&[
            PairState::Requested,
            PairState::Introduced,
            PairState::Active,
            PairState::Completed,
            PairState::Ended,
        ])
        .await?;
    if pairs.is_empty() {
        ctx.say("pairs-none", &[]);
        return Ok(());
    }
    let tz = reader_zone(ctx);
    let mut text = RichText::plain(ctx.t("pairs-title", &[("count", pairs.len().into())]));
    let mut lines = Vec::new();
    let mut options = Vec::new();
    for pair in &pairs {
        let mentor = person(ctx, pair.mentor_id).await?;
        let mentee = person(ctx, pair.mentee_id).await?;
        lines.push(ctx.t(
            "pairs-line",
            &[
                ("mentor", mentor.name.as_str().into()),
                ("mentee", mentee.name.as_str().into()),
                ("state", state_name(ctx, ctx.lang, pair.state).into()),
                ("since", format_date(pair.updated_at, tz).into()),
            ],
        ));
        if pair.state.is_open() {
            let label = ctx.t(
                "pairs-end-button",
                &[
                    ("mentor", mentor.name.as_str().into()),
                    ("mentee", mentee.name.as_str().into()),
                ],
            );
            options.push(Choice::new(format!("pair:end:{}", pair.id), label));
        }
    }
    text.blocks.push(crate::message::Block::Bullets(
        lines
            .into_iter()
            .map(|l| vec![crate::message::Inline::Text(l)])
            .collect(),
    ));
    let choices = (!options.is_empty()).then_some(ChoiceSet {
        options,
        multi: false,
    });
    ctx.reply(Outgoing {
        text,
        choices,
        private: true,
        ..Outgoing::default()
    });
    Ok(())
}

/// The pair, if the speaker is in it or coordinates the programme.
async fn pair_for(ctx: &mut Ctx<'_>, pair_id: i64) -> Result<Option<Pair>, CoreError> {
    let Some(me) = ctx.person_id() else {
        return Ok(None);
    };
    let pair = ctx.tx.pair(pair_id).await?;
    Ok(pair.filter(|p| p.mentor_id == me || p.mentee_id == me || ctx.is_coordinator()))
}

/// `pair:complete:<id>`: an active pair reached its end.
pub async fn complete(ctx: &mut Ctx<'_>, pair_id: i64) -> Result<(), CoreError> {
    let Some(mut pair) = pair_for(ctx, pair_id).await? else {
        ctx.say("pair-unknown", &[]);
        return Ok(());
    };
    if pair.state != PairState::Active {
        let state = state_name(ctx, ctx.lang, pair.state);
        ctx.say("pair-cannot-complete", &[("state", state.into())]);
        return Ok(());
    }
    let actor = ctx.person_id();
    super::record(ctx, &mut pair, PairState::Completed, actor, None).await?;
    audit_if_coordinator(ctx, &pair, "pair.complete").await?;
    let (mentor, mentee) = (
        person(ctx, pair.mentor_id).await?,
        person(ctx, pair.mentee_id).await?,
    );
    for (reader, other) in [(&mentor, &mentee), (&mentee, &mentor)] {
        tell(
            ctx,
            reader,
            "pair-completed",
            &[("name", other.name.as_str().into())],
        )
        .await?;
    }
    Ok(())
}

/// `pair:end:<id>`: asks why (optional), then ends the pair.
pub async fn start_end(ctx: &mut Ctx<'_>, pair_id: i64) -> Result<(), CoreError> {
    let Some(pair) = pair_for(ctx, pair_id).await? else {
        ctx.say("pair-unknown", &[]);
        return Ok(());
    };
    if !pair.state.is_open() {
        let state = state_name(ctx, ctx.lang, pair.state);
        ctx.say("pair-cannot-end", &[("state", state.into())]);
        return Ok(());
    }
    let dialog = Dialog::EndPair { pair: pair.id };
    dialog.ask(ctx).await?;
    ctx.conversation.dialogs.push(dialog);
    Ok(())
}

pub fn ask_end_reason(ctx: &mut Ctx<'_>) {
    ctx.say("pair-end-reason-ask", &[]);
}

pub async fn answer_end_reason(
    ctx: &mut Ctx<'_>,
    pair_id: i64,
    input: Input,
) -> Result<Outcome, CoreError> {
    let max = ctx.config().limits.max_reason;
    let Ok(note) = crate::dialogs::optional_text(&input, max) else {
        ctx.say("application-reason-invalid", &[("max", max.into())]);
        return Ok(Outcome::Continue(Dialog::EndPair { pair: pair_id }));
    };
    let Some(mut pair) = pair_for(ctx, pair_id).await? else {
        ctx.say("pair-unknown", &[]);
        return Ok(Outcome::Done);
    };
    if !pair.state.is_open() {
        let state = state_name(ctx, ctx.lang, pair.state);
        ctx.say("pair-cannot-end", &[("state", state.into())]);
        return Ok(Outcome::Done);
    }
    let actor = ctx.person_id();
    pair.end_reason = Some("ended".into());
    super::record(ctx, &mut pair, PairState::Ended, actor, note).await?;
    ctx.tx
        .cancel_job(&format!("pair-respond:{}", pair.id))
        .await?;
    audit_if_coordinator(ctx, &pair, "pair.end").await?;
    let (mentor, mentee) = (
        person(ctx, pair.mentor_id).await?,
        person(ctx, pair.mentee_id).await?,
    );
    let by = ctx
        .person
        .as_ref()
        .map(|p| p.name.clone())
        .unwrap_or_default();
    for (reader, other) in [(&mentor, &mentee), (&mentee, &mentor)] {
        if Some(reader.id) != actor {
            tell(
                ctx,
                reader,
                "pair-ended",
                &[
                    ("name", other.name.as_str().into()),
                    ("by", by.as_str().into()),
                ],
            )
            .await?;
        }
    }
    ctx.say("pair-ended-self", &[]);
    Ok(Outcome::Done)
}

async fn audit_if_coordinator(
    ctx: &mut Ctx<'_>,
    pair: &Pair,
    action: &str,
) -> Result<(), CoreError> {
    let me: Option<PersonId> = ctx.person_id();
    if ctx.is_coordinator() && me != Some(pair.mentor_id) && me != Some(pair.mentee_id) {
        let detail = serde_json::json!({ "pair": pair.id });
        ctx.tx
            .audit(ctx.now, me, action, Some(pair.mentee_id), &detail)
            .await?;
    }
    Ok(())
}

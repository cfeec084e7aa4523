//! Self-service, when the programme allows it: `/mentors` shows a mentee the
//! mentors who fit best, with why, and a press on one sends a request.

use crate::context::Ctx;
use crate::error::CoreError;
use crate::matching::score;
use crate::message::{Block, Choice, ChoiceSet, Inline, Outgoing, RichText};
use crate::model::PersonId;

use super::cohort::{self, facts_of};
use super::facts::Suggestion;
use super::people::person;

/// The best mentors for `mentee` among those with a free place, best first.
async fn suggestions(
    ctx: &mut Ctx<'_>,
    mentee: PersonId,
) -> Result<Option<Vec<Suggestion>>, CoreError> {
    let view = cohort::load(ctx).await?;
    let Some(me) = view.participants.iter().find(|p| p.id == mentee) else {
        return Ok(None);
    };
    if me.seeks.is_empty() {
        // Already has (or had) a mentor, or seeks nothing.
        return Ok(None);
    }
    let weights = &ctx.config().pairing.weights;
    let rules = cohort::rules(ctx);
    let mut found: Vec<Suggestion> = view
        .participants
        .iter()
        .filter(|p| p.can_mentor())
        .filter_map(|mentor| score(mentor, me, weights, &rules))
        .map(|s| Suggestion {
            mentor: s.mentor,
            score: s.total,
            facts: facts_of(&s, &view.people),
        })
        .collect();
    found.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.mentor.cmp(&b.mentor)));
    Ok(Some(found))
}

/// `/mentors`
pub async fn show(ctx: &mut Ctx<'_>) -> Result<(), CoreError> {
    if !ctx.config().pairing.self_service {
        ctx.say("mentors-off", &[]);
        return Ok(());
    }
    let Some(me) = ctx.person_id() else {
        ctx.say("needs-profile", &[]);
        return Ok(());
    };
    let Some(found) = suggestions(ctx, me).await? else {
        ctx.say("mentors-not-now", &[]);
        return Ok(());
    };
    if found.is_empty() {
        ctx.say("mentors-none", &[]);
        return Ok(());
    }
    let shown = ctx.config().pairing.suggestions;
    let mut text = RichText::plain(ctx.t("mentors-title", &[]));
    let mut lines = Vec::new();
    let mut options = Vec::new();
    for suggestion in found.iter().take(shown) {
        let mentor = person(ctx, suggestion.mentor).await?;
        let why = suggestion.facts.explain(ctx, ctx.lang);
        let country = super::people::country_name(&mentor);
        lines.push(vec![Inline::Text(ctx.t(
            "mentors-line",
            &[
                ("name", mentor.name.as_str().into()),
                ("country", country.into()),
                ("why", why.into()),
            ],
        ))]);
        options.push(Choice::new(
            format!("req:{}", mentor.id),
            ctx.t("mentors-request", &[("name", mentor.name.as_str().into())]),
        ));
    }
    text.blocks.push(Block::Bullets(lines));
    ctx.reply(Outgoing {
        text,
        choices: Some(ChoiceSet {
            options,
            multi: false,
        }),
        private: true,
        ..Outgoing::default()
    });
    Ok(())
}

/// `req:<mentor id>`: the mentee asks that mentor; the other mentors shown
/// become the next choices, asked in turn if this one says no.
pub async fn on_token(ctx: &mut Ctx<'_>, token: &str) -> Result<(), CoreError> {
    let Some(me) = ctx.person.clone() else {
        ctx.say("needs-profile", &[]);
        return Ok(());
    };
    if !ctx.config().pairing.self_service {
        ctx.say("mentors-off", &[]);
        return Ok(());
    }
    let Some(wanted) = token
        .strip_prefix("req:")
        .and_then(|id| id.parse::<PersonId>().ok())
    else {
        ctx.say("choice-invalid", &[]);
        return Ok(());
    };
    let Some(found) = suggestions(ctx, me.id).await? else {
        ctx.say("mentors-not-now", &[]);
        return Ok(());
    };
    let Some(at) = found.iter().position(|s| s.mentor == wanted) else {
        // No longer free or no longer a fit since the list was shown.
        ctx.say("mentors-gone", &[]);
        return show(ctx).await;
    };
    // The other suggestions shown, best first, are the next choices.
    let shown = ctx.config().pairing.suggestions;
    let mut ranked: Vec<Suggestion> = found.into_iter().take(shown.max(at + 1)).collect();
    let choice = ranked.remove(at);
    let rest = ranked;
    super::request::request(ctx, &me, &choice, rest).await?;
    Ok(())
}

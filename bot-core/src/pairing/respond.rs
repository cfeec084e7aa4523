//! Introductions and requests, and their answers: accept, decline (with an
//! optional reason), or no answer by the deadline. A decline or a lapse
//! returns the person to the pool and tells the coordinators; a declined or
//! lapsed request passes to the mentee's next choice.

use crate::context::Ctx;
use crate::dialogs::{Dialog, Input, Outcome};
use crate::error::CoreError;
use crate::message::{Choice, ChoiceSet, Outgoing, RichText};
use crate::model::{Millis, Pair, PairOrigin, PairState, PersonId};
use crate::scheduler::{self, JobKind};
use crate::time::{DAY_MS, format_local, zone};

use super::facts::Facts;
use super::people::{contact, country_name, lang_of, person, tell, tell_coordinators};

fn job_key(pair: i64) -> String {
    format!("pair-respond:{pair}")
}

/// Sets the answer deadline and schedules what happens when it passes.
pub async fn start_deadline(ctx: &mut Ctx<'_>, pair: &mut Pair) -> Result<Millis, CoreError> {
    let due = ctx.now + i64::from(ctx.config().pairing.response_days) * DAY_MS;
    pair.respond_by = Some(due);
    ctx.tx.update_pair(pair).await?;
    scheduler::schedule(
        ctx,
        &job_key(pair.id),
        due,
        &JobKind::PairResponseDue { pair: pair.id },
    )
    .await?;
    Ok(due)
}

/// Accept and decline, naming the other person: someone with several
/// introductions open must see which one a button answers.
pub fn answer_buttons(ctx: &Ctx<'_>, lang: crate::i18n::Lang, pair: i64, other: &str) -> ChoiceSet {
    ChoiceSet {
        options: vec![
            Choice::new(
                format!("pair:accept:{pair}"),
                ctx.t_in(lang, "pair-accept", &[("name", other.into())]),
            ),
            Choice::new(
                format!("pair:decline:{pair}"),
                ctx.t_in(lang, "pair-decline", &[("name", other.into())]),
            ),
        ],
        multi: false,
    }
}

/// Introduces an approved pair to both people, who accept or decline.
pub async fn introduce(ctx: &mut Ctx<'_>, pair: &mut Pair) -> Result<(), CoreError> {
    let due = start_deadline(ctx, pair).await?;
    let facts = Facts::from_json(&pair.facts);
    let mentor = person(ctx, pair.mentor_id).await?;
    let mentee = person(ctx, pair.mentee_id).await?;
    for (reader, other, key) in [
        (&mentee, &mentor, "pair-intro-mentee"),
        (&mentor, &mentee, "pair-intro-mentor"),
    ] {
        let lang = lang_of(reader);
        let none = ctx.t_in(lang, "value-none", &[]);
        let mut text = RichText::plain(ctx.t_in(
            lang,
            key,
            &[
                ("name", other.name.as_str().into()),
                ("country", country_name(other).into()),
                (
                    "organisation",
                    other.organisation.clone().unwrap_or(none.clone()).into(),
                ),
                ("why", facts.explain(ctx, lang).into()),
                ("goals", other.goals.clone().unwrap_or(none).into()),
            ],
        ));
        let deadline = format_local(due, zone(reader.timezone.as_deref()));
        text.push_text(ctx.t_in(lang, "pair-intro-next", &[("deadline", deadline.into())]));
        let message = Outgoing {
            text,
            choices: Some(answer_buttons(ctx, lang, pair.id, &other.name)),
            private: true,
            lang: lang.code().to_owned(),
            ..Outgoing::default()
        };
        ctx.notify(reader.id, message).await?;
    }
    Ok(())
}

/// Asks a mentor to take a mentee who requested them.
pub async fn ask_mentor(ctx: &mut Ctx<'_>, pair: &mut Pair) -> Result<(), CoreError> {
    let due = start_deadline(ctx, pair).await?;
    let facts = Facts::from_json(&pair.facts);
    let mentor = person(ctx, pair.mentor_id).await?;
    let mentee = person(ctx, pair.mentee_id).await?;
    let lang = lang_of(&mentor);
    let none = ctx.t_in(lang, "value-none", &[]);
    let deadline = format_local(due, zone(mentor.timezone.as_deref()));
    let text = ctx.t_in(
        lang,
        "request-new",
        &[
            ("name", mentee.name.as_str().into()),
            ("country", country_name(&mentee).into()),
            ("why", facts.explain(ctx, lang).into()),
            ("goals", mentee.goals.clone().unwrap_or(none).into()),
            ("deadline", deadline.into()),
        ],
    );
    let message = Outgoing {
        text: RichText::plain(text),
        choices: Some(answer_buttons(ctx, lang, pair.id, &mentee.name)),
        private: true,
        lang: lang.code().to_owned(),
        ..Outgoing::default()
    };
    ctx.notify(mentor.id, message).await?;
    let mentee_deadline = format_local(due, zone(mentee.timezone.as_deref()));
    tell(
        ctx,
        &mentee,
        "request-sent",
        &[
            ("name", mentor.name.as_str().into()),
            ("deadline", mentee_deadline.into()),
        ],
    )
    .await
}

/// Which side of the pair `who` is on, if any.
fn side(pair: &Pair, who: PersonId) -> Option<bool> {
    if who == pair.mentor_id {
        Some(true)
    } else if who == pair.mentee_id {
        Some(false)
    } else {
        None
    }
}

/// Handles `pair:accept:<id>` and `pair:decline:<id>` buttons.
pub async fn on_answer(ctx: &mut Ctx<'_>, accept: bool, pair_id: i64) -> Result<(), CoreError> {
    let Some(me) = ctx.person_id() else {
        ctx.say("needs-profile", &[]);
        return Ok(());
    };
    let Some(pair) = ctx.tx.pair(pair_id).await? else {
        ctx.say("pair-unknown", &[]);
        return Ok(());
    };
    let Some(is_mentor) = side(&pair, me) else {
        ctx.say("pair-unknown", &[]);
        return Ok(());
    };
    let waiting = match pair.state {
        PairState::Introduced => true,
        // A request waits for the mentor only.
        PairState::Requested => is_mentor,
        _ => false,
    };
    if !waiting {
        ctx.say("pair-answered-already", &[]);
        return Ok(());
    }
    if accept {
        accept_pair(ctx, pair, is_mentor).await
    } else {
        let dialog = Dialog::PairNote { pair: pair.id };
        dialog.ask(ctx).await?;
        ctx.conversation.dialogs.push(dialog);
        Ok(())
    }
}

async fn accept_pair(ctx: &mut Ctx<'_>, mut pair: Pair, is_mentor: bool) -> Result<(), CoreError> {
    if is_mentor {
        pair.mentor_accepted = true;
    } else {
        pair.mentee_accepted = true;
    }
    let me = ctx.person_id();
    if !(pair.mentor_accepted && pair.mentee_accepted) {
        ctx.tx.update_pair(&pair).await?;
        let other = person(
            ctx,
            if is_mentor {
                pair.mentee_id
            } else {
                pair.mentor_id
            },
        )
        .await?;
        ctx.say(
            "pair-accepted-wait",
            &[("name", other.name.as_str().into())],
        );
        return Ok(());
    }
    let became_active = match pair.state {
        // Introduced pairs already hold the mentor's place.
        PairState::Introduced => {
            super::record(ctx, &mut pair, PairState::Active, me, None).await?;
            true
        }
        _ => super::occupy(ctx, &mut pair, PairState::Active, me).await?,
    };
    if !became_active {
        // The mentor filled up (or the mentee found a mentor) meanwhile.
        ctx.say("request-full", &[]);
        return close(ctx, pair, "full", None).await;
    }
    ctx.tx.cancel_job(&job_key(pair.id)).await?;
    crate::programme::on_pair_active(ctx, &pair).await?;
    let mentor = person(ctx, pair.mentor_id).await?;
    let mentee = person(ctx, pair.mentee_id).await?;
    for (reader, other) in [(&mentor, &mentee), (&mentee, &mentor)] {
        let reach = contact(ctx, other.id).await?;
        tell(
            ctx,
            reader,
            "pair-active",
            &[
                ("name", other.name.as_str().into()),
                ("contact", reach.into()),
            ],
        )
        .await?;
    }
    Ok(())
}

/// The optional reason after pressing "decline"; `-` skips it.
pub async fn ask_note(ctx: &mut Ctx<'_>) -> Result<(), CoreError> {
    ctx.say("pair-decline-reason-ask", &[]);
    Ok(())
}

pub async fn answer_note(
    ctx: &mut Ctx<'_>,
    pair_id: i64,
    input: Input,
) -> Result<Outcome, CoreError> {
    let max = ctx.config().limits.max_reason;
    let Ok(note) = crate::dialogs::optional_text(&input, max) else {
        ctx.say("application-reason-invalid", &[("max", max.into())]);
        return Ok(Outcome::Continue(Dialog::PairNote { pair: pair_id }));
    };
    let Some(pair) = ctx.tx.pair(pair_id).await? else {
        ctx.say("pair-unknown", &[]);
        return Ok(Outcome::Done);
    };
    if !matches!(pair.state, PairState::Introduced | PairState::Requested) {
        ctx.say("pair-answered-already", &[]);
        return Ok(Outcome::Done);
    }
    match pair.origin {
        PairOrigin::Matching => ctx.say("pair-declined-self", &[]),
        PairOrigin::Request => ctx.say("request-declined-self", &[]),
    }
    close(ctx, pair, "declined", note).await?;
    Ok(Outcome::Done)
}

/// Ends an unanswered or declined introduction or request, tells whoever
/// needs to know, and passes a request on to the mentee's next choice.
async fn close(
    ctx: &mut Ctx<'_>,
    mut pair: Pair,
    reason: &str,
    note: Option<String>,
) -> Result<(), CoreError> {
    let actor = ctx.person_id();
    pair.end_reason = Some(reason.to_owned());
    super::record(ctx, &mut pair, PairState::Ended, actor, note.clone()).await?;
    ctx.tx.cancel_job(&job_key(pair.id)).await?;
    let mentor = person(ctx, pair.mentor_id).await?;
    let mentee = person(ctx, pair.mentee_id).await?;
    let decliner = actor.and_then(|a| side(&pair, a));
    match pair.origin {
        PairOrigin::Matching => {
            for (reader, other, is_mentor) in [(&mentor, &mentee, true), (&mentee, &mentor, false)]
            {
                match (reason, decliner) {
                    ("declined", Some(d)) if d == is_mentor => {}
                    ("declined", _) => {
                        tell(
                            ctx,
                            reader,
                            "pair-declined-other",
                            &[("name", other.name.as_str().into())],
                        )
                        .await?
                    }
                    _ => {
                        tell(
                            ctx,
                            reader,
                            "pair-expired",
                            &[("name", other.name.as_str().into())],
                        )
                        .await?
                    }
                }
            }
            let who = match decliner {
                Some(true) => mentor.name.clone(),
                Some(false) => mentee.name.clone(),
                None => String::new(),
            };
            let (mentor_name, mentee_name) = (mentor.name.clone(), mentee.name.clone());
            let key = match (reason, &note) {
                ("declined", Some(_)) => "pair-declined-coordinator-reason",
                ("declined", None) => "pair-declined-coordinator",
                _ => "pair-expired-coordinator",
            };
            let note = note.unwrap_or_default();
            tell_coordinators(ctx, key, |_, _| {
                vec![
                    ("who", who.clone().into()),
                    ("mentor", mentor_name.clone().into()),
                    ("mentee", mentee_name.clone().into()),
                    ("reason", note.clone().into()),
                ]
            })
            .await?;
        }
        PairOrigin::Request => {
            if reason == "expired" {
                tell(
                    ctx,
                    &mentor,
                    "request-lapsed-mentor",
                    &[("name", mentee.name.as_str().into())],
                )
                .await?;
            }
            super::request::pass_on(ctx, &pair, &mentor, &mentee).await?
        }
    }
    Ok(())
}

/// The job for an answer deadline. Nothing happens if the pair was answered
/// meanwhile, or if its deadline moved.
pub async fn deadline_passed(
    ctx: &mut Ctx<'_>,
    pair_id: i64,
    due_at: Millis,
) -> Result<(), CoreError> {
    let Some(pair) = ctx.tx.pair(pair_id).await? else {
        return Ok(());
    };
    if !matches!(pair.state, PairState::Introduced | PairState::Requested)
        || pair.respond_by != Some(due_at)
    {
        return Ok(());
    }
    close(ctx, pair, "expired", None).await
}

//! "Ask a mentor": a question nobody could answer goes to approved mentors
//! whose competences fit, in the asker's language when possible; the first
//! mentor's answer goes back to the asker, and with both people's consent
//! it becomes a knowledge entry.

use crate::context::Ctx;
use crate::dialogs::{Dialog, Input, Outcome};
use crate::error::CoreError;
use crate::message::{Choice, ChoiceSet, Outgoing, RichText};
use crate::model::{
    Direction, Entry, EntryKind, EntrySource, MentorStatus, Person, RoutedQuestion,
};
use crate::pairing::people::{lang_of, person, tell};
use crate::validate;

/// How many mentors are asked at once.
const MENTORS_ASKED: usize = 3;

/// `kb:mentor`: routes the last question asked in this chat.
pub async fn route(ctx: &mut Ctx<'_>) -> Result<(), CoreError> {
    let Some(asker) = ctx.person.clone() else {
        ctx.say("needs-profile", &[]);
        return Ok(());
    };
    let Some(last) = ctx.conversation.last_question.take() else {
        ctx.say("kb-nothing-to-route", &[]);
        return Ok(());
    };
    let people = ctx.tx.all_persons().await?;
    let claims = ctx.tx.all_competences().await?;
    let offers = |id: i64| -> Vec<&str> {
        claims
            .iter()
            .filter(|(p, c)| *p == id && c.direction == Direction::Offers)
            .map(|(_, c)| c.competence.as_str())
            .collect()
    };
    // Fit first (shared competences), then the question's language, then id for a stable order.
    let mut mentors: Vec<(usize, bool, &Person)> = people
        .iter()
        .filter(|p| p.mentor_status == MentorStatus::Approved && p.id != asker.id)
        .map(|p| {
            let fit = offers(p.id)
                .iter()
                .filter(|c| last.tags.iter().any(|t| t == *c))
                .count();
            (fit, p.languages.contains(&last.language), p)
        })
        .filter(|(fit, _, _)| *fit > 0 || last.tags.is_empty())
        .collect();
    mentors.sort_by(|a, b| b.0.cmp(&a.0).then(b.1.cmp(&a.1)).then(a.2.id.cmp(&b.2.id)));
    if mentors.is_empty() {
        ctx.say("kb-no-mentor", &[]);
        return Ok(());
    }
    let question = RoutedQuestion {
        id: 0,
        asker_id: asker.id,
        text: last.text.clone(),
        language: last.language.clone(),
        tags: last.tags.clone(),
        answered_by: None,
        answer: None,
        asker_consent: false,
        mentor_consent: false,
        entry_id: None,
        created_at: ctx.now,
        answered_at: None,
    };
    let id = ctx.tx.insert_question(&question).await?;
    let chosen: Vec<Person> = mentors
        .into_iter()
        .take(MENTORS_ASKED)
        .map(|(_, _, p)| p.clone())
        .collect();
    for mentor in &chosen {
        let lang = lang_of(mentor);
        let text = ctx.t_in(
            lang,
            "kb-routed-question",
            &[
                ("name", asker.name.as_str().into()),
                ("question", last.text.as_str().into()),
                ("language", super::language_name(&last.language).into()),
            ],
        );
        let options = vec![Choice::new(
            format!("kb:answer:{id}"),
            ctx.t_in(lang, "kb-answer-button", &[]),
        )];
        let message = Outgoing::private_choice(text, options, lang.code());
        ctx.notify(mentor.id, message).await?;
    }
    ctx.say("kb-routed", &[("count", chosen.len().into())]);
    Ok(())
}

/// `kb:answer:<id>`: a mentor starts answering.
pub async fn start_answer(ctx: &mut Ctx<'_>, id: i64) -> Result<(), CoreError> {
    let Some(question) = ctx.tx.question(id).await? else {
        ctx.say("kb-question-gone", &[]);
        return Ok(());
    };
    if question.answered_by.is_some() {
        ctx.say("kb-already-answered", &[]);
        return Ok(());
    }
    let dialog = Dialog::MentorAnswer { question: id };
    dialog.ask(ctx).await?;
    ctx.conversation.dialogs.push(dialog);
    Ok(())
}

pub fn ask_answer(ctx: &mut Ctx<'_>) {
    ctx.say("kb-answer-ask", &[]);
}

pub async fn answer(ctx: &mut Ctx<'_>, id: i64, input: Input) -> Result<Outcome, CoreError> {
    let max = ctx.config().limits.max_goals;
    let text = match &input {
        Input::Text(t) => validate::free_text(t, 10, max, true),
        Input::Tokens(_) => None,
    };
    let Some(text) = text else {
        ctx.say("kb-answer-invalid", &[("max", max.into())]);
        return Ok(Outcome::Continue(Dialog::MentorAnswer { question: id }));
    };
    let (Some(mut question), Some(mentor)) = (ctx.tx.question(id).await?, ctx.person.clone())
    else {
        ctx.say("kb-question-gone", &[]);
        return Ok(Outcome::Done);
    };
    if question.answered_by.is_some() {
        ctx.say("kb-already-answered", &[]);
        return Ok(Outcome::Done);
    }
    question.answered_by = Some(mentor.id);
    question.answer = Some(text.clone());
    question.answered_at = Some(ctx.now);
    ctx.tx.update_question(&question).await?;
    let asker = person(ctx, question.asker_id).await?;
    let lang = lang_of(&asker);
    let body = ctx.t_in(
        lang,
        "kb-mentor-answer",
        &[
            ("name", mentor.name.as_str().into()),
            ("question", question.text.as_str().into()),
            ("answer", text.as_str().into()),
        ],
    );
    let message = Outgoing {
        text: RichText::plain(body),
        choices: Some(consent_buttons(ctx, lang, id)),
        private: true,
        lang: lang.code().to_owned(),
        ..Outgoing::default()
    };
    ctx.notify(asker.id, message).await?;
    let question_text = ctx.t("kb-answer-sent", &[("name", asker.name.as_str().into())]);
    let mine = ctx.question(question_text, consent_buttons(ctx, ctx.lang, id));
    ctx.reply(Outgoing {
        private: true,
        ..mine
    });
    Ok(Outcome::Done)
}

fn consent_buttons(ctx: &Ctx<'_>, lang: crate::i18n::Lang, id: i64) -> ChoiceSet {
    ChoiceSet {
        options: vec![
            Choice::new(format!("kb:keep:{id}"), ctx.t_in(lang, "kb-keep", &[])),
            Choice::new(
                format!("kb:private:{id}"),
                ctx.t_in(lang, "kb-private", &[]),
            ),
        ],
        multi: false,
    }
}

/// `kb:keep:<id>` or `kb:private:<id>` from the asker or the answering mentor.
pub async fn consent(ctx: &mut Ctx<'_>, id: i64, keep: bool) -> Result<(), CoreError> {
    let (Some(mut question), Some(me)) = (ctx.tx.question(id).await?, ctx.person_id()) else {
        ctx.say("kb-question-gone", &[]);
        return Ok(());
    };
    let Some(mentor_id) = question.answered_by else {
        ctx.say("kb-question-gone", &[]);
        return Ok(());
    };
    if question.entry_id.is_some() {
        ctx.say("kb-entry-exists", &[]);
        return Ok(());
    }
    if me == question.asker_id {
        question.asker_consent = keep;
    } else if me == mentor_id {
        question.mentor_consent = keep;
    } else {
        ctx.say("kb-question-gone", &[]);
        return Ok(());
    }
    if !keep {
        ctx.tx.update_question(&question).await?;
        ctx.say("kb-kept-private", &[]);
        return Ok(());
    }
    if !(question.asker_consent && question.mentor_consent) {
        ctx.tx.update_question(&question).await?;
        ctx.say("kb-consent-waiting", &[]);
        return Ok(());
    }
    let answer = question.answer.clone().unwrap_or_default();
    let title: String = question.text.chars().take(150).collect();
    let entry = Entry {
        id: 0,
        kind: EntryKind::Qa,
        title,
        body: answer.clone(),
        language: super::detect_language(&answer, &question.language),
        tags: question.tags.clone(),
        author_id: Some(mentor_id),
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
    let entry_id = ctx.tx.insert_entry(&entry).await?;
    question.entry_id = Some(entry_id);
    ctx.tx.update_question(&question).await?;
    ctx.knowledge_changed = true;
    for who in [question.asker_id, mentor_id] {
        let reader = person(ctx, who).await?;
        tell(ctx, &reader, "kb-entry-created", &[("id", entry_id.into())]).await?;
    }
    Ok(())
}

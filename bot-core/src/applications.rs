//! Mentor selection: everyone who offers a competence applies, and a
//! coordinator approves, rejects (with a reason the applicant receives) or
//! proposes an interview. Every decision is audited.

use serde_json::json;

use crate::context::Ctx;
use crate::dialogs::{Dialog, Input, Outcome};
use crate::error::CoreError;
use crate::i18n::Lang;
use crate::message::{Choice, ChoiceSet, Outgoing, RichText};
use crate::model::{
    Application, ApplicationStatus, CompetenceClaim, Direction, MentorStatus, Person,
};
use crate::profile::ProfileView;
use crate::reference::country_by_code;
use crate::time::{format_local, parse_local, zone};
use crate::validate;

fn lang_of(person: &Person) -> Lang {
    Lang::from_code(&person.locale).unwrap_or(Lang::En)
}

/// Files an application for `person` and sends it to every coordinator.
pub async fn submit(ctx: &mut Ctx<'_>, person: &Person) -> Result<(), CoreError> {
    let id = ctx.tx.insert_application(person.id, ctx.now).await?;
    let coordinators = ctx.tx.coordinators().await?;
    if coordinators.is_empty() {
        tracing::warn!(
            application = id,
            "a mentor application waits, but the programme has no coordinator yet"
        );
    }
    let claims = ctx.tx.competences(person.id).await?;
    for coordinator in coordinators.iter().filter(|c| c.id != person.id) {
        let message = application_message(ctx, lang_of(coordinator), id, person, &claims);
        ctx.notify(coordinator.id, message).await?;
    }
    Ok(())
}

/// The application as a coordinator sees it, with the decision buttons.
fn application_message(
    ctx: &Ctx<'_>,
    lang: Lang,
    id: i64,
    person: &Person,
    claims: &[CompetenceClaim],
) -> Outgoing {
    let view = ProfileView {
        locales: &ctx.deps.locales,
        competences: &ctx.deps.competences,
        lang,
    };
    let offers: Vec<String> = claims
        .iter()
        .filter(|c| c.direction == Direction::Offers)
        .map(|c| c.competence.clone())
        .collect();
    let years = claims
        .iter()
        .filter_map(|c| c.years.map(|y| (c.competence.clone(), y)))
        .collect();
    let none = ctx.t_in(lang, "value-none", &[]);
    let country = person
        .country
        .as_deref()
        .and_then(country_by_code)
        .map(|c| c.name.to_owned())
        .unwrap_or(none.clone());
    let text = ctx.t_in(
        lang,
        "application-new",
        &[
            ("name", person.name.as_str().into()),
            ("country", country.into()),
            (
                "organisation",
                person.organisation.clone().unwrap_or(none.clone()).into(),
            ),
            ("offers", view.competence_list(&offers, &years).into()),
            ("goals", person.goals.clone().unwrap_or(none).into()),
        ],
    );
    let options = vec![
        Choice::new(
            format!("app:approve:{id}"),
            ctx.t_in(lang, "application-approve", &[]),
        ),
        Choice::new(
            format!("app:reject:{id}"),
            ctx.t_in(lang, "application-reject", &[]),
        ),
        Choice::new(
            format!("app:interview:{id}"),
            ctx.t_in(lang, "application-interview", &[]),
        ),
    ];
    Outgoing::private_choice(text, options, lang.code())
}

/// `/applications`: what waits for a decision, each one openable.
pub async fn list(ctx: &mut Ctx<'_>) -> Result<(), CoreError> {
    let open = ctx.tx.open_applications().await?;
    if open.is_empty() {
        ctx.say("applications-none", &[]);
        return Ok(());
    }
    let tz = zone(ctx.person.as_ref().and_then(|p| p.timezone.as_deref()));
    let mut options = Vec::new();
    for application in &open {
        let Some(person) = ctx.tx.person(application.person_id).await? else {
            continue;
        };
        let since = format_local(application.created_at, tz);
        let status = match application.status {
            ApplicationStatus::Interview => format!(" – {}", ctx.t("role-mentor-interview", &[])),
            _ => String::new(),
        };
        options.push(Choice::new(
            format!("app:show:{}", application.id),
            format!("{} ({since}){status}", person.name),
        ));
    }
    let text = ctx.t("applications-title", &[("count", options.len().into())]);
    let message = Outgoing {
        private: true,
        ..ctx.question(
            text,
            ChoiceSet {
                options,
                multi: false,
            },
        )
    };
    ctx.reply(message);
    Ok(())
}

/// Handles a decision button (`app:<action>:<id>`) from anywhere.
pub async fn on_token(ctx: &mut Ctx<'_>, token: &str) -> Result<(), CoreError> {
    if !ctx.is_coordinator() {
        ctx.say("coordinator-only", &[]);
        return Ok(());
    }
    let mut parts = token.splitn(3, ':');
    let (Some("app"), Some(action), Some(id)) = (parts.next(), parts.next(), parts.next()) else {
        ctx.say("choice-invalid", &[]);
        return Ok(());
    };
    let Some(application) = (match id.parse::<i64>() {
        Ok(id) => ctx.tx.application(id).await?,
        Err(_) => None,
    }) else {
        ctx.say("application-unknown", &[]);
        return Ok(());
    };
    if !application.status.is_open() {
        ctx.say("application-already-decided", &[]);
        return Ok(());
    }
    match action {
        "show" => {
            let Some(person) = ctx.tx.person(application.person_id).await? else {
                ctx.say("application-unknown", &[]);
                return Ok(());
            };
            let claims = ctx.tx.competences(person.id).await?;
            let message = application_message(ctx, ctx.lang, application.id, &person, &claims);
            ctx.reply(message);
        }
        "approve" => approve(ctx, application).await?,
        "reject" => {
            push(
                ctx,
                Dialog::RejectReason {
                    application: application.id,
                },
            )
            .await?
        }
        "interview" => {
            push(
                ctx,
                Dialog::InterviewTime {
                    application: application.id,
                },
            )
            .await?
        }
        _ => ctx.say("choice-invalid", &[]),
    }
    Ok(())
}

/// Starts a follow-up question on top of whatever the coordinator was doing.
async fn push(ctx: &mut Ctx<'_>, dialog: Dialog) -> Result<(), CoreError> {
    dialog.ask(ctx).await?;
    ctx.conversation.dialogs.push(dialog);
    Ok(())
}

async fn open_application(
    ctx: &mut Ctx<'_>,
    id: i64,
) -> Result<Option<(Application, Person)>, CoreError> {
    let Some(application) = ctx.tx.application(id).await? else {
        return Ok(None);
    };
    if !application.status.is_open() {
        return Ok(None);
    }
    Ok(ctx
        .tx
        .person(application.person_id)
        .await?
        .map(|p| (application, p)))
}

async fn approve(ctx: &mut Ctx<'_>, mut application: Application) -> Result<(), CoreError> {
    let Some(mut person) = ctx.tx.person(application.person_id).await? else {
        ctx.say("application-unknown", &[]);
        return Ok(());
    };
    decide(ctx, &mut application, ApplicationStatus::Approved, None).await?;
    person.mentor_status = MentorStatus::Approved;
    person.updated_at = ctx.now;
    ctx.tx.update_person(&person).await?;
    let text = ctx.t_in(lang_of(&person), "application-approved-applicant", &[]);
    let message = Outgoing {
        text: RichText::plain(text),
        lang: person.locale.clone(),
        ..Outgoing::default()
    };
    ctx.notify(person.id, message).await?;
    ctx.say(
        "application-approved-coordinator",
        &[("name", person.name.as_str().into())],
    );
    Ok(())
}

async fn decide(
    ctx: &mut Ctx<'_>,
    application: &mut Application,
    status: ApplicationStatus,
    reason: Option<String>,
) -> Result<(), CoreError> {
    application.status = status;
    application.reason = reason;
    application.decided_by = ctx.person_id();
    if !status.is_open() {
        application.decided_at = Some(ctx.now);
    }
    ctx.tx.update_application(application).await?;
    let action = format!("application.{}", status.as_str());
    let detail = json!({ "application": application.id, "interview_at": application.interview_at });
    ctx.tx
        .audit(
            ctx.now,
            ctx.person_id(),
            &action,
            Some(application.person_id),
            &detail,
        )
        .await?;
    Ok(())
}

pub async fn ask_reason(ctx: &mut Ctx<'_>, id: i64) -> Result<(), CoreError> {
    let name = match ctx.tx.application(id).await? {
        Some(a) => ctx
            .tx
            .person(a.person_id)
            .await?
            .map(|p| p.name)
            .unwrap_or_default(),
        None => String::new(),
    };
    let text = ctx.t("application-reason-ask", &[("name", name.into())]);
    ctx.reply(ctx.plain(text));
    Ok(())
}

pub async fn answer_reason(ctx: &mut Ctx<'_>, id: i64, input: Input) -> Result<Outcome, CoreError> {
    let max = ctx.config().limits.max_reason;
    let reason = match &input {
        Input::Text(t) => validate::free_text(t, 3, max, true),
        Input::Tokens(_) => None,
    };
    let Some(reason) = reason else {
        ctx.say("application-reason-invalid", &[("max", max.into())]);
        return Ok(Outcome::Continue(Dialog::RejectReason { application: id }));
    };
    let Some((mut application, mut person)) = open_application(ctx, id).await? else {
        ctx.say("application-already-decided", &[]);
        return Ok(Outcome::Done);
    };
    decide(
        ctx,
        &mut application,
        ApplicationStatus::Rejected,
        Some(reason.clone()),
    )
    .await?;
    person.mentor_status = MentorStatus::Rejected;
    person.updated_at = ctx.now;
    ctx.tx.update_person(&person).await?;
    let text = ctx.t_in(
        lang_of(&person),
        "application-rejected-applicant",
        &[("reason", reason.into())],
    );
    let message = Outgoing {
        text: RichText::plain(text),
        private: true,
        lang: person.locale.clone(),
        ..Outgoing::default()
    };
    ctx.notify(person.id, message).await?;
    ctx.say(
        "application-rejected-coordinator",
        &[("name", person.name.as_str().into())],
    );
    Ok(Outcome::Done)
}

pub async fn ask_interview(ctx: &mut Ctx<'_>, id: i64) -> Result<(), CoreError> {
    let name = match ctx.tx.application(id).await? {
        Some(a) => ctx
            .tx
            .person(a.person_id)
            .await?
            .map(|p| p.name)
            .unwrap_or_default(),
        None => String::new(),
    };
    let tz = zone(ctx.person.as_ref().and_then(|p| p.timezone.as_deref()));
    let text = ctx.t(
        "application-interview-ask",
        &[("name", name.into()), ("timezone", tz.name().into())],
    );
    ctx.reply(ctx.plain(text));
    Ok(())
}

pub async fn answer_interview(
    ctx: &mut Ctx<'_>,
    id: i64,
    input: Input,
) -> Result<Outcome, CoreError> {
    let tz = zone(ctx.person.as_ref().and_then(|p| p.timezone.as_deref()));
    let typed = match &input {
        Input::Text(t) => t.clone(),
        Input::Tokens(_) => String::new(),
    };
    let Some(at) = parse_local(&typed, tz).filter(|at| *at > ctx.now) else {
        let shown: String = validate::clean_text(&typed, false)
            .chars()
            .take(40)
            .collect();
        ctx.say("application-interview-invalid", &[("input", shown.into())]);
        return Ok(Outcome::Continue(Dialog::InterviewTime { application: id }));
    };
    let Some((mut application, mut person)) = open_application(ctx, id).await? else {
        ctx.say("application-already-decided", &[]);
        return Ok(Outcome::Done);
    };
    application.interview_at = Some(at);
    decide(ctx, &mut application, ApplicationStatus::Interview, None).await?;
    person.mentor_status = MentorStatus::Interview;
    person.updated_at = ctx.now;
    ctx.tx.update_person(&person).await?;
    let their_tz = zone(person.timezone.as_deref());
    let coordinator = ctx
        .person
        .as_ref()
        .map(|p| p.name.clone())
        .unwrap_or_default();
    let text = ctx.t_in(
        lang_of(&person),
        "application-interview-applicant",
        &[
            ("coordinator", coordinator.into()),
            ("when", format_local(at, their_tz).into()),
            ("timezone", their_tz.name().into()),
        ],
    );
    let message = Outgoing {
        text: RichText::plain(text),
        private: true,
        lang: person.locale.clone(),
        ..Outgoing::default()
    };
    ctx.notify(person.id, message).await?;
    ctx.say(
        "application-interview-coordinator",
        &[
            ("name", person.name.as_str().into()),
            ("when", format_local(at, tz).into()),
            ("timezone", tz.name().into()),
        ],
    );
    Ok(Outcome::Done)
}

//! Deliverables (a goals agreement, a progress report, a final report):
//! due dates from the configuration, reminders before and after, `/report`
//! to answer the questions, `/reports` for coordinators.

use chrono::TimeZone;
use serde::{Deserialize, Serialize};

use crate::context::Ctx;
use crate::dialogs::{Dialog, Input, Outcome};
use crate::error::CoreError;
use crate::message::{Block, Choice, ChoiceSet, Inline, Outgoing, RichText};
use crate::model::{Millis, Pair, PairState, PersonId, Report};
use crate::pairing::people::{lang_of, person, tell};
use crate::rules::{Deliverable, DeliveredBy, DueFrom};
use crate::scheduler::{self, JobKind};
use crate::time::{DAY_MS, format_date};
use crate::validate;

/// Reminders: a week and a day before the due date, and a day after it.
const REMINDER_DAYS: [i64; 3] = [-7, -1, 1];

/// When `deliverable` is due for a pair that became active at `active_at`:
/// the end of that day in the programme's zone.
pub fn due_at(ctx: &Ctx<'_>, deliverable: &Deliverable, active_at: Millis) -> Option<Millis> {
    let dates = &ctx.config().dates;
    let tz = programme_zone(ctx);
    let base = match deliverable.due_from {
        DueFrom::Pair => tz.timestamp_millis_opt(active_at).single()?.date_naive(),
        DueFrom::Start => dates.start?,
        DueFrom::End => dates.end?,
    };
    let day = base.checked_add_signed(chrono::Duration::days(i64::from(deliverable.due_days)))?;
    let end_of_day = day.succ_opt()?.and_hms_opt(0, 0, 0)?;
    tz.from_local_datetime(&end_of_day)
        .earliest()
        .map(|t| t.timestamp_millis() - 60_000)
}

fn programme_zone(ctx: &Ctx<'_>) -> chrono_tz::Tz {
    ctx.config()
        .dates
        .timezone
        .parse()
        .unwrap_or(chrono_tz::Tz::UTC)
}

fn owner(pair: &Pair, deliverable: &Deliverable) -> PersonId {
    match deliverable.by {
        DeliveredBy::Mentee => pair.mentee_id,
        DeliveredBy::Mentor => pair.mentor_id,
    }
}

pub async fn schedule_for_pair(ctx: &mut Ctx<'_>, pair: &Pair) -> Result<(), CoreError> {
    for deliverable in ctx.config().deliverables.clone() {
        let Some(due) = due_at(ctx, &deliverable, ctx.now) else {
            continue;
        };
        for days in REMINDER_DAYS {
            let at = due + days * DAY_MS;
            if at > ctx.now {
                let job = JobKind::DeliverableReminder {
                    pair: pair.id,
                    deliverable: deliverable.id.clone(),
                    due,
                };
                scheduler::schedule(
                    ctx,
                    &format!("deliverable:{}:{}:{days}", pair.id, deliverable.id),
                    at,
                    &job,
                )
                .await?;
            }
        }
    }
    Ok(())
}

async fn delivered(
    ctx: &mut Ctx<'_>,
    person: PersonId,
    pair: i64,
    deliverable: &str,
) -> Result<Option<Report>, CoreError> {
    Ok(ctx
        .tx
        .reports_of(person)
        .await?
        .into_iter()
        .find(|r| r.pair_id == Some(pair) && r.deliverable == deliverable))
}

/// The reminder job: before the due date, or after it when still missing.
pub async fn fire(ctx: &mut Ctx<'_>, pair_id: i64, id: &str, due: Millis) -> Result<(), CoreError> {
    let Some(deliverable) = ctx
        .config()
        .deliverables
        .iter()
        .find(|d| d.id == id)
        .cloned()
    else {
        return Ok(());
    };
    let Some(pair) = ctx.tx.pair(pair_id).await? else {
        return Ok(());
    };
    if pair.state != PairState::Active {
        return Ok(());
    }
    let who = owner(&pair, &deliverable);
    if delivered(ctx, who, pair.id, id).await?.is_some() {
        return Ok(());
    }
    let reader = person(ctx, who).await?;
    let lang = lang_of(&reader);
    let title = deliverable.title(lang.code()).to_owned();
    // Due dates are the programme's calendar days, the same for everyone.
    let date = format_date(due, programme_zone(ctx));
    let key = if ctx.now > due {
        "deliverable-overdue"
    } else {
        "deliverable-due"
    };
    tell(
        ctx,
        &reader,
        key,
        &[("title", title.into()), ("due", date.into())],
    )
    .await
}

/// What the speaker still owes, per active pair.
async fn owed(ctx: &mut Ctx<'_>) -> Result<Vec<(Pair, Deliverable)>, CoreError> {
    let Some(me) = ctx.person_id() else {
        return Ok(Vec::new());
    };
    let mut out = Vec::new();
    for pair in ctx
        .tx
        .pairs_of(me)
        .await?
        .into_iter()
        .filter(|p| p.state == PairState::Active)
    {
        for deliverable in ctx.config().deliverables.clone() {
            if owner(&pair, &deliverable) == me
                && delivered(ctx, me, pair.id, &deliverable.id)
                    .await?
                    .is_none()
            {
                out.push((pair.clone(), deliverable));
            }
        }
    }
    Ok(out)
}

/// `/report`: the questions of one deliverable, one after the other, then a preview.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportDraft {
    pub pair: i64,
    pub deliverable: String,
    pub answers: Vec<String>,
    /// All questions answered; waiting for the author to send it.
    pub preview: bool,
}

pub async fn start(ctx: &mut Ctx<'_>) -> Result<(), CoreError> {
    if ctx.person.is_none() {
        ctx.say("needs-profile", &[]);
        return Ok(());
    }
    let owed = owed(ctx).await?;
    if owed.is_empty() {
        ctx.say("report-none-owed", &[]);
        return Ok(());
    }
    let options = owed
        .iter()
        .map(|(pair, d)| {
            Choice::new(
                format!("dlv:{}:{}", pair.id, d.id),
                d.title(ctx.lang.code()).to_owned(),
            )
        })
        .collect();
    let question = ctx.question(
        ctx.t("report-ask-which", &[]),
        ChoiceSet {
            options,
            multi: false,
        },
    );
    ctx.reply(question);
    Ok(())
}

/// `dlv:<pair>:<deliverable>`
pub async fn on_token(ctx: &mut Ctx<'_>, token: &str) -> Result<(), CoreError> {
    let mut parts = token.splitn(3, ':').skip(1);
    let (Some(Ok(pair)), Some(id)) = (parts.next().map(str::parse::<i64>), parts.next()) else {
        ctx.say("choice-invalid", &[]);
        return Ok(());
    };
    if !owed(ctx)
        .await?
        .iter()
        .any(|(p, d)| p.id == pair && d.id == id)
    {
        ctx.say("report-not-owed", &[]);
        return Ok(());
    }
    let dialog = Dialog::Report(ReportDraft {
        pair,
        deliverable: id.to_owned(),
        answers: Vec::new(),
        preview: false,
    });
    dialog.ask(ctx).await?;
    ctx.conversation.dialogs.push(dialog);
    Ok(())
}

impl ReportDraft {
    fn deliverable(&self, ctx: &Ctx<'_>) -> Option<Deliverable> {
        ctx.config()
            .deliverables
            .iter()
            .find(|d| d.id == self.deliverable)
            .cloned()
    }

    pub fn ask(&self, ctx: &mut Ctx<'_>) {
        let Some(deliverable) = self.deliverable(ctx) else {
            return;
        };
        let questions = deliverable.questions(ctx.lang.code());
        if self.preview {
            let mut text = RichText::plain(ctx.t(
                "report-preview",
                &[("title", deliverable.title(ctx.lang.code()).into())],
            ));
            let items = questions
                .iter()
                .zip(&self.answers)
                .map(|(q, a)| vec![Inline::Bold(q.clone()), Inline::Text(format!(" {a}"))])
                .collect();
            text.blocks.push(Block::Bullets(items));
            let options = vec![
                Choice::new("report:send", ctx.t("report-send", &[])),
                Choice::new("report:restart", ctx.t("report-restart", &[])),
            ];
            ctx.reply(Outgoing {
                text,
                choices: Some(ChoiceSet {
                    options,
                    multi: false,
                }),
                private: true,
                ..Outgoing::default()
            });
            return;
        }
        let n = self.answers.len();
        let question = questions.get(n).cloned().unwrap_or_default();
        let language = crate::reference::spoken_language_name(&deliverable.language).to_owned();
        ctx.say(
            "report-question",
            &[
                ("number", (n + 1).into()),
                ("count", questions.len().into()),
                ("question", question.into()),
                ("language", language.into()),
            ],
        );
    }

    pub async fn answer(mut self, ctx: &mut Ctx<'_>, input: Input) -> Result<Outcome, CoreError> {
        let Some(deliverable) = self.deliverable(ctx) else {
            return Ok(Outcome::Done);
        };
        if self.preview {
            match &input {
                Input::Tokens(t) if t.len() == 1 && t[0] == "report:send" => {
                    return self.send(ctx, &deliverable).await;
                }
                Input::Tokens(t) if t.len() == 1 && t[0] == "report:restart" => {
                    self.answers.clear();
                    self.preview = false;
                }
                _ => ctx.say("choice-invalid", &[]),
            }
            self.ask(ctx);
            return Ok(Outcome::Continue(Dialog::Report(self)));
        }
        let max = ctx.config().limits.max_goals;
        let answer = match &input {
            Input::Text(t) => validate::free_text(t, 2, max, true),
            Input::Tokens(_) => None,
        };
        let Some(answer) = answer else {
            ctx.say("report-answer-invalid", &[("max", max.into())]);
            return Ok(Outcome::Continue(Dialog::Report(self)));
        };
        self.answers.push(answer);
        self.preview = self.answers.len() >= deliverable.questions(ctx.lang.code()).len();
        self.ask(ctx);
        Ok(Outcome::Continue(Dialog::Report(self)))
    }

    async fn send(
        self,
        ctx: &mut Ctx<'_>,
        deliverable: &Deliverable,
    ) -> Result<Outcome, CoreError> {
        let Some(me) = ctx.person_id() else {
            return Ok(Outcome::Done);
        };
        if delivered(ctx, me, self.pair, &self.deliverable)
            .await?
            .is_some()
        {
            ctx.say("report-not-owed", &[]);
            return Ok(Outcome::Done);
        }
        let report = Report {
            id: 0,
            person_id: me,
            pair_id: Some(self.pair),
            deliverable: self.deliverable.clone(),
            answers: self.answers,
            language: deliverable.language.clone(),
            submitted_at: ctx.now,
        };
        ctx.tx.insert_report(&report).await?;
        ctx.say(
            "report-sent",
            &[("title", deliverable.title(ctx.lang.code()).into())],
        );
        Ok(Outcome::Done)
    }
}

/// `/reports`: for every pair, what is delivered, due or overdue.
pub async fn overview(ctx: &mut Ctx<'_>) -> Result<(), CoreError> {
    let deliverables = ctx.config().deliverables.clone();
    if deliverables.is_empty() {
        ctx.say("reports-none-configured", &[]);
        return Ok(());
    }
    let pairs = ctx
        .tx
        .pairs_in(&[PairState::Active, PairState::Completed])
        .await?;
    let reports = ctx.tx.all_reports().await?;
    let tz = programme_zone(ctx);
    let mut text = RichText::plain(ctx.t("reports-title", &[]));
    let mut lines = Vec::new();
    for pair in &pairs {
        let events = ctx.tx.pair_history(pair.id).await?;
        let active_at = events
            .iter()
            .find(|e| e.to_state == PairState::Active)
            .map(|e| e.at)
            .unwrap_or(pair.created_at);
        for d in &deliverables {
            let who = person(ctx, owner(pair, d)).await?;
            let title = d.title(ctx.lang.code()).to_owned();
            let line = match reports
                .iter()
                .find(|r| r.pair_id == Some(pair.id) && r.deliverable == d.id)
            {
                Some(r) => ctx.t(
                    "reports-delivered",
                    &[
                        ("name", who.name.as_str().into()),
                        ("title", title.into()),
                        ("date", format_date(r.submitted_at, tz).into()),
                    ],
                ),
                None => {
                    let due = due_at(ctx, d, active_at).unwrap_or(0);
                    let key = if ctx.now > due {
                        "reports-overdue"
                    } else {
                        "reports-due"
                    };
                    ctx.t(
                        key,
                        &[
                            ("name", who.name.as_str().into()),
                            ("title", title.into()),
                            ("date", format_date(due, tz).into()),
                        ],
                    )
                }
            };
            lines.push(vec![Inline::Text(line)]);
        }
    }
    if lines.is_empty() {
        ctx.say("reports-no-pairs", &[]);
        return Ok(());
    }
    text.blocks.push(Block::Bullets(lines));
    ctx.reply(Outgoing {
        text,
        private: true,
        ..Outgoing::default()
    });
    Ok(())
}

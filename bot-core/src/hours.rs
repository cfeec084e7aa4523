//! Hours: logged by kind (bilateral sessions, group sessions, joint
//! meetings, preparation and reporting) and held against the programme's
//! budget per mentee — warnings at the configured share and at the budget,
//! and over the budget either a refusal or a request that a coordinator
//! approves or refuses with a button (`hours:approve:<id>`,
//! `hours:refuse:<id>`); nothing counts until approved.

use serde::{Deserialize, Serialize};

use crate::context::Ctx;
use crate::dialogs::{Dialog, Input, Outcome};
use crate::error::CoreError;
use crate::i18n::Lang;
use crate::message::{Choice, ChoiceSet, Outgoing};
use crate::model::{HoursEntry, HoursKind, HoursRequest, Millis, Pair, PairState, PersonId};
use crate::pairing::people::{person, tell};
use crate::rules::{AtBudget, HoursConfig};

/// Hours shown with at most two decimals: 1.5, 0.75, 12.
pub fn format_hours(minutes: i64) -> String {
    let text = format!("{:.2}", minutes as f64 / 60.0);
    text.trim_end_matches('0').trim_end_matches('.').to_owned()
}

/// Typed hours: `1.5`, `1,5`, `2 h`, `90 min`. Between a quarter of an hour and 12 hours.
pub fn parse_minutes(input: &str) -> Option<u32> {
    let text = input.trim().to_lowercase().replace(',', ".");
    let (number, unit) = match text.find(|c: char| !(c.is_ascii_digit() || c == '.')) {
        Some(i) => (text[..i].trim(), text[i..].trim()),
        None => (text.as_str(), ""),
    };
    let value: f64 = number.parse().ok().filter(|v: &f64| v.is_finite())?;
    let minutes = match unit {
        "" | "h" | "hours" | "hour" | "std" | "t" | "ч" | "s" => value * 60.0,
        "m" | "min" | "mins" | "minutes" | "мин" => value,
        _ => return None,
    };
    let minutes = minutes.round();
    (15.0..=720.0).contains(&minutes).then_some(minutes as u32)
}

/// The mentee whose budget an entry of `person` counts against, if any: the
/// person themselves when they have (or had) a mentor.
async fn budget_holder(ctx: &mut Ctx<'_>, person: PersonId) -> Result<bool, CoreError> {
    let pairs = ctx.tx.pairs_of(person).await?;
    Ok(pairs.iter().any(|p| {
        p.mentee_id == person && matches!(p.state, PairState::Active | PairState::Completed)
    }))
}

fn total(entries: &[HoursEntry]) -> i64 {
    entries.iter().map(|e| i64::from(e.minutes)).sum()
}

/// What the budget says about more hours.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// Within the budget (or there is none): logged.
    Within,
    /// Over it, and the programme refuses such hours.
    Refused,
    /// Over it, and a coordinator decides.
    NeedsApproval,
}

/// Whether `minutes` more after `before` minutes already logged fit `rules`.
pub fn verdict(rules: &HoursConfig, before: i64, minutes: u32) -> Verdict {
    let budget = i64::from(rules.budget) * 60;
    if rules.budget == 0 || before + i64::from(minutes) <= budget {
        return Verdict::Within;
    }
    match rules.at_budget {
        AtBudget::Refuse => Verdict::Refused,
        AtBudget::Approval => Verdict::NeedsApproval,
    }
}

/// What became of hours someone logged.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Logged {
    Yes,
    /// Over the budget: waiting for a coordinator.
    Pending,
    Refused,
}

/// Checks the budget before `minutes` more for `mentee`. Says so when the
/// hours are refused; warns the mentee when they reach the warning share or
/// the budget.
async fn check_budget(
    ctx: &mut Ctx<'_>,
    mentee: PersonId,
    minutes: u32,
) -> Result<Verdict, CoreError> {
    let rules = ctx.config().hours.clone();
    if rules.budget == 0 || !budget_holder(ctx, mentee).await? {
        return Ok(Verdict::Within);
    }
    let budget = i64::from(rules.budget) * 60;
    let before = total(&ctx.tx.hours_of(mentee).await?);
    let after = before + i64::from(minutes);
    match verdict(&rules, before, minutes) {
        Verdict::Refused => {
            let left = format_hours((budget - before).max(0));
            ctx.say(
                "hours-refused",
                &[("budget", rules.budget.into()), ("left", left.into())],
            );
            return Ok(Verdict::Refused);
        }
        Verdict::NeedsApproval => return Ok(Verdict::NeedsApproval),
        Verdict::Within => {}
    }
    let who = person(ctx, mentee).await?;
    let warn_at = budget * i64::from(rules.warn_percent) / 100;
    if before < warn_at && after >= warn_at && after < budget {
        tell(
            ctx,
            &who,
            "hours-warning",
            &[
                ("hours", format_hours(after).into()),
                ("budget", rules.budget.into()),
            ],
        )
        .await?;
    }
    if before < budget && after >= budget {
        tell(
            ctx,
            &who,
            "hours-budget-reached",
            &[("budget", rules.budget.into())],
        )
        .await?;
    }
    Ok(Verdict::Within)
}

/// The people hours are logged for: both of the pair for time they spent
/// together (while the pair exists), else the one person.
async fn logged_for(ctx: &mut Ctx<'_>, request: &HoursRequest) -> Result<Vec<PersonId>, CoreError> {
    let owner = request.entry.person_id;
    if request.for_pair
        && let Some(pair_id) = request.entry.pair_id
        && let Some(pair) = ctx.tx.pair(pair_id).await?
    {
        return Ok(vec![pair.mentor_id, pair.mentee_id]);
    }
    Ok(vec![owner])
}

/// Files hours over the budget for a coordinator's approval: every
/// coordinator gets them with buttons to approve or refuse, and the people
/// they are for learn that they wait.
async fn request_approval(
    ctx: &mut Ctx<'_>,
    entry: HoursEntry,
    for_pair: bool,
) -> Result<(), CoreError> {
    let mentee = person(ctx, entry.person_id).await?;
    let budget = ctx.config().hours.budget;
    let before = total(&ctx.tx.hours_of(mentee.id).await?);
    let mut request = HoursRequest {
        id: 0,
        entry,
        for_pair,
        decided_at: None,
        approved: None,
    };
    request.id = ctx.tx.insert_hours_request(&request).await?;
    let hours = format_hours(i64::from(request.entry.minutes));
    let after = format_hours(before + i64::from(request.entry.minutes));
    let kind = request.entry.kind.as_str();
    let coordinators = ctx.tx.coordinators().await?;
    if coordinators.is_empty() {
        tracing::warn!(
            request = request.id,
            "hours wait for approval, but the programme has no coordinator yet"
        );
    }
    for coordinator in coordinators {
        let lang = Lang::from_code(&coordinator.locale).unwrap_or(Lang::En);
        let text = ctx.t_in(
            lang,
            "hours-approval-request",
            &[
                ("name", mentee.name.clone().into()),
                ("hours", hours.clone().into()),
                (
                    "kind",
                    ctx.t_in(lang, &format!("hours-kind-{kind}"), &[]).into(),
                ),
                ("total", after.clone().into()),
                ("budget", budget.into()),
            ],
        );
        let options = vec![
            Choice::new(
                format!("hours:approve:{}", request.id),
                ctx.t_in(lang, "hours-approve", &[]),
            ),
            Choice::new(
                format!("hours:refuse:{}", request.id),
                ctx.t_in(lang, "hours-refuse", &[]),
            ),
        ];
        let message = Outgoing::private_choice(text, options, lang.code());
        ctx.notify(coordinator.id, message).await?;
    }
    for id in logged_for(ctx, &request).await? {
        let who = person(ctx, id).await?;
        tell(
            ctx,
            &who,
            "hours-pending",
            &[("hours", hours.clone().into()), ("budget", budget.into())],
        )
        .await?;
    }
    Ok(())
}

/// Handles a coordinator's button on hours over the budget
/// (`hours:approve:<id>`, `hours:refuse:<id>`) from anywhere.
pub async fn on_token(ctx: &mut Ctx<'_>, token: &str) -> Result<(), CoreError> {
    let (Some(me), true) = (ctx.person_id(), ctx.is_coordinator()) else {
        ctx.say("coordinator-only", &[]);
        return Ok(());
    };
    let mut parts = token.splitn(3, ':');
    let approved = match (parts.next(), parts.next()) {
        (Some("hours"), Some("approve")) => true,
        (Some("hours"), Some("refuse")) => false,
        _ => {
            ctx.say("choice-invalid", &[]);
            return Ok(());
        }
    };
    let Some(id) = parts.next().and_then(|id| id.parse::<i64>().ok()) else {
        ctx.say("choice-invalid", &[]);
        return Ok(());
    };
    let Some(request) = ctx
        .tx
        .decide_hours_request(id, approved, me, ctx.now)
        .await?
    else {
        let known = ctx.tx.hours_request(id).await?.is_some();
        ctx.say(
            if known {
                "hours-request-already-decided"
            } else {
                "hours-request-unknown"
            },
            &[],
        );
        return Ok(());
    };
    let Some(mentee) = ctx.tx.person(request.entry.person_id).await? else {
        ctx.say("hours-request-unknown", &[]);
        return Ok(());
    };
    let people = logged_for(ctx, &request).await?;
    if approved {
        for &id in &people {
            let entry = HoursEntry {
                id: 0,
                person_id: id,
                pair_id: request.entry.pair_id,
                created_at: ctx.now,
                ..request.entry.clone()
            };
            ctx.tx.insert_hours(&entry).await?;
        }
    }
    let hours = format_hours(i64::from(request.entry.minutes));
    ctx.say(
        if approved {
            "hours-approved-coordinator"
        } else {
            "hours-refused-coordinator"
        },
        &[
            ("name", mentee.name.clone().into()),
            ("hours", hours.clone().into()),
        ],
    );
    let by = ctx
        .person
        .as_ref()
        .map(|p| p.name.clone())
        .unwrap_or_default();
    for id in people {
        let who = person(ctx, id).await?;
        tell(
            ctx,
            &who,
            if approved {
                "hours-approved"
            } else {
                "hours-not-approved"
            },
            &[("hours", hours.clone().into()), ("name", by.clone().into())],
        )
        .await?;
    }
    Ok(())
}

/// Logs time the two people of a pair spent together, for both, or files it
/// for a coordinator's approval when it goes over the mentee's budget.
pub async fn log_for_pair(
    ctx: &mut Ctx<'_>,
    pair: &Pair,
    session: Option<i64>,
    kind: HoursKind,
    minutes: u32,
    on: Millis,
    note: Option<String>,
) -> Result<Logged, CoreError> {
    let entry = |who: PersonId, now: Millis| HoursEntry {
        id: 0,
        person_id: who,
        pair_id: Some(pair.id),
        session_id: session,
        kind,
        minutes,
        on,
        note: note.clone(),
        created_at: now,
    };
    match check_budget(ctx, pair.mentee_id, minutes).await? {
        Verdict::Refused => return Ok(Logged::Refused),
        Verdict::NeedsApproval => {
            request_approval(ctx, entry(pair.mentee_id, ctx.now), true).await?;
            return Ok(Logged::Pending);
        }
        Verdict::Within => {}
    }
    for who in [pair.mentor_id, pair.mentee_id] {
        ctx.tx.insert_hours(&entry(who, ctx.now)).await?;
    }
    Ok(Logged::Yes)
}

/// `/log`: the kind, then the hours; logged for the speaker.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LogHours {
    pub kind: Option<HoursKind>,
}

pub async fn start_log(ctx: &mut Ctx<'_>) -> Result<(), CoreError> {
    if ctx.person.is_none() {
        ctx.say("needs-profile", &[]);
        return Ok(());
    }
    let dialog = Dialog::LogHours(LogHours { kind: None });
    dialog.ask(ctx).await?;
    ctx.conversation.dialogs.push(dialog);
    Ok(())
}

impl LogHours {
    pub fn ask(&self, ctx: &mut Ctx<'_>) {
        match self.kind {
            None => {
                let options = HoursKind::ALL
                    .iter()
                    .map(|k| {
                        Choice::new(
                            format!("kind:{}", k.as_str()),
                            ctx.t(&format!("hours-kind-{}", k.as_str()), &[]),
                        )
                    })
                    .collect();
                let question = ctx.question(
                    ctx.t("log-ask-kind", &[]),
                    ChoiceSet {
                        options,
                        multi: false,
                    },
                );
                ctx.reply(question);
            }
            Some(_) => ctx.say("log-ask-hours", &[]),
        }
    }

    pub async fn answer(mut self, ctx: &mut Ctx<'_>, input: Input) -> Result<Outcome, CoreError> {
        let Some(kind) = self.kind else {
            let chosen = match &input {
                Input::Tokens(t) if t.len() == 1 => {
                    t[0].strip_prefix("kind:").and_then(HoursKind::parse)
                }
                _ => None,
            };
            match chosen {
                Some(kind) => self.kind = Some(kind),
                None => ctx.say("choice-invalid", &[]),
            }
            self.ask(ctx);
            return Ok(Outcome::Continue(Dialog::LogHours(self)));
        };
        let minutes = match &input {
            Input::Text(t) => parse_minutes(t),
            Input::Tokens(_) => None,
        };
        let Some(minutes) = minutes else {
            ctx.say("log-hours-invalid", &[]);
            return Ok(Outcome::Continue(Dialog::LogHours(self)));
        };
        let Some(me) = ctx.person_id() else {
            return Ok(Outcome::Done);
        };
        let pair = ctx
            .tx
            .pairs_of(me)
            .await?
            .into_iter()
            .find(|p| p.state == PairState::Active);
        let counts_for_mentee = pair.as_ref().is_some_and(|p| p.mentee_id == me);
        let verdict = if counts_for_mentee {
            check_budget(ctx, me, minutes).await?
        } else {
            Verdict::Within
        };
        let e = HoursEntry {
            id: 0,
            person_id: me,
            pair_id: pair.map(|p| p.id),
            session_id: None,
            kind,
            minutes,
            on: ctx.now,
            note: None,
            created_at: ctx.now,
        };
        match verdict {
            Verdict::Refused => return Ok(Outcome::Done),
            Verdict::NeedsApproval => {
                request_approval(ctx, e, false).await?;
                return Ok(Outcome::Done);
            }
            Verdict::Within => {}
        }
        ctx.tx.insert_hours(&e).await?;
        let kind_name = ctx.t(&format!("hours-kind-{}", kind.as_str()), &[]);
        ctx.say(
            "log-done",
            &[
                ("hours", format_hours(i64::from(minutes)).into()),
                ("kind", kind_name.into()),
            ],
        );
        Ok(Outcome::Done)
    }
}

/// `/hours`: the speaker's hours by kind, against the budget when it applies.
pub async fn show(ctx: &mut Ctx<'_>) -> Result<(), CoreError> {
    let Some(me) = ctx.person_id() else {
        ctx.say("needs-profile", &[]);
        return Ok(());
    };
    let entries = ctx.tx.hours_of(me).await?;
    let mut lines = Vec::new();
    for kind in HoursKind::ALL {
        let minutes: i64 = entries
            .iter()
            .filter(|e| e.kind == kind)
            .map(|e| i64::from(e.minutes))
            .sum();
        if minutes > 0 {
            let name = ctx.t(&format!("hours-kind-{}", kind.as_str()), &[]);
            lines.push(ctx.t(
                "hours-line",
                &[
                    ("kind", name.into()),
                    ("hours", format_hours(minutes).into()),
                ],
            ));
        }
    }
    let sum = total(&entries);
    let rules = ctx.config().hours.clone();
    let mut text = crate::message::RichText::plain(
        ctx.t("hours-title", &[("hours", format_hours(sum).into())]),
    );
    if !lines.is_empty() {
        text.blocks.push(crate::message::Block::Bullets(
            lines
                .into_iter()
                .map(|l| vec![crate::message::Inline::Text(l)])
                .collect(),
        ));
    }
    if rules.budget > 0 && budget_holder(ctx, me).await? {
        let bilateral: i64 = entries
            .iter()
            .filter(|e| e.kind == HoursKind::Bilateral)
            .map(|e| i64::from(e.minutes))
            .sum();
        text.push_text(ctx.t(
            "hours-budget",
            &[
                ("budget", rules.budget.into()),
                (
                    "left",
                    format_hours((i64::from(rules.budget) * 60 - sum).max(0)).into(),
                ),
                ("bilateral", format_hours(bilateral).into()),
                ("min", rules.min_bilateral.into()),
            ],
        ));
    }
    ctx.reply(Outgoing {
        text,
        private: true,
        ..Outgoing::default()
    });
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hours_are_read_leniently_and_bounded() {
        assert_eq!(parse_minutes("1.5"), Some(90));
        assert_eq!(parse_minutes("1,5 h"), Some(90));
        assert_eq!(parse_minutes("90 min"), Some(90));
        assert_eq!(parse_minutes("2"), Some(120));
        assert_eq!(parse_minutes("0.1"), None);
        assert_eq!(parse_minutes("13"), None);
        assert_eq!(parse_minutes("lots"), None);
        assert_eq!(parse_minutes("NaN"), None);
        assert_eq!(format_hours(90), "1.5");
        assert_eq!(format_hours(45), "0.75");
        assert_eq!(format_hours(720), "12");
    }

    #[test]
    fn over_the_budget_is_refused_or_waits_for_approval_as_configured() {
        let refuse = HoursConfig {
            budget: 2,
            ..HoursConfig::default()
        };
        let approval = HoursConfig {
            at_budget: AtBudget::Approval,
            ..refuse.clone()
        };
        // Up to the budget itself, hours are logged whatever the rule.
        for rules in [&refuse, &approval] {
            assert_eq!(verdict(rules, 0, 60), Verdict::Within);
            assert_eq!(verdict(rules, 60, 60), Verdict::Within);
        }
        // One minute over: the rule decides.
        assert_eq!(verdict(&refuse, 60, 61), Verdict::Refused);
        assert_eq!(verdict(&approval, 60, 61), Verdict::NeedsApproval);
        assert_eq!(verdict(&approval, 120, 15), Verdict::NeedsApproval);
        // No budget, no limit.
        let unlimited = HoursConfig {
            budget: 0,
            ..approval
        };
        assert_eq!(verdict(&unlimited, 10_000, 720), Verdict::Within);
    }
}

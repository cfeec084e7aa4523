//! Hours: logged by kind (bilateral sessions, group sessions, joint
//! meetings, preparation and reporting) and held against the programme's
//! budget per mentee — warnings at the configured share and at the budget,
//! and at the budget either a refusal or a coordinator's review.

use serde::{Deserialize, Serialize};

use crate::context::Ctx;
use crate::dialogs::{Dialog, Input, Outcome};
use crate::error::CoreError;
use crate::message::{Choice, ChoiceSet, Outgoing};
use crate::model::{HoursEntry, HoursKind, Millis, Pair, PairState, PersonId};
use crate::pairing::people::{person, tell, tell_coordinators};
use crate::rules::AtBudget;

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

/// Checks the budget before `minutes` more for `mentee`. False (and the
/// people are told) when the hours are refused.
async fn within_budget(
    ctx: &mut Ctx<'_>,
    mentee: PersonId,
    minutes: u32,
) -> Result<bool, CoreError> {
    let rules = ctx.config().hours.clone();
    if rules.budget == 0 || !budget_holder(ctx, mentee).await? {
        return Ok(true);
    }
    let budget = i64::from(rules.budget) * 60;
    let before = total(&ctx.tx.hours_of(mentee).await?);
    let after = before + i64::from(minutes);
    let who = person(ctx, mentee).await?;
    if after > budget {
        match rules.at_budget {
            AtBudget::Refuse => {
                let left = format_hours((budget - before).max(0));
                ctx.say(
                    "hours-refused",
                    &[("budget", rules.budget.into()), ("left", left.into())],
                );
                return Ok(false);
            }
            AtBudget::Approval => {
                let name = who.name.clone();
                let hours = format_hours(after);
                tell_coordinators(ctx, "hours-over-budget-coordinator", |_, _| {
                    vec![
                        ("name", name.clone().into()),
                        ("hours", hours.clone().into()),
                        ("budget", rules.budget.into()),
                    ]
                })
                .await?;
            }
        }
    }
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
    Ok(true)
}

/// Logs time the two people of a pair spent together, for both. False when
/// the mentee's budget refused it.
pub async fn log_for_pair(
    ctx: &mut Ctx<'_>,
    pair: &Pair,
    session: Option<i64>,
    kind: HoursKind,
    minutes: u32,
    on: Millis,
    note: Option<String>,
) -> Result<bool, CoreError> {
    if !within_budget(ctx, pair.mentee_id, minutes).await? {
        return Ok(false);
    }
    for who in [pair.mentor_id, pair.mentee_id] {
        let e = HoursEntry {
            id: 0,
            person_id: who,
            pair_id: Some(pair.id),
            session_id: session,
            kind,
            minutes,
            on,
            note: note.clone(),
            created_at: ctx.now,
        };
        ctx.tx.insert_hours(&e).await?;
    }
    Ok(true)
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
        if counts_for_mentee && !within_budget(ctx, me, minutes).await? {
            return Ok(Outcome::Done);
        }
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
}

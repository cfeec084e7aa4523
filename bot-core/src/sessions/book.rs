//! `/book`: pick the pair (if several), the time (typed in one's own zone,
//! leniently), the length, online or in person, the link or place, and
//! whether it repeats. The other person then confirms or proposes another time.

use serde::{Deserialize, Serialize};

use crate::context::Ctx;
use crate::dialogs::{Dialog, Input, Outcome};
use crate::error::CoreError;
use crate::message::{Choice, ChoiceSet, Outgoing};
use crate::model::{MeetingMode, Millis, Pair, PairState, Session, SessionState};
use crate::time::zone;
use crate::validate;
use crate::when::parse_when;

use super::recurrence::{Repeat, occurrences};
use super::{describe, other_of, when_refusal};

const LENGTHS: [u32; 5] = [30, 45, 60, 90, 120];
const MAX_MINUTES: u32 = 480;
const MAX_PLACE: usize = 300;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    Pair,
    When,
    Minutes,
    Mode,
    Place,
    Repeat,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Booking {
    pub step: Step,
    pub pair: Option<i64>,
    pub starts_at: Option<Millis>,
    pub minutes: Option<u32>,
    pub mode: Option<MeetingMode>,
    pub place: Option<String>,
}

/// The speaker's active pairs.
async fn active_pairs(ctx: &mut Ctx<'_>) -> Result<Vec<Pair>, CoreError> {
    let Some(me) = ctx.person_id() else {
        return Ok(Vec::new());
    };
    let mut pairs = ctx.tx.pairs_of(me).await?;
    pairs.retain(|p| p.state == PairState::Active);
    Ok(pairs)
}

/// `/book`
pub async fn start(ctx: &mut Ctx<'_>) -> Result<(), CoreError> {
    if ctx.person.is_none() {
        ctx.say("needs-profile", &[]);
        return Ok(());
    }
    let pairs = active_pairs(ctx).await?;
    let booking = match pairs.as_slice() {
        [] => {
            ctx.say("book-no-pair", &[]);
            return Ok(());
        }
        [only] => Booking {
            step: Step::When,
            pair: Some(only.id),
            starts_at: None,
            minutes: None,
            mode: None,
            place: None,
        },
        _ => Booking {
            step: Step::Pair,
            pair: None,
            starts_at: None,
            minutes: None,
            mode: None,
            place: None,
        },
    };
    booking.ask(ctx).await?;
    ctx.conversation.dialogs.push(Dialog::Book(booking));
    Ok(())
}

impl Booking {
    pub async fn ask(&self, ctx: &mut Ctx<'_>) -> Result<(), CoreError> {
        let single = |options| {
            Some(ChoiceSet {
                options,
                multi: false,
            })
        };
        let (text, choices) = match self.step {
            Step::Pair => {
                let me = ctx.person_id().unwrap_or_default();
                let mut options = Vec::new();
                for pair in active_pairs(ctx).await? {
                    let other = other_of(ctx, &pair, me).await?;
                    options.push(Choice::new(format!("bookpair:{}", pair.id), other.name));
                }
                (ctx.t("book-ask-pair", &[]), single(options))
            }
            Step::When => {
                let tz = zone(ctx.person.as_ref().and_then(|p| p.timezone.as_deref()));
                let example = crate::when::example(ctx.now, tz);
                (
                    ctx.t(
                        "book-ask-when",
                        &[("timezone", tz.name().into()), ("example", example.into())],
                    ),
                    None,
                )
            }
            Step::Minutes => {
                let options = LENGTHS
                    .iter()
                    .map(|m| {
                        Choice::new(
                            format!("min:{m}"),
                            ctx.t("minutes-value", &[("minutes", (*m).into())]),
                        )
                    })
                    .collect();
                (ctx.t("book-ask-minutes", &[]), single(options))
            }
            Step::Mode => {
                let options = vec![
                    Choice::new("mode:online", ctx.t("meeting-online", &[])),
                    Choice::new("mode:in_person", ctx.t("meeting-in-person", &[])),
                ];
                (ctx.t("book-ask-mode", &[]), single(options))
            }
            Step::Place => {
                let key = if self.mode == Some(MeetingMode::InPerson) {
                    "book-ask-place"
                } else {
                    "book-ask-link"
                };
                (ctx.t(key, &[]), None)
            }
            Step::Repeat => {
                let options = vec![
                    Choice::new("rep:once", ctx.t("repeat-once", &[])),
                    Choice::new("rep:weekly", ctx.t("repeat-weekly", &[])),
                    Choice::new("rep:biweekly", ctx.t("repeat-biweekly", &[])),
                ];
                (ctx.t("book-ask-repeat", &[]), single(options))
            }
        };
        ctx.reply(Outgoing {
            choices,
            ..ctx.plain(text)
        });
        Ok(())
    }

    fn again(self, ctx: &mut Ctx<'_>, key: &str) -> Result<Outcome, CoreError> {
        ctx.say(key, &[]);
        Ok(Outcome::Continue(Dialog::Book(self)))
    }

    pub async fn answer(mut self, ctx: &mut Ctx<'_>, input: Input) -> Result<Outcome, CoreError> {
        let token = match &input {
            Input::Tokens(t) if t.len() == 1 => Some(t[0].clone()),
            _ => None,
        };
        let text = match &input {
            Input::Text(t) => Some(t.clone()),
            Input::Tokens(_) => None,
        };
        match self.step {
            Step::Pair => {
                let chosen = token
                    .as_deref()
                    .and_then(|t| t.strip_prefix("bookpair:"))
                    .and_then(|id| id.parse::<i64>().ok());
                let pairs = active_pairs(ctx).await?;
                match chosen.filter(|id| pairs.iter().any(|p| p.id == *id)) {
                    Some(id) => {
                        self.pair = Some(id);
                        self.step = Step::When;
                    }
                    None => {
                        ctx.say("choice-invalid", &[]);
                        self.ask(ctx).await?;
                        return Ok(Outcome::Continue(Dialog::Book(self)));
                    }
                }
            }
            Step::When => {
                let tz = zone(ctx.person.as_ref().and_then(|p| p.timezone.as_deref()));
                match parse_when(text.as_deref().unwrap_or_default(), ctx.now, tz, ctx.lang) {
                    Ok(at) if self.after_programme_end(ctx, at) => {
                        ctx.say("when-after-end", &[]);
                        self.ask(ctx).await?;
                        return Ok(Outcome::Continue(Dialog::Book(self)));
                    }
                    Ok(at) => {
                        self.starts_at = Some(at);
                        self.step = Step::Minutes;
                    }
                    Err(error) => {
                        let refusal = when_refusal(ctx, error);
                        ctx.reply(ctx.plain(refusal));
                        return Ok(Outcome::Continue(Dialog::Book(self)));
                    }
                }
            }
            Step::Minutes => {
                let minutes = token
                    .as_deref()
                    .and_then(|t| t.strip_prefix("min:"))
                    .and_then(|m| m.parse::<u32>().ok())
                    .or_else(|| {
                        text.as_deref()
                            .and_then(|t| validate::number_in(t, 15, MAX_MINUTES))
                    });
                match minutes {
                    Some(m) => {
                        self.minutes = Some(m);
                        self.step = Step::Mode;
                    }
                    None => return self.again(ctx, "book-minutes-invalid"),
                }
            }
            Step::Mode => match token
                .as_deref()
                .and_then(|t| t.strip_prefix("mode:"))
                .and_then(MeetingMode::parse)
            {
                Some(mode @ (MeetingMode::Online | MeetingMode::InPerson)) => {
                    self.mode = Some(mode);
                    self.step = Step::Place;
                }
                _ => {
                    ctx.say("choice-invalid", &[]);
                    self.ask(ctx).await?;
                    return Ok(Outcome::Continue(Dialog::Book(self)));
                }
            },
            Step::Place => {
                let typed = text.unwrap_or_default();
                if typed.trim() == "-" {
                    self.place = None;
                } else {
                    match validate::free_text(&typed, 2, MAX_PLACE, false) {
                        Some(place) => self.place = Some(place),
                        None => return self.again(ctx, "book-place-invalid"),
                    }
                }
                self.step = Step::Repeat;
            }
            Step::Repeat => {
                let rule = match token.as_deref() {
                    Some("rep:once") => Some(Repeat::Once),
                    Some("rep:weekly") => Some(Repeat::Weekly),
                    Some("rep:biweekly") => Some(Repeat::Biweekly),
                    Some(_) => None,
                    None => text.as_deref().and_then(Repeat::parse_cron),
                };
                let Some(rule) = rule else {
                    ctx.say("book-repeat-invalid", &[]);
                    self.ask(ctx).await?;
                    return Ok(Outcome::Continue(Dialog::Book(self)));
                };
                self.create(ctx, rule).await?;
                return Ok(Outcome::Done);
            }
        }
        self.ask(ctx).await?;
        Ok(Outcome::Continue(Dialog::Book(self)))
    }

    fn after_programme_end(&self, ctx: &Ctx<'_>, at: Millis) -> bool {
        programme_end(ctx).is_some_and(|end| at >= end)
    }

    /// Stores the session (or series) and asks the other person to confirm.
    async fn create(self, ctx: &mut Ctx<'_>, rule: Repeat) -> Result<(), CoreError> {
        let (Some(pair_id), Some(first), Some(minutes), Some(mode)) =
            (self.pair, self.starts_at, self.minutes, self.mode)
        else {
            return Err(CoreError::State(
                "booking finished without its answers".into(),
            ));
        };
        let Some(me) = ctx.person.clone() else {
            return Err(CoreError::State("booking without a profile".into()));
        };
        let Some(pair) = ctx
            .tx
            .pair(pair_id)
            .await?
            .filter(|p| p.state == PairState::Active)
        else {
            ctx.say("book-no-pair", &[]);
            return Ok(());
        };
        let tz = zone(me.timezone.as_deref());
        let max = ctx.config().sessions.max_series;
        let times = occurrences(first, &rule, tz, programme_end(ctx), max);
        let mut sessions = Vec::new();
        let mut series_id = None;
        for at in times {
            let mut session = Session {
                id: 0,
                pair_id: pair.id,
                booked_by: me.id,
                starts_at: at,
                minutes,
                mode,
                place: self.place.clone(),
                state: SessionState::Proposed,
                series_id,
                repeat: rule.label(),
                timezone: tz.name().to_owned(),
                created_at: ctx.now,
                updated_at: ctx.now,
            };
            session.id = ctx.tx.insert_session(&session).await?;
            if rule != Repeat::Once && series_id.is_none() {
                // The first session names the series, itself included.
                series_id = Some(session.id);
                session.series_id = series_id;
                ctx.tx.update_session(&session).await?;
            }
            sessions.push(session);
        }
        let other = other_of(ctx, &pair, me.id).await?;
        let Some(first_session) = sessions.first().cloned() else {
            return Ok(());
        };
        let count = sessions.len();
        let mine = describe(ctx, ctx.lang, &me, &first_session);
        ctx.say(
            "book-sent",
            &[
                ("name", other.name.as_str().into()),
                ("session", mine.into()),
                ("count", count.into()),
            ],
        );
        super::answer::ask_other(ctx, &first_session, &me, &other, count).await
    }
}

/// The programme's last day ends here, in its own zone; recurring sessions stop at it.
pub fn programme_end(ctx: &Ctx<'_>) -> Option<Millis> {
    let dates = &ctx.config().dates;
    let tz: chrono_tz::Tz = dates.timezone.parse().unwrap_or(chrono_tz::Tz::UTC);
    let end = dates.end?.succ_opt()?.and_hms_opt(0, 0, 0)?;
    use chrono::TimeZone;
    tz.from_local_datetime(&end)
        .earliest()
        .map(|t| t.timestamp_millis())
}

//! One question per profile field: how it is asked and how an answer is
//! checked. Onboarding asks them in order; `/profile edit` asks one.

use serde::{Deserialize, Serialize};

use crate::context::Ctx;
use crate::message::{Choice, ChoiceSet, Outgoing};
use crate::model::{CareerStage, MeetingMode};
use crate::profile::ProfileDraft;
use crate::reference::{SPOKEN_LANGUAGES, parse_country, parse_timezone, zones_of};
use crate::validate;

use super::Input;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    Name,
    Country,
    Organisation,
    Sector,
    CareerStage,
    Languages,
    Offers,
    Years,
    Capacity,
    Seeks,
    Goals,
    Availability,
    Timezone,
    MeetingMode,
}

/// The largest number of time zones offered as buttons; the rest can be typed.
const MAX_ZONE_CHOICES: usize = 12;
const NONE_TOKEN: &str = "none";
/// More mentees than this at once would not be mentoring any more.
pub const MAX_CAPACITY: u32 = 10;

/// The question for `field`, with its choices.
pub fn ask(ctx: &Ctx<'_>, field: Field, draft: &ProfileDraft) -> Outgoing {
    let single = |options: Vec<Choice>| ChoiceSet {
        options,
        multi: false,
    };
    let multi = |options: Vec<Choice>| ChoiceSet {
        options,
        multi: true,
    };
    match field {
        Field::Name => ctx.plain(ctx.t("ask-name", &[])),
        Field::Country => ctx.plain(ctx.t("ask-country", &[])),
        Field::Organisation => ctx.plain(ctx.t("ask-organisation", &[])),
        Field::Sector => {
            let options = ctx
                .competences()
                .sectors
                .iter()
                .map(|s| Choice::new(format!("sector:{}", s.id), s.label(ctx.lang)))
                .collect();
            ctx.question(ctx.t("ask-sector", &[]), single(options))
        }
        Field::CareerStage => {
            let options = CareerStage::ALL
                .iter()
                .map(|s| {
                    Choice::new(
                        format!("stage:{}", s.as_str()),
                        ctx.t(&format!("career-{}", s.as_str()), &[]),
                    )
                })
                .collect();
            ctx.question(ctx.t("ask-career-stage", &[]), single(options))
        }
        Field::Languages => {
            let options = SPOKEN_LANGUAGES
                .iter()
                .map(|(code, name)| Choice::new(format!("spoken:{code}"), *name))
                .collect();
            ctx.question(ctx.t("ask-languages", &[]), multi(options))
        }
        Field::Offers => ctx.question(ctx.t("ask-offers", &[]), multi(competence_choices(ctx))),
        Field::Seeks => ctx.question(ctx.t("ask-seeks", &[]), multi(competence_choices(ctx))),
        Field::Years => {
            let competence = draft
                .years_pending
                .first()
                .map(|id| competence_label(ctx, id))
                .unwrap_or_default();
            ctx.plain(ctx.t("ask-years", &[("competence", competence.into())]))
        }
        Field::Capacity => ctx.plain(ctx.t("ask-capacity", &[("max", MAX_CAPACITY.into())])),
        Field::Goals => ctx.plain(ctx.t("ask-goals", &[])),
        Field::Availability => ctx.plain(ctx.t("ask-availability", &[])),
        Field::Timezone => {
            let zones = draft.country.as_deref().map(zones_of).unwrap_or_default();
            if zones.is_empty() {
                ctx.plain(ctx.t("ask-timezone-free", &[]))
            } else {
                let options = zones
                    .iter()
                    .take(MAX_ZONE_CHOICES)
                    .map(|z| Choice::new(format!("tz:{z}"), *z))
                    .collect();
                ctx.question(ctx.t("ask-timezone", &[]), single(options))
            }
        }
        Field::MeetingMode => {
            let options = MeetingMode::ALL
                .iter()
                .map(|m| {
                    let key = format!("meeting-{}", m.as_str().replace('_', "-"));
                    Choice::new(format!("mode:{}", m.as_str()), ctx.t(&key, &[]))
                })
                .collect();
            ctx.question(ctx.t("ask-meeting-mode", &[]), single(options))
        }
    }
}

fn competence_choices(ctx: &Ctx<'_>) -> Vec<Choice> {
    let mut options: Vec<Choice> = ctx
        .competences()
        .competences
        .iter()
        .map(|c| Choice::new(format!("comp:{}", c.id), c.label(ctx.lang)))
        .collect();
    options.push(Choice::new(NONE_TOKEN, ctx.t("choice-none", &[])));
    options
}

fn competence_label(ctx: &Ctx<'_>, id: &str) -> String {
    ctx.competences()
        .competence(id)
        .map(|c| c.label(ctx.lang).to_owned())
        .unwrap_or_else(|| id.to_owned())
}

/// A refused answer: the localized message explaining what works.
pub struct Refusal(pub String);

fn refuse(ctx: &Ctx<'_>, key: &str, args: &[(&str, crate::i18n::Arg)]) -> Result<(), Refusal> {
    Err(Refusal(ctx.t(key, args)))
}

/// Single-choice answers: the one token, with its prefix removed.
fn one_token<'t>(input: &'t Input, prefix: &str) -> Option<&'t str> {
    match input {
        Input::Tokens(tokens) if tokens.len() == 1 => tokens[0].strip_prefix(prefix),
        _ => None,
    }
}

/// Multiple-choice answers: the ids behind `prefix`; `Some(empty)` for "None".
fn many_tokens(input: &Input, prefix: &str) -> Option<Vec<String>> {
    let Input::Tokens(tokens) = input else {
        return None;
    };
    if tokens.iter().any(|t| t == NONE_TOKEN) {
        return (tokens.len() == 1).then(Vec::new);
    }
    tokens
        .iter()
        .map(|t| t.strip_prefix(prefix).map(str::to_owned))
        .collect()
}

fn text(input: &Input) -> Option<&str> {
    match input {
        Input::Text(t) => Some(t),
        Input::Tokens(_) => None,
    }
}

/// Checks an answer and stores it in the draft. A refusal changes nothing.
pub fn answer(
    ctx: &Ctx<'_>,
    field: Field,
    draft: &mut ProfileDraft,
    input: &Input,
) -> Result<(), Refusal> {
    let limits = &ctx.config().limits;
    match field {
        Field::Name => match text(input).and_then(|t| validate::name(t, limits.max_name)) {
            Some(name) => draft.name = Some(name),
            None => return refuse(ctx, "name-invalid", &[("max", limits.max_name.into())]),
        },
        Field::Country => {
            let typed = text(input).unwrap_or_default();
            match parse_country(typed) {
                Some(country) => {
                    if draft.country.as_deref() != Some(country.alpha2) {
                        draft.country = Some(country.alpha2.to_owned());
                    }
                }
                None => {
                    let shown = validate::clean_text(typed, false)
                        .chars()
                        .take(40)
                        .collect::<String>();
                    return refuse(ctx, "country-invalid", &[("input", shown.into())]);
                }
            }
        }
        Field::Organisation => {
            let value = text(input).map(|t| t.trim()).unwrap_or_default();
            if value == "-" || value == "–" {
                draft.organisation = None;
            } else {
                match validate::free_text(value, 2, limits.max_organisation, false) {
                    Some(org) => draft.organisation = Some(org),
                    None => {
                        return refuse(
                            ctx,
                            "organisation-invalid",
                            &[("max", limits.max_organisation.into())],
                        );
                    }
                }
            }
        }
        Field::Sector => {
            match one_token(input, "sector:").filter(|id| ctx.competences().sector(id).is_some()) {
                Some(id) => draft.sector = Some(id.to_owned()),
                None => return refuse(ctx, "choice-invalid", &[]),
            }
        }
        Field::CareerStage => match one_token(input, "stage:").and_then(CareerStage::parse) {
            Some(stage) => draft.career_stage = Some(stage),
            None => return refuse(ctx, "choice-invalid", &[]),
        },
        Field::Languages => {
            let chosen = many_tokens(input, "spoken:").filter(|codes| {
                !codes.is_empty()
                    && codes
                        .iter()
                        .all(|c| SPOKEN_LANGUAGES.iter().any(|(code, _)| code == c))
            });
            match chosen {
                Some(codes) => draft.languages = codes,
                None => return refuse(ctx, "choice-invalid-multi", &[]),
            }
        }
        Field::Offers | Field::Seeks => {
            let chosen = many_tokens(input, "comp:").filter(|ids| {
                ids.iter()
                    .all(|id| ctx.competences().competence(id).is_some())
            });
            let Some(ids) = chosen else {
                return refuse(ctx, "choice-invalid-multi", &[]);
            };
            if field == Field::Offers {
                draft.years.retain(|id, _| ids.contains(id));
                draft.years_pending = ids
                    .iter()
                    .filter(|id| !draft.years.contains_key(*id))
                    .cloned()
                    .collect();
                draft.offers = ids;
            } else {
                draft.seeks = ids;
            }
        }
        Field::Years => match text(input).and_then(|t| validate::number_in(t, 0, 60)) {
            Some(years) => {
                if !draft.years_pending.is_empty() {
                    let id = draft.years_pending.remove(0);
                    draft.years.insert(id, years);
                }
            }
            None => return refuse(ctx, "years-invalid", &[]),
        },
        Field::Capacity => {
            match text(input).and_then(|t| validate::number_in(t, 1, MAX_CAPACITY)) {
                Some(capacity) => draft.capacity = Some(capacity),
                None => return refuse(ctx, "capacity-invalid", &[("max", MAX_CAPACITY.into())]),
            }
        }
        Field::Goals => {
            match text(input).and_then(|t| validate::free_text(t, 3, limits.max_goals, true)) {
                Some(goals) => draft.goals = Some(goals),
                None => return refuse(ctx, "goals-invalid", &[("max", limits.max_goals.into())]),
            }
        }
        Field::Availability => match text(input).and_then(|t| validate::number_in(t, 1, 200)) {
            Some(hours) => draft.availability_hours = Some(hours),
            None => return refuse(ctx, "availability-invalid", &[]),
        },
        Field::Timezone => {
            let zone = match input {
                Input::Tokens(_) => one_token(input, "tz:").and_then(parse_timezone),
                Input::Text(t) => parse_timezone(t),
            };
            match zone {
                Some(tz) => draft.timezone = Some(tz.name().to_owned()),
                None => {
                    let typed = text(input).unwrap_or_default();
                    let shown = validate::clean_text(typed, false)
                        .chars()
                        .take(40)
                        .collect::<String>();
                    return refuse(ctx, "timezone-invalid", &[("input", shown.into())]);
                }
            }
        }
        Field::MeetingMode => match one_token(input, "mode:").and_then(MeetingMode::parse) {
            Some(mode) => draft.meeting_mode = Some(mode),
            None => return refuse(ctx, "choice-invalid", &[]),
        },
    }
    Ok(())
}

//! Joining the programme: language, consent, then the profile questions.
//! Nothing about the person is stored until the last answer; a refusal of
//! consent stores only that a refusal happened.

use serde::{Deserialize, Serialize};

use crate::context::Ctx;
use crate::error::CoreError;
use crate::i18n::Lang;
use crate::message::{Choice, ChoiceSet, Outgoing};
use crate::model::{Account, MentorStatus, Person, Role};
use crate::profile::{ProfileDraft, ProfileView};

use super::fields::{self, Field};
use super::{Input, Outcome};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "step", content = "field")]
pub enum Step {
    Language,
    Consent,
    Field(Field),
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Onboarding {
    pub step: Step,
    pub draft: ProfileDraft,
    /// The invite code given with `/start`; its use is taken at `/start`.
    pub invite: Option<String>,
    pub invited_as: Option<Role>,
    /// Coordinators from the configuration answer only a few questions.
    pub coordinator: bool,
}

/// Mentees a mentor takes when they do not say.
pub const DEFAULT_CAPACITY: u32 = 2;

const PARTICIPANT_FIELDS: [Field; 14] = [
    Field::Name,
    Field::Country,
    Field::Organisation,
    Field::Sector,
    Field::CareerStage,
    Field::Languages,
    Field::Offers,
    Field::Years,
    Field::Capacity,
    Field::Seeks,
    Field::Goals,
    Field::Availability,
    Field::Timezone,
    Field::MeetingMode,
];
const COORDINATOR_FIELDS: [Field; 3] = [Field::Name, Field::Country, Field::Timezone];

impl Onboarding {
    pub fn new(invite: Option<String>, invited_as: Option<Role>, coordinator: bool) -> Self {
        Self {
            step: Step::Language,
            draft: ProfileDraft::default(),
            invite,
            invited_as,
            coordinator,
        }
    }

    fn fields(&self) -> &'static [Field] {
        if self.coordinator {
            &COORDINATOR_FIELDS
        } else {
            &PARTICIPANT_FIELDS
        }
    }

    pub fn ask(&self, ctx: &mut Ctx<'_>) {
        let question = match self.step {
            Step::Language => {
                let options = Lang::ALL
                    .iter()
                    .map(|l| Choice::new(format!("lang:{}", l.code()), l.autonym()))
                    .collect();
                ctx.question(
                    ctx.t("ask-language", &[]),
                    ChoiceSet {
                        options,
                        multi: false,
                    },
                )
            }
            Step::Consent => {
                let options = vec![
                    Choice::new("consent:yes", ctx.t("consent-yes", &[])),
                    Choice::new("consent:no", ctx.t("consent-no", &[])),
                ];
                ctx.question(
                    ctx.t("ask-consent", &[]),
                    ChoiceSet {
                        options,
                        multi: false,
                    },
                )
            }
            Step::Field(field) => fields::ask(ctx, field, &self.draft),
        };
        ctx.reply(question);
    }

    pub async fn answer(mut self, ctx: &mut Ctx<'_>, input: Input) -> Result<Outcome, CoreError> {
        match self.step {
            Step::Language => {
                let chosen = match &input {
                    Input::Tokens(t) if t.len() == 1 => {
                        t[0].strip_prefix("lang:").and_then(Lang::from_code)
                    }
                    _ => None,
                };
                let Some(lang) = chosen else {
                    return Ok(self.refuse(ctx, "choice-invalid"));
                };
                self.draft.locale = lang.code().to_owned();
                ctx.lang = lang;
                self.step = Step::Consent;
            }
            Step::Consent => match &input {
                Input::Tokens(t) if t.len() == 1 && t[0] == "consent:yes" => {
                    self.step = Step::Field(self.fields()[0]);
                }
                Input::Tokens(t) if t.len() == 1 && t[0] == "consent:no" => {
                    self.release_invite(ctx).await?;
                    ctx.tx
                        .record_consent_refusal(&ctx.from.platform, ctx.now)
                        .await?;
                    ctx.conversation.offered = None;
                    ctx.say("consent-refused", &[]);
                    return Ok(Outcome::Done);
                }
                _ => return Ok(self.refuse(ctx, "choice-invalid")),
            },
            Step::Field(field) => {
                if let Err(refusal) = fields::answer(ctx, field, &mut self.draft, &input) {
                    ctx.reply(ctx.plain(refusal.0));
                    self.ask(ctx);
                    return Ok(Outcome::Continue(super::Dialog::Onboarding(self)));
                }
                match self.next_after(ctx, field) {
                    Some(next) => self.step = Step::Field(next),
                    None => return self.finish(ctx).await,
                }
            }
        }
        self.ask(ctx);
        Ok(Outcome::Continue(super::Dialog::Onboarding(self)))
    }

    /// Someone who leaves before joining gives their invite's use back.
    pub async fn release_invite(&self, ctx: &mut Ctx<'_>) -> Result<(), CoreError> {
        if let Some(code) = &self.invite {
            ctx.tx.release_invite(code).await?;
        }
        Ok(())
    }

    fn refuse(self, ctx: &mut Ctx<'_>, key: &str) -> Outcome {
        ctx.say(key, &[]);
        self.ask(ctx);
        Outcome::Continue(super::Dialog::Onboarding(self))
    }

    /// The next question, applying the rules that span several answers.
    fn next_after(&self, ctx: &mut Ctx<'_>, field: Field) -> Option<Field> {
        let draft = &self.draft;
        match field {
            Field::Offers if self.invited_as == Some(Role::Mentor) && draft.offers.is_empty() => {
                ctx.say("mentor-invite-needs-offer", &[]);
                return Some(Field::Offers);
            }
            Field::Offers | Field::Years if !draft.years_pending.is_empty() => {
                return Some(Field::Years);
            }
            Field::Seeks if draft.offers.is_empty() && draft.seeks.is_empty() => {
                ctx.say("offers-or-seeks-required", &[]);
                return Some(Field::Offers);
            }
            Field::Seeks if self.invited_as == Some(Role::Mentee) && draft.seeks.is_empty() => {
                ctx.say("mentee-invite-needs-seek", &[]);
                return Some(Field::Seeks);
            }
            _ => {}
        }
        let fields = self.fields();
        let at = fields.iter().position(|f| *f == field)?;
        fields[at + 1..]
            .iter()
            .copied()
            .find(|f| applies(*f, draft))
    }

    /// Saves the profile, files a mentor application if the person offers
    /// anything, and says what happens next.
    async fn finish(self, ctx: &mut Ctx<'_>) -> Result<Outcome, CoreError> {
        let invited_as = self.invited_as;
        let coordinator = self.coordinator || ctx.config().is_configured_coordinator(&ctx.from);
        let offers_mentoring = !self.draft.offers.is_empty() && !coordinator;
        let mut person = Person {
            id: 0,
            name: String::new(),
            locale: String::new(),
            country: None,
            organisation: None,
            sector: None,
            career_stage: None,
            languages: Vec::new(),
            goals: None,
            availability_hours: None,
            timezone: None,
            meeting_mode: None,
            is_coordinator: coordinator,
            mentor_status: if offers_mentoring {
                MentorStatus::Applicant
            } else {
                MentorStatus::None
            },
            invited_as,
            notify_platform: None,
            capacity: self.draft.capacity.unwrap_or(DEFAULT_CAPACITY),
            email: None,
            consent_at: ctx.now,
            created_at: ctx.now,
            updated_at: ctx.now,
        };
        self.draft.apply_to(&mut person);
        person.id = ctx.tx.insert_person(&person).await?;
        ctx.tx
            .set_competences(person.id, &self.draft.claims())
            .await?;
        let account = Account {
            key: ctx.from.clone(),
            person_id: Some(person.id),
            display_name: ctx.display_name.clone(),
            locale: Some(person.locale.clone()),
            last_seen_at: ctx.now,
        };
        ctx.tx.upsert_account(&account).await?;
        ctx.account = Some(account);
        ctx.person = Some(person.clone());

        let view = ProfileView {
            locales: &ctx.deps.locales,
            competences: &ctx.deps.competences,
            lang: ctx.lang,
        };
        let mut text = crate::message::RichText::plain(
            ctx.t("onboarding-done", &[("name", person.name.as_str().into())]),
        );
        text.append(view.render(&person, &self.draft.claims()));
        let next = if coordinator {
            "next-steps-coordinator"
        } else if offers_mentoring {
            "next-steps-mentor"
        } else {
            "next-steps-mentee"
        };
        text.push_text(ctx.t(next, &[]));
        text.push_text(ctx.t("next-steps-edit", &[]));
        ctx.conversation.offered = None;
        ctx.reply(Outgoing {
            text,
            private: true,
            ..Outgoing::default()
        });
        // The applicant hears first, then the coordinators get the application.
        if offers_mentoring {
            crate::applications::submit(ctx, &person).await?;
        }
        Ok(Outcome::Done)
    }
}

/// Questions that only some people are asked: years for each offered
/// competence, and how many mentees a mentor takes.
fn applies(field: Field, draft: &ProfileDraft) -> bool {
    match field {
        Field::Years => !draft.years_pending.is_empty(),
        Field::Capacity => !draft.offers.is_empty(),
        _ => true,
    }
}

//! `/profile edit`: pick one part of the profile, answer its question(s), save.

use serde::{Deserialize, Serialize};

use crate::context::Ctx;
use crate::error::CoreError;
use crate::message::{Choice, ChoiceSet, Outgoing, RichText};
use crate::model::MentorStatus;
use crate::profile::{ProfileDraft, ProfileView};

use super::fields::{self, Field};
use super::{Dialog, Input, Outcome};

/// The parts a person can change, in the order they are offered.
const PARTS: [(&str, &str, Field); 11] = [
    ("name", "field-name", Field::Name),
    ("country", "field-country", Field::Country),
    ("organisation", "field-organisation", Field::Organisation),
    ("sector", "field-sector", Field::Sector),
    ("stage", "field-career-stage", Field::CareerStage),
    ("languages", "field-languages", Field::Languages),
    ("competences", "field-competences", Field::Offers),
    ("goals", "field-goals", Field::Goals),
    ("availability", "field-availability", Field::Availability),
    ("timezone", "field-timezone", Field::Timezone),
    ("mode", "field-meeting-mode", Field::MeetingMode),
];

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EditProfile {
    /// None while the person is choosing what to change.
    pub field: Option<Field>,
    pub draft: ProfileDraft,
}

impl EditProfile {
    pub fn new(draft: ProfileDraft) -> Self {
        Self { field: None, draft }
    }

    pub fn ask(&self, ctx: &mut Ctx<'_>) {
        let question = match self.field {
            None => {
                let options = PARTS
                    .iter()
                    .map(|(token, label, _)| {
                        Choice::new(format!("edit:{token}"), ctx.t(label, &[]))
                    })
                    .collect();
                ctx.question(
                    ctx.t("profile-edit-ask", &[]),
                    ChoiceSet {
                        options,
                        multi: false,
                    },
                )
            }
            Some(field) => fields::ask(ctx, field, &self.draft),
        };
        ctx.reply(question);
    }

    pub async fn answer(mut self, ctx: &mut Ctx<'_>, input: Input) -> Result<Outcome, CoreError> {
        let Some(field) = self.field else {
            let chosen = match &input {
                Input::Tokens(t) if t.len() == 1 => t[0]
                    .strip_prefix("edit:")
                    .and_then(|token| PARTS.iter().find(|(name, _, _)| *name == token)),
                _ => None,
            };
            match chosen {
                Some((_, _, field)) => self.field = Some(*field),
                None => ctx.say("choice-invalid", &[]),
            }
            self.ask(ctx);
            return Ok(Outcome::Continue(Dialog::EditProfile(self)));
        };
        if let Err(refusal) = fields::answer(ctx, field, &mut self.draft, &input) {
            ctx.reply(ctx.plain(refusal.0));
            self.ask(ctx);
            return Ok(Outcome::Continue(Dialog::EditProfile(self)));
        }
        // Competences are one part: what is offered, the years for each, what is sought.
        let next = match field {
            Field::Offers | Field::Years if !self.draft.years_pending.is_empty() => {
                Some(Field::Years)
            }
            Field::Offers | Field::Years if !self.draft.offers.is_empty() => Some(Field::Capacity),
            Field::Offers | Field::Years | Field::Capacity => Some(Field::Seeks),
            Field::Seeks if self.draft.offers.is_empty() && self.draft.seeks.is_empty() => {
                ctx.say("offers-or-seeks-required", &[]);
                Some(Field::Offers)
            }
            _ => None,
        };
        if let Some(next) = next {
            self.field = Some(next);
            self.ask(ctx);
            return Ok(Outcome::Continue(Dialog::EditProfile(self)));
        }
        self.save(ctx).await?;
        Ok(Outcome::Done)
    }

    async fn save(self, ctx: &mut Ctx<'_>) -> Result<(), CoreError> {
        let Some(mut person) = ctx.person.clone() else {
            return Err(CoreError::State("profile edit without a profile".into()));
        };
        self.draft.apply_to(&mut person);
        person.updated_at = ctx.now;
        // Offering a competence for the first time (or again after a rejection) is an application.
        let applies = !self.draft.offers.is_empty()
            && !person.is_coordinator
            && matches!(
                person.mentor_status,
                MentorStatus::None | MentorStatus::Rejected
            );
        if applies {
            person.mentor_status = MentorStatus::Applicant;
        }
        ctx.tx.update_person(&person).await?;
        let claims = self.draft.claims();
        ctx.tx.set_competences(person.id, &claims).await?;
        ctx.person = Some(person.clone());
        let view = ProfileView {
            locales: &ctx.deps.locales,
            competences: &ctx.deps.competences,
            lang: ctx.lang,
        };
        let mut text = RichText::plain(ctx.t("profile-updated", &[]));
        text.append(view.render(&person, &claims));
        if applies {
            text.push_text(ctx.t("next-steps-mentor", &[]));
        }
        ctx.conversation.offered = None;
        ctx.reply(Outgoing {
            text,
            private: true,
            ..Outgoing::default()
        });
        if applies {
            crate::applications::submit(ctx, &person).await?;
        }
        Ok(())
    }
}

//! A profile being built or edited, and how a profile is shown.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::i18n::{Arg, Lang, Locales};
use crate::message::{Block, Inline, RichText};
use crate::model::{CareerStage, CompetenceClaim, Direction, MeetingMode, MentorStatus, Person};
use crate::reference::{CompetenceMap, country_by_code, spoken_language_name};

/// The answers given so far. Everything is optional until the dialog ends.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ProfileDraft {
    pub locale: String,
    pub name: Option<String>,
    pub country: Option<String>,
    pub organisation: Option<String>,
    pub sector: Option<String>,
    pub career_stage: Option<CareerStage>,
    pub languages: Vec<String>,
    pub offers: Vec<String>,
    pub years: BTreeMap<String, u32>,
    /// Offered competences whose years are still to be asked.
    pub years_pending: Vec<String>,
    pub seeks: Vec<String>,
    pub goals: Option<String>,
    pub availability_hours: Option<u32>,
    pub timezone: Option<String>,
    pub meeting_mode: Option<MeetingMode>,
    /// Mentees they take at once, for people who offer competences.
    #[serde(default)]
    pub capacity: Option<u32>,
}

impl ProfileDraft {
    pub fn from_person(person: &Person, claims: &[CompetenceClaim]) -> Self {
        let mut draft = Self {
            locale: person.locale.clone(),
            name: Some(person.name.clone()),
            country: person.country.clone(),
            organisation: person.organisation.clone(),
            sector: person.sector.clone(),
            career_stage: person.career_stage,
            languages: person.languages.clone(),
            goals: person.goals.clone(),
            availability_hours: person.availability_hours,
            timezone: person.timezone.clone(),
            meeting_mode: person.meeting_mode,
            capacity: Some(person.capacity),
            ..Self::default()
        };
        for claim in claims {
            match claim.direction {
                Direction::Offers => {
                    draft.offers.push(claim.competence.clone());
                    if let Some(years) = claim.years {
                        draft.years.insert(claim.competence.clone(), years);
                    }
                }
                Direction::Seeks => draft.seeks.push(claim.competence.clone()),
            }
        }
        draft
    }

    /// Copies the answers onto a person record (new or existing).
    pub fn apply_to(&self, person: &mut Person) {
        person.locale = self.locale.clone();
        if let Some(name) = &self.name {
            person.name = name.clone();
        }
        person.country = self.country.clone();
        person.organisation = self.organisation.clone();
        person.sector = self.sector.clone();
        person.career_stage = self.career_stage;
        person.languages = self.languages.clone();
        person.goals = self.goals.clone();
        person.availability_hours = self.availability_hours;
        person.timezone = self.timezone.clone();
        person.meeting_mode = self.meeting_mode;
        if let Some(capacity) = self.capacity {
            person.capacity = capacity;
        }
    }

    pub fn claims(&self) -> Vec<CompetenceClaim> {
        let offers = self.offers.iter().map(|c| CompetenceClaim {
            competence: c.clone(),
            direction: Direction::Offers,
            years: self.years.get(c).copied(),
        });
        let seeks = self.seeks.iter().map(|c| CompetenceClaim {
            competence: c.clone(),
            direction: Direction::Seeks,
            years: None,
        });
        offers.chain(seeks).collect()
    }
}

/// What is needed to show profiles.
pub struct ProfileView<'a> {
    pub locales: &'a Locales,
    pub competences: &'a CompetenceMap,
    pub lang: Lang,
}

impl ProfileView<'_> {
    fn t(&self, key: &str, args: &[(&str, Arg)]) -> String {
        self.locales.text(self.lang, key, args)
    }

    pub fn competence_label(&self, id: &str) -> String {
        self.competences
            .competence(id)
            .map(|c| c.label(self.lang).to_owned())
            .unwrap_or_else(|| id.to_owned())
    }

    pub fn competence_list(&self, ids: &[String], years: &BTreeMap<String, u32>) -> String {
        if ids.is_empty() {
            return self.t("value-none", &[]);
        }
        ids.iter()
            .map(|id| match years.get(id) {
                Some(y) => format!(
                    "{} ({})",
                    self.competence_label(id),
                    self.t("years-value", &[("years", (*y).into())])
                ),
                None => self.competence_label(id),
            })
            .collect::<Vec<_>>()
            .join(", ")
    }

    pub fn country_name(&self, code: Option<&str>) -> String {
        code.and_then(country_by_code)
            .map(|c| c.name.to_owned())
            .unwrap_or_else(|| self.t("value-none", &[]))
    }

    pub fn roles(&self, person: &Person, draft: &ProfileDraft) -> String {
        let mut roles = Vec::new();
        if person.is_coordinator {
            roles.push(self.t("role-coordinator", &[]));
        }
        let mentor = match person.mentor_status {
            MentorStatus::None => None,
            MentorStatus::Applicant => Some("role-mentor-applicant"),
            MentorStatus::Interview => Some("role-mentor-interview"),
            MentorStatus::Approved => Some("role-mentor"),
            MentorStatus::Rejected => Some("role-mentor-rejected"),
        };
        if let Some(key) = mentor {
            roles.push(self.t(key, &[]));
        }
        if !draft.seeks.is_empty() {
            roles.push(self.t("role-mentee", &[]));
        }
        if roles.is_empty() {
            self.t("value-none", &[])
        } else {
            roles.join(", ")
        }
    }

    /// The whole profile as a titled list of fields.
    pub fn render(&self, person: &Person, claims: &[CompetenceClaim]) -> RichText {
        let draft = ProfileDraft::from_person(person, claims);
        let none = || self.t("value-none", &[]);
        let opt = |v: &Option<String>| v.clone().filter(|s| !s.is_empty()).unwrap_or_else(none);
        let mut rows: Vec<(&str, String)> = vec![
            ("field-name", person.name.clone()),
            ("field-roles", self.roles(person, &draft)),
            (
                "field-country",
                self.country_name(person.country.as_deref()),
            ),
            ("field-timezone", opt(&person.timezone)),
        ];
        if !person.is_coordinator || person.organisation.is_some() {
            let sector = person
                .sector
                .as_deref()
                .and_then(|s| self.competences.sector(s))
                .map(|s| s.label(self.lang).to_owned())
                .unwrap_or_else(none);
            let stage = person
                .career_stage
                .map(|s| self.t(&format!("career-{}", s.as_str()), &[]))
                .unwrap_or_else(none);
            let languages = if person.languages.is_empty() {
                none()
            } else {
                person
                    .languages
                    .iter()
                    .map(|c| spoken_language_name(c))
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            let mode = person
                .meeting_mode
                .map(|m| self.t(&format!("meeting-{}", m.as_str().replace('_', "-")), &[]))
                .unwrap_or_else(none);
            let hours = person
                .availability_hours
                .map(|h| self.t("availability-value", &[("hours", h.into())]))
                .unwrap_or_else(none);
            rows.extend([
                ("field-organisation", opt(&person.organisation)),
                ("field-sector", sector),
                ("field-career-stage", stage),
                ("field-languages", languages),
                (
                    "field-offers",
                    self.competence_list(&draft.offers, &draft.years),
                ),
            ]);
            if !draft.offers.is_empty() {
                let capacity = self.t("capacity-value", &[("count", person.capacity.into())]);
                rows.push(("field-capacity", capacity));
            }
            rows.extend([
                (
                    "field-seeks",
                    self.competence_list(&draft.seeks, &Default::default()),
                ),
                ("field-goals", opt(&person.goals)),
                ("field-availability", hours),
                ("field-meeting-mode", mode),
            ]);
        }
        let mut text = RichText::default();
        text.push_paragraph(vec![Inline::Bold(
            self.t("profile-title", &[("name", person.name.as_str().into())]),
        )]);
        text.blocks.push(Block::Bullets(
            rows.into_iter()
                .map(|(key, value)| {
                    vec![
                        Inline::Bold(self.t(key, &[])),
                        Inline::Text(format!(": {value}")),
                    ]
                })
                .collect(),
        ));
        text
    }
}

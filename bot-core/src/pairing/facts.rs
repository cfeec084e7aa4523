//! Why two people were paired, kept with the pair and rendered as one
//! localized line for the people involved.

use serde::{Deserialize, Serialize};

use crate::context::Ctx;
use crate::i18n::Lang;
use crate::model::PersonId;
use crate::reference::{country_by_code, spoken_language_name};

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Facts {
    /// Competences the mentee seeks and the mentor offers.
    #[serde(default)]
    pub competences: Vec<String>,
    #[serde(default)]
    pub languages: Vec<String>,
    /// The two countries, when they differ.
    #[serde(default)]
    pub countries: Option<(String, String)>,
    /// Working hours (09:00–18:00 local) the two have in common.
    #[serde(default)]
    pub overlap_hours: u32,
    #[serde(default)]
    pub reverse: bool,
    /// For requests: the mentee's next choices, asked in turn if this one declines.
    #[serde(default)]
    pub next_choices: Vec<Suggestion>,
}

/// A mentor suggested to a mentee, with why.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Suggestion {
    pub mentor: PersonId,
    pub score: f64,
    pub facts: Facts,
}

impl Facts {
    pub fn from_json(value: &serde_json::Value) -> Facts {
        serde_json::from_value(value.clone()).unwrap_or_default()
    }

    pub fn to_json(&self) -> serde_json::Value {
        serde_json::to_value(self).unwrap_or_default()
    }

    /// "Why these two" in `lang`: shared languages, the competences that
    /// meet, different countries, overlapping hours.
    pub fn explain(&self, ctx: &Ctx<'_>, lang: Lang) -> String {
        let mut parts = Vec::new();
        if !self.competences.is_empty() {
            let labels: Vec<&str> = self
                .competences
                .iter()
                .map(|id| {
                    ctx.competences()
                        .competence(id)
                        .map(|c| c.label(lang))
                        .unwrap_or(id.as_str())
                })
                .collect();
            parts.push(ctx.t_in(
                lang,
                "why-competences",
                &[("competences", labels.join(", ").into())],
            ));
        }
        if !self.languages.is_empty() {
            let names: Vec<&str> = self
                .languages
                .iter()
                .map(|code| spoken_language_name(code))
                .collect();
            parts.push(ctx.t_in(
                lang,
                "why-languages",
                &[("languages", names.join(", ").into())],
            ));
        }
        if let Some((a, b)) = &self.countries {
            let name = |code: &str| {
                country_by_code(code)
                    .map(|c| c.name.to_owned())
                    .unwrap_or_else(|| code.to_owned())
            };
            parts.push(ctx.t_in(
                lang,
                "why-countries",
                &[("first", name(a).into()), ("second", name(b).into())],
            ));
        }
        if self.overlap_hours > 0 {
            parts.push(ctx.t_in(lang, "why-overlap", &[("hours", self.overlap_hours.into())]));
        }
        if self.reverse {
            parts.push(ctx.t_in(lang, "why-reverse", &[]));
        }
        parts.join("; ")
    }
}

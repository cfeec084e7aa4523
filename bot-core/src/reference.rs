//! Reference data the dialogs validate against: the competence map (from
//! config), countries (ISO 3166) and time zones (IANA).

use std::collections::HashMap;
use std::str::FromStr;

use serde::Deserialize;

use crate::i18n::Lang;

#[derive(Debug, thiserror::Error)]
pub enum ReferenceError {
    #[error("competence map: {0}")]
    Invalid(String),
}

#[derive(Debug, Clone, Deserialize)]
pub struct Labelled {
    pub id: String,
    pub label: HashMap<String, String>,
}

impl Labelled {
    pub fn label(&self, lang: Lang) -> &str {
        self.label
            .get(lang.code())
            .or_else(|| self.label.get("en"))
            .map(String::as_str)
            .unwrap_or(self.id.as_str())
    }
}

/// `config/competences.toml`: what mentors offer and mentees seek, and the sectors.
#[derive(Debug, Clone, Deserialize)]
pub struct CompetenceMap {
    #[serde(rename = "competence")]
    pub competences: Vec<Labelled>,
    #[serde(rename = "sector")]
    pub sectors: Vec<Labelled>,
}

impl CompetenceMap {
    pub fn parse(toml_text: &str) -> Result<Self, ReferenceError> {
        let map: CompetenceMap =
            toml::from_str(toml_text).map_err(|e| ReferenceError::Invalid(e.to_string()))?;
        map.validate()?;
        Ok(map)
    }

    fn validate(&self) -> Result<(), ReferenceError> {
        if self.competences.is_empty() || self.sectors.is_empty() {
            return Err(ReferenceError::Invalid(
                "needs at least one competence and one sector".into(),
            ));
        }
        for list in [&self.competences, &self.sectors] {
            let mut seen = std::collections::HashSet::new();
            for item in list.iter() {
                if !seen.insert(item.id.as_str()) {
                    return Err(ReferenceError::Invalid(format!("duplicate id {}", item.id)));
                }
                // Tokens carry ids, so they must stay short for callback-data limits.
                if item.id.is_empty()
                    || item.id.len() > 40
                    || !item
                        .id
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '-')
                {
                    return Err(ReferenceError::Invalid(format!(
                        "id {:?} must be 1-40 of a-z, 0-9, -",
                        item.id
                    )));
                }
                if let Some(lang) = Lang::ALL
                    .into_iter()
                    .find(|l| !item.label.contains_key(l.code()))
                {
                    return Err(ReferenceError::Invalid(format!(
                        "{} has no label in {}",
                        item.id,
                        lang.code()
                    )));
                }
            }
        }
        Ok(())
    }

    pub fn competence(&self, id: &str) -> Option<&Labelled> {
        self.competences.iter().find(|c| c.id == id)
    }

    pub fn sector(&self, id: &str) -> Option<&Labelled> {
        self.sectors.iter().find(|c| c.id == id)
    }
}

/// A country by ISO 3166-1.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Country {
    pub alpha2: &'static str,
    pub name: &'static str,
}

/// Reads a country from its English name, an alias, or its alpha-2/alpha-3 code.
pub fn parse_country(input: &str) -> Option<Country> {
    let squeezed: String = input
        .trim()
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '-' | '_' | '.' | '\'' | ','))
        .collect::<String>()
        .to_lowercase();
    if squeezed.is_empty() || squeezed.len() > 80 || squeezed.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let found = celes::Country::from_str(&squeezed)
        .or_else(|_| celes::Country::from_alias(&squeezed))
        .or_else(|_| celes::Country::from_name(&squeezed))
        .ok()?;
    Some(Country {
        alpha2: found.alpha2,
        name: found.long_name,
    })
}

pub fn country_by_code(alpha2: &str) -> Option<Country> {
    let found = celes::Country::from_alpha2(alpha2).ok()?;
    Some(Country {
        alpha2: found.alpha2,
        name: found.long_name,
    })
}

const COUNTRY_ZONES: &str = include_str!("../data/country_zones.tsv");

/// The IANA zones used in a country, main zone first.
pub fn zones_of(alpha2: &str) -> Vec<&'static str> {
    COUNTRY_ZONES
        .lines()
        .filter(|line| !line.starts_with('#'))
        .filter_map(|line| line.split_once('\t'))
        .find(|(code, _)| code.eq_ignore_ascii_case(alpha2))
        .map(|(_, zones)| {
            zones
                .split(',')
                .map(str::trim)
                .filter(|z| !z.is_empty())
                .collect()
        })
        .unwrap_or_default()
}

/// Reads an IANA time zone name, ignoring case; returns its canonical spelling.
pub fn parse_timezone(input: &str) -> Option<chrono_tz::Tz> {
    let wanted = input.trim().replace(' ', "_");
    if wanted.is_empty() || wanted.len() > 64 {
        return None;
    }
    chrono_tz::Tz::from_str(&wanted).ok().or_else(|| {
        chrono_tz::TZ_VARIANTS
            .iter()
            .copied()
            .find(|tz| tz.name().eq_ignore_ascii_case(&wanted))
    })
}

/// Spoken languages a person can choose (ISO 639-1 with their own names). Wider
/// than the shipped interface languages: people meet in languages the bot does not speak.
pub const SPOKEN_LANGUAGES: [(&str, &str); 22] = [
    ("en", "English"),
    ("de", "Deutsch"),
    ("fr", "Français"),
    ("es", "Español"),
    ("it", "Italiano"),
    ("pt", "Português"),
    ("nl", "Nederlands"),
    ("pl", "Polski"),
    ("ru", "Русский"),
    ("uk", "Українська"),
    ("da", "Dansk"),
    ("sv", "Svenska"),
    ("no", "Norsk"),
    ("fi", "Suomi"),
    ("et", "Eesti"),
    ("lv", "Latviešu"),
    ("lt", "Lietuvių"),
    ("cs", "Čeština"),
    ("tr", "Türkçe"),
    ("ar", "العربية"),
    ("zh", "中文"),
    ("hi", "हिन्दी"),
];

pub fn spoken_language_name(code: &str) -> &str {
    SPOKEN_LANGUAGES
        .iter()
        .find(|(c, _)| *c == code)
        .map(|(_, n)| *n)
        .unwrap_or(code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn countries_by_name_alias_and_code() {
        assert_eq!(parse_country("Germany").map(|c| c.alpha2), Some("DE"));
        assert_eq!(parse_country(" de ").map(|c| c.alpha2), Some("DE"));
        assert_eq!(parse_country("POL").map(|c| c.alpha2), Some("PL"));
        assert_eq!(
            parse_country("United Kingdom").map(|c| c.alpha2),
            Some("GB")
        );
        assert_eq!(parse_country("Atlantis"), None);
        assert_eq!(parse_country("276"), None);
        assert_eq!(parse_country("المانيا"), None);
        assert_eq!(parse_country(""), None);
    }

    #[test]
    fn zones_main_first() {
        assert_eq!(zones_of("DE").first(), Some(&"Europe/Berlin"));
        assert_eq!(zones_of("ee"), vec!["Europe/Tallinn"]);
        assert!(zones_of("XX").is_empty());
    }

    #[test]
    fn timezones_ignore_case() {
        assert_eq!(
            parse_timezone("europe/berlin").map(|t| t.name()),
            Some("Europe/Berlin")
        );
        assert_eq!(
            parse_timezone("America/New York").map(|t| t.name()),
            Some("America/New_York")
        );
        assert!(parse_timezone("Mars/Olympus").is_none());
    }
}

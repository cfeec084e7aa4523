//! Reading and checking the rows of a participants CSV file.

use std::collections::{BTreeMap, HashSet};

use crate::dialogs::fields::MAX_CAPACITY;
use crate::dialogs::onboarding::DEFAULT_CAPACITY;
use crate::i18n::Lang;
use crate::model::CareerStage;
use crate::reference::{CompetenceMap, SPOKEN_LANGUAGES, parse_country, parse_timezone, zones_of};
use crate::validate;

/// One checked row: everything a profile needs.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportRow {
    pub line: usize,
    pub email: String,
    pub name: String,
    pub country: String,
    pub organisation: Option<String>,
    pub sector: Option<String>,
    pub career_stage: Option<CareerStage>,
    pub languages: Vec<String>,
    pub offers: Vec<(String, Option<u32>)>,
    pub seeks: Vec<String>,
    pub capacity: u32,
    pub timezone: String,
    pub availability_hours: Option<u32>,
    pub goals: Option<String>,
    pub approved: bool,
    pub locale: String,
}

/// Why a row (by its line in the file, the header being line 1) was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowError {
    pub line: usize,
    pub reason: String,
}

const COLUMNS: [&str; 15] = [
    "email",
    "name",
    "country",
    "organisation",
    "sector",
    "career_stage",
    "languages",
    "offers",
    "seeks",
    "years",
    "capacity",
    "timezone",
    "availability_hours",
    "goals",
    "approved",
];

fn list(value: &str) -> Vec<String> {
    value
        .split(';')
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .map(str::to_owned)
        .collect()
}

/// A competence or sector by its id or its English label, ignoring case.
fn lookup(items: &[crate::reference::Labelled], value: &str) -> Option<String> {
    let wanted = value.trim().to_lowercase();
    items
        .iter()
        .find(|item| item.id == wanted || item.label(Lang::En).to_lowercase() == wanted)
        .map(|item| item.id.clone())
}

fn stage(value: &str) -> Option<CareerStage> {
    let wanted = value.trim().to_lowercase();
    CareerStage::parse(&wanted).or(match wanted.as_str() {
        "early career" => Some(CareerStage::Early),
        "mid career" => Some(CareerStage::Mid),
        "founder" => Some(CareerStage::Executive),
        _ => None,
    })
}

fn plausible_email(email: &str) -> bool {
    let Some((local, domain)) = email.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && email.len() <= 254
        && !email.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// Parses and checks the whole file. Returns the good rows and the errors.
pub fn parse_participants(
    text: &str,
    map: &CompetenceMap,
    limits: &crate::config::Limits,
) -> (Vec<ImportRow>, Vec<RowError>) {
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let headers: Vec<String> = match reader.headers() {
        Ok(h) => h
            .iter()
            .map(|h| h.trim().trim_start_matches('\u{feff}').to_lowercase())
            .collect(),
        Err(e) => {
            return (
                Vec::new(),
                vec![RowError {
                    line: 1,
                    reason: format!("unreadable header: {e}"),
                }],
            );
        }
    };
    let unknown: Vec<&String> = headers
        .iter()
        .filter(|h| !COLUMNS.contains(&h.as_str()))
        .collect();
    let mut errors = Vec::new();
    if !unknown.is_empty() {
        let names: Vec<&str> = unknown.iter().map(|s| s.as_str()).collect();
        errors.push(RowError {
            line: 1,
            reason: format!("unknown columns: {}", names.join(", ")),
        });
    }
    for required in ["email", "name", "country"] {
        if !headers.iter().any(|h| h == required) {
            errors.push(RowError {
                line: 1,
                reason: format!("the column {required} is required"),
            });
        }
    }
    if !errors.is_empty() {
        return (Vec::new(), errors);
    }
    let mut rows = Vec::new();
    let mut seen = HashSet::new();
    for (index, record) in reader.records().enumerate() {
        let line = index + 2;
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                errors.push(RowError {
                    line,
                    reason: format!("unreadable: {e}"),
                });
                continue;
            }
        };
        let fields: BTreeMap<&str, &str> = headers
            .iter()
            .map(String::as_str)
            .zip(record.iter())
            .collect();
        match check(line, &fields, map, limits) {
            Ok(row) if !seen.insert(row.email.to_lowercase()) => errors.push(RowError {
                line,
                reason: format!("the email {} appears twice", row.email),
            }),
            Ok(row) => rows.push(row),
            Err(reason) => errors.push(RowError { line, reason }),
        }
    }
    (rows, errors)
}

fn check(
    line: usize,
    f: &BTreeMap<&str, &str>,
    map: &CompetenceMap,
    limits: &crate::config::Limits,
) -> Result<ImportRow, String> {
    let get = |name: &str| f.get(name).copied().unwrap_or_default().trim();
    let email = get("email").to_owned();
    if !plausible_email(&email) {
        return Err(format!("email {email:?} is not an address"));
    }
    let name = validate::name(get("name"), limits.max_name)
        .ok_or_else(|| format!("name {:?} is not a name", get("name")))?;
    let country = parse_country(get("country"))
        .ok_or_else(|| format!("unknown country {:?}", get("country")))?;
    let organisation = match get("organisation") {
        "" | "-" => None,
        org => Some(
            validate::free_text(org, 2, limits.max_organisation, false).ok_or_else(|| {
                format!(
                    "organisation longer than {} characters",
                    limits.max_organisation
                )
            })?,
        ),
    };
    let sector = match get("sector") {
        "" => None,
        s => Some(lookup(&map.sectors, s).ok_or_else(|| format!("unknown sector {s:?}"))?),
    };
    let career_stage = match get("career_stage") {
        "" => None,
        s => Some(stage(s).ok_or_else(|| {
            format!("unknown career stage {s:?} (student, early, mid, senior, executive)")
        })?),
    };
    let mut languages = Vec::new();
    for code in list(get("languages")) {
        let code = code.to_lowercase();
        if !SPOKEN_LANGUAGES.iter().any(|(c, _)| *c == code) {
            return Err(format!("unknown language code {code:?}"));
        }
        if !languages.contains(&code) {
            languages.push(code);
        }
    }
    if languages.is_empty() {
        return Err("at least one language is needed".into());
    }
    let competences = |column: &str| -> Result<Vec<String>, String> {
        list(get(column))
            .iter()
            .map(|c| {
                lookup(&map.competences, c)
                    .ok_or_else(|| format!("unknown competence {c:?} in {column}"))
            })
            .collect()
    };
    let offers = competences("offers")?;
    let seeks = competences("seeks")?;
    if offers.is_empty() && seeks.is_empty() {
        return Err("offers or seeks must name at least one competence".into());
    }
    let years: Vec<u32> = list(get("years"))
        .iter()
        .map(|y| validate::number_in(y, 0, 60).ok_or_else(|| format!("years {y:?} is not 0–60")))
        .collect::<Result<_, _>>()?;
    let offers = match years.len() {
        0 => offers.into_iter().map(|c| (c, None)).collect(),
        1 => offers.into_iter().map(|c| (c, Some(years[0]))).collect(),
        n if n == offers.len() => offers
            .into_iter()
            .zip(years.into_iter().map(Some))
            .collect(),
        n => {
            return Err(format!(
                "{n} years for {} offered competences",
                offers.len()
            ));
        }
    };
    let capacity = match get("capacity") {
        "" => DEFAULT_CAPACITY,
        c => validate::number_in(c, 1, MAX_CAPACITY)
            .ok_or_else(|| format!("capacity {c:?} is not 1–{MAX_CAPACITY}"))?,
    };
    let timezone = match get("timezone") {
        "" => zones_of(country.alpha2)
            .first()
            .map(|z| (*z).to_owned())
            .ok_or_else(|| format!("no time zone given and none known for {}", country.alpha2))?,
        tz => parse_timezone(tz)
            .map(|t| t.name().to_owned())
            .ok_or_else(|| format!("unknown time zone {tz:?}"))?,
    };
    let availability_hours = match get("availability_hours") {
        "" => None,
        h => Some(
            validate::number_in(h, 1, 200)
                .ok_or_else(|| format!("availability_hours {h:?} is not 1–200"))?,
        ),
    };
    let goals = match get("goals") {
        "" => None,
        g => Some(
            validate::free_text(g, 3, limits.max_goals, true)
                .ok_or_else(|| format!("goals longer than {}", limits.max_goals))?,
        ),
    };
    let approved = match get("approved").to_lowercase().as_str() {
        "" | "no" | "false" | "0" => false,
        "yes" | "true" | "1" => true,
        other => return Err(format!("approved {other:?} is not yes or no")),
    };
    // They speak with the bot in the first of their languages the bot speaks.
    let locale = languages
        .iter()
        .find(|l| Lang::from_code(l).is_some())
        .cloned()
        .unwrap_or_else(|| "en".into());
    Ok(ImportRow {
        line,
        email,
        name,
        country: country.alpha2.to_owned(),
        organisation,
        sector,
        career_stage,
        languages,
        offers,
        seeks,
        capacity,
        timezone,
        availability_hours,
        goals,
        approved,
        locale,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn map() -> CompetenceMap {
        CompetenceMap::parse(include_str!("../../../config/competences.toml")).expect("map")
    }

    #[test]
    fn good_rows_and_bad_rows_by_line() {
        let text = "email,name,country,languages,offers,seeks,years,approved,sector\n\
            ann@example.org,Ann Berg,Sweden,en;sv,Digital transformation and skills;sales-marketing,,10;4,yes,ICT\n\
            bo@example,Bo,SE,en,,governance,,,\n\
            cy@example.org,Cy Ng,Atlantis,en,,governance,,,\n\
            ann@example.org,Ann Again,SE,en,,governance,,,\n\
            dee@example.org,Dee Ray,DE,xx,,governance,,,\n\
            eve@example.org,Eve Lund,DK,da,,,,,\n\
            fay@example.org,Fay Kim,FI,fi,Governance,,1;2,,\n";
        let (rows, errors) = parse_participants(text, &map(), &crate::config::Limits::default());
        assert_eq!(rows.len(), 1);
        let ann = &rows[0];
        assert_eq!(
            ann.offers,
            vec![
                ("digital-transformation".into(), Some(10)),
                ("sales-marketing".into(), Some(4))
            ]
        );
        assert_eq!(ann.timezone, "Europe/Stockholm");
        assert_eq!(ann.locale, "en");
        assert!(ann.approved);
        assert_eq!(ann.sector.as_deref(), Some("ict"));
        let lines: Vec<usize> = errors.iter().map(|e| e.line).collect();
        assert_eq!(lines, vec![3, 4, 5, 6, 7, 8], "{errors:?}");
        assert!(errors[0].reason.contains("email"));
        assert!(errors[1].reason.contains("Atlantis"));
        assert!(errors[2].reason.contains("twice"));
        assert!(errors[3].reason.contains("language"));
        assert!(errors[4].reason.contains("offers or seeks"));
        assert!(errors[5].reason.contains("years"));
    }

    #[test]
    fn unknown_or_missing_columns_stop_everything() {
        let (rows, errors) = parse_participants(
            "email,name,colour\n",
            &map(),
            &crate::config::Limits::default(),
        );
        assert!(rows.is_empty());
        assert!(errors.iter().any(|e| e.reason.contains("colour")));
        assert!(errors.iter().any(|e| e.reason.contains("country")));
    }
}

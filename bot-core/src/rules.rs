//! Programme rules from the configuration: dates, sessions and reminders,
//! the hour budget, nudges, check-ins and deliverables. Real programmes
//! differ, so none of this is hard-coded.

use chrono::NaiveDate;
use serde::Deserialize;

/// When the programme runs, in its own time zone.
#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ProgrammeDates {
    pub start: Option<NaiveDate>,
    /// Recurring sessions end here; final reports are due relative to it.
    pub end: Option<NaiveDate>,
    /// IANA zone in which the dates are meant.
    pub timezone: String,
}

impl Default for ProgrammeDates {
    fn default() -> Self {
        Self {
            start: None,
            end: None,
            timezone: "UTC".into(),
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct SessionsConfig {
    /// Reminders before each session, in minutes (default: a day and an hour).
    pub reminders_minutes: Vec<u32>,
    pub default_minutes: u32,
    /// The longest series a repeat rule may create, when the programme has no end date.
    pub max_series: u32,
    /// A reminder that comes due while the bot was down is still sent, with a
    /// note, when at most this late and the session has not started; else it is dropped.
    pub late_grace_minutes: u32,
}

impl Default for SessionsConfig {
    fn default() -> Self {
        Self {
            reminders_minutes: vec![24 * 60, 60],
            default_minutes: 60,
            max_series: 26,
            late_grace_minutes: 120,
        }
    }
}

/// What happens when a mentee's hours reach the budget.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AtBudget {
    /// More hours are refused.
    Refuse,
    /// More hours are logged, and the coordinators are told to approve or correct them.
    Approval,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct HoursConfig {
    /// Hours per mentee over the programme; 0 for no budget.
    pub budget: u32,
    /// Of which at least this many bilateral.
    pub min_bilateral: u32,
    /// A warning when the hours reach this share of the budget.
    pub warn_percent: u32,
    pub at_budget: AtBudget,
}

impl Default for HoursConfig {
    fn default() -> Self {
        Self {
            budget: 45,
            min_bilateral: 18,
            warn_percent: 80,
            at_budget: AtBudget::Refuse,
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct NudgesConfig {
    /// When nudges go out, as a cron expression (seconds minutes hours day month weekday),
    /// evaluated in each reader's own time zone.
    pub schedule: String,
    /// A pair without any session for this many days is nudged.
    pub inactive_days: u32,
    /// After this many more days the coordinators are told who is stuck.
    pub escalate_days: u32,
}

impl Default for NudgesConfig {
    fn default() -> Self {
        Self {
            schedule: "0 0 9 * * Mon".into(),
            inactive_days: 21,
            escalate_days: 14,
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct CheckInsConfig {
    /// Days after a pair starts that the first check-in is asked.
    pub first_day: u32,
    /// Then every this many days.
    pub every_days: u32,
    /// A rating below this alerts the coordinators.
    pub alert_below: u8,
}

impl Default for CheckInsConfig {
    fn default() -> Self {
        Self {
            first_day: 30,
            every_days: 60,
            alert_below: 3,
        }
    }
}

/// What a due date counts from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DueFrom {
    /// The day the pair became active.
    Pair,
    /// The programme's start date.
    Start,
    /// The programme's end date.
    End,
}

/// Who hands a deliverable in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DeliveredBy {
    Mentee,
    Mentor,
}

/// A report a pair owes, e.g. a goals agreement or a final report.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Deliverable {
    /// Short and stable, e.g. `goals-agreement`.
    pub id: String,
    /// Its title per language; English at least.
    pub title: std::collections::BTreeMap<String, String>,
    pub due_from: DueFrom,
    /// Days after (or, when negative, before) `due_from`.
    pub due_days: i32,
    pub by: DeliveredBy,
    /// The questions per language; English at least. Answers are written in `language`.
    pub questions: std::collections::BTreeMap<String, Vec<String>>,
    /// The language the report must be written in (ISO 639-1).
    pub language: String,
}

impl Deliverable {
    pub fn title(&self, lang: &str) -> &str {
        self.title
            .get(lang)
            .or_else(|| self.title.get("en"))
            .map(String::as_str)
            .unwrap_or(self.id.as_str())
    }

    pub fn questions(&self, lang: &str) -> &[String] {
        self.questions
            .get(lang)
            .or_else(|| self.questions.get("en"))
            .map(Vec::as_slice)
            .unwrap_or(&[])
    }
}

impl crate::config::CoreConfig {
    /// Checks the programme rules; called from `CoreConfig::validate`.
    pub fn validate_rules(&self) -> Result<(), String> {
        if self.dates.timezone.parse::<chrono_tz::Tz>().is_err() {
            return Err(format!(
                "programme_dates.timezone {:?} is not an IANA zone",
                self.dates.timezone
            ));
        }
        if let (Some(start), Some(end)) = (self.dates.start, self.dates.end)
            && end < start
        {
            return Err("programme_dates.end is before programme_dates.start".into());
        }
        if self.sessions.default_minutes == 0 || self.sessions.default_minutes > 480 {
            return Err("sessions.default_minutes must be 1–480".into());
        }
        if self.hours.warn_percent == 0
            || self.hours.warn_percent > 100
            || self.hours.min_bilateral > self.hours.budget && self.hours.budget > 0
        {
            return Err(
                "hours: warn_percent must be 1–100 and min_bilateral at most the budget".into(),
            );
        }
        if <cron::Schedule as std::str::FromStr>::from_str(&self.nudges.schedule).is_err() {
            return Err(format!(
                "nudges.schedule {:?} is not a cron expression (seconds minutes hours day month weekday)",
                self.nudges.schedule
            ));
        }
        if self.checkins.every_days == 0 || !(1..=5).contains(&self.checkins.alert_below) {
            return Err("checkins.every_days must be at least 1 and alert_below 1–5".into());
        }
        let mut ids = std::collections::HashSet::new();
        for d in &self.deliverables {
            if !ids.insert(d.id.as_str()) || d.id.is_empty() || d.id.len() > 40 {
                return Err(format!(
                    "deliverable id {:?} is empty, too long or repeated",
                    d.id
                ));
            }
            if !d.title.contains_key("en") || d.questions.get("en").is_none_or(|q| q.is_empty()) {
                return Err(format!(
                    "deliverable {} needs an English title and at least one English question",
                    d.id
                ));
            }
            if matches!(d.due_from, DueFrom::Start | DueFrom::End)
                && (self.dates.start.is_none() || self.dates.end.is_none())
            {
                return Err(format!(
                    "deliverable {} is due relative to the programme's dates, which are not set",
                    d.id
                ));
            }
        }
        Ok(())
    }
}

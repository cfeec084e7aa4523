//! Repeating sessions: weekly, every two weeks, or a cron expression, all
//! evaluated in the booker's own time zone so that the local hour stays the
//! same across daylight-saving changes.

use std::str::FromStr;

use chrono::{Days, TimeZone};
use chrono_tz::Tz;

use crate::model::Millis;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Repeat {
    Once,
    Weekly,
    Biweekly,
    /// Seconds minutes hours day month weekday (the cron crate's form).
    Cron(String),
}

impl Repeat {
    /// The rule as stored with the series.
    pub fn label(&self) -> Option<String> {
        match self {
            Repeat::Once => None,
            Repeat::Weekly => Some("weekly".into()),
            Repeat::Biweekly => Some("biweekly".into()),
            Repeat::Cron(expr) => Some(expr.clone()),
        }
    }

    /// A cron expression typed by a person, checked.
    pub fn parse_cron(text: &str) -> Option<Repeat> {
        let text = text.trim();
        (text.split_whitespace().count() >= 5 && cron::Schedule::from_str(text).is_ok())
            .then(|| Repeat::Cron(text.to_owned()))
    }
}

/// The start times of a series: the first at `first`, then by the rule,
/// until `until` (exclusive) and at most `max` sessions in all.
pub fn occurrences(
    first: Millis,
    rule: &Repeat,
    tz: Tz,
    until: Option<Millis>,
    max: u32,
) -> Vec<Millis> {
    let Some(start) = tz.timestamp_millis_opt(first).single() else {
        return vec![first];
    };
    let before_end = |at: Millis| until.is_none_or(|end| at < end);
    let mut out = vec![first];
    let max = max.max(1) as usize;
    match rule {
        Repeat::Once => {}
        Repeat::Weekly | Repeat::Biweekly => {
            let step = if *rule == Repeat::Weekly { 7 } else { 14 };
            let local = start.naive_local();
            for n in 1.. {
                if out.len() >= max {
                    break;
                }
                let Some(day) = local.checked_add_days(Days::new(step * n)) else {
                    break;
                };
                // The same wall-clock time; a time that does not exist that day is skipped.
                let Some(at) = tz
                    .from_local_datetime(&day)
                    .earliest()
                    .map(|t| t.timestamp_millis())
                else {
                    continue;
                };
                if !before_end(at) {
                    break;
                }
                out.push(at);
            }
        }
        Repeat::Cron(expr) => {
            let Ok(schedule) = cron::Schedule::from_str(expr) else {
                return out;
            };
            for at in schedule.after(&start).map(|t| t.timestamp_millis()) {
                if out.len() >= max || !before_end(at) {
                    break;
                }
                if at > first {
                    out.push(at);
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::time::{format_local, parse_local};

    #[test]
    fn weekly_keeps_the_local_hour_across_the_autumn_change() {
        let berlin: Tz = "Europe/Berlin".parse().expect("zone");
        let first = parse_local("2026-10-15 18:00", berlin).expect("time");
        let times = occurrences(first, &Repeat::Weekly, berlin, None, 4);
        let shown: Vec<String> = times.iter().map(|t| format_local(*t, berlin)).collect();
        assert_eq!(
            shown,
            [
                "2026-10-15 18:00",
                "2026-10-22 18:00",
                "2026-10-29 18:00",
                "2026-11-05 18:00"
            ]
        );
        // In UTC the hour moves when Berlin leaves summer time on 25 October.
        assert_eq!(format_local(times[1], Tz::UTC), "2026-10-22 16:00");
        assert_eq!(format_local(times[2], Tz::UTC), "2026-10-29 17:00");
    }

    #[test]
    fn series_stop_at_the_end_and_the_maximum() {
        let berlin: Tz = "Europe/Berlin".parse().expect("zone");
        let first = parse_local("2026-12-01 10:00", berlin).expect("time");
        let end = parse_local("2026-12-29 10:00", berlin).expect("time");
        assert_eq!(
            occurrences(first, &Repeat::Biweekly, berlin, Some(end), 100).len(),
            2
        );
        assert_eq!(
            occurrences(first, &Repeat::Weekly, berlin, None, 3).len(),
            3
        );
        assert_eq!(
            occurrences(first, &Repeat::Once, berlin, None, 10),
            vec![first]
        );
    }

    #[test]
    fn cron_rules_run_in_the_booker_zone() {
        let helsinki: Tz = "Europe/Helsinki".parse().expect("zone");
        let first = parse_local("2026-12-01 08:30", helsinki).expect("time");
        let rule = Repeat::parse_cron("0 30 8 * * Tue,Thu").expect("cron");
        let shown: Vec<String> = occurrences(first, &rule, helsinki, None, 3)
            .iter()
            .map(|t| format_local(*t, helsinki))
            .collect();
        assert_eq!(
            shown,
            ["2026-12-01 08:30", "2026-12-03 08:30", "2026-12-08 08:30"]
        );
        assert_eq!(Repeat::parse_cron("every tuesday"), None);
    }
}

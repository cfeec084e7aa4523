//! Instants shown and read in a person's own time zone.

use chrono::{NaiveDateTime, TimeZone};
use chrono_tz::Tz;

use crate::model::Millis;

pub const MINUTE_MS: i64 = 60_000;
pub const DAY_MS: i64 = 24 * 60 * MINUTE_MS;

pub fn zone(name: Option<&str>) -> Tz {
    name.and_then(|n| n.parse().ok()).unwrap_or(Tz::UTC)
}

/// `2026-12-03 15:00` in the reader's zone.
pub fn format_local(at: Millis, tz: Tz) -> String {
    match tz.timestamp_millis_opt(at).single() {
        Some(local) => local.format("%Y-%m-%d %H:%M").to_string(),
        None => String::from("?"),
    }
}

/// The date only, e.g. for an invite's last day.
pub fn format_date(at: Millis, tz: Tz) -> String {
    match tz.timestamp_millis_opt(at).single() {
        Some(local) => local.format("%Y-%m-%d").to_string(),
        None => String::from("?"),
    }
}

/// Reads `2026-12-03 15:00` (also with `T`, or with seconds) as a time in `tz`.
/// Times that do not exist or exist twice there (daylight-saving changes) are refused.
pub fn parse_local(input: &str, tz: Tz) -> Option<Millis> {
    let text = input.trim().replace('T', " ");
    let naive = ["%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H.%M"]
        .iter()
        .find_map(|f| NaiveDateTime::parse_from_str(&text, f).ok())?;
    tz.from_local_datetime(&naive)
        .single()
        .map(|t| t.timestamp_millis())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn local_times_round_trip_and_gaps_are_refused() {
        let berlin: Tz = "Europe/Berlin".parse().expect("zone");
        let at = parse_local("2026-12-03 15:00", berlin).expect("parses");
        assert_eq!(format_local(at, berlin), "2026-12-03 15:00");
        assert_eq!(format_local(at, Tz::UTC), "2026-12-03 14:00");
        // 02:30 does not exist in Berlin when clocks go forward.
        assert_eq!(parse_local("2026-03-29 02:30", berlin), None);
        assert_eq!(parse_local("tomorrow", berlin), None);
        assert_eq!(parse_local("2026-13-03 15:00", berlin), None);
    }
}

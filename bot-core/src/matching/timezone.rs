//! Overlap of working hours between two time zones.
//!
//! Offsets change with daylight saving time, and not on the same dates
//! everywhere (or at all in many places), so the overlap is computed at two
//! fixed reference dates, one in each half of the year, and the smaller of the
//! two is used: the hours two people can count on all year. Fixed dates keep
//! the result independent of when matching runs.

use chrono::{NaiveDate, Offset, TimeZone};
use chrono_tz::Tz;

/// Local working hours, in minutes after midnight: 09:00–18:00.
const WORK_START: i32 = 9 * 60;
const WORK_END: i32 = 18 * 60;
pub(crate) const WORK_MINUTES: i32 = WORK_END - WORK_START;
const DAY: i32 = 24 * 60;

/// Mid-January and mid-July: each hemisphere's winter and summer time.
const REFERENCE_DATES: [(i32, u32, u32); 2] = [(2025, 1, 15), (2025, 7, 15)];

/// When a person's working day starts, in minutes after midnight UTC, at each
/// reference date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct WorkWindow {
    starts_utc: [i32; 2],
}

impl WorkWindow {
    /// None for a missing or unknown zone name.
    pub(crate) fn of(timezone: &str) -> Option<Self> {
        let tz: Tz = timezone.trim().parse().ok()?;
        let mut starts_utc = [0; 2];
        for (slot, &(y, m, d)) in starts_utc.iter_mut().zip(REFERENCE_DATES.iter()) {
            // Noon UTC is a safe instant: no zone changes its offset then on these dates.
            let noon = NaiveDate::from_ymd_opt(y, m, d)?.and_hms_opt(12, 0, 0)?;
            let offset_minutes = tz.offset_from_utc_datetime(&noon).fix().local_minus_utc() / 60;
            *slot = (WORK_START - offset_minutes).rem_euclid(DAY);
        }
        Some(Self { starts_utc })
    }

    /// Minutes of working time the two share on every reference date.
    pub(crate) fn overlap_minutes(&self, other: &Self) -> u32 {
        let per_date = self
            .starts_utc
            .iter()
            .zip(other.starts_utc.iter())
            .map(|(&a, &b)| circular_overlap(a, b));
        per_date.min().unwrap_or(0)
    }
}

/// Overlap of two working days of equal length that start at `a` and `b`
/// minutes after midnight, on a 24-hour circle: a working day that runs past
/// midnight UTC still meets one that starts after it.
fn circular_overlap(a: i32, b: i32) -> u32 {
    let gap = (a - b).rem_euclid(DAY);
    let forward = (WORK_MINUTES - gap).max(0);
    let backward = (WORK_MINUTES - (DAY - gap)).max(0);
    u32::try_from(forward + backward).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn overlap(a: &str, b: &str) -> u32 {
        WorkWindow::of(a)
            .unwrap()
            .overlap_minutes(&WorkWindow::of(b).unwrap())
    }

    #[test]
    fn same_zone_shares_the_whole_day() {
        assert_eq!(overlap("Europe/Berlin", "Europe/Berlin"), 540);
        // Different names, same offsets all year.
        assert_eq!(overlap("Europe/Berlin", "Europe/Paris"), 540);
    }

    #[test]
    fn dst_season_takes_the_worse_half_of_the_year() {
        // Berlin is UTC+1 in January and UTC+2 in July; São Paulo is UTC-3 all
        // year: 4 hours apart in winter (5 h overlap), 5 in summer (4 h).
        assert_eq!(overlap("Europe/Berlin", "America/Sao_Paulo"), 4 * 60);
        // London and Sydney change in opposite directions: 11 h apart in
        // January, 9 h in July: at most no overlap at all.
        assert_eq!(overlap("Europe/London", "Australia/Sydney"), 0);
        // New York and London both move the same way by mid-month: 5 h apart.
        assert_eq!(overlap("America/New_York", "Europe/London"), 4 * 60);
    }

    #[test]
    fn half_hour_offsets_count_in_minutes() {
        // Kolkata is UTC+5:30 all year; Berlin +1/+2: 4.5 h or 3.5 h apart.
        assert_eq!(overlap("Asia/Kolkata", "Europe/Berlin"), 270);
    }

    #[test]
    fn overlap_wraps_around_midnight_utc() {
        // Tokyo (UTC+9) starts at 00:00 UTC; Honolulu (UTC-10) at 19:00 UTC,
        // running into Tokyo's morning: 4 hours shared.
        assert_eq!(overlap("Asia/Tokyo", "Pacific/Honolulu"), 4 * 60);
        assert_eq!(overlap("Pacific/Honolulu", "Asia/Tokyo"), 4 * 60);
    }

    #[test]
    fn unknown_zones_have_no_window() {
        assert!(WorkWindow::of("Mars/Olympus_Mons").is_none());
        assert!(WorkWindow::of("").is_none());
        assert!(WorkWindow::of(" Europe/Berlin ").is_some());
    }

    #[test]
    fn circular_overlap_is_symmetric_and_bounded() {
        for a in (0..DAY).step_by(30) {
            for b in (0..DAY).step_by(30) {
                let o = circular_overlap(a, b);
                assert_eq!(o, circular_overlap(b, a));
                assert!(o <= WORK_MINUTES as u32);
            }
        }
    }
}

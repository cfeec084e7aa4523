//! Lenient reading of a date and time typed by a person in their own zone.
//!
//! [`parse_when`] reads what people type when booking a session:
//!
//! - ISO `2026-12-03 15:00`, `2026-12-03T15:00`;
//! - day first, never month first: `3.12. 15:00`, `3.12.2026 15:00`,
//!   `03/12 15:00`, `3 Dec 15:00`, `3. Dezember 15 Uhr`, `Dec 3rd 3pm`;
//! - `today 15:00`, `tomorrow 15:00`, `day after tomorrow 10:00`;
//! - weekdays `tue 18:00`, `next tue 18:00`;
//! - `in 3 days 10:00`, `in 2 weeks 9:00`, and `in 2 hours`, `in 90 min`;
//!
//! with times `15:00`, `15.00`, `15h`, `15h30`, `15 Uhr`, `3pm`, `3:30 pm`,
//! and a lone hour (`tomorrow 9`, `at 9`) after a date or an "at" word.
//! Words come from `data/time_words.toml`: the person's language and
//! English, in any case, with or without diacritics; Arabic-Indic digits
//! count as digits.
//!
//! Choices:
//! - A weekday alone is the next such day; today if the time is still ahead
//!   today. "next tue" is never today: the first Tuesday after today.
//! - A date without a year is the next such date: this year, or next year
//!   once the day has gone. On that very day a time already gone is [`WhenError::Past`].
//! - A date needs a time of day and a time of day needs a date (both are
//!   [`WhenError::Unreadable`] alone); only "in 2 hours" stands alone. It is
//!   counted from now and cut to the whole minute.
//! - A lone hour from 1 to 6 ("tomorrow 3") is [`WhenError::Ambiguous`]:
//!   03:00 is rarely meant; "03:00", "3pm" or "3 Uhr" are read as written.
//! - When the text can be read as two different times (`10.11 12.11.`) it is
//!   [`WhenError::Ambiguous`]; a weekday that does not fit the date given
//!   with it is [`WhenError::Unreadable`].
//!
//! Pure: no clock, no I/O; `now` and the zone come from the caller.

mod grammar;
mod lex;
mod vocab;

#[cfg(test)]
mod tests;

use chrono::{Datelike, Days, LocalResult, NaiveDate, NaiveTime, TimeZone};
use chrono_tz::Tz;

use crate::i18n::Lang;
use crate::model::Millis;
use crate::time::{DAY_MS, MINUTE_MS};
use grammar::{Anchor, Reading};

/// A lone hour in this range ("tomorrow 3") is more likely 3 pm than 03:00,
/// so it is refused as ambiguous; "03:00", "3am", "3pm", "3 Uhr" are clear.
const LONE_NIGHT_HOURS: std::ops::RangeInclusive<u32> = 1..=6;

/// Times further ahead than this many days are [`WhenError::TooFar`].
pub const MAX_DAYS_AHEAD: i64 = 731;

/// Why a typed time was refused. Each deserves a message with [`example`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum WhenError {
    /// Not a date and time this reader understands, or a date without a time.
    #[error("not a date and time that can be read")]
    Unreadable,
    /// The time is not after now.
    #[error("that time has passed")]
    Past,
    /// More than one time fits: the local time occurs twice because the
    /// clocks go back, the text reads two ways (`10.11 12.11.`), or a lone
    /// small hour could be night or afternoon (`tomorrow 3`).
    #[error("that could be more than one time")]
    Ambiguous,
    /// The local time is skipped when the clocks go forward.
    #[error("that local time does not exist there")]
    Nonexistent,
    /// Further ahead than [`MAX_DAYS_AHEAD`].
    #[error("that time is too far ahead")]
    TooFar,
}

/// Reads `input` as an instant, typed in `tz` by a person writing `lang`
/// (English words are always accepted too). The result is strictly after `now`.
pub fn parse_when(input: &str, now: Millis, tz: Tz, lang: Lang) -> Result<Millis, WhenError> {
    let toks = lex::tokens(input).ok_or(WhenError::Unreadable)?;
    if toks.is_empty() {
        return Err(WhenError::Unreadable);
    }
    let readings = grammar::readings(&toks, vocab::words(lang));
    let mut found: Vec<Millis> = Vec::new();
    let mut worst: Option<WhenError> = None;
    for reading in readings {
        match resolve(&reading, now, tz) {
            Ok(at) => {
                if !found.contains(&at) {
                    found.push(at);
                }
            }
            Err(e) => {
                if worst.is_none_or(|w| rank(e) > rank(w)) {
                    worst = Some(e);
                }
            }
        }
    }
    match found.as_slice() {
        [at] => Ok(*at),
        [] => Err(worst.unwrap_or(WhenError::Unreadable)),
        _ => Err(WhenError::Ambiguous),
    }
}

/// A time that [`parse_when`] accepts, a few days after `now` at 15:00 in
/// `tz`, like `2026-12-03 15:00`, for messages that explain a refusal.
pub fn example(now: Millis, tz: Tz) -> String {
    let date = tz
        .timestamp_millis_opt(now)
        .single()
        .map(|t| t.date_naive())
        .and_then(|d| d.checked_add_days(Days::new(3)))
        .unwrap_or_else(|| NaiveDate::from_ymd_opt(2026, 12, 3).unwrap_or_default());
    format!("{} 15:00", date.format("%Y-%m-%d"))
}

/// Which refusal says the most when no reading worked.
fn rank(e: WhenError) -> u8 {
    match e {
        WhenError::Unreadable => 0,
        WhenError::TooFar => 1,
        WhenError::Past => 2,
        WhenError::Nonexistent => 3,
        WhenError::Ambiguous => 4,
    }
}

fn resolve(r: &Reading, now: Millis, tz: Tz) -> Result<Millis, WhenError> {
    let at = match r.minutes_ahead {
        Some(minutes) => minutes
            .checked_mul(MINUTE_MS)
            .and_then(|ms| now.checked_add(ms))
            .map(|at| at - at.rem_euclid(MINUTE_MS))
            .ok_or(WhenError::TooFar)?,
        None => local_instant(r, now, tz)?,
    };
    if at <= now {
        return Err(WhenError::Past);
    }
    let limit = now.saturating_add(MAX_DAYS_AHEAD * DAY_MS);
    if at > limit {
        return Err(WhenError::TooFar);
    }
    Ok(at)
}

/// The instant of a reading with a date (or weekday) and a time of day.
fn local_instant(r: &Reading, now: Millis, tz: Tz) -> Result<Millis, WhenError> {
    let clock = r.clock.ok_or(WhenError::Unreadable)?;
    if clock.lone && LONE_NIGHT_HOURS.contains(&clock.hour) {
        return Err(WhenError::Ambiguous);
    }
    let time = NaiveTime::from_hms_opt(clock.hour, clock.minute, clock.second)
        .ok_or(WhenError::Unreadable)?;
    let now_local = tz
        .timestamp_millis_opt(now)
        .single()
        .ok_or(WhenError::Unreadable)?
        .naive_local();
    let today = now_local.date();
    let date = match (r.anchor, r.weekday) {
        (Some(anchor), weekday) => {
            let date = anchor_date(anchor, today)?;
            match weekday {
                Some((day, _)) if u32::from(day) != date.weekday().num_days_from_monday() => {
                    return Err(WhenError::Unreadable);
                }
                _ => date,
            }
        }
        (None, Some((day, next))) => {
            let mut ahead =
                (i64::from(day) - i64::from(today.weekday().num_days_from_monday())).rem_euclid(7);
            if ahead == 0 && (next || today.and_time(time) <= now_local) {
                ahead = 7;
            }
            add_days(today, ahead)?
        }
        (None, None) => return Err(WhenError::Unreadable),
    };
    match tz.from_local_datetime(&date.and_time(time)) {
        LocalResult::Single(t) => Ok(t.timestamp_millis()),
        LocalResult::Ambiguous(_, _) => Err(WhenError::Ambiguous),
        LocalResult::None => Err(WhenError::Nonexistent),
    }
}

fn anchor_date(anchor: Anchor, today: NaiveDate) -> Result<NaiveDate, WhenError> {
    match anchor {
        Anchor::Offset(days) => add_days(today, days),
        Anchor::Date {
            year: Some(year),
            month,
            day,
        } => NaiveDate::from_ymd_opt(year, month, day).ok_or(WhenError::Unreadable),
        Anchor::Date {
            year: None,
            month,
            day,
        } => (0..=4)
            .filter_map(|k| NaiveDate::from_ymd_opt(today.year().checked_add(k)?, month, day))
            .find(|d| *d >= today)
            .ok_or(WhenError::Unreadable),
    }
}

fn add_days(date: NaiveDate, days: i64) -> Result<NaiveDate, WhenError> {
    let days = u64::try_from(days).map_err(|_| WhenError::Unreadable)?;
    date.checked_add_days(Days::new(days))
        .ok_or(WhenError::TooFar)
}

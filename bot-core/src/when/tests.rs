use std::collections::HashMap;

use chrono::{Datelike, NaiveDate};
use chrono_tz::Tz;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use super::lex::Tok;
use super::vocab::{self, Meaning};
use super::*;
use crate::time::{format_local, parse_local};

fn berlin() -> Tz {
    "Europe/Berlin".parse().expect("zone")
}

/// `2026-12-03 15:00` in Berlin.
fn b(s: &str) -> Millis {
    parse_local(s, berlin()).unwrap_or_else(|| panic!("fixture {s}"))
}

/// Tuesday 1 December 2026, 10:00 in Berlin.
fn now() -> Millis {
    b("2026-12-01 10:00")
}

fn lang(code: &str) -> Lang {
    Lang::ALL
        .into_iter()
        .find(|l| l.code() == code)
        .unwrap_or_else(|| panic!("language {code}"))
}

/// Reads each input at `now` in Berlin and compares with the expected local
/// time (or error), reporting every mismatch at once.
fn check(now: Millis, cases: &[(&str, &str, Result<&str, WhenError>)]) {
    let mut failures = Vec::new();
    for &(code, input, want) in cases {
        let got = parse_when(input, now, berlin(), lang(code)).map(|t| format_local(t, berlin()));
        let want = want.map(str::to_string);
        if got != want {
            failures.push(format!("[{code}] {input:?}: got {got:?}, want {want:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

use WhenError::{Ambiguous, Nonexistent, Past, TooFar, Unreadable};

#[test]
fn fixture_now_is_a_tuesday() {
    let date = NaiveDate::from_ymd_opt(2026, 12, 1).expect("date");
    assert_eq!(date.weekday(), chrono::Weekday::Tue);
}

#[test]
fn english_forms() {
    check(
        now(),
        &[
            // ISO
            ("en", "2026-12-03 15:00", Ok("2026-12-03 15:00")),
            ("en", "2026-12-03T15:00", Ok("2026-12-03 15:00")),
            ("en", "2026-12-03 15:00:00", Ok("2026-12-03 15:00")),
            ("en", "2026/12/03 15:00", Ok("2026-12-03 15:00")),
            ("en", "2026-12-3 9:05", Ok("2026-12-03 09:05")),
            // day first, never month first
            ("en", "3.12. 15:00", Ok("2026-12-03 15:00")),
            ("en", "3.12 15:00", Ok("2026-12-03 15:00")),
            ("en", "3.12.2026 15:00", Ok("2026-12-03 15:00")),
            ("en", "3.12.26 15:00", Ok("2026-12-03 15:00")),
            ("en", "03/12 15:00", Ok("2026-12-03 15:00")),
            ("en", "03/12/2026 15:00", Ok("2026-12-03 15:00")),
            ("en", "3-12-2026 15:00", Ok("2026-12-03 15:00")),
            ("en", "15:00 3.12.", Ok("2026-12-03 15:00")),
            ("en", "3.12. 15", Ok("2026-12-03 15:00")),
            ("en", "12/31 10:00", Err(Unreadable)),
            // month names
            ("en", "3 Dec 15:00", Ok("2026-12-03 15:00")),
            ("en", "3 December 15:00", Ok("2026-12-03 15:00")),
            ("en", "3 dec 2026 15:00", Ok("2026-12-03 15:00")),
            ("en", "December 3 15:00", Ok("2026-12-03 15:00")),
            ("en", "Dec 3rd 3pm", Ok("2026-12-03 15:00")),
            ("en", "3rd of December at 3pm", Ok("2026-12-03 15:00")),
            (
                "en",
                "December 3rd, 2026 at 3:30 pm",
                Ok("2026-12-03 15:30"),
            ),
            ("en", "on the 3rd of dec at 9", Ok("2026-12-03 09:00")),
            ("en", "3 December", Err(Unreadable)),
            // today, tomorrow, the day after
            ("en", "today 15:00", Ok("2026-12-01 15:00")),
            ("en", "tomorrow 15:00", Ok("2026-12-02 15:00")),
            ("en", "Tomorrow at 3pm", Ok("2026-12-02 15:00")),
            ("en", "tomorrow 3:30 pm", Ok("2026-12-02 15:30")),
            ("en", "tomorrow 3:30 p.m.", Ok("2026-12-02 15:30")),
            ("en", "tomorrow 9", Ok("2026-12-02 09:00")),
            ("en", "tomorrow 9:30", Ok("2026-12-02 09:30")),
            ("en", "tomorrow 15.00", Ok("2026-12-02 15:00")),
            ("en", "tomorrow 15h", Ok("2026-12-02 15:00")),
            ("en", "tomorrow 15h30", Ok("2026-12-02 15:30")),
            ("en", "tomorrow at 15", Ok("2026-12-02 15:00")),
            ("en", "  TOMORROW    15:00  ", Ok("2026-12-02 15:00")),
            ("en", "15:00 tomorrow", Ok("2026-12-02 15:00")),
            ("en", "at 9 tomorrow", Ok("2026-12-02 09:00")),
            ("en", "tomorrow, 15:00", Ok("2026-12-02 15:00")),
            ("en", "tomorrow @ 15:00", Ok("2026-12-02 15:00")),
            ("en", "tomorrow 12am", Ok("2026-12-02 00:00")),
            ("en", "tomorrow 12pm", Ok("2026-12-02 12:00")),
            ("en", "tomorrow 9 o'clock", Ok("2026-12-02 09:00")),
            // a lone small hour is more likely afternoon than night
            ("en", "tomorrow 3", Err(Ambiguous)),
            ("en", "tomorrow at 6", Err(Ambiguous)),
            ("en", "tomorrow 7", Ok("2026-12-02 07:00")),
            ("en", "tomorrow 0", Ok("2026-12-02 00:00")),
            ("en", "tomorrow 3:00", Ok("2026-12-02 03:00")),
            ("en", "tomorrow 3am", Ok("2026-12-02 03:00")),
            ("en", "tomorrow 3h", Ok("2026-12-02 03:00")),
            ("de", "morgen 3 Uhr", Ok("2026-12-02 03:00")),
            ("ar", "غدا الساعة ٣", Err(Ambiguous)),
            ("en", "day after tomorrow 10:00", Ok("2026-12-03 10:00")),
            (
                "en",
                "the day after tomorrow at 10am",
                Ok("2026-12-03 10:00"),
            ),
            // weekdays, now being Tuesday 10:00
            ("en", "tue 18:00", Ok("2026-12-01 18:00")),
            ("en", "Tuesday at 6pm", Ok("2026-12-01 18:00")),
            ("en", "tue 9:00", Ok("2026-12-08 09:00")),
            ("en", "tue 10:00", Ok("2026-12-08 10:00")),
            ("en", "next tue 18:00", Ok("2026-12-08 18:00")),
            ("en", "wed 18:00", Ok("2026-12-02 18:00")),
            ("en", "next wed 18:00", Ok("2026-12-02 18:00")),
            ("en", "thurs 9", Ok("2026-12-03 09:00")),
            ("en", "sun 10:00", Ok("2026-12-06 10:00")),
            ("en", "mon 18:00", Ok("2026-12-07 18:00")),
            ("en", "on Monday at 6 pm", Ok("2026-12-07 18:00")),
            ("en", "tue 8.12. 18:00", Ok("2026-12-08 18:00")),
            ("en", "wed 8.12. 18:00", Err(Unreadable)),
            // relative days and weeks need a time
            ("en", "in 3 days 10:00", Ok("2026-12-04 10:00")),
            ("en", "in 3 days at 10am", Ok("2026-12-04 10:00")),
            ("en", "in 2 weeks 9:00", Ok("2026-12-15 09:00")),
            ("en", "in a week 9:00", Ok("2026-12-08 09:00")),
            ("en", "3 days from now 10:00", Ok("2026-12-04 10:00")),
            ("en", "+3d 10:00", Ok("2026-12-04 10:00")),
            ("en", "in 3 days", Err(Unreadable)),
            // relative hours and minutes stand alone
            ("en", "in 2 hours", Ok("2026-12-01 12:00")),
            ("en", "in 2h", Ok("2026-12-01 12:00")),
            ("en", "in 90 min", Ok("2026-12-01 11:30")),
            ("en", "in 1h30", Ok("2026-12-01 11:30")),
            ("en", "in 2 hours 30 minutes", Ok("2026-12-01 12:30")),
            ("en", "in an hour", Ok("2026-12-01 11:00")),
            ("en", "+2h", Ok("2026-12-01 12:00")),
            ("en", "2 hours later", Ok("2026-12-01 12:00")),
            ("en", "in 2 hours 15:00", Err(Unreadable)),
        ],
    );
}

#[test]
fn refusals() {
    check(
        now(),
        &[
            ("en", "", Err(Unreadable)),
            ("en", "   ", Err(Unreadable)),
            ("en", "tomorrow", Err(Unreadable)),
            ("en", "3.12.", Err(Unreadable)),
            ("en", "15:00", Err(Unreadable)),
            ("en", "tue", Err(Unreadable)),
            ("en", "banana", Err(Unreadable)),
            ("en", "tomorrow banana 15:00", Err(Unreadable)),
            ("en", "31.4. 10:00", Err(Unreadable)),
            ("en", "2026-02-30 10:00", Err(Unreadable)),
            ("en", "tomorrow 25:00", Err(Unreadable)),
            ("en", "tomorrow 24:00", Err(Unreadable)),
            ("en", "tomorrow 15:60", Err(Unreadable)),
            ("en", "tomorrow 13pm", Err(Unreadable)),
            ("en", "tomorrow 0am", Err(Unreadable)),
            ("en", "tomorrow tomorrow 15:00", Err(Unreadable)),
            ("en", "tomorrow 15:00 16:00", Err(Unreadable)),
            ("en", "2026-12-03 15:00 -", Err(Unreadable)),
            // past
            ("en", "today 9:00", Err(Past)),
            ("en", "today 10:00", Err(Past)),
            ("en", "2026-12-01 10:00", Err(Past)),
            ("en", "2026-11-30 15:00", Err(Past)),
            ("en", "30.11.2026 15:00", Err(Past)),
            ("en", "in 0 minutes", Err(Past)),
            // on the day itself a yearless date whose time has gone is past
            ("en", "1.12. 9:00", Err(Past)),
            ("en", "1.12. 11:00", Ok("2026-12-01 11:00")),
            // too far
            ("en", "2030-01-01 10:00", Err(TooFar)),
            ("en", "in 1000 weeks 10:00", Err(TooFar)),
            ("en", "in 999999 hours", Err(TooFar)),
            ("en", "2028-11-30 10:00", Ok("2028-11-30 10:00")),
            // two readings: 10:11 on 12 Nov, or 12:11 on 10 Nov
            ("en", "10.11 12.11.", Err(Ambiguous)),
        ],
    );
}

#[test]
fn relative_hours_count_from_now_to_the_whole_minute() {
    let now = b("2026-12-01 10:00") + 30_500;
    let got = parse_when("in 2 hours", now, berlin(), Lang::En).expect("reads");
    assert_eq!(got, b("2026-12-01 12:00"));
    let got = parse_when("in 1 minute", now, berlin(), Lang::En).expect("reads");
    assert_eq!(got, b("2026-12-01 10:01"));
}

#[test]
fn a_year_without_a_date_rolls_over() {
    let now = b("2026-12-20 10:00");
    check(
        now,
        &[
            ("en", "5.1. 10:00", Ok("2027-01-05 10:00")),
            ("en", "5 Jan 10:00", Ok("2027-01-05 10:00")),
            ("en", "05/01 10:00", Ok("2027-01-05 10:00")),
            ("de", "5. Januar 10 Uhr", Ok("2027-01-05 10:00")),
            ("en", "1.12. 10:00", Ok("2027-12-01 10:00")),
            ("en", "24.12. 10:00", Ok("2026-12-24 10:00")),
            ("en", "5.1.2026 10:00", Err(Past)),
            ("en", "5.1.2027 10:00", Ok("2027-01-05 10:00")),
            ("en", "in 2 weeks 10:00", Ok("2027-01-03 10:00")),
            ("en", "sat 10:00", Ok("2026-12-26 10:00")),
            ("en", "29.2. 10:00", Ok("2028-02-29 10:00")),
        ],
    );
}

#[test]
fn daylight_saving_gaps_and_overlaps_in_berlin() {
    let now = b("2026-03-01 10:00");
    check(
        now,
        &[
            ("en", "2026-03-29 02:30", Err(Nonexistent)),
            ("en", "29.3. 2:30", Err(Nonexistent)),
            ("de", "29. März um 2:30", Err(Nonexistent)),
            ("en", "2026-03-29 01:30", Ok("2026-03-29 01:30")),
            ("en", "2026-03-29 03:30", Ok("2026-03-29 03:30")),
            ("en", "2026-10-25 02:30", Err(Ambiguous)),
            ("en", "25.10. 2:30", Err(Ambiguous)),
            ("en", "2026-10-25 01:30", Ok("2026-10-25 01:30")),
            ("en", "2026-10-25 03:30", Ok("2026-10-25 03:30")),
        ],
    );
    // 01:30 on 25 October is still summer time (UTC+2).
    let t = parse_when("2026-10-25 01:30", now, berlin(), Lang::En).expect("reads");
    assert_eq!(format_local(t, Tz::UTC), "2026-10-24 23:30");
    // The day before the gap, "tomorrow 02:30" does not exist either.
    let eve = b("2026-03-28 12:00");
    let got = parse_when("tomorrow 02:30", eve, berlin(), Lang::En);
    assert_eq!(got, Err(Nonexistent));
    // "in 2 hours" across the change is plain elapsed time.
    let before = b("2026-03-29 01:00");
    let got = parse_when("in 2 hours", before, berlin(), Lang::En).expect("reads");
    assert_eq!(format_local(got, berlin()), "2026-03-29 04:00");
}

#[test]
fn the_zone_decides_which_instant() {
    let tokyo: Tz = "Asia/Tokyo".parse().expect("zone");
    let got = parse_when("2026-12-03 15:00", now(), tokyo, Lang::En).expect("reads");
    assert_eq!(format_local(got, Tz::UTC), "2026-12-03 06:00");
    // At 10:00 in Berlin it is already 18:00 on the same Tuesday in Tokyo.
    let got = parse_when("today 17:00", now(), tokyo, Lang::En);
    assert_eq!(got, Err(Past));
    let got = parse_when("tue 17:00", now(), tokyo, Lang::En).expect("reads");
    assert_eq!(format_local(got, tokyo), "2026-12-08 17:00");
}

/// (language, today, tomorrow, day after tomorrow, Monday..Sunday in full)
type Words = (
    &'static str,
    &'static str,
    &'static str,
    Option<&'static str>,
    [&'static str; 7],
);

const EVERY_LANGUAGE: [Words; 13] = [
    (
        "en",
        "today",
        "tomorrow",
        Some("day after tomorrow"),
        [
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
        ],
    ),
    (
        "de",
        "heute",
        "morgen",
        Some("übermorgen"),
        [
            "Montag",
            "Dienstag",
            "Mittwoch",
            "Donnerstag",
            "Freitag",
            "Samstag",
            "Sonntag",
        ],
    ),
    (
        "pl",
        "dziś",
        "jutro",
        Some("pojutrze"),
        [
            "poniedziałek",
            "wtorek",
            "środa",
            "czwartek",
            "piątek",
            "sobota",
            "niedziela",
        ],
    ),
    (
        "ru",
        "сегодня",
        "завтра",
        Some("послезавтра"),
        [
            "понедельник",
            "вторник",
            "среда",
            "четверг",
            "пятница",
            "суббота",
            "воскресенье",
        ],
    ),
    (
        "da",
        "i dag",
        "i morgen",
        Some("i overmorgen"),
        [
            "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag",
        ],
    ),
    (
        "sv",
        "idag",
        "imorgon",
        Some("i övermorgon"),
        [
            "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag",
        ],
    ),
    (
        "fi",
        "tänään",
        "huomenna",
        Some("ylihuomenna"),
        [
            "maanantai",
            "tiistai",
            "keskiviikko",
            "torstai",
            "perjantai",
            "lauantai",
            "sunnuntai",
        ],
    ),
    (
        "et",
        "täna",
        "homme",
        Some("ülehomme"),
        [
            "esmaspäev",
            "teisipäev",
            "kolmapäev",
            "neljapäev",
            "reede",
            "laupäev",
            "pühapäev",
        ],
    ),
    (
        "lv",
        "šodien",
        "rīt",
        Some("parīt"),
        [
            "pirmdiena",
            "otrdiena",
            "trešdiena",
            "ceturtdiena",
            "piektdiena",
            "sestdiena",
            "svētdiena",
        ],
    ),
    (
        "lt",
        "šiandien",
        "rytoj",
        Some("poryt"),
        [
            "pirmadienis",
            "antradienis",
            "trečiadienis",
            "ketvirtadienis",
            "penktadienis",
            "šeštadienis",
            "sekmadienis",
        ],
    ),
    (
        "tr",
        "bugün",
        "yarın",
        Some("öbür gün"),
        [
            "pazartesi",
            "salı",
            "çarşamba",
            "perşembe",
            "cuma",
            "cumartesi",
            "pazar",
        ],
    ),
    (
        "fr",
        "aujourd'hui",
        "demain",
        Some("après-demain"),
        [
            "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
        ],
    ),
    (
        "ar",
        "اليوم",
        "غداً",
        Some("بعد غد"),
        [
            "الاثنين",
            "الثلاثاء",
            "الأربعاء",
            "الخميس",
            "الجمعة",
            "السبت",
            "الأحد",
        ],
    ),
];

/// The date of "<weekday> 18:00" when now is Tuesday 1 December 10:00.
fn weekday_date(monday_based: usize) -> String {
    let ahead = (monday_based + 6) % 7; // Tuesday is 0 days ahead
    format!("2026-12-{:02} 18:00", 1 + ahead)
}

#[test]
fn today_tomorrow_and_weekdays_in_every_language() {
    assert_eq!(EVERY_LANGUAGE.len(), Lang::ALL.len());
    let mut cases: Vec<(&str, String, Result<String, WhenError>)> = Vec::new();
    for (code, today, tomorrow, after, days) in EVERY_LANGUAGE {
        cases.push((
            code,
            format!("{today} 15:00"),
            Ok("2026-12-01 15:00".into()),
        ));
        cases.push((
            code,
            format!("{tomorrow} 15:00"),
            Ok("2026-12-02 15:00".into()),
        ));
        cases.push((
            code,
            format!("15:00 {tomorrow}"),
            Ok("2026-12-02 15:00".into()),
        ));
        cases.push((
            code,
            format!("{} 15:00", tomorrow.to_uppercase()),
            Ok("2026-12-02 15:00".into()),
        ));
        if let Some(after) = after {
            cases.push((
                code,
                format!("{after} 10:00"),
                Ok("2026-12-03 10:00".into()),
            ));
        }
        for (i, day) in days.iter().enumerate() {
            cases.push((code, format!("{day} 18:00"), Ok(weekday_date(i))));
        }
        // English is understood whatever the language.
        cases.push((code, "tomorrow 15:00".into(), Ok("2026-12-02 15:00".into())));
        cases.push((code, "tue 18:00".into(), Ok("2026-12-01 18:00".into())));
        cases.push((code, "3 Dec 15:00".into(), Ok("2026-12-03 15:00".into())));
        cases.push((
            code,
            "in 3 days 10:00".into(),
            Ok("2026-12-04 10:00".into()),
        ));
        cases.push((code, "in 2 hours".into(), Ok("2026-12-01 12:00".into())));
    }
    let cases: Vec<(&str, &str, Result<&str, WhenError>)> = cases
        .iter()
        .map(|(c, i, w)| {
            (
                *c,
                i.as_str(),
                w.as_ref().map(String::as_str).map_err(|e| *e),
            )
        })
        .collect();
    check(now(), &cases);
}

#[test]
fn tuesday_abbreviations_and_spellings() {
    let today = Ok("2026-12-01 18:00");
    check(
        now(),
        &[
            ("en", "tue 18:00", today),
            ("de", "di 18:00", today),
            ("de", "Di. 18 Uhr", today),
            ("pl", "wt 18:00", today),
            ("pl", "we wtorek o 18", today),
            ("ru", "вт 18:00", today),
            ("ru", "во вторник в 18:00", today),
            ("da", "tir 18:00", today),
            ("da", "på tirsdag kl. 18", today),
            ("sv", "tis 18:00", today),
            ("sv", "tisdag kl 18", today),
            ("fi", "ti 18:00", today),
            ("fi", "tiistaina klo 18", today),
            ("et", "T 18:00", today),
            ("et", "teisipäeval kell 18", today),
            ("lv", "otrd 18:00", today),
            ("lv", "otrdien plkst. 18", today),
            ("lt", "an 18:00", today),
            ("lt", "antradienį 18 val.", today),
            ("tr", "sal 18:00", today),
            ("tr", "salı günü saat 18'de", today),
            ("fr", "mar 18:00", today),
            ("fr", "mardi à 18h", today),
            ("ar", "الثلاثاء 18:00", today),
            ("ar", "يوم الثلاثاء الساعة ٦ مساءً", today),
            // without diacritics, as people type on foreign keyboards
            ("pl", "sroda 18:00", Ok("2026-12-02 18:00")),
            ("da", "lordag 18:00", Ok("2026-12-05 18:00")),
            ("da", "loerdag 18:00", Ok("2026-12-05 18:00")),
            ("sv", "sondag 18:00", Ok("2026-12-06 18:00")),
            ("fi", "tanaan 15:00", Ok("2026-12-01 15:00")),
            ("tr", "sali 18:00", today),
            ("tr", "yarin 15:00", Ok("2026-12-02 15:00")),
            ("lv", "sodien 15:00", Ok("2026-12-01 15:00")),
            ("lv", "rit 15:00", Ok("2026-12-02 15:00")),
            ("lt", "siandien 15:00", Ok("2026-12-01 15:00")),
            ("lt", "sestadieni 18:00", Ok("2026-12-05 18:00")),
            ("de", "uebermorgen 10:00", Ok("2026-12-03 10:00")),
            ("de", "ubermorgen 10:00", Ok("2026-12-03 10:00")),
            ("fr", "apres demain 10h", Ok("2026-12-03 10:00")),
            ("fr", "aujourdhui 15h", Ok("2026-12-01 15:00")),
            ("et", "ulehomme 10:00", Ok("2026-12-03 10:00")),
            ("ar", "الاحد 10:00", Ok("2026-12-06 10:00")),
            ("ar", "غدا 15:00", Ok("2026-12-02 15:00")),
            // "next" before or after the weekday
            ("de", "nächsten Dienstag 18:00", Ok("2026-12-08 18:00")),
            ("pl", "w przyszły wtorek o 18:00", Ok("2026-12-08 18:00")),
            ("ru", "в следующий вторник в 18:00", Ok("2026-12-08 18:00")),
            ("da", "næste tirsdag kl. 18", Ok("2026-12-08 18:00")),
            ("sv", "nästa tisdag 18:00", Ok("2026-12-08 18:00")),
            ("fi", "ensi tiistaina klo 18", Ok("2026-12-08 18:00")),
            ("et", "järgmisel teisipäeval 18:00", Ok("2026-12-08 18:00")),
            ("lv", "nākamajā otrdienā 18:00", Ok("2026-12-08 18:00")),
            ("lt", "kitą antradienį 18:00", Ok("2026-12-08 18:00")),
            ("tr", "gelecek salı 18:00", Ok("2026-12-08 18:00")),
            ("fr", "mardi prochain 18h", Ok("2026-12-08 18:00")),
            ("ar", "الثلاثاء القادم 18:00", Ok("2026-12-08 18:00")),
        ],
    );
}

#[test]
fn times_dates_and_spans_in_every_language() {
    let tomorrow = Ok("2026-12-02 15:00");
    let dec3 = Ok("2026-12-03 15:00");
    let in3 = Ok("2026-12-04 10:00");
    let in2h = Ok("2026-12-01 12:00");
    check(
        now(),
        &[
            ("de", "morgen um 15 Uhr", tomorrow),
            ("de", "3. Dezember 15 Uhr", dec3),
            ("de", "am 3.12. um 15:00", dec3),
            ("de", "in 3 Tagen 10:00", in3),
            ("de", "in einer Woche um 9", Ok("2026-12-08 09:00")),
            ("de", "in 2 Stunden", in2h),
            ("pl", "jutro o 15", tomorrow),
            ("pl", "jutro o godz. 15:00", tomorrow),
            ("pl", "3 grudnia o 15:00", dec3),
            ("pl", "za 3 dni o 10", in3),
            ("pl", "za tydzień 9:00", Ok("2026-12-08 09:00")),
            ("pl", "za 2 godziny", in2h),
            ("ru", "завтра в 15:00", tomorrow),
            ("ru", "3 декабря в 15:00", dec3),
            ("ru", "через 3 дня в 10:00", in3),
            ("ru", "через 2 часа", in2h),
            ("ru", "через час", Ok("2026-12-01 11:00")),
            ("da", "i morgen kl. 15", tomorrow),
            ("da", "3. december kl. 15", dec3),
            ("da", "om 3 dage kl 10", in3),
            ("da", "om 2 timer", in2h),
            ("sv", "imorgon kl 15", tomorrow),
            ("sv", "i morgon 15.00", tomorrow),
            ("sv", "3 december kl 15", dec3),
            ("sv", "3:e december 15:00", dec3),
            ("sv", "om 3 dagar 10:00", in3),
            ("sv", "om 2 timmar", in2h),
            ("fi", "huomenna klo 15", tomorrow),
            ("fi", "huomenna klo 15.00", tomorrow),
            ("fi", "3. joulukuuta klo 15", dec3),
            ("fi", "3 päivän päästä klo 10", in3),
            ("fi", "2 tunnin päästä", in2h),
            ("et", "homme kell 15", tomorrow),
            ("et", "3. detsember kell 15", dec3),
            ("et", "3 päeva pärast kell 10", in3),
            ("et", "2 tunni pärast", in2h),
            ("et", "2026-12-03T15:00", dec3),
            ("lv", "rīt plkst. 15", tomorrow),
            ("lv", "3. decembrī plkst. 15:00", dec3),
            ("lv", "pēc 3 dienām 10:00", in3),
            ("lv", "pēc 2 stundām", in2h),
            ("lt", "rytoj 15 val.", tomorrow),
            ("lt", "gruodžio 3 d. 15 val.", dec3),
            ("lt", "po 3 dienų 10:00", in3),
            ("lt", "po 2 valandų", in2h),
            ("tr", "yarın saat 15'te", tomorrow),
            ("tr", "3 Aralık 15:00", dec3),
            ("tr", "3 gün sonra 10:00", in3),
            ("tr", "2 saat sonra", in2h),
            ("fr", "demain à 15h", tomorrow),
            ("fr", "le 3 décembre à 15h", dec3),
            ("fr", "dans 3 jours à 10h", in3),
            ("fr", "dans 2 heures", in2h),
            ("fr", "dans 1h30", Ok("2026-12-01 11:30")),
            ("ar", "غدا الساعة 3 مساء", tomorrow),
            ("ar", "3 ديسمبر 15:00", dec3),
            ("ar", "3 كانون الأول 15:00", dec3),
            ("ar", "بعد 3 أيام 10:00", in3),
            ("ar", "بعد يومين 10:00", Ok("2026-12-03 10:00")),
            ("ar", "بعد ساعتين", in2h),
            ("ar", "بعد ساعة", Ok("2026-12-01 11:00")),
            // another language's words are not guessed at
            ("de", "jutro 15:00", Err(Unreadable)),
            ("en", "morgen 15:00", Err(Unreadable)),
            ("pl", "T 18:00", Err(Unreadable)),
        ],
    );
}

#[test]
fn arabic_indic_digits_and_right_to_left_text() {
    check(
        now(),
        &[
            ("ar", "٢٠٢٦-١٢-٠٣ ١٥:٠٠", Ok("2026-12-03 15:00")),
            ("ar", "غدا ١٥:٠٠", Ok("2026-12-02 15:00")),
            ("ar", "٣/١٢ ١٥:٠٠", Ok("2026-12-03 15:00")),
            ("ar", "۳/۱۲ ۱۵:۰۰", Ok("2026-12-03 15:00")),
            ("ar", "بعد ٣ أيام ١٠:٠٠", Ok("2026-12-04 10:00")),
            (
                "ar",
                "\u{200F}غداً الساعة ٣ مساءً\u{200F}",
                Ok("2026-12-02 15:00"),
            ),
            (
                "ar",
                "\u{202B}الخميس، ١٥:٠٠\u{202C}",
                Ok("2026-12-03 15:00"),
            ),
            ("ar", "١٥:٠٠ غدا", Ok("2026-12-02 15:00")),
            ("en", "tomorrow ١٥:٠٠", Ok("2026-12-02 15:00")),
            ("de", "morgen ١٥ Uhr", Ok("2026-12-02 15:00")),
            ("ar", "غدا", Err(Unreadable)),
        ],
    );
}

#[test]
fn weekday_on_the_same_weekday_before_and_after_the_time() {
    // Tuesday 1 December at 17:59, 18:00 and 18:01.
    for (now, want) in [
        ("2026-12-01 17:59", "2026-12-01 18:00"),
        ("2026-12-01 18:00", "2026-12-08 18:00"),
        ("2026-12-01 18:01", "2026-12-08 18:00"),
    ] {
        for (code, input) in [
            ("en", "tue 18:00"),
            ("de", "Dienstag 18 Uhr"),
            ("fi", "ti 18"),
        ] {
            let got =
                parse_when(input, b(now), berlin(), lang(code)).map(|t| format_local(t, berlin()));
            assert_eq!(got, Ok(want.to_string()), "{input} at {now}");
        }
        let got = parse_when("next tue 18:00", b(now), berlin(), Lang::En)
            .map(|t| format_local(t, berlin()));
        assert_eq!(got, Ok("2026-12-08 18:00".to_string()), "next tue at {now}");
    }
}

#[test]
fn example_is_a_few_days_ahead_and_readable() {
    assert_eq!(example(now(), berlin()), "2026-12-04 15:00");
    let zones: [Tz; 5] = [
        berlin(),
        Tz::UTC,
        "America/Sao_Paulo".parse().expect("zone"),
        "Pacific/Kiritimati".parse().expect("zone"),
        "America/Adak".parse().expect("zone"),
    ];
    for tz in zones {
        for at in [now(), b("2026-03-27 23:30"), b("2026-10-23 12:00"), 0] {
            let text = example(at, tz);
            assert!(
                text.chars()
                    .all(|c| c.is_ascii_digit() || " -:".contains(c)),
                "{text}"
            );
            for lang in Lang::ALL {
                assert!(
                    parse_when(&text, at, tz, lang).is_ok(),
                    "{text} in {tz} for {lang:?}"
                );
            }
        }
    }
    // Never panics, even at the ends of time.
    assert!(!example(i64::MAX, berlin()).is_empty());
    assert!(!example(i64::MIN, berlin()).is_empty());
}

#[test]
fn vocabulary_is_complete() {
    let raw = vocab::raw().expect("data/time_words.toml parses");
    for lang in Lang::ALL {
        let words = raw
            .get(lang.code())
            .unwrap_or_else(|| panic!("{} missing", lang.code()));
        assert_eq!(words.weekdays.len(), 7, "{} weekdays", lang.code());
        assert_eq!(words.months.len(), 12, "{} months", lang.code());
        assert!(
            words.weekdays.iter().all(|w| !w.is_empty()),
            "{}",
            lang.code()
        );
        assert!(
            words.months.iter().all(|m| !m.is_empty()),
            "{}",
            lang.code()
        );
        assert!(!words.today.is_empty(), "{} today", lang.code());
        assert!(!words.tomorrow.is_empty(), "{} tomorrow", lang.code());
        for (text, _) in words.pairs() {
            let toks = super::lex::tokens(text).unwrap_or_default();
            assert!(
                !toks.is_empty()
                    && toks
                        .iter()
                        .all(|t| matches!(t, Tok::Word(_) | Tok::Punct(_))),
                "{}: {text:?} is not made of words",
                lang.code()
            );
        }
    }
    assert_eq!(raw.len(), Lang::ALL.len(), "only shipped languages");
}

/// Two meanings of one kind for the same word (say Tuesday and Thursday)
/// would make readings depend on luck; words of different kinds ("mar" is
/// Tuesday in French and March in English) are told apart by the grammar.
#[test]
fn no_word_has_two_meanings_of_one_kind() {
    fn kind(m: Meaning) -> u8 {
        match m {
            Meaning::DayOffset(_) => 0,
            Meaning::Weekday(_) => 1,
            Meaning::Month(_) => 2,
            Meaning::Unit(..) => 3,
            Meaning::Am | Meaning::Pm => 4,
            _ => 5,
        }
    }
    let mut clashes = Vec::new();
    for lang in Lang::ALL {
        let mut seen: HashMap<(Vec<Tok>, u8), Meaning> = HashMap::new();
        for (toks, meaning) in vocab::words(lang).all() {
            if kind(meaning) == 5 {
                continue;
            }
            if let Some(other) = seen.insert((toks.to_vec(), kind(meaning)), meaning)
                && other != meaning
            {
                clashes.push(format!(
                    "{}: {toks:?} is {other:?} and {meaning:?}",
                    lang.code()
                ));
            }
        }
    }
    assert!(clashes.is_empty(), "{}", clashes.join("\n"));
}

const ZONES: [&str; 6] = [
    "Europe/Berlin",
    "UTC",
    "Asia/Tokyo",
    "America/New_York",
    "Australia/Lord_Howe",
    "Asia/Kathmandu",
];

#[test]
fn arbitrary_text_never_panics() {
    let pieces = [
        "tomorrow",
        "tue",
        "next",
        "in",
        "at",
        "3",
        "15",
        "2026",
        ":",
        ".",
        "/",
        "-",
        "+",
        ",",
        "@",
        "'",
        "h",
        "pm",
        "am",
        "days",
        "hours",
        "غدا",
        "الساعة",
        "٣",
        "١٥",
        "\u{200F}",
        "\u{202E}",
        "\u{0301}",
        "ß",
        "İ",
        "T",
        "0",
        "00",
        "99",
        "999999999",
        "dec",
        "d.",
        "päästä",
        "через",
        "om",
        "kl",
        "🎉",
        " ",
        "  ",
        "\t",
        "\n",
        "\u{0}",
        "ﷺ",
        "𝟙",
    ];
    let mut rng = ChaCha8Rng::seed_from_u64(4);
    let zones: Vec<Tz> = ZONES.iter().map(|z| z.parse().expect("zone")).collect();
    for round in 0..4000 {
        let mut text = String::new();
        if round % 3 == 0 {
            for _ in 0..rng.random_range(0..40) {
                let c = char::from_u32(rng.random_range(0..0x3_0000)).unwrap_or('x');
                text.push(c);
            }
        } else {
            for _ in 0..rng.random_range(0..24) {
                text.push_str(pieces[rng.random_range(0..pieces.len())]);
                if rng.random_bool(0.5) {
                    text.push(' ');
                }
            }
        }
        let lang = Lang::ALL[rng.random_range(0..Lang::ALL.len())];
        let tz = zones[rng.random_range(0..zones.len())];
        let now = match round % 50 {
            0 => i64::MAX,
            1 => i64::MIN,
            2 => 0,
            _ => rng.random_range(0..4_000_000_000_000),
        };
        if let Ok(at) = parse_when(&text, now, tz, lang) {
            assert!(at > now, "{text:?} at {now}");
            assert!(at - now <= MAX_DAYS_AHEAD * DAY_MS, "{text:?} at {now}");
        }
    }
}

#[test]
fn long_and_repetitive_input_is_refused_quickly() {
    let inputs = [
        "tomorrow 15:00 ".repeat(1000),
        "at ".repeat(60),
        "1.".repeat(19),
        "1.1 ".repeat(13),
        "tue next ".repeat(6),
        "الثلاثاء ".repeat(300),
        "9".repeat(5000),
        "\u{200F}".repeat(10_000),
    ];
    for input in inputs {
        let started = std::time::Instant::now();
        let got = parse_when(&input, now(), berlin(), Lang::En);
        assert!(got.is_err(), "{input:?}");
        assert!(started.elapsed().as_secs() < 2, "{input:?} took too long");
    }
}

/// Any future minute, written as `format_local` shows it, reads back.
#[test]
fn formatted_times_read_back() {
    let mut rng = ChaCha8Rng::seed_from_u64(7);
    for name in ZONES {
        let tz: Tz = name.parse().expect("zone");
        for _ in 0..300 {
            let now: Millis = rng.random_range(1_700_000_000_000..1_900_000_000_000);
            let ahead = rng.random_range(1..700 * 24 * 60) * MINUTE_MS;
            let at = now - now.rem_euclid(MINUTE_MS) + ahead;
            let text = format_local(at, tz);
            match parse_when(&text, now, tz, Lang::En) {
                Ok(got) => assert_eq!(got, at, "{text} in {name}"),
                // The same wall time twice (clocks going back): refused.
                Err(Ambiguous) => {}
                Err(e) => panic!("{text} in {name}: {e:?}"),
            }
        }
    }
}

mod properties {
    use proptest::prelude::*;

    use super::*;

    fn any_lang() -> impl Strategy<Value = Lang> {
        (0..Lang::ALL.len()).prop_map(|i| Lang::ALL[i])
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        /// Any text, any language, any moment: an answer, never a panic,
        /// and an accepted time is always ahead and not too far.
        #[test]
        fn any_text_gets_an_answer(
            text in any::<String>(),
            lang in any_lang(),
            now in any::<i64>(),
        ) {
            if let Ok(at) = parse_when(&text, now, berlin(), lang) {
                prop_assert!(at > now);
                prop_assert!(at - now <= MAX_DAYS_AHEAD * DAY_MS);
            }
        }

        /// Text made of the pieces the reader knows, in any order.
        #[test]
        fn near_misses_get_an_answer(
            text in "((tomorrow|tue|next|in|at|3|15|2026|:|\\.|/|-|\\+|,|pm|days|h|غدا|الساعة|٣|\u{200F}|T) ?){0,16}",
            lang in any_lang(),
        ) {
            let now = now();
            if let Ok(at) = parse_when(&text, now, berlin(), lang) {
                prop_assert!(at > now);
            }
        }

        /// "<date> <time>" in ISO form reads back exactly, whatever the date.
        #[test]
        fn iso_dates_read_back(days in 1i64..700, hour in 7u32..24, minute in 0u32..60) {
            let date = NaiveDate::from_ymd_opt(2026, 12, 1)
                .and_then(|d| d.checked_add_days(chrono::Days::new(days as u64)))
                .expect("date");
            let text = format!("{} {hour:02}:{minute:02}", date.format("%Y-%m-%d"));
            let got = parse_when(&text, now(), berlin(), Lang::En).map(|t| format_local(t, berlin()));
            prop_assert_eq!(got, Ok(text));
        }
    }
}

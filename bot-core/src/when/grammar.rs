//! Every way a list of pieces can be read as a date and a time.
//!
//! A reading is made of parts in any order, with fillers ("at", "um", ",",
//! ".") between them: a date (`2026-12-03`, `3.12.`, `3 Dec`, `tomorrow`,
//! `in 3 days`), a weekday (`tue`, `next tue`), a time of day (`15:00`,
//! `15h30`, `3pm`, a lone `15` after a date or "at"), or instead of all
//! of them a span from now (`in 2 hours`). The search tries every reading
//! (the pieces are few and the work is capped), and the caller decides
//! what to make of none, one or several.

use super::lex::Tok;
use super::vocab::{Meaning, Unit, Words};

/// At most this many readings are kept.
const MAX_READINGS: usize = 64;
/// At most this many steps are taken in the search.
const MAX_STEPS: u32 = 20_000;

/// A date before the time of day is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Anchor {
    /// Today plus this many days.
    Offset(i64),
    /// A calendar date; without a year it means the next such day.
    Date {
        year: Option<i32>,
        month: u32,
        day: u32,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Clock {
    pub hour: u32,
    pub minute: u32,
    pub second: u32,
    /// Typed as a lone number ("tomorrow 3"), without minutes or a mark.
    pub lone: bool,
}

/// One reading of the whole input.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct Reading {
    pub anchor: Option<Anchor>,
    /// Monday = 0, and whether "next" was said.
    pub weekday: Option<(u8, bool)>,
    pub clock: Option<Clock>,
    /// "in 2 hours": minutes from now, with nothing else.
    pub minutes_ahead: Option<i64>,
    /// The last part was "at"; a lone number may follow as the hour.
    after_at: bool,
}

/// Things found starting at one position, each with the position after it.
type Found<T> = Vec<(T, usize)>;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Span {
    Days(i64),
    Minutes(i64),
}

struct Parser<'a> {
    toks: &'a [Tok],
    /// The vocabulary's meanings at each position.
    meanings: Vec<Vec<(Meaning, usize)>>,
    dates: Vec<Vec<(Anchor, usize)>>,
    weekdays: Vec<Vec<((u8, bool), usize)>>,
    /// Time of day, whether it is a lone number, end.
    clocks: Vec<Vec<(Clock, bool, usize)>>,
    spans: Vec<Vec<(i64, usize)>>,
    steps: u32,
}

/// All readings of `toks` with `words`, at most [`MAX_READINGS`].
pub(super) fn readings(toks: &[Tok], words: &Words) -> Vec<Reading> {
    let mut p = Parser {
        toks,
        meanings: (0..toks.len()).map(|i| words.matches(toks, i)).collect(),
        dates: Vec::new(),
        weekdays: Vec::new(),
        clocks: Vec::new(),
        spans: Vec::new(),
        steps: 0,
    };
    for i in 0..toks.len() {
        let (dates, spans) = p.dates_and_spans(i);
        let weekdays = p.weekdays_at(i);
        let clocks = p.clocks_at(i);
        p.dates.push(dates);
        p.spans.push(spans);
        p.weekdays.push(weekdays);
        p.clocks.push(clocks);
    }
    let mut out = Vec::new();
    p.walk(0, Reading::default(), &mut out);
    out
}

impl Parser<'_> {
    fn m(&self, i: usize) -> &[(Meaning, usize)] {
        self.meanings.get(i).map_or(&[], Vec::as_slice)
    }

    fn ends(&self, i: usize, want: Meaning) -> Vec<usize> {
        self.m(i)
            .iter()
            .filter(|(m, _)| *m == want)
            .map(|&(_, e)| e)
            .collect()
    }

    fn num(&self, i: usize) -> Option<(u32, u8)> {
        match self.toks.get(i) {
            Some(Tok::Num { value, digits }) => Some((*value, *digits)),
            _ => None,
        }
    }

    /// A number of one or two digits.
    fn small(&self, i: usize) -> Option<u32> {
        self.num(i).filter(|&(_, d)| d <= 2).map(|(v, _)| v)
    }

    fn punct(&self, i: usize, c: char) -> bool {
        self.toks.get(i) == Some(&Tok::Punct(c))
    }

    fn walk(&mut self, i: usize, r: Reading, out: &mut Vec<Reading>) {
        if self.steps >= MAX_STEPS || out.len() >= MAX_READINGS {
            return;
        }
        self.steps += 1;
        if i >= self.toks.len() {
            out.push(r);
            return;
        }
        if self.punct(i, '.') || self.punct(i, ',') {
            self.walk(i + 1, r, out);
        }
        if self.punct(i, '@') {
            self.walk(
                i + 1,
                Reading {
                    after_at: true,
                    ..r
                },
                out,
            );
        }
        for (m, e) in self.m(i).to_vec() {
            match m {
                Meaning::Filler => self.walk(e, r, out),
                Meaning::At => self.walk(
                    e,
                    Reading {
                        after_at: true,
                        ..r
                    },
                    out,
                ),
                _ => {}
            }
        }
        if r.minutes_ahead.is_some() {
            return;
        }
        let part = Reading {
            after_at: false,
            ..r
        };
        if r.anchor.is_none() {
            for (a, e) in self.dates[i].clone() {
                let next = Reading {
                    anchor: Some(a),
                    ..part
                };
                self.walk(e, next, out);
            }
        }
        if r.weekday.is_none() {
            for (w, e) in self.weekdays[i].clone() {
                let next = Reading {
                    weekday: Some(w),
                    ..part
                };
                self.walk(e, next, out);
            }
        }
        if r.clock.is_none() {
            // A lone number is an hour only after a date or "at":
            // "3 Dec 15 Uhr" must not also read as 03:00 on 15 December.
            let lone_ok = r.after_at || r.anchor.is_some() || r.weekday.is_some();
            for (c, lone, e) in self.clocks[i].clone() {
                if !lone || lone_ok {
                    let next = Reading {
                        clock: Some(c),
                        ..part
                    };
                    self.walk(e, next, out);
                }
            }
        }
        if r.anchor.is_none() && r.weekday.is_none() && r.clock.is_none() {
            for (minutes, e) in self.spans[i].clone() {
                let next = Reading {
                    minutes_ahead: Some(minutes),
                    ..part
                };
                self.walk(e, next, out);
            }
        }
    }

    /// Dates starting at `i`, and spans from now ("in 2 hours").
    fn dates_and_spans(&self, i: usize) -> (Found<Anchor>, Found<i64>) {
        let mut dates = Vec::new();
        let mut spans = Vec::new();
        for &(m, e) in self.m(i) {
            if let Meaning::DayOffset(n) = m {
                dates.push((Anchor::Offset(i64::from(n)), e));
            }
        }
        for (span, e) in self.relative(i) {
            match span {
                Span::Days(n) => dates.push((Anchor::Offset(n), e)),
                Span::Minutes(n) => spans.push((n, e)),
            }
        }
        self.numeric_dates(i, &mut dates);
        self.named_dates(i, &mut dates);
        (dates, spans)
    }

    /// `in 3 days`, `+2w`, `3 päivän päästä`, `через неделю`, `in 1h30`.
    fn relative(&self, i: usize) -> Vec<(Span, usize)> {
        let mut starts = vec![(false, i)];
        if self.punct(i, '+') {
            starts.push((true, i + 1));
        }
        starts.extend(
            self.ends(i, Meaning::InBefore)
                .into_iter()
                .map(|e| (true, e)),
        );
        let mut out = Vec::new();
        for (marked, j) in starts {
            for (unit, n, e) in self.amounts(j) {
                let mut found = vec![(span(unit, n), e)];
                if unit == Unit::Hour {
                    // "1h30", "2 hours 30 minutes"
                    if let Some(min) = self.num(e).filter(|&(v, d)| d == 2 && v < 60) {
                        found.push((span(unit, n).plus_minutes(min.0), e + 1));
                    }
                    for (u2, n2, e2) in self.amounts(e) {
                        if u2 == Unit::Minute {
                            found.push((span(unit, n).plus_minutes_i64(n2), e2));
                        }
                    }
                }
                for (s, end) in found {
                    if marked {
                        out.push((s, end));
                    }
                    for after in self.ends(end, Meaning::InAfter) {
                        out.push((s, after));
                    }
                }
            }
        }
        out
    }

    /// A count and a unit at `j`: `3 days`, `a week`, `week`, `يومين`.
    fn amounts(&self, j: usize) -> Vec<(Unit, i64, usize)> {
        let mut counts: Vec<(Option<i64>, usize)> = vec![(None, j)];
        if let Some((v, d)) = self.num(j)
            && d <= 6
        {
            counts.push((Some(i64::from(v)), j + 1));
        }
        counts.extend(self.ends(j, Meaning::One).into_iter().map(|e| (Some(1), e)));
        let mut out = Vec::new();
        for (count, k) in counts {
            for &(m, e) in self.m(k) {
                if let Meaning::Unit(unit, times) = m {
                    let n = match (count, times) {
                        (None, t) => i64::from(t),
                        (Some(n), 1) => n,
                        _ => continue,
                    };
                    out.push((unit, n, e));
                }
            }
        }
        out
    }

    /// `2026-12-03`, `2026-12-03T`, `3.12`, `3.12.`, `3.12.2026`, `03/12/26`.
    fn numeric_dates(&self, i: usize, out: &mut Vec<(Anchor, usize)>) {
        let seps = ['-', '/', '.'];
        if let Some((year, 4)) = self.num(i) {
            for sep in seps {
                if self.punct(i + 1, sep)
                    && self.punct(i + 3, sep)
                    && let (Some(month), Some(day)) = (self.small(i + 2), self.small(i + 4))
                {
                    let year = i32::try_from(year).ok();
                    push_date(out, year, month, day, i + 5);
                    if self.toks.get(i + 5) == Some(&Tok::Word("t".into())) {
                        push_date(out, year, month, day, i + 6);
                    }
                }
            }
        }
        let Some(day) = self.small(i) else {
            return;
        };
        for sep in seps {
            let Some(month) = self.small(i + 2).filter(|_| self.punct(i + 1, sep)) else {
                continue;
            };
            push_date(out, None, month, day, i + 3);
            if self.punct(i + 3, sep) {
                push_date(out, None, month, day, i + 4);
                match self.num(i + 4) {
                    Some((y, 4)) => push_date(out, i32::try_from(y).ok(), month, day, i + 5),
                    Some((y, 2)) => push_date(out, i32::try_from(2000 + y).ok(), month, day, i + 5),
                    _ => {}
                }
            }
        }
    }

    /// `3 Dec`, `3. Dezember 2026`, `3rd of December`, `Dec 3rd, 2026`, `gruodžio 3 d.`.
    fn named_dates(&self, i: usize, out: &mut Vec<(Anchor, usize)>) {
        if let Some(day) = self.small(i) {
            let mut js = vec![i + 1];
            if self.punct(i + 1, '.') || self.punct(i + 1, ':') {
                js.push(i + 2);
            }
            for j in js.clone() {
                js.extend(self.ends(j, Meaning::Ordinal));
            }
            for j in js.clone() {
                js.extend(self.ends(j, Meaning::Filler));
            }
            for j in js {
                for &(m, e) in self.m(j) {
                    if let Meaning::Month(month) = m {
                        self.with_year(out, u32::from(month), day, e);
                    }
                }
            }
        }
        for &(m, e) in self.m(i) {
            let Meaning::Month(month) = m else {
                continue;
            };
            let mut js = vec![e];
            if self.punct(e, '.') {
                js.push(e + 1);
            }
            for j in js {
                let Some(day) = self.small(j) else {
                    continue;
                };
                let mut ks = vec![j + 1];
                ks.extend(self.ends(j + 1, Meaning::Ordinal));
                for k in ks {
                    self.with_year(out, u32::from(month), day, k);
                }
            }
        }
    }

    /// The date ending at `e`, and the same with a four-digit year after it.
    fn with_year(&self, out: &mut Vec<(Anchor, usize)>, month: u32, day: u32, e: usize) {
        push_date(out, None, month, day, e);
        let mut ys = vec![e];
        if self.punct(e, ',') || self.punct(e, '.') {
            ys.push(e + 1);
        }
        for y in ys {
            if let Some((year, 4)) = self.num(y) {
                push_date(out, i32::try_from(year).ok(), month, day, y + 1);
            }
        }
    }

    /// `tue`, `next tue`, `mardi prochain`.
    fn weekdays_at(&self, i: usize) -> Vec<((u8, bool), usize)> {
        let mut out = Vec::new();
        let push_day = |at: usize, next: bool, out: &mut Vec<_>| {
            for &(m, e) in self.m(at) {
                if let Meaning::Weekday(d) = m {
                    out.push(((d, next), e));
                    if !next {
                        for after in self.ends(e, Meaning::Next) {
                            out.push(((d, true), after));
                        }
                    }
                }
            }
        };
        push_day(i, false, &mut out);
        for e in self.ends(i, Meaning::Next) {
            push_day(e, true, &mut out);
        }
        out
    }

    /// `15:00`, `15.00`, `15:00:00`, `15h`, `15h30`, `15 Uhr`, `3pm`, `3:30 pm`, `15`.
    fn clocks_at(&self, i: usize) -> Vec<(Clock, bool, usize)> {
        let mut out = Vec::new();
        let Some(hour) = self.small(i) else {
            return out;
        };
        // (minute, second, end, lone number)
        let mut bases: Vec<(u32, u32, usize, bool)> = Vec::new();
        if (self.punct(i + 1, ':') || self.punct(i + 1, '.'))
            && let Some((minute, 2)) = self.num(i + 2)
        {
            bases.push((minute, 0, i + 3, false));
            for mark in self.ends(i + 3, Meaning::HourMark) {
                bases.push((minute, 0, mark, false));
            }
            if self.punct(i + 3, ':')
                && let Some((second, 2)) = self.num(i + 4)
            {
                bases.push((minute, second, i + 5, false));
            }
        }
        for mark in self.ends(i + 1, Meaning::HourMark) {
            bases.push((0, 0, mark, false));
            if let Some((minute, 2)) = self.num(mark) {
                bases.push((minute, 0, mark + 1, false));
            }
        }
        bases.push((0, 0, i + 1, true));
        for (minute, second, end, lone) in bases {
            if minute > 59 || second > 59 {
                continue;
            }
            let clock = |hour, lone| Clock {
                hour,
                minute,
                second,
                lone,
            };
            if hour <= 23 {
                out.push((clock(hour, lone), lone, end));
            }
            if (1..=12).contains(&hour) {
                for &(m, e) in self.m(end) {
                    match m {
                        Meaning::Am => out.push((clock(hour % 12, false), false, e)),
                        Meaning::Pm => out.push((clock(hour % 12 + 12, false), false, e)),
                        _ => {}
                    }
                }
            }
        }
        out
    }
}

fn span(unit: Unit, n: i64) -> Span {
    match unit {
        Unit::Minute => Span::Minutes(n),
        Unit::Hour => Span::Minutes(n.saturating_mul(60)),
        Unit::Day => Span::Days(n),
        Unit::Week => Span::Days(n.saturating_mul(7)),
    }
}

impl Span {
    fn plus_minutes(self, minutes: u32) -> Span {
        self.plus_minutes_i64(i64::from(minutes))
    }

    fn plus_minutes_i64(self, minutes: i64) -> Span {
        match self {
            Span::Minutes(n) => Span::Minutes(n.saturating_add(minutes)),
            days => days,
        }
    }
}

fn push_date(out: &mut Vec<(Anchor, usize)>, year: Option<i32>, month: u32, day: u32, end: usize) {
    if (1..=12).contains(&month) && (1..=31).contains(&day) {
        out.push((Anchor::Date { year, month, day }, end));
    }
}

//! The words of `data/time_words.toml`, folded and split like typed text,
//! per language (each language also gets the English words).

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use serde::Deserialize;

use super::lex::{Tok, tokens};
use crate::i18n::Lang;

pub(super) const SOURCE: &str = include_str!("../../data/time_words.toml");

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(super) enum Unit {
    Minute,
    Hour,
    Day,
    Week,
}

/// What a word (or a few words) means for reading a time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(super) enum Meaning {
    /// Today plus this many days: today, tomorrow, the day after.
    DayOffset(u8),
    Next,
    InBefore,
    InAfter,
    One,
    /// A unit; `2` for a dual form that stands for "two units" on its own.
    Unit(Unit, u8),
    At,
    HourMark,
    Am,
    Pm,
    Ordinal,
    Filler,
    /// 0 = Monday.
    Weekday(u8),
    /// 1 = January.
    Month(u8),
}

#[derive(Debug, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub(super) struct LangWords {
    pub today: Vec<String>,
    pub tomorrow: Vec<String>,
    pub day_after_tomorrow: Vec<String>,
    pub next: Vec<String>,
    pub in_before: Vec<String>,
    pub in_after: Vec<String>,
    pub one: Vec<String>,
    pub minutes: Vec<String>,
    pub hours: Vec<String>,
    pub days: Vec<String>,
    pub weeks: Vec<String>,
    pub two_minutes: Vec<String>,
    pub two_hours: Vec<String>,
    pub two_days: Vec<String>,
    pub two_weeks: Vec<String>,
    pub at: Vec<String>,
    pub hour_mark: Vec<String>,
    pub am: Vec<String>,
    pub pm: Vec<String>,
    pub ordinal: Vec<String>,
    pub fillers: Vec<String>,
    pub weekdays: Vec<Vec<String>>,
    pub months: Vec<Vec<String>>,
}

impl LangWords {
    /// Every (text, meaning) pair of this language.
    pub(super) fn pairs(&self) -> Vec<(&str, Meaning)> {
        let lists: [(&Vec<String>, Meaning); 21] = [
            (&self.today, Meaning::DayOffset(0)),
            (&self.tomorrow, Meaning::DayOffset(1)),
            (&self.day_after_tomorrow, Meaning::DayOffset(2)),
            (&self.next, Meaning::Next),
            (&self.in_before, Meaning::InBefore),
            (&self.in_after, Meaning::InAfter),
            (&self.one, Meaning::One),
            (&self.minutes, Meaning::Unit(Unit::Minute, 1)),
            (&self.hours, Meaning::Unit(Unit::Hour, 1)),
            (&self.days, Meaning::Unit(Unit::Day, 1)),
            (&self.weeks, Meaning::Unit(Unit::Week, 1)),
            (&self.two_minutes, Meaning::Unit(Unit::Minute, 2)),
            (&self.two_hours, Meaning::Unit(Unit::Hour, 2)),
            (&self.two_days, Meaning::Unit(Unit::Day, 2)),
            (&self.two_weeks, Meaning::Unit(Unit::Week, 2)),
            (&self.at, Meaning::At),
            (&self.hour_mark, Meaning::HourMark),
            (&self.am, Meaning::Am),
            (&self.pm, Meaning::Pm),
            (&self.ordinal, Meaning::Ordinal),
            (&self.fillers, Meaning::Filler),
        ];
        let mut out = Vec::new();
        for (list, meaning) in lists {
            out.extend(list.iter().map(|w| (w.as_str(), meaning)));
        }
        for (day, names) in (0u8..).zip(&self.weekdays) {
            out.extend(names.iter().map(|w| (w.as_str(), Meaning::Weekday(day))));
        }
        for (month, names) in (1u8..).zip(&self.months) {
            out.extend(names.iter().map(|w| (w.as_str(), Meaning::Month(month))));
        }
        out
    }
}

/// The data file as written, by language code.
pub(super) fn raw() -> Result<HashMap<String, LangWords>, toml::de::Error> {
    toml::from_str(SOURCE)
}

#[derive(Debug, Clone)]
struct Entry {
    toks: Vec<Tok>,
    meaning: Meaning,
}

/// One language's words plus English, indexed by their first piece.
#[derive(Debug, Default)]
pub(super) struct Words {
    by_first: HashMap<Tok, Vec<Entry>>,
}

impl Words {
    fn build(langs: &[&LangWords]) -> Words {
        let mut seen = HashSet::new();
        let mut by_first: HashMap<Tok, Vec<Entry>> = HashMap::new();
        for words in langs {
            for (text, meaning) in words.pairs() {
                let Some(mut toks) = tokens(text) else {
                    continue;
                };
                // "kl." and "kl" are the same word; a lone dot is skipped anyway.
                while toks.last() == Some(&Tok::Punct('.')) {
                    toks.pop();
                }
                let Some(first) = toks.first().cloned() else {
                    continue;
                };
                if seen.insert((toks.clone(), meaning)) {
                    by_first
                        .entry(first)
                        .or_default()
                        .push(Entry { toks, meaning });
                }
            }
        }
        Words { by_first }
    }

    /// Every meaning of a word or phrase starting at `at`, with the position after it.
    pub(super) fn matches(&self, toks: &[Tok], at: usize) -> Vec<(Meaning, usize)> {
        let Some(first) = toks.get(at) else {
            return Vec::new();
        };
        let Some(entries) = self.by_first.get(first) else {
            return Vec::new();
        };
        entries
            .iter()
            .filter(|e| toks[at..].starts_with(&e.toks))
            .map(|e| (e.meaning, at + e.toks.len()))
            .collect()
    }

    /// Every (phrase, meaning) pair, for checking the data.
    #[cfg(test)]
    pub(super) fn all(&self) -> impl Iterator<Item = (&[Tok], Meaning)> {
        self.by_first
            .values()
            .flatten()
            .map(|e| (e.toks.as_slice(), e.meaning))
    }
}

static WORDS: LazyLock<HashMap<Lang, Words>> = LazyLock::new(|| {
    // A broken data file leaves only numbers readable; a test keeps it whole.
    let raw = raw().unwrap_or_default();
    let english = raw.get(Lang::En.code());
    Lang::ALL
        .iter()
        .map(|&lang| {
            let own = raw.get(lang.code());
            let langs: Vec<&LangWords> = own.into_iter().chain(english).collect();
            (lang, Words::build(&langs))
        })
        .collect()
});

/// The words a person writing in `lang` may use: theirs and English.
pub(super) fn words(lang: Lang) -> &'static Words {
    static EMPTY: LazyLock<Words> = LazyLock::new(Words::default);
    WORDS.get(&lang).unwrap_or(&EMPTY)
}

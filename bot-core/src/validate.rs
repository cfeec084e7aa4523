//! Checks for what people type. Every function returns the cleaned value or
//! `None`; callers answer `None` with a localized message and change nothing.

/// Removes control and bidi-override characters (which could reorder or hide
/// text in other people's clients), folds runs of spaces and trims. Newlines
/// survive when `multiline` is set.
pub fn clean_text(input: &str, multiline: bool) -> String {
    let mut out = String::with_capacity(input.len());
    for line in input.split('\n') {
        let folded: Vec<&str> = line
            .split(|c: char| c.is_whitespace())
            .filter(|w| !w.is_empty())
            .collect();
        let line: String = folded
            .join(" ")
            .chars()
            .filter(|c| !is_hidden(*c))
            .collect();
        if !out.is_empty() && !line.is_empty() {
            out.push(if multiline { '\n' } else { ' ' });
        }
        out.push_str(&line);
    }
    out
}

/// Control characters and the invisible formatting characters that can be
/// abused to spoof text direction; ordinary joiners (ZWJ in emoji, ZWNJ in
/// Persian) stay.
fn is_hidden(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{FEFF}')
}

pub fn char_len(s: &str) -> usize {
    s.chars().count()
}

/// A person's name: letters in any script, with spaces, dots, apostrophes and
/// hyphens between them; at least two letters.
pub fn name(input: &str, max: usize) -> Option<String> {
    let name = clean_text(input, false);
    let letters = name.chars().filter(|c| c.is_alphabetic()).count();
    let allowed = name
        .chars()
        .all(|c| c.is_alphabetic() || is_mark(c) || matches!(c, ' ' | '.' | '\'' | '’' | '-'));
    (letters >= 2 && allowed && char_len(&name) <= max).then_some(name)
}

/// Combining marks (e.g. Arabic harakat, Devanagari vowel signs) are part of names.
fn is_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}' | '\u{0670}'
        | '\u{0900}'..='\u{0903}' | '\u{093A}'..='\u{094F}' | '\u{200C}' | '\u{200D}')
}

/// Free text of bounded length (organisation, goals, reasons).
pub fn free_text(input: &str, min: usize, max: usize, multiline: bool) -> Option<String> {
    let text = clean_text(input, multiline);
    let len = char_len(&text);
    (len >= min && len <= max).then_some(text)
}

/// A whole number in a range; accepts surrounding spaces and a trailing unit
/// word (`4 h`, `10 years`), nothing else.
pub fn number_in(input: &str, min: u32, max: u32) -> Option<u32> {
    let first = input.split_whitespace().next()?;
    if input.split_whitespace().count() > 2 {
        return None;
    }
    let value: u32 = first.parse().ok()?;
    (min..=max).contains(&value).then_some(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cleaning_strips_hidden_characters_and_folds_space() {
        assert_eq!(
            clean_text("  Ann\u{202E}a   Berg\u{0007} ", false),
            "Anna Berg"
        );
        assert_eq!(clean_text("one\n\n two ", true), "one\ntwo");
        assert_eq!(clean_text("one\ntwo", false), "one two");
        assert_eq!(clean_text("👩\u{200D}💻 ok", false), "👩\u{200D}💻 ok");
    }

    #[test]
    fn names_in_any_script() {
        assert_eq!(
            name("  Ann-Marie O'Neil ", 80).as_deref(),
            Some("Ann-Marie O'Neil")
        );
        assert_eq!(name("محمد العلي", 80).as_deref(), Some("محمد العلي"));
        assert_eq!(name("Łukasz Żółw", 80).as_deref(), Some("Łukasz Żółw"));
        assert_eq!(name("<b>x</b>", 80), None);
        assert_eq!(name("A", 80), None);
        assert_eq!(name("1234", 80), None);
        assert_eq!(name(&"a".repeat(81), 80), None);
    }

    #[test]
    fn numbers_with_units() {
        assert_eq!(number_in("4", 1, 200), Some(4));
        assert_eq!(number_in(" 12 h", 1, 200), Some(12));
        assert_eq!(number_in("0", 1, 200), None);
        assert_eq!(number_in("-3", 0, 60), None);
        assert_eq!(number_in("four", 1, 200), None);
        assert_eq!(number_in("4 5 6", 1, 200), None);
        assert_eq!(number_in("99999999999999", 1, 200), None);
    }
}

//! Folding and splitting typed text into numbers, words and a few marks.
//!
//! The same code reads the vocabulary, so a word matches however it was
//! typed: in any case, with or without diacritics, with Arabic-Indic
//! digits, with Arabic short vowels or bidi marks.

/// Inputs longer than this (in characters) are refused before reading.
pub(super) const MAX_CHARS: usize = 200;
/// Inputs of more pieces than this are refused before reading.
pub(super) const MAX_TOKENS: usize = 40;
/// Longer digit runs are refused (a value must fit in a `u32`).
const MAX_DIGITS: usize = 9;

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(super) enum Tok {
    /// A run of digits: its value and how many digits were typed.
    Num {
        value: u32,
        digits: u8,
    },
    Word(String),
    /// One of `: . / - + , @`.
    Punct(char),
}

/// Splits folded text into pieces; `None` when it is too long or has an
/// absurdly long number.
pub(super) fn tokens(input: &str) -> Option<Vec<Tok>> {
    if input.chars().count() > MAX_CHARS {
        return None;
    }
    let text = fold(input);
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_ascii_digit() {
            let start = i;
            while i < chars.len() && chars[i].is_ascii_digit() {
                i += 1;
            }
            if i - start > MAX_DIGITS {
                return None;
            }
            let digits: String = chars[start..i].iter().collect();
            let value = digits.parse().ok()?;
            out.push(Tok::Num {
                value,
                digits: u8::try_from(i - start).ok()?,
            });
        } else if c.is_alphabetic() {
            let start = i;
            while i < chars.len() && chars[i].is_alphabetic() {
                i += 1;
            }
            out.push(Tok::Word(chars[start..i].iter().collect()));
        } else {
            let between_letters = i > 0
                && i + 1 < chars.len()
                && chars[i - 1].is_alphabetic()
                && chars[i + 1].is_alphabetic();
            match c {
                // "après-demain" is two words; "2026-12-03" keeps its dashes.
                '-' if between_letters => {}
                ':' | '.' | '/' | '-' | '+' | ',' | '@' => out.push(Tok::Punct(c)),
                _ => {}
            }
            i += 1;
        }
        if out.len() > MAX_TOKENS {
            return None;
        }
    }
    Some(out)
}

/// Lower case without diacritics, ASCII digits, no invisible marks.
pub(super) fn fold(input: &str) -> String {
    let mut out = String::with_capacity(input.len());
    for upper in input.chars() {
        for c in upper.to_lowercase() {
            fold_char(c, &mut out);
        }
    }
    out
}

fn fold_char(c: char, out: &mut String) {
    let mapped: &str = match c {
        // Arabic-Indic, Eastern Arabic-Indic and full-width digits.
        '\u{0660}'..='\u{0669}' => return push_digit(c, '\u{0660}', out),
        '\u{06F0}'..='\u{06F9}' => return push_digit(c, '\u{06F0}', out),
        '\u{FF10}'..='\u{FF19}' => return push_digit(c, '\u{FF10}', out),
        // Invisible: bidi controls, zero-width characters, soft hyphen,
        // combining accents, Arabic short vowels, tanwin and tatweel.
        '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{2069}'
        | '\u{061C}'
        | '\u{FEFF}'
        | '\u{00AD}'
        | '\u{0300}'..='\u{036F}'
        | '\u{064B}'..='\u{065F}'
        | '\u{0670}'
        | '\u{0640}' => "",
        // Arabic letters people write either way.
        'أ' | 'إ' | 'آ' | 'ٱ' => "ا",
        'ى' => "ي",
        'ة' => "ه",
        '،' | '٬' => ",",
        '٫' => ".",
        '：' => ":",
        '\u{2010}'..='\u{2015}' | '\u{2212}' => "-",
        'ё' => "е",
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'æ' => "ae",
        'ç' | 'ć' | 'č' | 'ĉ' => "c",
        'ď' | 'đ' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => "e",
        'ğ' | 'ģ' => "g",
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' | 'ı' | 'ĩ' => "i",
        'ķ' => "k",
        'ł' | 'ļ' | 'ľ' | 'ĺ' => "l",
        'ñ' | 'ń' | 'ņ' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => "o",
        'œ' => "oe",
        'ŕ' | 'ř' => "r",
        'ś' | 'š' | 'ş' | 'ș' => "s",
        'ß' => "ss",
        'ť' | 'ţ' | 'ț' => "t",
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ų' | 'ű' | 'ũ' => "u",
        'ý' | 'ÿ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        _ => {
            out.push(c);
            return;
        }
    };
    out.push_str(mapped);
}

fn push_digit(c: char, zero: char, out: &mut String) {
    let d = u32::from(c) - u32::from(zero);
    out.push(char::from_digit(d, 10).unwrap_or('0'));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(s: &str) -> Tok {
        Tok::Word(s.to_string())
    }
    fn n(value: u32, digits: u8) -> Tok {
        Tok::Num { value, digits }
    }

    #[test]
    fn folds_case_diacritics_digits_and_marks() {
        let cases = [
            ("Dienstag", "dienstag"),
            ("ŚRODA", "sroda"),
            ("Lørdag", "lordag"),
            ("tänään", "tanaan"),
            ("SALI", "sali"),
            ("salı", "sali"),
            ("Übermorgen", "ubermorgen"),
            ("Straße", "strasse"),
            ("šeštadienį", "sestadieni"),
            ("СЁДНЯ", "седня"),
            ("١٥:٣٠", "15:30"),
            ("۱۵", "15"),
            ("\u{200F}غداً\u{200E}", "غدا"),
            ("الأحد", "الاحد"),
            ("e\u{0301}", "e"),
        ];
        for (input, want) in cases {
            assert_eq!(fold(input), want, "{input}");
        }
    }

    #[test]
    fn splits_numbers_words_and_marks() {
        assert_eq!(
            tokens("2026-12-03T15:00").unwrap(),
            vec![
                n(2026, 4),
                Tok::Punct('-'),
                n(12, 2),
                Tok::Punct('-'),
                n(3, 2),
                w("t"),
                n(15, 2),
                Tok::Punct(':'),
                n(0, 2),
            ]
        );
        assert_eq!(
            tokens("après-demain, 15h30").unwrap(),
            vec![
                w("apres"),
                w("demain"),
                Tok::Punct(','),
                n(15, 2),
                w("h"),
                n(30, 2)
            ]
        );
        assert_eq!(
            tokens("yarın 15'te!").unwrap(),
            vec![w("yarin"), n(15, 2), w("te")]
        );
        assert_eq!(tokens("1234567890"), None);
        assert_eq!(tokens(&"a ".repeat(50)), None);
        assert_eq!(tokens(&"x".repeat(MAX_CHARS + 1)), None);
        assert_eq!(tokens("").unwrap(), vec![]);
    }
}

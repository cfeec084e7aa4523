//! Text as the rasteriser needs it, and the rasteriser.
//!
//! ab_glyph draws glyphs one after the other, left to right: there is no
//! shaping and no bidirectional layout. So text is prepared here first:
//! normalised to NFC (precomposed Latin and Cyrillic letters, which the font
//! has), Arabic letters replaced by their joined presentation forms,
//! right-to-left runs put into visual order, and characters the font lacks
//! replaced by a white square. Widths are measured with the same font, so
//! that labels can be cut to fit.
//!
//! (plotters' own ab_glyph text drops each glyph's left side bearing, which
//! leaves visible gaps inside words; hence glyphs are placed here.)

use std::sync::LazyLock;

use ab_glyph::{Font, PxScale, ScaleFont, point};
use ar_reshaper::ArabicReshaper;
use ar_reshaper::ReshaperConfig;
use ar_reshaper::prelude::LigatureNames;
use unicode_bidi::BidiInfo;
use unicode_normalization::UnicodeNormalization;
use unicode_segmentation::UnicodeSegmentation;

use crate::font::FACE;

const ELLIPSIS: &str = "…";

/// Drawn for a character the font does not have (CJK, emoji, ...).
const MISSING: char = '\u{25A1}';

/// Labels longer than this many characters are cut before anything else,
/// so that measuring stays cheap whatever a caller passes.
const MAX_CHARS: usize = 300;

static RESHAPER: LazyLock<ArabicReshaper> = LazyLock::new(|| {
    let mut config = ReshaperConfig::default();
    // The embedded font has no glyph for the "Allah" ligature (U+FDF2).
    config.update_ligature(LigatureNames::ARABIC_LIGATURE_ALLAH, false);
    ArabicReshaper::new(config)
});

/// Whether the embedded font has a glyph for `c`.
pub(crate) fn has_glyph(c: char) -> bool {
    FACE.as_ref().is_some_and(|face| face.glyph_id(c).0 != 0)
}

/// One line of logical text: NFC, control characters and line breaks as
/// spaces, runs of white space collapsed, trimmed, at most `MAX_CHARS`.
pub(crate) fn clean(s: &str) -> String {
    let mut out = String::with_capacity(s.len().min(MAX_CHARS * 4));
    let mut pending_space = false;
    for c in s.chars().take(MAX_CHARS * 2).nfc() {
        if c.is_whitespace() || c.is_control() {
            pending_space = !out.is_empty();
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        out.push(c);
    }
    if out.chars().count() > MAX_CHARS {
        out = out.chars().take(MAX_CHARS - 1).collect();
        out.push_str(ELLIPSIS);
    }
    out
}

fn is_arabic(c: char) -> bool {
    matches!(c, '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{08A0}'..='\u{08FF}')
}

fn is_rtl_script(c: char) -> bool {
    matches!(
        c,
        '\u{0590}'..='\u{08FF}' | '\u{FB1D}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}'
            | '\u{200F}' | '\u{202B}' | '\u{202E}' | '\u{2067}'
    )
}

/// Invisible formatting characters (bidi controls, joiners): they steer
/// the layout and are not drawn.
fn is_format(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}' | '\u{061C}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2069}' | '\u{FEFF}'
    )
}

fn mirror(c: char) -> char {
    match c {
        '(' => ')',
        ')' => '(',
        '[' => ']',
        ']' => '[',
        '{' => '}',
        '}' => '{',
        '<' => '>',
        '>' => '<',
        '«' => '»',
        '»' => '«',
        '‹' => '›',
        '›' => '‹',
        other => other,
    }
}

/// Logical text (already `clean`ed) into the characters to draw, left to
/// right.
pub(crate) fn visual(logical: &str) -> String {
    let shaped = if logical.chars().any(is_arabic) {
        // Presentation forms the font lacks fall back to the plain letter
        // (their compatibility decomposition), unjoined but readable.
        RESHAPER
            .reshape(logical)
            .chars()
            .flat_map(|c| {
                let fallback: Vec<char> = if has_glyph(c) {
                    vec![c]
                } else {
                    let plain: Vec<char> = c.to_string().nfkc().collect();
                    if plain.iter().all(|&p| has_glyph(p)) {
                        plain
                    } else {
                        vec![c]
                    }
                };
                fallback
            })
            .collect()
    } else {
        logical.to_string()
    };
    let shaped: String = shaped
        .chars()
        .map(|c| {
            if has_glyph(c) || is_format(c) {
                c
            } else {
                MISSING
            }
        })
        .collect();
    if !shaped.chars().any(is_rtl_script) {
        return shaped.chars().filter(|&c| !is_format(c)).collect();
    }
    let bidi = BidiInfo::new(&shaped, None);
    let mut out = String::with_capacity(shaped.len());
    for para in &bidi.paragraphs {
        let (levels, runs) = bidi.visual_runs(para, para.range.clone());
        for run in runs {
            let text = &shaped[run.clone()];
            if levels[run.start].is_rtl() {
                for grapheme in text.graphemes(true).rev() {
                    out.extend(grapheme.chars().filter(|&c| !is_format(c)).map(mirror));
                }
            } else {
                out.extend(text.chars().filter(|&c| !is_format(c)));
            }
        }
    }
    out
}

/// Width in pixels of visual text at `size` (the font's ascent plus
/// descent, in pixels).
pub(crate) fn width(visual_text: &str, size: f64) -> i32 {
    let Some(face) = FACE.as_ref() else { return 0 };
    let font = face.as_scaled(PxScale::from(size as f32));
    let mut pen = 0f32;
    let mut prev = None;
    for c in visual_text.chars() {
        let id = font.glyph_id(c);
        if let Some(p) = prev {
            pen += font.kern(p, id);
        }
        pen += font.h_advance(id);
        prev = Some(id);
    }
    pen.ceil().max(0.0) as i32
}

/// The font's ascent (positive) and descent (negative) at `size`.
pub(crate) fn line_metrics(size: f64) -> (f32, f32) {
    match FACE.as_ref() {
        Some(face) => {
            let font = face.as_scaled(PxScale::from(size as f32));
            (font.ascent(), font.descent())
        }
        None => (size as f32 * 0.8, -(size as f32) * 0.2),
    }
}

/// Rasterises visual text: `put(x, y, coverage)` for each pixel, with x
/// from the start of the text and y from its baseline (downwards).
pub(crate) fn raster(visual_text: &str, size: f64, mut put: impl FnMut(i32, i32, f32)) {
    let Some(face) = FACE.as_ref() else { return };
    let scale = PxScale::from(size as f32);
    let font = face.as_scaled(scale);
    let mut pen = 0f32;
    let mut prev = None;
    for c in visual_text.chars() {
        let id = font.glyph_id(c);
        if let Some(p) = prev {
            pen += font.kern(p, id);
        }
        let glyph = id.with_scale_and_position(scale, point(pen, 0.0));
        if let Some(outline) = face.outline_glyph(glyph) {
            let bounds = outline.px_bounds();
            let (x0, y0) = (bounds.min.x as i32, bounds.min.y as i32);
            outline.draw(|x, y, coverage| put(x0 + x as i32, y0 + y as i32, coverage));
        }
        pen += font.h_advance(id);
        prev = Some(id);
    }
}

/// The visual form of `logical`, cut at its logical end (with an ellipsis)
/// to at most `max_width` pixels at `size`. Empty when not even the
/// ellipsis fits.
pub(crate) fn fit(logical: &str, size: f64, max_width: i32) -> String {
    let full = visual(logical);
    if width(&full, size) <= max_width {
        return full;
    }
    let graphemes: Vec<&str> = logical.graphemes(true).collect();
    let candidate = |keep: usize| -> String {
        let mut cut: String = graphemes[..keep].concat();
        cut.truncate(cut.trim_end().len());
        cut.push_str(ELLIPSIS);
        visual(&cut)
    };
    // The longest prefix whose cut form fits: widths grow with the prefix.
    let (mut lo, mut hi) = (0usize, graphemes.len());
    while lo < hi {
        let mid = (lo + hi).div_ceil(2);
        if width(&candidate(mid), size) <= max_width {
            lo = mid;
        } else {
            hi = mid - 1;
        }
    }
    let best = candidate(lo);
    if width(&best, size) <= max_width {
        best
    } else {
        String::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clean_makes_one_line() {
        assert_eq!(clean("  a\n\tb  c \r\n"), "a b c");
        // e + combining acute becomes the precomposed letter.
        assert_eq!(clean("e\u{301}"), "é");
        let long = "x".repeat(10_000);
        assert_eq!(clean(&long).chars().count(), MAX_CHARS);
    }

    #[test]
    fn latin_and_cyrillic_are_left_alone() {
        assert_eq!(visual("Zażółć gęślą jaźń"), "Zażółć gęślą jaźń");
        assert_eq!(visual("Пётр Ильич"), "Пётр Ильич");
    }

    #[test]
    fn arabic_is_joined_and_reversed() {
        let shown = visual("سلام");
        // Seen, lam-alef (one ligature), mem: presentation forms drawn right
        // to left, so the mem comes first; alef does not join to the left,
        // so that mem is isolated, and the initial seen comes last.
        assert_eq!(shown.chars().count(), 3, "{shown:?}");
        assert!(
            shown
                .chars()
                .all(|c| ('\u{FB50}'..='\u{FEFF}').contains(&c))
        );
        assert_eq!(shown.chars().next(), Some('\u{FEE1}')); // mem, isolated
        assert_eq!(shown.chars().nth(1), Some('\u{FEFC}')); // lam-alef, final
        assert_eq!(shown.chars().nth(2), Some('\u{FEB3}')); // seen, initial
        assert!(shown.chars().all(has_glyph));
    }

    #[test]
    fn mixed_text_keeps_latin_order() {
        let shown = visual("Anna عمر Omar");
        assert!(shown.starts_with("Anna "), "{shown:?}");
        assert!(shown.ends_with(" Omar"), "{shown:?}");
        // A number after Arabic belongs to the right-to-left run, as in any
        // browser; the brackets around it are mirrored.
        let shown = visual("عمر (2)");
        assert!(shown.starts_with("(2) "), "{shown:?}");
    }

    #[test]
    fn fit_cuts_with_an_ellipsis() {
        let text = "Aleksandra Wiśniewska-Kowalczyk";
        let full = width(&visual(text), 14.0);
        let cut = fit(text, 14.0, full / 2);
        assert!(cut.ends_with(ELLIPSIS), "{cut:?}");
        assert!(width(&cut, 14.0) <= full / 2);
        assert_eq!(fit(text, 14.0, full), text);
        assert_eq!(fit(text, 14.0, 1), "");
    }

    #[test]
    fn font_covers_latin_extended_and_cyrillic_not_cjk() {
        for c in "AzĄęŁłŚźŻŐűĞışțăđơưẞÆøЖжЁёЩщЇїҐґ".chars() {
            assert!(has_glyph(c), "{c}");
        }
        assert!(!has_glyph('王'));
        assert_eq!(visual("王小明 Li"), "□□□ Li");
        assert_eq!(visual("a\u{200F}b"), "ab");
    }
}

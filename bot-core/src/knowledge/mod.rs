//! The knowledge cloud: entries people share or capture, `/ask` with cited
//! answers in the asker's language, and questions passed to mentors.

pub mod ask;
pub mod capture;
pub mod files;
pub mod library;
pub mod manage;
pub mod prompts;
pub mod route;
pub mod share;

use crate::context::Ctx;
use crate::error::CoreError;
use crate::i18n::Lang;
use crate::model::Entry;
use crate::reference::{SPOKEN_LANGUAGES, spoken_language_name};

/// The language of a text (ISO 639-1), when it is clear enough; else `fallback`.
pub fn detect_language(text: &str, fallback: &str) -> String {
    let Some(info) = whatlang::detect(text) else {
        return fallback.to_owned();
    };
    // Short texts rarely give a reliable guess; a fair one beats the fallback.
    if !info.is_reliable() && (info.confidence() < 0.3 || text.chars().count() < 12) {
        return fallback.to_owned();
    }
    let code = match info.lang() {
        whatlang::Lang::Eng => "en",
        whatlang::Lang::Deu => "de",
        whatlang::Lang::Fra => "fr",
        whatlang::Lang::Spa => "es",
        whatlang::Lang::Ita => "it",
        whatlang::Lang::Por => "pt",
        whatlang::Lang::Nld => "nl",
        whatlang::Lang::Pol => "pl",
        whatlang::Lang::Rus => "ru",
        whatlang::Lang::Ukr => "uk",
        whatlang::Lang::Dan => "da",
        whatlang::Lang::Swe => "sv",
        whatlang::Lang::Nob => "no",
        whatlang::Lang::Fin => "fi",
        whatlang::Lang::Est => "et",
        whatlang::Lang::Lav => "lv",
        whatlang::Lang::Lit => "lt",
        whatlang::Lang::Ces => "cs",
        whatlang::Lang::Tur => "tr",
        whatlang::Lang::Ara => "ar",
        whatlang::Lang::Cmn => "zh",
        whatlang::Lang::Hin => "hi",
        _ => return fallback.to_owned(),
    };
    debug_assert!(SPOKEN_LANGUAGES.iter().any(|(c, _)| *c == code));
    code.to_owned()
}

/// "Anna Berg", or "a programme member" when the author chose so or left.
pub async fn author_name(
    ctx: &mut Ctx<'_>,
    lang: Lang,
    entry: &Entry,
) -> Result<String, CoreError> {
    if !entry.anonymous
        && let Some(id) = entry.author_id
        && let Some(author) = ctx.tx.person(id).await?
    {
        return Ok(author.name);
    }
    Ok(ctx.t_in(lang, "kb-anonymous", &[]))
}

pub fn language_name(code: &str) -> String {
    spoken_language_name(code).to_owned()
}

/// The most relevant ~`max` characters of a text: the first paragraph that
/// mentions a word of the question, else the beginning.
pub fn snippet(body: &str, question: &str, max: usize) -> String {
    let words: Vec<String> = question
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 4)
        .map(|w| w.to_lowercase())
        .collect();
    let paragraphs: Vec<&str> = body
        .split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty() && !p.starts_with('#'))
        .collect();
    let best = paragraphs
        .iter()
        .find(|p| {
            let lower = p.to_lowercase();
            words
                .iter()
                .any(|w| lower.contains(w.get(..w.len().min(6)).unwrap_or(w)))
        })
        .or(paragraphs.first())
        .copied()
        .unwrap_or("");
    let flat: String = best.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= max {
        return flat;
    }
    let cut: String = flat.chars().take(max).collect();
    match cut.rfind(' ') {
        Some(at) => format!("{}…", &cut[..at]),
        None => format!("{cut}…"),
    }
}

/// Handles `kb:*` buttons.
pub async fn on_token(ctx: &mut Ctx<'_>, token: &str) -> Result<(), CoreError> {
    let parts: Vec<&str> = token.split(':').collect();
    let id = |i: usize| parts.get(i).and_then(|p| p.parse::<i64>().ok());
    match (parts.get(1).copied(), id(2)) {
        (Some("up"), _) => {
            ask::feedback(ctx, true, parts.get(2).copied().unwrap_or_default()).await
        }
        (Some("down"), _) => {
            ask::feedback(ctx, false, parts.get(2).copied().unwrap_or_default()).await
        }
        (Some("mentor"), _) => route::route(ctx).await,
        (Some("answer"), Some(q)) => route::start_answer(ctx, q).await,
        (Some("keep"), Some(q)) => route::consent(ctx, q, true).await,
        (Some("private"), Some(q)) => route::consent(ctx, q, false).await,
        (Some("edit"), Some(e)) => manage::start_edit(ctx, e).await,
        (Some("delete"), Some(e)) => manage::delete(ctx, e).await,
        (Some("capture"), Some(s)) => capture::ask_other(ctx, s).await,
        (Some("capture-ok"), Some(s)) => {
            capture::answer(ctx, s, id(3).unwrap_or_default(), true).await
        }
        (Some("capture-no"), Some(s)) => {
            capture::answer(ctx, s, id(3).unwrap_or_default(), false).await
        }
        _ => {
            ctx.say("choice-invalid", &[]);
            Ok(())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages_are_detected_or_fall_back() {
        assert_eq!(
            detect_language(
                "How do I find investors for my start-up in another country?",
                "pl"
            ),
            "en"
        );
        assert_eq!(
            detect_language(
                "Wie finde ich Investoren für mein Start-up im Ausland?",
                "en"
            ),
            "de"
        );
        assert_eq!(
            detect_language("Как найти инвесторов для стартапа за рубежом?", "en"),
            "ru"
        );
        assert_eq!(detect_language("ok", "fi"), "fi");
    }

    #[test]
    fn snippets_prefer_the_paragraph_about_the_question() {
        let body = "# Title\n\nIntro paragraph about nothing.\n\nInvestors like a clear plan and a small first ask.\n\nMore.";
        assert_eq!(
            snippet(body, "How do I talk to investors?", 200),
            "Investors like a clear plan and a small first ask."
        );
        assert_eq!(snippet(body, "unrelated", 10), "Intro…");
    }
}

//! `/ask <question>`: the best entries for the question, and — with a
//! language model — an answer written from them only, with numbered
//! citations, in the asker's language. Without a model (or when it fails or
//! is slow) the answer is the best passages with their sources.
//!
//! The slow part (search, the model) runs before the command's transaction
//! opens, so a model taking seconds never holds the database.

use serde::{Deserialize, Serialize};

use crate::Bot;
use crate::commands;
use crate::context::Ctx;
use crate::error::CoreError;
use crate::i18n::Lang;
use crate::message::{Block, Choice, ChoiceSet, Content, Incoming, Inline, Outgoing, RichText};
use crate::model::{Entry, PairState};
use crate::ports::{LanguageModelError, SearchScope};
use crate::validate;

use super::prompts::{PromptSource, answer as answer_prompt};
use super::{author_name, language_name, snippet};

/// How many entries an answer draws on.
const SOURCES: usize = 4;
/// How many passages an answer without a model shows.
const PASSAGES: usize = 3;
const MIN_QUESTION: usize = 3;
const MAX_QUESTION: usize = 500;
/// How much of each entry the model sees.
const SOURCE_CHARS: usize = 1_500;

/// The answer's ingredients, gathered before the transaction.
#[derive(Debug, Default)]
pub struct Prepared {
    pub question: String,
    pub entries: Vec<Entry>,
    /// What the model wrote, or why it could not; None without a model.
    pub written: Option<Result<String, LanguageModelError>>,
    /// The search index is missing or failed.
    pub unavailable: bool,
}

/// The last question asked in a chat, for "ask a mentor".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LastQuestion {
    pub text: String,
    pub language: String,
    pub tags: Vec<String>,
}

fn question_of(incoming: &Incoming) -> Option<String> {
    let Content::Text(text) = &incoming.content else {
        return None;
    };
    let typed = commands::parse(text.trim())?;
    (typed.name == "ask").then(|| typed.args.join(" "))
}

/// Gathers the answer to an `/ask`, if that is what `incoming` is.
pub async fn prepare(bot: &Bot, incoming: &Incoming) -> Option<Prepared> {
    let raw = question_of(incoming)?;
    let question = validate::clean_text(&raw, false);
    let length = question.chars().count();
    if !(MIN_QUESTION..=MAX_QUESTION).contains(&length) {
        return Some(Prepared {
            question,
            ..Prepared::default()
        });
    }
    let Some(index) = bot.services().knowledge.clone() else {
        return Some(Prepared {
            question,
            unavailable: true,
            ..Prepared::default()
        });
    };
    let deps = bot.deps();
    // A short read: who asks, in which language, and which pairs' entries they may read.
    let (lang, scope) = match reader(bot, incoming).await {
        Ok(found) => found,
        Err(error) => {
            tracing::warn!(%error, "could not read the asker");
            (Lang::En, SearchScope::default())
        }
    };
    let hits = match index.search(&question, &scope, SOURCES).await {
        Ok(hits) => hits,
        Err(error) => {
            tracing::error!(%error, "knowledge search failed");
            return Some(Prepared {
                question,
                unavailable: true,
                ..Prepared::default()
            });
        }
    };
    let ids: Vec<i64> = hits.iter().map(|h| h.entry_id).collect();
    let mut entries = deps.store.entries(&ids).await.unwrap_or_default();
    entries.retain(|e| !e.hidden);
    entries.sort_by_key(|e| ids.iter().position(|id| *id == e.id));
    let written = match (&bot.services().llm, entries.is_empty()) {
        (Some(llm), false) => {
            let sources: Vec<PromptSource> = entries
                .iter()
                .enumerate()
                .map(|(i, e)| PromptSource {
                    number: i + 1,
                    title: e.title.clone(),
                    language: language_name(&e.language),
                    text: e.body.chars().take(SOURCE_CHARS).collect(),
                })
                .collect();
            match answer_prompt(&question, lang.autonym(), &sources, 180) {
                Ok((system, user)) => Some(llm.complete(&system, &user).await),
                Err(error) => Some(Err(LanguageModelError::Failed(error.to_string()))),
            }
        }
        _ => None,
    };
    Some(Prepared {
        question,
        entries,
        written,
        unavailable: false,
    })
}

async fn reader(bot: &Bot, incoming: &Incoming) -> Result<(Lang, SearchScope), CoreError> {
    let deps = bot.deps();
    let mut tx = deps.store.begin().await?;
    let person = match tx.account(&incoming.from).await?.and_then(|a| a.person_id) {
        Some(id) => tx.person(id).await?,
        None => None,
    };
    let mut scope = SearchScope::default();
    let mut lang = incoming
        .locale_hint
        .as_deref()
        .and_then(Lang::from_hint)
        .unwrap_or(Lang::En);
    if let Some(person) = &person {
        lang = Lang::from_code(&person.locale).unwrap_or(lang);
        scope.pairs = tx
            .pairs_of(person.id)
            .await?
            .into_iter()
            .filter(|p| matches!(p.state, PairState::Active | PairState::Completed))
            .map(|p| p.id)
            .collect();
    }
    tx.rollback().await?;
    Ok((lang, scope))
}

/// The numbers cited as `[n]` in a text, in order, without repeats.
pub fn citations(text: &str, sources: usize) -> Vec<usize> {
    let mut found = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('[') {
        rest = &rest[open + 1..];
        let Some(close) = rest.find(']') else { break };
        if let Ok(n) = rest[..close].trim().parse::<usize>()
            && (1..=sources).contains(&n)
            && !found.contains(&n)
        {
            found.push(n);
        }
        rest = &rest[close..];
    }
    found
}

/// Removes citation marks that point at no source, so readers never see a dangling [7].
fn drop_unknown_citations(text: &str, sources: usize) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('[') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find(']') {
            Some(close)
                if after[..close]
                    .trim()
                    .parse::<usize>()
                    .is_ok_and(|n| !(1..=sources).contains(&n)) =>
            {
                rest = &after[close + 1..];
            }
            _ => {
                out.push('[');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// `/ask`, with what `prepare` gathered.
pub async fn answer(ctx: &mut Ctx<'_>, prepared: Option<Prepared>) -> Result<(), CoreError> {
    let Some(prepared) = prepared else {
        ctx.say("kb-unavailable", &[]);
        return Ok(());
    };
    let length = prepared.question.chars().count();
    if !(MIN_QUESTION..=MAX_QUESTION).contains(&length) {
        ctx.say("kb-ask-usage", &[("max", MAX_QUESTION.into())]);
        return Ok(());
    }
    if prepared.unavailable {
        ctx.say("kb-unavailable", &[]);
        return Ok(());
    }
    let lang = ctx.lang;
    // What the question is about, for "ask a mentor": the competences of
    // the entry that fits it best. The weaker hits often share only a word
    // with it, and their tags would send it to mentors of other fields.
    let tags: Vec<String> = prepared
        .entries
        .first()
        .map(|best| best.tags.clone())
        .unwrap_or_default();
    ctx.conversation.last_question = Some(LastQuestion {
        text: prepared.question.clone(),
        language: super::detect_language(&prepared.question, lang.code()),
        tags,
    });
    let mentor_button = Choice::new("kb:mentor", ctx.t("kb-ask-mentor", &[]));
    if prepared.entries.is_empty() {
        let question = ctx.question(
            ctx.t("kb-no-results", &[]),
            ChoiceSet {
                options: vec![mentor_button],
                multi: false,
            },
        );
        ctx.reply(question);
        return Ok(());
    }
    let mut text = RichText::default();
    let (cited, fallback_note) = match &prepared.written {
        Some(Ok(written)) if !written.trim().is_empty() => {
            let clean = drop_unknown_citations(written.trim(), prepared.entries.len());
            text.push_text(clean.clone());
            // Listed by number, whatever order the text cites them in.
            let mut cited = citations(&clean, prepared.entries.len());
            cited.sort_unstable();
            (
                if cited.is_empty() {
                    (1..=prepared.entries.len()).collect()
                } else {
                    cited
                },
                None,
            )
        }
        other => {
            let note = match other {
                Some(Err(LanguageModelError::Timeout)) => Some("kb-llm-timeout"),
                Some(_) => Some("kb-llm-failed"),
                None => None,
            };
            text.push_text(ctx.t("kb-passages-title", &[]));
            let mut items = Vec::new();
            for (i, entry) in prepared.entries.iter().take(PASSAGES).enumerate() {
                let mut line = vec![Inline::Bold(format!("[{}] {}", i + 1, entry.title))];
                if entry.language != lang.code() {
                    line.push(Inline::Italic(format!(
                        " ({})",
                        language_name(&entry.language)
                    )));
                }
                line.push(Inline::Text(format!(
                    ": {}",
                    snippet(&entry.body, &prepared.question, 300)
                )));
                items.push(line);
            }
            text.blocks.push(Block::Bullets(items));
            ((1..=prepared.entries.len().min(PASSAGES)).collect(), note)
        }
    };
    text.push_text(ctx.t("kb-sources", &[]));
    let mut sources = Vec::new();
    for n in &cited {
        let Some(entry) = prepared.entries.get(n - 1) else {
            continue;
        };
        let author = author_name(ctx, lang, entry).await?;
        sources.push(vec![Inline::Text(ctx.t(
            "kb-source",
            &[
                ("number", (*n).into()),
                ("title", entry.title.as_str().into()),
                ("author", author.into()),
                ("language", language_name(&entry.language).into()),
                ("id", entry.id.into()),
            ],
        ))]);
    }
    text.blocks.push(Block::Bullets(sources));
    if let Some(note) = fallback_note {
        text.push_text(ctx.t(note, &[]));
    }
    let refs: Vec<String> = cited
        .iter()
        .filter_map(|n| prepared.entries.get(n - 1))
        .map(|e| e.id.to_string())
        .take(5)
        .collect();
    let refs = refs.join(".");
    let options = vec![
        Choice::new(format!("kb:up:{refs}"), ctx.t("kb-helpful", &[])),
        Choice::new(format!("kb:down:{refs}"), ctx.t("kb-not-helpful", &[])),
        mentor_button,
    ];
    ctx.reply(Outgoing {
        text,
        choices: Some(ChoiceSet {
            options,
            multi: false,
        }),
        ..Outgoing::default()
    });
    Ok(())
}

/// `kb:up:<ids>` / `kb:down:<ids>`: one vote per person and entry, used in ranking.
pub async fn feedback(ctx: &mut Ctx<'_>, helpful: bool, refs: &str) -> Result<(), CoreError> {
    let Some(me) = ctx.person_id() else {
        ctx.say("needs-profile", &[]);
        return Ok(());
    };
    for id in refs
        .split('.')
        .filter_map(|r| r.parse::<i64>().ok())
        .take(5)
    {
        if ctx.tx.entry(id).await?.is_some() {
            ctx.tx.record_feedback(id, me, helpful).await?;
        }
    }
    ctx.knowledge_changed = true;
    ctx.say(
        if helpful {
            "kb-thanks-helpful"
        } else {
            "kb-thanks-not-helpful"
        },
        &[],
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn citations_are_read_and_dangling_ones_dropped() {
        assert_eq!(
            citations("Start small [2]. Ask early [1][2]. See [9].", 3),
            vec![2, 1]
        );
        assert_eq!(
            drop_unknown_citations("A [1]. B [7]. C [x].", 3),
            "A [1]. B . C [x]."
        );
        assert_eq!(citations("no marks", 3), Vec::<usize>::new());
        assert_eq!(citations("[", 3), Vec::<usize>::new());
    }
}

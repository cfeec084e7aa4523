//! The language model's instructions, from the templates in `prompts/`
//! (minijinja), embedded in the binary.

use minijinja::{Environment, context};
use serde::Serialize;

const ANSWER_SYSTEM: &str = include_str!("../../../prompts/answer.system.jinja");
const ANSWER_USER: &str = include_str!("../../../prompts/answer.user.jinja");

/// One numbered source as the model sees it.
#[derive(Debug, Clone, Serialize)]
pub struct PromptSource {
    pub number: usize,
    pub title: String,
    /// The language's own name, e.g. "Deutsch".
    pub language: String,
    pub text: String,
}

#[derive(Debug, thiserror::Error)]
#[error("prompt template: {0}")]
pub struct PromptError(String);

fn render(template: &str, name: &str, ctx: minijinja::Value) -> Result<String, PromptError> {
    let mut env = Environment::new();
    env.add_template(name, template)
        .map_err(|e| PromptError(e.to_string()))?;
    let tmpl = env
        .get_template(name)
        .map_err(|e| PromptError(e.to_string()))?;
    tmpl.render(ctx)
        .map(|s| s.trim().to_owned())
        .map_err(|e| PromptError(e.to_string()))
}

/// The system and user messages that ask for a cited answer in `language`.
pub fn answer(
    question: &str,
    language: &str,
    sources: &[PromptSource],
    max_words: u32,
) -> Result<(String, String), PromptError> {
    let system = render(
        ANSWER_SYSTEM,
        "answer.system",
        context! { language, max_words },
    )?;
    let user = render(ANSWER_USER, "answer.user", context! { question, sources })?;
    Ok((system, user))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_answer_prompt_carries_the_question_sources_and_language() {
        let sources = vec![
            PromptSource {
                number: 1,
                title: "Finanzierung".into(),
                language: "Deutsch".into(),
                text: "Fördermittel …".into(),
            },
            PromptSource {
                number: 2,
                title: "Export".into(),
                language: "English".into(),
                text: "Start with one market.".into(),
            },
        ];
        let (system, user) =
            answer("Wie finde ich Investoren?", "Polski", &sources, 180).expect("renders");
        assert!(system.contains("Write your answer in Polski"));
        assert!(system.contains("at most 180 words"));
        assert!(user.starts_with("Question: Wie finde ich Investoren?"));
        assert!(user.contains("[1] Finanzierung (Deutsch)\nFördermittel …"));
        assert!(user.contains("[2] Export (English)\nStart with one market."));
    }
}

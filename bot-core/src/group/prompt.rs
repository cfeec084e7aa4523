//! The language model's instructions for a group session's written summary,
//! from `prompts/group_summary.*.jinja` (minijinja), embedded in the binary.

use minijinja::{Environment, context};

const SYSTEM: &str = include_str!("../../../prompts/group_summary.system.jinja");
const USER: &str = include_str!("../../../prompts/group_summary.user.jinja");

#[derive(Debug, thiserror::Error)]
#[error("group summary prompt: {0}")]
pub struct PromptError(String);

fn render(template: &str, ctx: minijinja::Value) -> Result<String, PromptError> {
    let mut env = Environment::new();
    env.add_template("prompt", template)
        .map_err(|e| PromptError(e.to_string()))?;
    let tmpl = env
        .get_template("prompt")
        .map_err(|e| PromptError(e.to_string()))?;
    tmpl.render(ctx)
        .map(|s| s.trim().to_owned())
        .map_err(|e| PromptError(e.to_string()))
}

/// The system and user messages asking for a summary in `language` (the
/// language's own name) from the notes and the action items (without owners).
pub fn summary(
    topic: &str,
    language: &str,
    notes: &[String],
    actions: &[String],
    max_words: u32,
) -> Result<(String, String), PromptError> {
    let system = render(SYSTEM, context! { language, max_words })?;
    let user = render(USER, context! { topic, notes, actions })?;
    Ok((system, user))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_prompt_carries_topic_notes_actions_and_language() {
        let notes = vec![
            "Pilot customers first".to_owned(),
            "Lokale Partner".to_owned(),
        ];
        let actions = vec!["Send the pricing sheet".to_owned()];
        let (system, user) =
            summary("Hiring abroad", "Deutsch", &notes, &actions, 150).expect("renders");
        assert!(system.contains("Write in Deutsch"));
        assert!(system.contains("At most 150 words"));
        assert!(system.contains("Do not name or describe any person"));
        assert!(user.starts_with("Topic: Hiring abroad"));
        assert!(user.contains("- Pilot customers first\n"));
        assert!(user.contains("- Lokale Partner\n"));
        assert!(user.contains("Action items:\n"));
        assert!(user.ends_with("- Send the pricing sheet"));
        let (_, without) = summary("T", "English", &notes, &[], 150).expect("renders");
        assert!(!without.contains("Action items"));
    }
}

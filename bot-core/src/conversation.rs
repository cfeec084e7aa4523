//! The persisted state of one chat with one account: the dialogs under way
//! (a stack, so a coordinator can answer an application in the middle of
//! something else) and the choices offered last, against which a typed number
//! or label is resolved.

use serde::{Deserialize, Serialize};

use crate::dialogs::Dialog;
use crate::message::{Choice, ChoiceSet};

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Conversation {
    #[serde(default)]
    pub dialogs: Vec<Dialog>,
    #[serde(default)]
    pub offered: Option<ChoiceSet>,
    /// The last `/ask` here, for "ask a mentor".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_question: Option<crate::knowledge::ask::LastQuestion>,
}

impl Conversation {
    pub fn is_empty(&self) -> bool {
        self.dialogs.is_empty() && self.offered.is_none() && self.last_question.is_none()
    }

    pub fn active(&self) -> Option<&Dialog> {
        self.dialogs.last()
    }
}

/// What a typed answer means against the choices offered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Resolved {
    /// The tokens of the chosen options.
    Tokens(Vec<String>),
    /// Not a choice (no choices offered, or the text matches none of them).
    Text,
}

/// Resolves typed text against offered choices: a number (`2`), a label
/// (`Deutsch`, case and surrounding space ignored), or for multiple choice a
/// comma-separated list of those (`1, 3, Polski`).
pub fn resolve(offered: Option<&ChoiceSet>, text: &str) -> Resolved {
    let Some(set) = offered else {
        return Resolved::Text;
    };
    if let Some(token) = resolve_one(&set.options, text) {
        return Resolved::Tokens(vec![token]);
    }
    if set.multi {
        let mut tokens = Vec::new();
        for part in text
            .split([',', ';', '،'])
            .map(str::trim)
            .filter(|p| !p.is_empty())
        {
            match resolve_one(&set.options, part) {
                Some(token) if !tokens.contains(&token) => tokens.push(token),
                Some(_) => {}
                None => return Resolved::Text,
            }
        }
        if !tokens.is_empty() {
            return Resolved::Tokens(tokens);
        }
    }
    Resolved::Text
}

fn resolve_one(options: &[Choice], text: &str) -> Option<String> {
    let wanted = text.trim();
    if let Ok(n) = wanted.parse::<usize>() {
        return n
            .checked_sub(1)
            .and_then(|i| options.get(i))
            .map(|c| c.token.clone());
    }
    let folded = wanted.to_lowercase();
    options
        .iter()
        .find(|c| c.label.to_lowercase() == folded)
        .map(|c| c.token.clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(multi: bool) -> ChoiceSet {
        ChoiceSet {
            options: vec![
                Choice::new("a", "English"),
                Choice::new("b", "Deutsch"),
                Choice::new("c", "العربية"),
            ],
            multi,
        }
    }

    #[test]
    fn numbers_and_labels_resolve() {
        assert_eq!(
            resolve(Some(&set(false)), " 2 "),
            Resolved::Tokens(vec!["b".into()])
        );
        assert_eq!(
            resolve(Some(&set(false)), "deutsch"),
            Resolved::Tokens(vec!["b".into()])
        );
        assert_eq!(
            resolve(Some(&set(false)), "العربية"),
            Resolved::Tokens(vec!["c".into()])
        );
        assert_eq!(resolve(Some(&set(false)), "4"), Resolved::Text);
        assert_eq!(resolve(Some(&set(false)), "0"), Resolved::Text);
        assert_eq!(resolve(Some(&set(false)), "1, 2"), Resolved::Text);
        assert_eq!(resolve(None, "1"), Resolved::Text);
    }

    #[test]
    fn multiple_choice_takes_lists_without_repeats() {
        assert_eq!(
            resolve(Some(&set(true)), "1, 3,1"),
            Resolved::Tokens(vec!["a".into(), "c".into()])
        );
        assert_eq!(
            resolve(Some(&set(true)), "english; Deutsch"),
            Resolved::Tokens(vec!["a".into(), "b".into()])
        );
        assert_eq!(resolve(Some(&set(true)), "1, 9"), Resolved::Text);
        assert_eq!(
            resolve(Some(&set(true)), "99999999999999999999999"),
            Resolved::Text
        );
    }
}

//! Knowledge entries as Markdown files with a small front matter, for
//! `mentor-cloud kb import` and `kb export`:
//!
//! ```text
//! ---
//! title: A first-session agenda
//! language: en
//! tags: [goal-setting, career-planning]
//! kind: article
//! ---
//! The body, in Markdown.
//! ```

use serde::{Deserialize, Serialize};

use crate::model::{Entry, EntryKind};
use crate::reference::{CompetenceMap, SPOKEN_LANGUAGES};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct FrontMatter {
    title: String,
    language: Option<String>,
    #[serde(default)]
    tags: Vec<String>,
    kind: Option<String>,
}

/// A parsed file, ready to become an entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntryFile {
    pub title: String,
    pub language: String,
    pub tags: Vec<String>,
    pub kind: EntryKind,
    pub body: String,
}

/// Reads one file; the error says what is wrong, for the import report.
pub fn parse(text: &str, map: &CompetenceMap) -> Result<EntryFile, String> {
    let text = text.trim_start_matches('\u{feff}').replace("\r\n", "\n");
    let rest = text
        .strip_prefix("---\n")
        .ok_or("the file does not start with a --- front matter")?;
    let (head, body) = rest
        .split_once("\n---")
        .ok_or("the front matter is not closed with ---")?;
    let body = body.trim_start_matches('-').trim().to_owned();
    // The front matter is a small YAML subset that is also valid TOML once values are quoted.
    let mut toml_text = String::new();
    for line in head.lines().filter(|l| !l.trim().is_empty()) {
        let (key, value) = line
            .split_once(':')
            .ok_or_else(|| format!("front matter line {line:?} has no “key: value”"))?;
        let value = value.trim();
        let value = if value.starts_with('[') {
            let items: Vec<String> = value
                .trim_start_matches('[')
                .trim_end_matches(']')
                .split(',')
                .map(|v| v.trim().trim_matches('"'))
                .filter(|v| !v.is_empty())
                .map(|v| format!("{v:?}"))
                .collect();
            format!("[{}]", items.join(", "))
        } else {
            format!("{:?}", value.trim_matches('"'))
        };
        toml_text.push_str(&format!("{} = {value}\n", key.trim()));
    }
    let front: FrontMatter =
        toml::from_str(&toml_text).map_err(|e| format!("front matter: {e}"))?;
    if front.title.trim().is_empty() || front.title.chars().count() > 150 {
        return Err("the title must be 1 to 150 characters".into());
    }
    if body.chars().count() < 20 {
        return Err("the body is shorter than 20 characters".into());
    }
    for tag in &front.tags {
        if map.competence(tag).is_none() {
            return Err(format!("unknown competence {tag:?} in tags"));
        }
    }
    let language = match front.language {
        Some(code) if SPOKEN_LANGUAGES.iter().any(|(c, _)| *c == code) => code,
        Some(code) => return Err(format!("unknown language {code:?}")),
        None => super::detect_language(&body, "en"),
    };
    let kind = match front.kind.as_deref() {
        None | Some("article") => EntryKind::Article,
        Some("qa") => EntryKind::Qa,
        Some("session_notes") => EntryKind::SessionNotes,
        Some(other) => {
            return Err(format!(
                "unknown kind {other:?} (article, qa, session_notes)"
            ));
        }
    };
    Ok(EntryFile {
        title: front.title.trim().to_owned(),
        language,
        tags: front.tags,
        kind,
        body,
    })
}

/// An entry as a file (the inverse of `parse`).
pub fn render(entry: &Entry) -> String {
    let tags: Vec<&str> = entry.tags.iter().map(String::as_str).collect();
    format!(
        "---\ntitle: {}\nlanguage: {}\ntags: [{}]\nkind: {}\n---\n{}\n",
        entry.title.replace('\n', " "),
        entry.language,
        tags.join(", "),
        entry.kind.as_str(),
        entry.body
    )
}

/// A file name for an entry: its number and a slug of its title.
pub fn file_name(entry: &Entry) -> String {
    let slug: String = entry
        .title
        .to_lowercase()
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect::<String>()
        .split('-')
        .filter(|p| !p.is_empty())
        .take(8)
        .collect::<Vec<_>>()
        .join("-");
    format!("{:05}-{slug}.{}.md", entry.id, entry.language)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::EntrySource;

    fn map() -> CompetenceMap {
        CompetenceMap::parse(include_str!("../../../config/competences.toml")).expect("map")
    }

    #[test]
    fn files_round_trip() {
        let text = "---\ntitle: A first-session agenda\nlanguage: en\ntags: [goal-setting, career-planning]\nkind: article\n---\n# Agenda\n\nStart with introductions and expectations.\n";
        let file = parse(text, &map()).expect("parses");
        assert_eq!(file.title, "A first-session agenda");
        assert_eq!(file.tags, vec!["goal-setting", "career-planning"]);
        assert!(file.body.starts_with("# Agenda"));
        let entry = Entry {
            id: 7,
            kind: file.kind,
            title: file.title.clone(),
            body: file.body.clone(),
            language: file.language.clone(),
            tags: file.tags.clone(),
            author_id: None,
            anonymous: true,
            source: EntrySource::Imported,
            pair_id: None,
            consent: true,
            hidden: false,
            helpful: 0,
            not_helpful: 0,
            created_at: 0,
            updated_at: 0,
        };
        assert_eq!(parse(&render(&entry), &map()).expect("again"), file);
        assert_eq!(file_name(&entry), "00007-a-first-session-agenda.en.md");
    }

    #[test]
    fn bad_files_say_why() {
        assert!(
            parse("no front matter", &map())
                .unwrap_err()
                .contains("front matter")
        );
        assert!(
            parse(
                "---\ntitle: X\ntags: [astrology]\n---\nA body that is long enough to pass.",
                &map()
            )
            .unwrap_err()
            .contains("astrology")
        );
        assert!(
            parse(
                "---\ntitle: X\nlanguage: xx\n---\nA body that is long enough to pass.",
                &map()
            )
            .unwrap_err()
            .contains("xx")
        );
    }
}

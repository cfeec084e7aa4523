//! The knowledge base as a folder of Markdown files (`mentor-cloud kb import`
//! and `kb export`). Importing the same folder again updates the entries it
//! made before (matched by title and language) instead of adding copies.

use std::collections::HashMap;

use crate::context::Deps;
use crate::error::CoreError;
use crate::model::{Entry, EntrySource};

use super::files::{self, EntryFile};

/// Entries read per page when walking the whole base.
const PAGE: u32 = 500;

/// What happened to one file of an import.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileOutcome {
    Created(i64),
    Updated(i64),
    Unchanged(i64),
    Rejected(String),
}

/// Every entry of the base, oldest first (hidden ones included).
pub async fn all_entries(deps: &Deps) -> Result<Vec<Entry>, CoreError> {
    let mut entries = Vec::new();
    let mut after = 0;
    loop {
        let page = deps.store.entries_page(after, PAGE).await?;
        let Some(last) = page.last() else { break };
        after = last.id;
        entries.extend(page);
    }
    Ok(entries)
}

/// Imports files given as (name, text); `progress` is called after each.
/// Valid files are saved in one transaction, so an interrupted import leaves
/// the base as it was. An entry a coordinator hid stays hidden.
pub async fn import(
    deps: &Deps,
    files: &[(String, String)],
    mut progress: impl FnMut(&str, &FileOutcome),
) -> Result<Vec<(String, FileOutcome)>, CoreError> {
    let mut imported: HashMap<(String, String), Entry> = all_entries(deps)
        .await?
        .into_iter()
        .filter(|e| e.source == EntrySource::Imported)
        .map(|e| ((e.title.to_lowercase(), e.language.clone()), e))
        .collect();
    let now = deps.clock.now_ms();
    let mut tx = deps.store.begin().await?;
    let mut outcomes = Vec::with_capacity(files.len());
    for (name, text) in files {
        let outcome = match files::parse(text, &deps.competences) {
            Err(reason) => FileOutcome::Rejected(reason),
            Ok(file) => {
                let key = (file.title.to_lowercase(), file.language.clone());
                match imported.get(&key) {
                    Some(existing) if same_content(existing, &file) => {
                        FileOutcome::Unchanged(existing.id)
                    }
                    Some(existing) => {
                        let mut entry = existing.clone();
                        apply(&mut entry, file);
                        entry.updated_at = now;
                        tx.update_entry(&entry).await?;
                        let id = entry.id;
                        imported.insert(key, entry);
                        FileOutcome::Updated(id)
                    }
                    None => {
                        let mut entry = new_entry(file, now);
                        entry.id = tx.insert_entry(&entry).await?;
                        let id = entry.id;
                        imported.insert(key, entry);
                        FileOutcome::Created(id)
                    }
                }
            }
        };
        progress(name, &outcome);
        outcomes.push((name.clone(), outcome));
    }
    tx.commit().await?;
    Ok(outcomes)
}

fn same_content(entry: &Entry, file: &EntryFile) -> bool {
    entry.title == file.title
        && entry.body == file.body
        && entry.tags == file.tags
        && entry.kind == file.kind
        && entry.language == file.language
}

fn apply(entry: &mut Entry, file: EntryFile) {
    entry.title = file.title;
    entry.body = file.body;
    entry.tags = file.tags;
    entry.kind = file.kind;
    entry.language = file.language;
}

fn new_entry(file: EntryFile, now: i64) -> Entry {
    Entry {
        id: 0,
        kind: file.kind,
        title: file.title,
        body: file.body,
        language: file.language,
        tags: file.tags,
        author_id: None,
        anonymous: false,
        source: EntrySource::Imported,
        pair_id: None,
        consent: true,
        hidden: false,
        helpful: 0,
        not_helpful: 0,
        created_at: now,
        updated_at: now,
    }
}

/// The entries everyone in the programme may read, as (file name, text):
/// hidden entries and entries private to a pair stay out of an export.
pub async fn export(deps: &Deps) -> Result<Vec<(String, String)>, CoreError> {
    Ok(all_entries(deps)
        .await?
        .iter()
        .filter(|e| !e.hidden && e.pair_id.is_none())
        .map(|e| (files::file_name(e), files::render(e)))
        .collect())
}

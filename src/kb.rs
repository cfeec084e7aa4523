//! `mentor-cloud kb …`: the knowledge base from the command line.

use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use bot_core::knowledge::library::{self, FileOutcome};
use bot_core::knowledge::snippet;
use bot_core::ports::{KnowledgeIndex, SearchScope};
use bot_core::{Bot, Deps};
use indicatif::{ProgressBar, ProgressStyle};
use serde::Serialize;
use storage::knowledge::TantivyIndex;

/// Markdown files in `dir` (not recursive), sorted by name.
fn markdown_files(dir: &Path) -> anyhow::Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for item in std::fs::read_dir(dir).with_context(|| format!("reading {}", dir.display()))? {
        let path = item?.path();
        if path.is_file() && path.extension().is_some_and(|e| e == "md") {
            files.push(path);
        }
    }
    files.sort();
    Ok(files)
}

pub async fn import(bot: &Bot, index: &TantivyIndex, dir: &Path) -> anyhow::Result<()> {
    let paths = markdown_files(dir)?;
    if paths.is_empty() {
        bail!("{} holds no .md files", dir.display());
    }
    let mut files = Vec::with_capacity(paths.len());
    for path in &paths {
        let text =
            std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
        let name = path.file_name().unwrap_or_default().to_string_lossy();
        files.push((name.into_owned(), text));
    }
    let bar = ProgressBar::new(files.len() as u64).with_style(
        ProgressStyle::with_template("{bar:40} {pos}/{len} {wide_msg}")
            .context("progress bar template")?,
    );
    let outcomes = library::import(bot.deps(), &files, |name, _| {
        bar.set_message(name.to_owned());
        bar.inc(1);
    })
    .await?;
    bar.finish_and_clear();
    let (mut created, mut updated, mut unchanged, mut rejected) = (0, 0, 0, 0);
    for (name, outcome) in &outcomes {
        match outcome {
            FileOutcome::Created(_) => created += 1,
            FileOutcome::Updated(_) => updated += 1,
            FileOutcome::Unchanged(_) => unchanged += 1,
            FileOutcome::Rejected(reason) => {
                rejected += 1;
                eprintln!("{name}: {reason}");
            }
        }
    }
    index.refresh().await?;
    println!(
        "{created} created, {updated} updated, {unchanged} unchanged, {rejected} rejected; {} entries in the search index",
        index.num_docs()
    );
    if rejected > 0 {
        bail!("{rejected} file(s) could not be imported (reasons above)");
    }
    Ok(())
}

pub async fn export(bot: &Bot, dir: &Path) -> anyhow::Result<()> {
    std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    let files = library::export(bot.deps()).await?;
    for (name, text) in &files {
        let path = dir.join(name);
        std::fs::write(&path, text).with_context(|| format!("writing {}", path.display()))?;
    }
    println!(
        "{} entries written to {} (hidden and pair-private entries are left out)",
        files.len(),
        dir.display()
    );
    Ok(())
}

#[derive(Serialize)]
struct Found {
    id: i64,
    score: f32,
    title: String,
    language: String,
    tags: Vec<String>,
    snippet: String,
}

/// Searches as a programme member who is in no pair would: programme entries only.
pub async fn search(
    deps: &Deps,
    index: &TantivyIndex,
    query: &str,
    limit: usize,
    json: bool,
) -> anyhow::Result<()> {
    let hits = index.search(query, &SearchScope::default(), limit).await?;
    let ids: Vec<i64> = hits.iter().map(|h| h.entry_id).collect();
    let entries = deps.store.entries(&ids).await?;
    let found: Vec<Found> = hits
        .iter()
        .filter_map(|hit| {
            let entry = entries.iter().find(|e| e.id == hit.entry_id)?;
            Some(Found {
                id: entry.id,
                score: hit.score,
                title: entry.title.clone(),
                language: entry.language.clone(),
                tags: entry.tags.clone(),
                snippet: snippet(&entry.body, query, 200),
            })
        })
        .collect();
    if json {
        println!("{}", serde_json::to_string_pretty(&found)?);
        return Ok(());
    }
    if found.is_empty() {
        println!("nothing found");
    }
    for (rank, f) in found.iter().enumerate() {
        println!(
            "{}. [{}] {} ({}, score {:.2})\n   {}",
            rank + 1,
            f.id,
            f.title,
            f.language,
            f.score,
            f.snippet.replace('\n', " ")
        );
    }
    Ok(())
}

pub async fn reindex(index: &TantivyIndex) -> anyhow::Result<()> {
    let started = std::time::Instant::now();
    index.rebuild().await?;
    println!(
        "search index rebuilt: {} entries in {} ms",
        index.num_docs(),
        started.elapsed().as_millis()
    );
    Ok(())
}

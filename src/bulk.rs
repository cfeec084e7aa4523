//! The command-line side of bulk work: importing participants from a CSV
//! file and printing a matching proposal without storing it.

use std::path::Path;

use anyhow::{Context, bail};
use bot_core::Bot;
use bot_core::import::import_participants;
use bot_core::pairing::dry_run::dry_run;

pub async fn import(bot: &Bot, file: &Path, skip_bad: bool) -> anyhow::Result<()> {
    let text =
        std::fs::read_to_string(file).with_context(|| format!("reading {}", file.display()))?;
    let report = import_participants(bot.deps(), &text, skip_bad).await?;
    for error in &report.errors {
        eprintln!("line {}: {}", error.line, error.reason);
    }
    if !report.errors.is_empty() && !skip_bad {
        bail!(
            "{} bad row(s); nothing was imported (use --skip-bad to import the good rows)",
            report.errors.len()
        );
    }
    println!("email,name,status,claim");
    for person in &report.imported {
        let status = if person.created { "created" } else { "updated" };
        let claim = person
            .claim_code
            .as_ref()
            .map(|c| format!("/start {c}"))
            .unwrap_or_default();
        println!(
            "{},{},{status},{claim}",
            csv_field(&person.email),
            csv_field(&person.name)
        );
    }
    eprintln!(
        "{} imported, {} skipped. New people claim their profile by sending the /start code to the bot (valid 30 days).",
        report.imported.len(),
        report.errors.len()
    );
    Ok(())
}

fn csv_field(value: &str) -> String {
    if value.contains([',', '"', '\n']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value.to_owned()
    }
}

pub async fn match_dry_run(bot: &Bot, json: bool) -> anyhow::Result<()> {
    let result = dry_run(bot.deps()).await?;
    if json {
        println!("{}", serde_json::to_string_pretty(&result)?);
        return Ok(());
    }
    let name = |key: &str| {
        result
            .names
            .get(key)
            .cloned()
            .unwrap_or_else(|| key.to_owned())
    };
    println!(
        "{} pairs, total score {:.1}; {} feasible candidates; {} mentors with free places",
        result.pairs.len(),
        result.total,
        result.candidates.len(),
        result.capacity.len()
    );
    for pair in &result.pairs {
        println!(
            "{} → {}  {:.1}",
            name(&pair.mentor),
            name(&pair.mentee),
            pair.score
        );
    }
    Ok(())
}

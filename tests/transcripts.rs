//! Replays every conversation in `tests/transcripts/*.txt` through the whole
//! bot (core, store, outbox, console transport) on SQLite and on PostgreSQL,
//! and compares every line the bot sends.
//!
//! After an intended change of wording, `MENTOR_CLOUD_BLESS=1 cargo test
//! --test transcripts` rewrites the files from the SQLite run; review the diff.
//! `MENTOR_CLOUD_TRANSCRIPTS=group-` replays (and blesses) only the files
//! whose names contain that text.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use async_trait::async_trait;
use bot_core::clock::{ManualClock, RandomCodes};
use bot_core::config::CoreConfig;
use bot_core::i18n::Locales;
use bot_core::reference::CompetenceMap;
use bot_core::{Bot, Deps, Services};
use console_adapter::transcript::{TranscriptHost, replay};
use storage::knowledge::TantivyIndex;

/// Tuesday 1 December 2026, 09:00 UTC: the start of every transcript's world.
const START_MS: i64 = 1_796_115_600_000;

struct Host {
    url: String,
    clock: Arc<ManualClock>,
    codes: Arc<RandomCodes>,
    config: CoreConfig,
    locales: Arc<Locales>,
    competences: Arc<CompetenceMap>,
    /// `%config starter_knowledge`: the starter set of `config/knowledge/`
    /// is imported when the bot starts.
    starter_knowledge: bool,
}

#[async_trait]
impl TranscriptHost for Host {
    async fn start_bot(&mut self) -> Bot {
        let store = storage::connect(&self.url)
            .await
            .expect("connect to the test database");
        let store: Arc<dyn bot_core::ports::Store> = Arc::new(store);
        let deps = Deps {
            store: store.clone(),
            clock: self.clock.clone(),
            codes: self.codes.clone(),
            locales: self.locales.clone(),
            competences: self.competences.clone(),
            config: Arc::new(self.config.clone()),
        };
        if self.starter_knowledge {
            let files = starter_knowledge();
            bot_core::knowledge::library::import(&deps, &files, |_, _| {})
                .await
                .expect("starter knowledge imports");
        }
        // The index lives in memory and is rebuilt from the database at
        // each start, as an instance with a fresh data folder would.
        let index = TantivyIndex::open(store, None).await.expect("search index");
        let services = Services {
            knowledge: Some(Arc::new(index)),
            charts: Some(Arc::new(charts::PngCharts::new())),
            ..Services::default()
        };
        let bot = Bot::with_services(deps, services);
        bot.start_recurring().await.expect("recurring jobs");
        bot
    }

    fn clock(&self) -> Arc<ManualClock> {
        self.clock.clone()
    }

    fn configure(&mut self, setting: &str) -> Result<(), String> {
        match setting.split_whitespace().collect::<Vec<_>>().as_slice() {
            ["invite_only", "on"] => self.config.programme.invite_only = true,
            ["invite_only", "off"] => self.config.programme.invite_only = false,
            ["self_service", "on"] => self.config.pairing.self_service = true,
            ["programme_end", date] => {
                self.config.dates.end = Some(date.parse().map_err(|_| format!("bad date {date}"))?)
            }
            ["hours_budget", hours] => {
                self.config.hours.budget =
                    hours.parse().map_err(|_| format!("bad number {hours}"))?
            }
            ["min_bilateral", hours] => {
                self.config.hours.min_bilateral =
                    hours.parse().map_err(|_| format!("bad number {hours}"))?
            }
            ["deliverable", id, days] => {
                self.config.deliverables.push(bot_core::rules::Deliverable {
                    id: (*id).to_owned(),
                    title: [("en".to_owned(), "Goals agreement".to_owned())].into(),
                    due_from: bot_core::rules::DueFrom::Pair,
                    due_days: days.parse().map_err(|_| format!("bad number {days}"))?,
                    by: bot_core::rules::DeliveredBy::Mentee,
                    questions: [(
                        "en".to_owned(),
                        vec![
                            "What do you want to achieve by the end of the programme?".to_owned(),
                            "How will you know you got there?".to_owned(),
                        ],
                    )]
                    .into(),
                    language: "en".into(),
                })
            }
            ["starter_knowledge"] => self.starter_knowledge = true,
            ["at_budget", "approval"] => {
                self.config.hours.at_budget = bot_core::rules::AtBudget::Approval
            }
            ["max_text", n] => {
                self.config.limits.max_text = n.parse().map_err(|_| format!("bad number {n}"))?
            }
            _ => return Err(format!("unknown setting {setting:?}")),
        }
        Ok(())
    }
}

fn host(url: String) -> Host {
    let competences = std::fs::read_to_string("config/competences.toml").expect("competence map");
    Host {
        url,
        clock: Arc::new(ManualClock::new(START_MS)),
        codes: Arc::new(RandomCodes::seeded(2026)),
        config: CoreConfig {
            coordinators: vec!["console:carol".into()],
            ..CoreConfig::default()
        },
        locales: Arc::new(Locales::load().expect("locales")),
        competences: Arc::new(CompetenceMap::parse(&competences).expect("competence map parses")),
        starter_knowledge: false,
    }
}

/// `config/knowledge/*.md` as (name, text), sorted by name.
fn starter_knowledge() -> Vec<(String, String)> {
    let mut files: Vec<(String, String)> = std::fs::read_dir("config/knowledge")
        .expect("config/knowledge")
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "md"))
        .map(|path| {
            let text = std::fs::read_to_string(&path).expect("starter entry");
            (name(&path), text)
        })
        .collect();
    files.sort();
    files
}

fn transcripts() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir("tests/transcripts")
        .expect("tests/transcripts")
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "txt"))
        .collect();
    if let Ok(only) = std::env::var("MENTOR_CLOUD_TRANSCRIPTS") {
        files.retain(|path| name(path).contains(&only));
    }
    files.sort();
    assert!(!files.is_empty(), "no transcripts found");
    files
}

fn name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn transcripts_on_sqlite() {
    let bless = std::env::var("MENTOR_CLOUD_BLESS").is_ok_and(|v| v == "1");
    let mut failures = Vec::new();
    for path in transcripts() {
        let dir = tempfile::tempdir().expect("temp dir");
        let url = format!("sqlite://{}/bot.db", dir.path().display());
        let text = std::fs::read_to_string(&path).expect("read transcript");
        let replayed = replay(&text, &mut host(url)).await;
        if bless && replayed.actual != text {
            std::fs::write(&path, &replayed.actual).expect("write transcript");
            eprintln!("blessed {}", name(&path));
        } else if !replayed.mismatches.is_empty() {
            failures.push(format!(
                "{} (SQLite):\n{}",
                name(&path),
                replayed.mismatches.join("\n\n")
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn transcripts_on_postgres() {
    let mut failures = Vec::new();
    for path in transcripts() {
        let Some(schema) = storage::testing::PgSchema::create().await else {
            return;
        };
        let text = std::fs::read_to_string(&path).expect("read transcript");
        let replayed = replay(&text, &mut host(schema.url.clone())).await;
        schema.drop_schema().await;
        if !replayed.mismatches.is_empty() {
            failures.push(format!(
                "{} (PostgreSQL):\n{}",
                name(&path),
                replayed.mismatches.join("\n\n")
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

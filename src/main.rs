//! The `mentor-cloud` binary: command line and wiring only. Everything the
//! bot does lives in `bot-core`; storage and adapters plug into its ports.

mod bulk;
mod export;
mod kb;
mod platforms;
mod settings;

use std::io::IsTerminal;
use std::path::PathBuf;
use std::sync::Arc;

use anyhow::Context;
use bot_core::clock::{ManualClock, RandomCodes, SystemClock};
use bot_core::i18n::Locales;
use bot_core::ports::Clock;
use bot_core::{Bot, Deps, Services};
use clap::{Parser, Subcommand};
use console_adapter::{ConsoleOptions, ConsoleOutput, run_console};
use tokio::io::BufReader;
use tracing_subscriber::EnvFilter;

#[derive(Parser)]
#[command(
    name = "mentor-cloud",
    version,
    about = "A chat bot that runs a cross-border mentoring programme"
)]
struct Cli {
    /// Configuration file (default: config/default.toml, else built-in defaults).
    #[arg(long, global = true, env = "MENTOR_CLOUD_CONFIG")]
    config: Option<PathBuf>,
    /// Database URL: sqlite://data/mentor-cloud.db or postgres://user@host/db.
    #[arg(
        long,
        global = true,
        env = "MENTOR_CLOUD_DATABASE_URL",
        hide_env_values = true
    )]
    database: Option<String>,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Start every configured adapter; with none configured, the console chat (the default).
    Run,
    /// The terminal chat. Reads a script to its end when one is given or stdin is not a terminal.
    Console {
        /// A file of console lines to play, e.g. `alice: /start`.
        #[arg(long)]
        script: Option<PathBuf>,
        /// Run on a clock that moves only when a line says so (`/clock +25h`,
        /// `/clock 2026-12-01 09:00`, UTC): demos of a whole programme, and tests.
        /// Starts at START (UTC, `2026-12-01 09:00`) or now.
        #[arg(long, value_name = "START", num_args = 0..=1, default_missing_value = "now")]
        virtual_clock: Option<String>,
    },
    /// Create or update the database schema, then exit.
    Migrate,
    /// Check the configuration and the competence map, then exit.
    CheckConfig,
    /// Bulk input, e.g. `import participants FILE.csv` (format in the README).
    Import {
        #[command(subcommand)]
        what: ImportWhat,
    },
    /// Print the pairs `/match` would propose, without storing or telling anyone.
    Match {
        /// Required: proposals are made and approved in chat with /match.
        #[arg(long)]
        dry_run: bool,
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// The knowledge base: import, export, search, reindex.
    Kb {
        #[command(subcommand)]
        what: KbCommand,
    },
    /// Write the programme's data as CSV files (participants, pairs, sessions, hours, deliverables) to DIR.
    Export { dir: PathBuf },
}

#[derive(Subcommand)]
enum KbCommand {
    /// Import Markdown files with a front matter (title, language, tags) from DIR;
    /// files imported before are updated, not copied.
    Import { dir: PathBuf },
    /// Write every programme-wide entry to DIR as a Markdown file.
    Export { dir: PathBuf },
    /// Search the knowledge base as a programme member would.
    Search {
        query: String,
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        #[arg(long, default_value_t = 5)]
        limit: usize,
    },
    /// Rebuild the search index from the database.
    Reindex,
}

#[derive(Subcommand)]
enum ImportWhat {
    /// People from an application form export (CSV, UTF-8, header row).
    Participants {
        file: PathBuf,
        /// Import the good rows even when some rows are bad.
        #[arg(long)]
        skip_bad: bool,
    },
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum Format {
    Text,
    Json,
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    tracing_subscriber::fmt()
        .with_env_filter(
            EnvFilter::try_from_env("MENTOR_CLOUD_LOG")
                .unwrap_or_else(|_| EnvFilter::new("warn,mentor_cloud=info,matrix_sdk::http_client=off,matrix_sdk_crypto::backups=error,async_openai=off")),
        )
        .with_writer(std::io::stderr)
        .init();
    let cli = Cli::parse();
    let loaded = settings::load(cli.config.as_deref(), cli.database.clone())?;
    match cli.command.unwrap_or(Command::Run) {
        Command::CheckConfig => {
            println!(
                "configuration OK ({}): {} competences, {} sectors, {} coordinator account(s), database {}, platforms: {}",
                loaded.source,
                loaded.competences.competences.len(),
                loaded.competences.sectors.len(),
                loaded.core.coordinators.len(),
                if loaded.settings.database.url.starts_with("sqlite:") {
                    "SQLite"
                } else {
                    "PostgreSQL"
                },
                match platforms::configured(&loaded.settings) {
                    names if names.is_empty() => "console".to_owned(),
                    names => names.join(", "),
                }
            );
            Ok(())
        }
        Command::Migrate => {
            storage::connect(&loaded.settings.database.url)
                .await
                .context("connecting to the database")?;
            println!("database is up to date");
            Ok(())
        }
        Command::Run => {
            let bot = bot_on(&loaded, None).await?;
            if platforms::run(bot.clone(), &loaded.settings).await? {
                Ok(())
            } else {
                console(bot, None, None).await
            }
        }
        Command::Import {
            what: ImportWhat::Participants { file, skip_bad },
        } => bulk::import(&bot(&loaded).await?, &file, skip_bad).await,
        Command::Match { dry_run, format } => {
            if !dry_run {
                anyhow::bail!(
                    "proposals are made and approved in chat with /match; here only --dry-run is available"
                );
            }
            bulk::match_dry_run(&bot(&loaded).await?, matches!(format, Format::Json)).await
        }
        Command::Export { dir } => export::export(&bot(&loaded).await?, &dir).await,
        Command::Kb { what } => {
            let (bot, index) = build(&loaded, None).await?;
            match what {
                KbCommand::Import { dir } => kb::import(&bot, &index, &dir).await,
                KbCommand::Export { dir } => kb::export(&bot, &dir).await,
                KbCommand::Search {
                    query,
                    format,
                    limit,
                } => {
                    let json = matches!(format, Format::Json);
                    kb::search(bot.deps(), &index, &query, limit, json).await
                }
                KbCommand::Reindex => kb::reindex(&index).await,
            }
        }
        Command::Console {
            script,
            virtual_clock,
        } => {
            let clock = match virtual_clock.as_deref() {
                None => None,
                Some("now") => Some(Arc::new(ManualClock::new(SystemClock.now_ms()))),
                Some(start) => {
                    let at = bot_core::time::parse_local(start, chrono_tz::Tz::UTC)
                        .context("--virtual-clock takes a start like 2026-12-01 09:00 (UTC)")?;
                    Some(Arc::new(ManualClock::new(at)))
                }
            };
            console(bot_on(&loaded, clock.clone()).await?, script, clock).await
        }
    }
}

/// The bot for one-off commands (bulk import, dry runs, exports): they never
/// search the knowledge base, so the index is not built for them.
async fn bot(loaded: &settings::Loaded) -> anyhow::Result<Bot> {
    Ok(Bot::new(deps(loaded, None).await?))
}

/// The bot on the system clock, or on a virtual one.
async fn bot_on(loaded: &settings::Loaded, clock: Option<Arc<ManualClock>>) -> anyhow::Result<Bot> {
    let (bot, index) = build(loaded, clock).await?;
    // Entries written by other instances (or `kb import`) reach this one's index.
    index.spawn_refresher(INDEX_REFRESH);
    Ok(bot)
}

/// How often an instance catches up with entries written elsewhere; its own
/// changes are in its index at once.
const INDEX_REFRESH: std::time::Duration = std::time::Duration::from_secs(5);

async fn deps(loaded: &settings::Loaded, clock: Option<Arc<ManualClock>>) -> anyhow::Result<Deps> {
    let store = storage::connect(&loaded.settings.database.url)
        .await
        .context("connecting to the database")?;
    Ok(Deps {
        store: Arc::new(store),
        clock: match clock {
            Some(clock) => clock,
            None => Arc::new(SystemClock),
        },
        codes: Arc::new(RandomCodes::from_entropy()),
        locales: Arc::new(Locales::load()?),
        competences: Arc::new(loaded.competences.clone()),
        config: Arc::new(loaded.core.clone()),
    })
}

/// The bot with every service, and its search index.
async fn build(
    loaded: &settings::Loaded,
    clock: Option<Arc<ManualClock>>,
) -> anyhow::Result<(Bot, Arc<storage::knowledge::TantivyIndex>)> {
    let deps = deps(loaded, clock).await?;
    let index = open_index(&deps, &loaded.settings.knowledge.index_dir).await?;
    let llm = match llm_adapter::LlmConfig::from_env(loaded.settings.llm.clone()) {
        Some(config) => Some(Arc::new(
            llm_adapter::OpenAiModel::new(config).context("language model configuration")?,
        ) as Arc<dyn bot_core::ports::LanguageModel>),
        None => None,
    };
    let services = Services {
        knowledge: Some(index.clone()),
        llm,
        charts: Some(Arc::new(charts::PngCharts::new())),
    };
    Ok((Bot::with_services(deps, services), index))
}

/// The index in `dir`; when another process (a running bot) holds that
/// directory, an index in memory built from the database instead.
async fn open_index(
    deps: &Deps,
    dir: &std::path::Path,
) -> anyhow::Result<Arc<storage::knowledge::TantivyIndex>> {
    use storage::knowledge::TantivyIndex;
    let store = deps.store.clone();
    let index = match TantivyIndex::open(store.clone(), Some(dir.to_owned())).await {
        Err(bot_core::ports::IndexError::Busy(_)) => {
            tracing::info!(dir = %dir.display(), "search index in use by another process; building one in memory");
            TantivyIndex::open(store, None).await
        }
        other => other,
    }
    .with_context(|| format!("opening the search index in {}", dir.display()))?;
    Ok(Arc::new(index))
}

async fn console(
    bot: Bot,
    script: Option<PathBuf>,
    virtual_clock: Option<Arc<ManualClock>>,
) -> anyhow::Result<()> {
    bot.start_recurring()
        .await
        .context("scheduling recurring work")?;
    let output = ConsoleOutput::Stdout;
    match script {
        Some(path) => {
            let file = tokio::fs::File::open(&path)
                .await
                .with_context(|| format!("opening {}", path.display()))?;
            let options = ConsoleOptions {
                background: false,
                virtual_clock,
            };
            run_console(bot, BufReader::new(file), output, options).await?;
        }
        None => {
            let interactive = std::io::stdin().is_terminal();
            if interactive {
                eprintln!(
                    "mentor-cloud console. Talk as someone with “alice: /start”; “/as bob” switches; \
                     “#room alice: hi” speaks in a room. Ctrl-D quits."
                );
            }
            let stdin = BufReader::new(tokio::io::stdin());
            tokio::select! {
                result = run_console(bot, stdin, output, ConsoleOptions { background: interactive, virtual_clock }) => result?,
                _ = tokio::signal::ctrl_c() => eprintln!("stopped"),
            }
        }
    }
    Ok(())
}

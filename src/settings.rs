//! The configuration file (`config/default.toml`, every option explained in
//! `config/example.toml`) and the environment. Secrets come only from the
//! environment (`MENTOR_CLOUD_*`), never from the file.
//!
//! One file holds both the wiring (database, platforms) read here and the
//! programme's rules that the core reads (`CoreConfig`); unknown keys in
//! either part are errors, so typos do not pass silently.

use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use bot_core::config::CoreConfig;
use bot_core::reference::CompetenceMap;
use serde::Deserialize;

/// Used when no configuration file is given and `config/default.toml` is not
/// there, so the binary runs from any directory.
const BUILTIN_COMPETENCES: &str = include_str!("../config/competences.toml");
const DEFAULT_CONFIG: &str = "config/default.toml";

/// The keys the binary owns; everything else belongs to the core.
const OWN_KEYS: [&str; 7] = [
    "database",
    "competences_file",
    "telegram",
    "discord",
    "matrix",
    "llm",
    "knowledge",
];

#[derive(Debug, Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
pub struct Settings {
    pub database: DatabaseSettings,
    /// The competence map, relative to the configuration file.
    pub competences_file: Option<PathBuf>,
    pub telegram: telegram_adapter::TelegramConfig,
    pub discord: discord_adapter::DiscordConfig,
    pub matrix: matrix_adapter::MatrixConfig,
    pub llm: llm_adapter::LlmConfig,
    pub knowledge: KnowledgeSettings,
}

#[derive(Debug, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct KnowledgeSettings {
    /// Where the search index lives; it is rebuilt from the database when missing or stale.
    pub index_dir: PathBuf,
}

impl Default for KnowledgeSettings {
    fn default() -> Self {
        Self {
            index_dir: PathBuf::from("data/index"),
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct DatabaseSettings {
    /// `sqlite://…` or `postgres://…`; `MENTOR_CLOUD_DATABASE_URL` or `--database` override it.
    pub url: String,
}

impl Default for DatabaseSettings {
    fn default() -> Self {
        Self {
            url: "sqlite://data/mentor-cloud.db".into(),
        }
    }
}

/// Everything loaded and checked.
pub struct Loaded {
    pub settings: Settings,
    pub core: CoreConfig,
    pub competences: CompetenceMap,
    pub source: String,
}

pub fn load(path: Option<&Path>, database_override: Option<String>) -> anyhow::Result<Loaded> {
    let chosen = match path {
        Some(path) => Some(path.to_path_buf()),
        None if Path::new(DEFAULT_CONFIG).exists() => Some(PathBuf::from(DEFAULT_CONFIG)),
        None => None,
    };
    let (mut settings, mut core, base, source) = match &chosen {
        Some(path) => {
            let (settings, core) = read(path)?;
            (
                settings,
                core,
                path.parent().map(Path::to_path_buf),
                path.display().to_string(),
            )
        }
        None => (
            Settings::default(),
            CoreConfig::default(),
            None,
            "built-in defaults".to_owned(),
        ),
    };
    if let Some(url) = database_override {
        settings.database.url = url;
    }
    let url = &settings.database.url;
    if !(url.starts_with("sqlite:")
        || url.starts_with("postgres://")
        || url.starts_with("postgresql://"))
    {
        bail!("the database URL must start with sqlite:// or postgres://");
    }
    let competences_text = match &settings.competences_file {
        Some(file) => {
            let file = base
                .as_deref()
                .map(|b| b.join(file))
                .unwrap_or_else(|| file.clone());
            std::fs::read_to_string(&file)
                .with_context(|| format!("reading the competence map {}", file.display()))?
        }
        None => BUILTIN_COMPETENCES.to_owned(),
    };
    let competences = CompetenceMap::parse(&competences_text)?;
    core.validate()?;
    // Discord makes a circle's room as a thread, and only in a channel set aside for them.
    if settings.discord.circles_channel.is_some() {
        core.groups.room_platforms.push("discord".to_owned());
    }
    Ok(Loaded {
        settings,
        core,
        competences,
        source,
    })
}

fn read(path: &Path) -> anyhow::Result<(Settings, CoreConfig)> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    let mut table: toml::Table =
        toml::from_str(&text).with_context(|| format!("in {}", path.display()))?;
    let mut own = toml::Table::new();
    for key in OWN_KEYS {
        if let Some(value) = table.remove(key) {
            own.insert(key.to_owned(), value);
        }
    }
    let settings: Settings = own
        .try_into()
        .with_context(|| format!("in {}", path.display()))?;
    let core: CoreConfig = table
        .try_into()
        .with_context(|| format!("in {}", path.display()))?;
    Ok((settings, core))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_configurations_load() {
        for file in ["config/default.toml", "config/example.toml"] {
            let loaded =
                load(Some(Path::new(file)), None).unwrap_or_else(|e| panic!("{file}: {e:#}"));
            assert!(!loaded.competences.competences.is_empty());
        }
    }

    #[test]
    fn bad_database_urls_are_refused() {
        let result = load(
            Some(Path::new("config/default.toml")),
            Some("mysql://x".into()),
        );
        assert!(result.is_err());
    }

    #[test]
    fn typos_in_either_part_are_errors() {
        let dir = tempfile::tempdir().expect("dir");
        for text in [
            "[databse]\nurl = \"sqlite://x.db\"\n",
            "[programme]\ninvite_onyl = true\n",
        ] {
            let path = dir.path().join("c.toml");
            std::fs::write(&path, text).expect("write");
            assert!(load(Some(&path), None).is_err(), "{text}");
        }
    }
}

//! The `[telegram]` section of the configuration file, completed from the
//! environment. The bot token is a secret and comes only from
//! `MENTOR_CLOUD_TELEGRAM_TOKEN`; setting it is what turns the adapter on.

use std::net::SocketAddr;
use std::time::Duration;

use serde::Deserialize;

use crate::TelegramError;

pub const TOKEN_VAR: &str = "MENTOR_CLOUD_TELEGRAM_TOKEN";
pub const API_URL_VAR: &str = "MENTOR_CLOUD_TELEGRAM_API_URL";
pub const DEFAULT_API_URL: &str = "https://api.telegram.org";

#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct TelegramConfig {
    /// The Bot API server: Telegram's, or a self-hosted `telegram-bot-api`.
    /// `MENTOR_CLOUD_TELEGRAM_API_URL` overrides it.
    pub api_url: Option<String>,
    /// How long one long-polling request waits for updates, in seconds (Telegram allows up to 50).
    pub polling_timeout: u32,
    /// How long this instance's hold on the inbound connection lasts without
    /// renewal; another instance takes over within this time when it dies.
    pub lease_seconds: u64,
    /// Publishes the command menu (in every language) with setMyCommands at start.
    pub register_commands: bool,
    /// Receive updates through a webhook instead of long polling.
    pub webhook: Option<WebhookConfig>,
    /// From `MENTOR_CLOUD_TELEGRAM_TOKEN` only (never from the file); never printed.
    #[serde(skip)]
    pub token: Token,
}

/// Webhook mode: Telegram posts updates to `public_url`, which a reverse
/// proxy (TLS) forwards to `listen`. A random secret path is appended to the
/// URL each time the webhook is set, so only Telegram knows where to post.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WebhookConfig {
    /// Local address of the webhook listener, e.g. `127.0.0.1:8443`.
    pub listen: String,
    /// The public HTTPS URL that reaches the listener, e.g. `https://bot.example.org/telegram`.
    pub public_url: String,
}

impl Default for TelegramConfig {
    fn default() -> Self {
        Self {
            api_url: None,
            polling_timeout: 25,
            lease_seconds: 30,
            register_commands: true,
            webhook: None,
            token: Token::default(),
        }
    }
}

/// The bot token; never printed.
#[derive(Clone, Default)]
pub struct Token(String);

impl std::fmt::Debug for Token {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.0.is_empty() {
            f.write_str("(none)")
        } else {
            f.write_str("(secret)")
        }
    }
}

impl TelegramConfig {
    /// The file's section completed from the process environment; None when
    /// no token is set (the adapter is off).
    pub fn from_env(file_section: TelegramConfig) -> Option<TelegramConfig> {
        Self::from_vars(file_section, |name| std::env::var(name).ok())
    }

    /// Like [`from_env`](Self::from_env), reading variables through `var` (tests).
    pub fn from_vars(
        mut file_section: TelegramConfig,
        var: impl Fn(&str) -> Option<String>,
    ) -> Option<TelegramConfig> {
        let token = var(TOKEN_VAR)
            .map(|t| t.trim().to_owned())
            .filter(|t| !t.is_empty())?;
        file_section.token = Token(token);
        if let Some(url) = var(API_URL_VAR)
            .map(|u| u.trim().to_owned())
            .filter(|u| !u.is_empty())
        {
            file_section.api_url = Some(url);
        }
        Some(file_section)
    }

    /// A configuration with this token, for tests and embedding.
    pub fn with_token(mut self, token: impl Into<String>) -> Self {
        self.token = Token(token.into());
        self
    }

    pub(crate) fn token(&self) -> &str {
        &self.token.0
    }

    /// The bot's own id: the part of the token before the colon.
    pub fn bot_id(&self) -> Result<u64, TelegramError> {
        self.token
            .0
            .split_once(':')
            .and_then(|(id, secret)| (!secret.is_empty()).then_some(id))
            .and_then(|id| id.parse().ok())
            .ok_or_else(|| {
                TelegramError::Config(format!(
                    "{TOKEN_VAR} does not look like a bot token (<bot id>:<secret>)"
                ))
            })
    }

    pub fn api_url(&self) -> Result<url::Url, TelegramError> {
        let text = self.api_url.as_deref().unwrap_or(DEFAULT_API_URL);
        let url = url::Url::parse(text)
            .map_err(|e| TelegramError::Config(format!("telegram.api_url {text:?}: {e}")))?;
        if !matches!(url.scheme(), "http" | "https") || url.cannot_be_a_base() {
            return Err(TelegramError::Config(format!(
                "telegram.api_url {text:?} must be an http(s) URL"
            )));
        }
        Ok(url)
    }

    pub fn lease_ttl(&self) -> Duration {
        Duration::from_secs(self.lease_seconds)
    }

    /// Checks everything that can be checked without the network.
    pub fn validate(&self) -> Result<(), TelegramError> {
        self.bot_id()?;
        self.api_url()?;
        if !(1..=50).contains(&self.polling_timeout) {
            return Err(TelegramError::Config(
                "telegram.polling_timeout must be between 1 and 50 seconds".into(),
            ));
        }
        if self.lease_seconds < 3 {
            return Err(TelegramError::Config(
                "telegram.lease_seconds must be at least 3".into(),
            ));
        }
        if let Some(webhook) = &self.webhook {
            webhook.listen_addr()?;
            webhook.public_url()?;
        }
        Ok(())
    }
}

impl WebhookConfig {
    pub fn listen_addr(&self) -> Result<SocketAddr, TelegramError> {
        self.listen.parse().map_err(|e| {
            TelegramError::Config(format!("telegram.webhook.listen {:?}: {e}", self.listen))
        })
    }

    pub fn public_url(&self) -> Result<url::Url, TelegramError> {
        let url = url::Url::parse(&self.public_url).map_err(|e| {
            TelegramError::Config(format!(
                "telegram.webhook.public_url {:?}: {e}",
                self.public_url
            ))
        })?;
        // Telegram only posts to HTTPS; plain HTTP is for a local Bot API server or tests.
        if !matches!(url.scheme(), "http" | "https") || url.cannot_be_a_base() {
            return Err(TelegramError::Config(format!(
                "telegram.webhook.public_url {:?} must be an https URL",
                self.public_url
            )));
        }
        Ok(url)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vars(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let pairs: Vec<(String, String)> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        move |name| {
            pairs
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.clone())
        }
    }

    #[test]
    fn the_token_turns_the_adapter_on() {
        assert!(TelegramConfig::from_vars(TelegramConfig::default(), vars(&[])).is_none());
        assert!(
            TelegramConfig::from_vars(TelegramConfig::default(), vars(&[(TOKEN_VAR, " ")]))
                .is_none()
        );
        let config = TelegramConfig::from_vars(
            TelegramConfig::default(),
            vars(&[(TOKEN_VAR, "123456:ABC-def")]),
        )
        .expect("enabled");
        assert_eq!(config.bot_id().expect("id"), 123456);
        assert_eq!(
            config.api_url().expect("url").as_str(),
            "https://api.telegram.org/"
        );
        config.validate().expect("valid");
    }

    #[test]
    fn the_environment_overrides_the_api_url_and_the_token_is_never_printed() {
        let file: TelegramConfig =
            toml::from_str("api_url = \"https://bots.example.org\"\npolling_timeout = 10\n")
                .expect("parses");
        let config = TelegramConfig::from_vars(
            file,
            vars(&[
                (TOKEN_VAR, "42:secret"),
                (API_URL_VAR, "http://127.0.0.1:9000"),
            ]),
        )
        .expect("enabled");
        assert_eq!(
            config.api_url().expect("url").as_str(),
            "http://127.0.0.1:9000/"
        );
        assert_eq!(config.polling_timeout, 10);
        let printed = format!("{config:?}");
        assert!(!printed.contains("secret\""), "{printed}");
        assert!(!printed.contains("42:secret"), "{printed}");
    }

    #[test]
    fn bad_settings_are_refused() {
        let bad_token = TelegramConfig::default().with_token("not-a-token");
        assert!(bad_token.validate().is_err());
        let bad_url = TelegramConfig {
            api_url: Some("ftp://x".into()),
            ..TelegramConfig::default()
        }
        .with_token("1:x");
        assert!(bad_url.validate().is_err());
        let bad_listen = TelegramConfig {
            webhook: Some(WebhookConfig {
                listen: "localhost".into(),
                public_url: "https://bot.example.org/tg".into(),
            }),
            ..TelegramConfig::default()
        }
        .with_token("1:x");
        assert!(bad_listen.validate().is_err());
        assert!(toml::from_str::<TelegramConfig>("token = \"1:x\"").is_err());
    }
}

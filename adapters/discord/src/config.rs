//! The `[discord]` table of the configuration file, plus the secrets, which
//! come only from the environment.

use std::net::SocketAddr;

use serde::Deserialize;

use crate::error::DiscordError;

/// The bot token; setting it is what enables the adapter.
pub const TOKEN_VAR: &str = "MENTOR_CLOUD_DISCORD_TOKEN";
/// Replaces `https://discord.com` in every REST call (serenity's proxy
/// setting), for tests and for HTTP proxies that share one rate limiter.
pub const API_URL_VAR: &str = "MENTOR_CLOUD_DISCORD_API_URL";

#[derive(Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct DiscordConfig {
    /// Servers to register the slash commands in (they appear at once); when
    /// empty they are registered globally, for every server and DM.
    pub guild_ids: Vec<u64>,
    /// Connect to the gateway: needed for direct messages, and for
    /// interactions unless the application has an interactions endpoint URL.
    pub gateway: bool,
    /// The shards this instance runs (all of them, as many as Discord
    /// recommends, when not set). Each range is leased on its own.
    pub shards: Option<ShardRange>,
    /// Where to listen for Discord's signed interaction POSTs (behind a TLS
    /// proxy), e.g. `127.0.0.1:8091`. Off when not set.
    pub interactions_address: Option<SocketAddr>,
    /// The path of the interactions endpoint.
    pub interactions_path: String,
    /// The application's public key (hex) from the Developer Portal, which
    /// signs every interaction POST. Required with `interactions_address`.
    pub public_key: Option<String>,
    /// How long this instance's hold on the gateway lasts without renewal.
    pub lease_seconds: u64,
    /// A text channel in which `/group room <circle>` opens a private
    /// thread per circle and adds its members. Off when not set.
    pub circles_channel: Option<u64>,
    #[serde(skip)]
    token: Option<Token>,
    #[serde(skip)]
    api_url: Option<String>,
}

/// Shards `first..=last` of `total`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ShardRange {
    pub first: u32,
    pub last: u32,
    pub total: u32,
}

/// Kept out of `Debug` output and logs.
#[derive(Clone)]
struct Token(String);

impl Default for DiscordConfig {
    fn default() -> Self {
        Self {
            guild_ids: Vec::new(),
            gateway: true,
            shards: None,
            interactions_address: None,
            interactions_path: "/discord/interactions".into(),
            public_key: None,
            lease_seconds: 30,
            circles_channel: None,
            token: None,
            api_url: None,
        }
    }
}

impl std::fmt::Debug for DiscordConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DiscordConfig")
            .field("guild_ids", &self.guild_ids)
            .field("gateway", &self.gateway)
            .field("shards", &self.shards)
            .field("interactions_address", &self.interactions_address)
            .field("interactions_path", &self.interactions_path)
            .field("public_key", &self.public_key)
            .field("lease_seconds", &self.lease_seconds)
            .field("circles_channel", &self.circles_channel)
            .field("token", &self.token.as_ref().map(|_| "<set>"))
            .field("api_url", &self.api_url)
            .finish()
    }
}

impl DiscordConfig {
    /// This table with the token and API URL from the environment; None when
    /// no token is set, i.e. Discord is not configured.
    pub fn from_env(self) -> Option<Self> {
        self.from_vars(|name| std::env::var(name).ok())
    }

    /// Like [`Self::from_env`], reading variables through `var` (for tests).
    pub fn from_vars(self, var: impl Fn(&str) -> Option<String>) -> Option<Self> {
        let token = var(TOKEN_VAR)
            .map(|t| t.trim().to_owned())
            .filter(|t| !t.is_empty())?;
        let api_url = var(API_URL_VAR)
            .map(|u| u.trim().to_owned())
            .filter(|u| !u.is_empty());
        Some(self.with_token(token, api_url))
    }

    /// Sets the secrets directly (tests, embedding).
    pub fn with_token(mut self, token: impl Into<String>, api_url: Option<String>) -> Self {
        self.token = Some(Token(token.into()));
        self.api_url = api_url;
        self
    }

    pub(crate) fn token(&self) -> Result<&str, DiscordError> {
        self.token
            .as_ref()
            .map(|t| t.0.as_str())
            .ok_or_else(|| DiscordError::Config(format!("{TOKEN_VAR} is not set")))
    }

    pub fn api_url(&self) -> Option<&str> {
        self.api_url.as_deref()
    }

    /// Checks what serde cannot (the table and the API URL; whether a token
    /// is set decides [`Self::from_env`], so `check-config` works without one).
    pub fn validate(&self) -> Result<(), DiscordError> {
        let invalid = |m: String| Err(DiscordError::Config(m));
        if let Some(url) = &self.api_url
            && !(url.starts_with("http://") || url.starts_with("https://"))
        {
            return invalid(format!("{API_URL_VAR} must start with http:// or https://"));
        }
        if !self.gateway && self.interactions_address.is_none() {
            return invalid(
                "discord: with gateway = false, interactions_address must be set, or nothing reaches the bot".into(),
            );
        }
        if self.interactions_address.is_some() {
            match &self.public_key {
                Some(key) if crate::endpoint::parse_public_key(key).is_some() => {}
                _ => {
                    return invalid(
                        "discord.public_key (64 hex digits from the Developer Portal) is required with interactions_address"
                            .into(),
                    );
                }
            }
            if !self.interactions_path.starts_with('/') {
                return invalid("discord.interactions_path must start with /".into());
            }
        }
        if let Some(r) = self.shards
            && (r.first > r.last || r.last >= r.total)
        {
            return invalid(format!(
                "discord.shards: need first <= last < total, got {}..={} of {}",
                r.first, r.last, r.total
            ));
        }
        if self.circles_channel == Some(0) {
            return invalid("discord.circles_channel: 0 is not a channel id".into());
        }
        if self.guild_ids.contains(&0) {
            return invalid("discord.guild_ids: 0 is not a server id".into());
        }
        if self.lease_seconds < 3 {
            return invalid("discord.lease_seconds must be at least 3".into());
        }
        Ok(())
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
    fn the_token_enables_the_adapter() {
        assert!(DiscordConfig::default().from_vars(vars(&[])).is_none());
        assert!(
            DiscordConfig::default()
                .from_vars(vars(&[(TOKEN_VAR, "  ")]))
                .is_none()
        );
        let config = DiscordConfig::default()
            .from_vars(vars(&[
                (TOKEN_VAR, "abc"),
                (API_URL_VAR, "http://127.0.0.1:9"),
            ]))
            .expect("configured");
        assert_eq!(config.api_url(), Some("http://127.0.0.1:9"));
        config.validate().expect("valid");
        assert!(
            !format!("{config:?}").contains("abc"),
            "the token stays out of Debug"
        );
    }

    #[test]
    fn the_table_parses_and_is_checked() {
        let config: DiscordConfig = toml_like(
            r#"{"guild_ids": [1, 2], "shards": {"first": 0, "last": 1, "total": 2},
                "interactions_address": "127.0.0.1:8091",
                "public_key": "0000000000000000000000000000000000000000000000000000000000000000"}"#,
        );
        config
            .validate()
            .expect("the table alone is checked, without a token");
        let config = config.with_token("t", None);
        config.validate().expect("valid");
        let mut bad = config.clone();
        bad.shards = Some(ShardRange {
            first: 2,
            last: 1,
            total: 2,
        });
        assert!(bad.validate().is_err());
        let mut bad = config.clone();
        bad.public_key = Some("xyz".into());
        assert!(bad.validate().is_err());
        let mut bad = config;
        bad.gateway = false;
        bad.interactions_address = None;
        assert!(bad.validate().is_err());
        assert!(
            serde_json::from_str::<DiscordConfig>(r#"{"token": "x"}"#).is_err(),
            "secrets never come from the file"
        );
    }

    fn toml_like(json: &str) -> DiscordConfig {
        serde_json::from_str(json).expect("parses")
    }
}

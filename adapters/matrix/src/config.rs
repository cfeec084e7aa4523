//! The `[matrix]` table of the configuration file, completed from the
//! environment. Secrets (password, access token, store passphrase) come only
//! from the environment, so they are not fields the file can set.

use std::fmt;
use std::path::PathBuf;

use serde::Deserialize;

pub const ENV_HOMESERVER: &str = "MENTOR_CLOUD_MATRIX_HOMESERVER";
pub const ENV_USER: &str = "MENTOR_CLOUD_MATRIX_USER";
pub const ENV_PASSWORD: &str = "MENTOR_CLOUD_MATRIX_PASSWORD";
pub const ENV_ACCESS_TOKEN: &str = "MENTOR_CLOUD_MATRIX_ACCESS_TOKEN";
pub const ENV_STORE_PASSPHRASE: &str = "MENTOR_CLOUD_MATRIX_STORE_PASSPHRASE";

#[derive(Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct MatrixConfig {
    /// Base URL of the homeserver, e.g. `https://matrix.example.org`.
    pub homeserver: Option<String>,
    /// The bot's account: a full user id (`@mentor:example.org`) or its localpart.
    pub user: Option<String>,
    /// Servers whose users' invites the bot accepts (`example.org`); empty: any server.
    pub allowed_servers: Vec<String>,
    /// How long the sync lease lasts without renewal; another instance takes
    /// over this long after the holder died.
    pub lease_seconds: u64,
    /// Folder of the SQLite state and crypto store and of the saved session.
    pub store: PathBuf,
    /// Shown to users in their list of the bot's devices.
    pub device_name: String,
    #[serde(skip)]
    pub credentials: Option<Credentials>,
    #[serde(skip)]
    pub store_passphrase: Option<Secret>,
}

/// How the bot signs in the first time; afterwards the saved session is used.
#[derive(Clone, Debug)]
pub enum Credentials {
    Password(Secret),
    AccessToken(Secret),
}

/// A string that never shows in logs or debug output.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: impl Into<String>) -> Self {
        Self(value.into())
    }
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("<secret>")
    }
}

impl fmt::Debug for MatrixConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("MatrixConfig")
            .field("homeserver", &self.homeserver)
            .field("user", &self.user)
            .field("allowed_servers", &self.allowed_servers)
            .field("lease_seconds", &self.lease_seconds)
            .field("store", &self.store)
            .field("device_name", &self.device_name)
            .field(
                "credentials",
                &self.credentials.as_ref().map(|c| match c {
                    Credentials::Password(_) => "password",
                    Credentials::AccessToken(_) => "access token",
                }),
            )
            .field("store_passphrase", &self.store_passphrase.is_some())
            .finish()
    }
}

impl Default for MatrixConfig {
    fn default() -> Self {
        Self {
            homeserver: None,
            user: None,
            allowed_servers: Vec::new(),
            lease_seconds: 30,
            store: PathBuf::from("data/matrix"),
            device_name: "mentor-cloud".into(),
            credentials: None,
            store_passphrase: None,
        }
    }
}

impl MatrixConfig {
    /// The `[matrix]` table completed from the process environment; None when
    /// Matrix is not configured (no homeserver, user or credentials).
    pub fn from_env(file: MatrixConfig) -> Option<MatrixConfig> {
        Self::from_vars(file, |name| std::env::var(name).ok())
    }

    /// Like [`MatrixConfig::from_env`], with the variables from `var`.
    pub fn from_vars(
        mut file: MatrixConfig,
        var: impl Fn(&str) -> Option<String>,
    ) -> Option<MatrixConfig> {
        let var = |name: &str| {
            var(name)
                .map(|v| v.trim().to_owned())
                .filter(|v| !v.is_empty())
        };
        if let Some(homeserver) = var(ENV_HOMESERVER) {
            file.homeserver = Some(homeserver);
        }
        if let Some(user) = var(ENV_USER) {
            file.user = Some(user);
        }
        // A token names a device already; it wins over a password.
        file.credentials = var(ENV_ACCESS_TOKEN)
            .map(|t| Credentials::AccessToken(Secret::new(t)))
            .or_else(|| var(ENV_PASSWORD).map(|p| Credentials::Password(Secret::new(p))));
        file.store_passphrase = var(ENV_STORE_PASSPHRASE).map(Secret::new);
        let complete =
            file.homeserver.is_some() && file.user.is_some() && file.credentials.is_some();
        if !complete {
            if file.homeserver.is_some() || file.user.is_some() {
                tracing::warn!(
                    "Matrix is partly configured; it needs {ENV_HOMESERVER}, {ENV_USER} and \
                     {ENV_PASSWORD} or {ENV_ACCESS_TOKEN}; the Matrix adapter stays off"
                );
            }
            return None;
        }
        Some(file)
    }

    /// True when an invite from a user on `server` may be accepted.
    pub fn accepts_invites_from(&self, server: &str) -> bool {
        self.allowed_servers.is_empty()
            || self
                .allowed_servers
                .iter()
                .any(|allowed| allowed.trim().eq_ignore_ascii_case(server))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn vars(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let map: HashMap<String, String> = pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect();
        move |name| map.get(name).cloned()
    }

    #[test]
    fn the_environment_alone_enables_matrix() {
        let config = MatrixConfig::from_vars(
            MatrixConfig::default(),
            vars(&[
                (ENV_HOMESERVER, "https://matrix.example.org"),
                (ENV_USER, "@mentor:example.org"),
                (ENV_PASSWORD, "hunter2"),
            ]),
        )
        .expect("configured");
        assert_eq!(
            config.homeserver.as_deref(),
            Some("https://matrix.example.org")
        );
        assert!(matches!(config.credentials, Some(Credentials::Password(_))));
        assert_eq!(config.store, PathBuf::from("data/matrix"));
        assert!(!format!("{config:?}").contains("hunter2"));
    }

    #[test]
    fn missing_credentials_leave_matrix_off() {
        let file: MatrixConfig =
            toml_like(r#"{"homeserver": "https://matrix.example.org", "user": "mentor"}"#);
        assert!(MatrixConfig::from_vars(file.clone(), vars(&[])).is_none());
        let on = MatrixConfig::from_vars(
            file,
            vars(&[(ENV_ACCESS_TOKEN, "syt_x"), (ENV_PASSWORD, "p")]),
        )
        .expect("configured");
        assert!(matches!(on.credentials, Some(Credentials::AccessToken(_))));
    }

    #[test]
    fn secrets_cannot_come_from_the_file() {
        let parsed: Result<MatrixConfig, _> =
            serde_json::from_str(r#"{"homeserver": "h", "password": "p"}"#);
        assert!(parsed.is_err());
    }

    #[test]
    fn invites_are_accepted_from_allowed_servers_only() {
        let mut config = MatrixConfig::default();
        assert!(config.accepts_invites_from("anywhere.org"));
        config.allowed_servers = vec!["Example.org".into()];
        assert!(config.accepts_invites_from("example.org"));
        assert!(!config.accepts_invites_from("evil.org"));
    }

    fn toml_like(json: &str) -> MatrixConfig {
        serde_json::from_str(json).expect("parse")
    }
}

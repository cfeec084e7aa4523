//! Opening the Matrix client on its persistent SQLite store, and signing in
//! only once: the session (user, device, access token) is saved next to the
//! store, so a restart keeps the same device and its encryption keys.

use std::path::Path;

use matrix_sdk::authentication::matrix::MatrixSession;
use matrix_sdk::config::RequestConfig;
use matrix_sdk::{Client, SessionMeta, SessionTokens};
use serde::{Deserialize, Serialize};

use crate::config::{Credentials, MatrixConfig, Secret};
use crate::error::MatrixError;

const SESSION_FILE: &str = "session.json";

#[derive(Serialize, Deserialize)]
struct SavedSession {
    homeserver: String,
    #[serde(flatten)]
    session: MatrixSession,
}

/// A client signed in as the bot, on the store under `config.store`.
pub struct Connected {
    pub client: Client,
    /// Signed in just now as a new device (rather than restored).
    pub new_device: bool,
}

pub async fn connect(config: &MatrixConfig) -> Result<Connected, MatrixError> {
    let homeserver = config
        .homeserver
        .as_deref()
        .ok_or_else(|| MatrixError::Config("no homeserver".into()))?;
    let user = config
        .user
        .as_deref()
        .ok_or_else(|| MatrixError::Config("no user".into()))?;
    create_private_dir(&config.store)?;
    let session_path = config.store.join(SESSION_FILE);
    let saved = read_session(&session_path)?;

    let builder = Client::builder();
    // A URL is used as it is; a bare server name is looked up (.well-known).
    let builder = if homeserver.starts_with("http://") || homeserver.starts_with("https://") {
        builder.homeserver_url(homeserver)
    } else {
        builder.server_name_or_homeserver_url(homeserver)
    };
    let client = builder
        .sqlite_store(
            &config.store,
            config.store_passphrase.as_ref().map(Secret::expose),
        )
        // A few retries inside the SDK (it waits `retry_after_ms` on
        // M_LIMIT_EXCEEDED); beyond that the delivery worker reschedules.
        .request_config(RequestConfig::new().retry_limit(3))
        .build()
        .await?;

    let new_device = saved.is_none();
    match saved {
        Some(saved) => restore(&client, config, user, saved, &session_path).await?,
        None => {
            first_login(&client, config, user).await?;
            let session = client
                .matrix_auth()
                .session()
                .ok_or_else(|| MatrixError::Login("no session after signing in".into()))?;
            write_session(
                &session_path,
                &SavedSession {
                    homeserver: client.homeserver().to_string(),
                    session,
                },
            )?;
        }
    }
    tracing::info!(
        user = %client.user_id().map(|u| u.to_string()).unwrap_or_default(),
        device = %client.device_id().map(|d| d.to_string()).unwrap_or_default(),
        new_device,
        "signed in to Matrix"
    );
    Ok(Connected { client, new_device })
}

async fn first_login(
    client: &Client,
    config: &MatrixConfig,
    user: &str,
) -> Result<(), MatrixError> {
    match &config.credentials {
        Some(Credentials::Password(password)) => {
            client
                .matrix_auth()
                .login_username(user, password.expose())
                .initial_device_display_name(&config.device_name)
                .send()
                .await
                .map_err(|e| MatrixError::Login(e.to_string()))?;
        }
        Some(Credentials::AccessToken(token)) => {
            let meta = whoami(client, token).await?;
            check_user(user, &meta, "the access token")?;
            client
                .restore_session(MatrixSession {
                    meta,
                    tokens: SessionTokens {
                        access_token: token.expose().to_owned(),
                        refresh_token: None,
                    },
                })
                .await
                .map_err(|e| MatrixError::Login(e.to_string()))?;
        }
        None => return Err(MatrixError::Config("no password or access token".into())),
    }
    Ok(())
}

async fn restore(
    client: &Client,
    config: &MatrixConfig,
    user: &str,
    mut saved: SavedSession,
    path: &Path,
) -> Result<(), MatrixError> {
    let unusable = |reason: String| MatrixError::Session {
        path: path.display().to_string(),
        reason,
    };
    check_user(user, &saved.session.meta, "the saved session")
        .map_err(|e| unusable(e.to_string()))?;
    // An administrator who issued a new token for the same device gives it
    // through the environment; a token of another device cannot use this store.
    if let Some(Credentials::AccessToken(token)) = &config.credentials
        && token.expose() != saved.session.tokens.access_token
    {
        let meta = whoami(client, token).await?;
        if meta != saved.session.meta {
            return Err(unusable(format!(
                "the access token belongs to device {} but the store to device {}",
                meta.device_id, saved.session.meta.device_id
            )));
        }
        saved.session.tokens = SessionTokens {
            access_token: token.expose().to_owned(),
            refresh_token: None,
        };
        write_session(path, &saved)?;
    }
    client
        .restore_session(saved.session)
        .await
        .map_err(|e| unusable(e.to_string()))
}

/// Who an access token belongs to (user and device), asked of the homeserver.
async fn whoami(client: &Client, token: &Secret) -> Result<SessionMeta, MatrixError> {
    #[derive(Deserialize)]
    struct WhoAmI {
        user_id: matrix_sdk::ruma::OwnedUserId,
        device_id: Option<matrix_sdk::ruma::OwnedDeviceId>,
    }
    let url = client
        .homeserver()
        .join("_matrix/client/v3/account/whoami")
        .map_err(|e| MatrixError::Config(e.to_string()))?;
    let response = matrix_sdk::reqwest::Client::new()
        .get(url)
        .bearer_auth(token.expose())
        .send()
        .await
        .map_err(|e| MatrixError::Login(e.to_string()))?;
    let status = response.status();
    let body = response
        .bytes()
        .await
        .map_err(|e| MatrixError::Login(e.to_string()))?;
    if !status.is_success() {
        return Err(MatrixError::Login(format!(
            "the homeserver refused the access token ({status})"
        )));
    }
    let who: WhoAmI =
        serde_json::from_slice(&body).map_err(|e| MatrixError::Login(e.to_string()))?;
    let device_id = who.device_id.ok_or_else(|| {
        MatrixError::Login("the access token has no device; end-to-end encryption needs one".into())
    })?;
    Ok(SessionMeta {
        user_id: who.user_id,
        device_id,
    })
}

/// The configured user may be a full id or a localpart.
fn check_user(configured: &str, meta: &SessionMeta, source: &str) -> Result<(), MatrixError> {
    let matches = if configured.starts_with('@') {
        meta.user_id.as_str() == configured
    } else {
        meta.user_id.localpart() == configured
    };
    if matches {
        Ok(())
    } else {
        Err(MatrixError::Config(format!(
            "{source} is for {}, but the configured user is {configured}",
            meta.user_id
        )))
    }
}

fn read_session(path: &Path) -> Result<Option<SavedSession>, MatrixError> {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(source) => {
            return Err(MatrixError::StoreFolder {
                path: path.display().to_string(),
                source,
            });
        }
    };
    serde_json::from_str(&text)
        .map(Some)
        .map_err(|e| MatrixError::Session {
            path: path.display().to_string(),
            reason: e.to_string(),
        })
}

/// Writes the session readable by the owner only, replacing the old file in
/// one step so a crash never leaves half a token behind.
fn write_session(path: &Path, saved: &SavedSession) -> Result<(), MatrixError> {
    let io = |source| MatrixError::StoreFolder {
        path: path.display().to_string(),
        source,
    };
    let json = serde_json::to_vec_pretty(saved).map_err(|e| io(std::io::Error::other(e)))?;
    let tmp = path.with_extension("json.tmp");
    {
        use std::io::Write;
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create(true).truncate(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        let mut file = options.open(&tmp).map_err(io)?;
        file.write_all(&json).map_err(io)?;
        file.sync_all().map_err(io)?;
    }
    std::fs::rename(&tmp, path).map_err(io)
}

fn create_private_dir(dir: &Path) -> Result<(), MatrixError> {
    let io = |source| MatrixError::StoreFolder {
        path: dir.display().to_string(),
        source,
    };
    std::fs::create_dir_all(dir).map_err(io)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700)).map_err(io)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use matrix_sdk::ruma::{owned_device_id, owned_user_id};

    #[test]
    fn the_configured_user_may_be_a_localpart() {
        let meta = SessionMeta {
            user_id: owned_user_id!("@mentor:example.org"),
            device_id: owned_device_id!("ABCDEF"),
        };
        assert!(check_user("mentor", &meta, "x").is_ok());
        assert!(check_user("@mentor:example.org", &meta, "x").is_ok());
        assert!(check_user("@mentor:other.org", &meta, "x").is_err());
        assert!(check_user("someone", &meta, "x").is_err());
    }

    #[test]
    fn sessions_round_trip_through_the_file() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join(SESSION_FILE);
        assert!(read_session(&path).expect("read").is_none());
        let saved = SavedSession {
            homeserver: "http://127.0.0.1:8008/".into(),
            session: MatrixSession {
                meta: SessionMeta {
                    user_id: owned_user_id!("@mentor:localhost"),
                    device_id: owned_device_id!("DEVICE"),
                },
                tokens: SessionTokens {
                    access_token: "syt_token".into(),
                    refresh_token: None,
                },
            },
        };
        write_session(&path, &saved).expect("write");
        let back = read_session(&path).expect("read").expect("present");
        assert_eq!(back.session.meta, saved.session.meta);
        assert_eq!(back.session.tokens.access_token, "syt_token");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).expect("meta").permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
    }
}

//! The Bot API client (teloxide) and how its answers and errors are read.

use std::time::Duration;

use serde::{Deserialize, Serialize};
use teloxide::RequestError;
use teloxide::requests::{JsonRequest, Payload};
use teloxide::types::AllowedUpdate;

use crate::TelegramError;
use crate::config::TelegramConfig;
use crate::inbound::BotIdentity;

/// The updates the bot asks for; everything else is never delivered.
pub const ALLOWED_UPDATES: [AllowedUpdate; 2] =
    [AllowedUpdate::Message, AllowedUpdate::CallbackQuery];

/// A teloxide bot for the configured server. Requests time out a little after
/// a long poll would have ended, so a dead connection is noticed.
pub fn client(config: &TelegramConfig) -> Result<teloxide::Bot, TelegramError> {
    let timeout = Duration::from_secs(u64::from(config.polling_timeout) + 15);
    let http = teloxide::net::default_reqwest_settings()
        .timeout(timeout)
        .build()
        .map_err(|e| TelegramError::Config(format!("HTTP client: {e}")))?;
    Ok(teloxide::Bot::with_client(config.token(), http).set_api_url(config.api_url()?))
}

/// True when the server accepted the request (`"ok": true`) but teloxide
/// could not read the result, e.g. the emulator's sent message whose date is
/// in milliseconds, or its `null` for an edited keyboard. The request did
/// what it should; only our reading of the answer failed.
pub fn accepted_but_unreadable(error: &RequestError) -> bool {
    match error {
        RequestError::InvalidJson { raw, .. } => {
            serde_json::from_str::<serde_json::Value>(raw)
                .ok()
                .and_then(|v| v.get("ok").and_then(serde_json::Value::as_bool))
                == Some(true)
        }
        _ => false,
    }
}

/// True when the server does not offer the method at all: the emulator
/// answers with a body that is not a Bot API response, a Bot API server with
/// `Not Found`.
pub fn unsupported_method(error: &RequestError) -> bool {
    match error {
        RequestError::InvalidJson { raw, .. } => serde_json::from_str::<serde_json::Value>(raw)
            .ok()
            .is_none_or(|v| v.get("ok").is_none()),
        RequestError::Api(teloxide::ApiError::Unknown(description)) => {
            description.eq_ignore_ascii_case("Not Found")
        }
        _ => false,
    }
}

/// An error for the log: an unreadable answer is described without its body,
/// which may hold people's messages.
pub fn describe(error: &RequestError) -> String {
    match error {
        RequestError::InvalidJson { source, .. } => format!("unreadable answer: {source}"),
        other => other.to_string(),
    }
}

/// The outcome of a request whose result is not needed: an answer that was
/// accepted but cannot be read counts as done.
pub fn done<T>(result: Result<T, RequestError>) -> Result<(), RequestError> {
    match result {
        Ok(_) => Ok(()),
        Err(error) if accepted_but_unreadable(&error) => {
            tracing::debug!("request accepted; its answer was not readable and is not needed");
            Ok(())
        }
        Err(error) => Err(error),
    }
}

/// getMe, read leniently: only the id and the username are needed, and the
/// emulator leaves out fields that teloxide's `Me` requires.
#[derive(Debug, Clone, Serialize)]
struct GetMe {}

#[derive(Debug, Clone, Deserialize)]
pub struct MeLite {
    pub id: u64,
    pub username: Option<String>,
}

impl Payload for GetMe {
    type Output = MeLite;
    const NAME: &'static str = "getMe";
}

pub async fn get_me(bot: &teloxide::Bot) -> Result<BotIdentity, RequestError> {
    let me = JsonRequest::new(bot.clone(), GetMe {}).await?;
    Ok(BotIdentity {
        id: me.id,
        username: me.username.unwrap_or_default(),
    })
}

/// setWebhook as JSON: teloxide always sends it as multipart (for the
/// optional certificate), which neither needs nor every server reads.
#[derive(Debug, Clone, Serialize)]
struct SetWebhookJson {
    url: String,
    allowed_updates: Vec<AllowedUpdate>,
    secret_token: String,
}

impl Payload for SetWebhookJson {
    type Output = serde_json::Value;
    const NAME: &'static str = "setWebhook";
}

pub async fn set_webhook(
    bot: &teloxide::Bot,
    url: &url::Url,
    secret_token: &str,
) -> Result<(), RequestError> {
    let payload = SetWebhookJson {
        url: url.to_string(),
        allowed_updates: ALLOWED_UPDATES.to_vec(),
        secret_token: secret_token.to_owned(),
    };
    done(JsonRequest::new(bot.clone(), payload).await)
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;

    fn invalid_json(raw: &str) -> RequestError {
        let source = serde_json::from_str::<u8>("x").expect_err("not json");
        RequestError::InvalidJson {
            source: Arc::new(source),
            raw: raw.into(),
        }
    }

    #[test]
    fn accepted_answers_are_told_from_failures() {
        // The emulator's sendMessage answer: accepted, date in milliseconds.
        assert!(accepted_but_unreadable(&invalid_json(
            r#"{"ok":true,"result":{"message_id":3,"date":1764072211000}}"#
        )));
        assert!(!accepted_but_unreadable(&invalid_json(
            r#"{"ok":false,"description":"?"}"#
        )));
        assert!(!accepted_but_unreadable(&invalid_json(
            "<html>Bad gateway</html>"
        )));
        assert!(!accepted_but_unreadable(&RequestError::RetryAfter(
            teloxide::types::Seconds::from_seconds(3)
        )));
    }

    #[test]
    fn logged_errors_leave_out_the_answer() {
        let error =
            invalid_json(r#"{"ok":true,"result":[{"message":{"text":"my secret goals"}}]}"#);
        assert!(!describe(&error).contains("secret"));
        assert!(error.to_string().contains("secret"));
    }

    #[test]
    fn unsupported_methods_are_recognised() {
        assert!(unsupported_method(&invalid_json(
            r#"{"message":"API method 'sendDocument' is not supported."}"#
        )));
        assert!(unsupported_method(&RequestError::Api(
            teloxide::ApiError::Unknown("Not Found".into())
        )));
        assert!(!unsupported_method(&invalid_json(
            r#"{"ok":true,"result":1}"#
        )));
        assert!(!unsupported_method(&RequestError::Api(
            teloxide::ApiError::BotBlocked
        )));
    }
}

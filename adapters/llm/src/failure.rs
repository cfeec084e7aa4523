//! Turns async-openai errors into [`LanguageModelError`] without leaking
//! what must stay private: the API key, the prompt and the answer.
//!
//! The library's own error texts are not used as they are: a malformed
//! response's error carries the whole body (the answer), and server
//! messages may quote what was sent. We keep the status, the error type,
//! and a short, key-redacted excerpt of the server's message.

use std::error::Error as _;

use async_openai::error::OpenAIError;
use bot_core::ports::LanguageModelError;
use secrecy::{ExposeSecret, SecretString};
use serde_json::error::Category;

/// The most of a server's error message we pass on.
const MESSAGE_CHARS: usize = 200;

/// Whether one more attempt may help: rate limited or a server error.
pub(crate) fn is_retryable(error: &OpenAIError) -> bool {
    match error {
        OpenAIError::ApiError(response) => {
            let status = response.status_code;
            let out_of_quota = response.api_error.r#type.as_deref() == Some("insufficient_quota")
                || response.api_error.code.as_deref() == Some("insufficient_quota");
            (status.as_u16() == 429 && !out_of_quota) || status.is_server_error()
        }
        _ => false,
    }
}

/// Describes `error` for the caller; `key` is redacted from every text.
pub(crate) fn describe(error: &OpenAIError, key: Option<&SecretString>) -> LanguageModelError {
    let text = match error {
        OpenAIError::ApiError(response) => {
            let api = &response.api_error;
            let mut text = format!("the server answered {}", response.status_code);
            if let Some(kind) = api.r#type.as_deref().or(api.code.as_deref()) {
                text.push_str(&format!(" ({})", excerpt(kind)));
            }
            let message = api.message.trim();
            if !message.is_empty() {
                text.push_str(": ");
                text.push_str(&excerpt(message));
            }
            text
        }
        OpenAIError::Reqwest(error) => {
            if error.is_timeout() {
                return LanguageModelError::Timeout;
            }
            http_failure(error)
        }
        OpenAIError::JSONDeserialize(error, _body) => {
            let what = match error.classify() {
                Category::Syntax => "not JSON",
                Category::Eof => "cut short",
                Category::Data => "not shaped like a response",
                Category::Io => "unreadable",
            };
            format!(
                "the server's answer is {what} (line {} column {})",
                error.line(),
                error.column()
            )
        }
        OpenAIError::InvalidArgument(reason) => format!("invalid request: {}", excerpt(reason)),
        _ => "unexpected error from the client library".to_owned(),
    };
    LanguageModelError::Failed(redact(text, key))
}

/// What went wrong on the wire, without the URL (it could carry credentials).
fn http_failure(error: &reqwest::Error) -> String {
    let what = if error.is_connect() {
        "could not connect to the server"
    } else if error.is_body() || error.is_decode() {
        "could not read the server's answer"
    } else {
        "the request failed"
    };
    let mut text = what.to_owned();
    let mut source = error.source();
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&excerpt(&cause.to_string()));
        source = cause.source();
    }
    text
}

fn excerpt(text: &str) -> String {
    match text.char_indices().nth(MESSAGE_CHARS) {
        Some((end, _)) => format!("{}…", &text[..end]),
        None => text.to_owned(),
    }
}

fn redact(text: String, key: Option<&SecretString>) -> String {
    match key.map(ExposeSecret::expose_secret) {
        Some(key) if !key.is_empty() => text.replace(key, "[redacted]"),
        _ => text,
    }
}

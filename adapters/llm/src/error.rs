//! Why a language model could not be set up.

/// A configuration the adapter cannot work with. Calls that fail later are
/// reported as [`bot_core::ports::LanguageModelError`].
#[derive(Debug, thiserror::Error)]
pub enum LlmError {
    #[error("llm: no {0} configured")]
    Missing(&'static str),
    #[error("llm.base_url is not an http(s) URL: {0}")]
    InvalidBaseUrl(String),
    #[error("llm.{field}: {reason}")]
    Invalid {
        field: &'static str,
        reason: &'static str,
    },
    #[error("llm: could not set up the HTTP client: {0}")]
    Http(String),
}

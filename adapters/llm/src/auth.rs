//! The async-openai client configuration: our base URL and, only when there
//! is one, our key. (The library's own `OpenAIConfig` reads `OPENAI_*`
//! variables and always sends `Authorization: Bearer …`, even when empty.)

use async_openai::config::Config;
use reqwest::header::{AUTHORIZATION, HeaderMap, HeaderValue};
use secrecy::{ExposeSecret, SecretString};

#[derive(Clone, Debug)]
pub(crate) struct ServerConfig {
    api_base: String,
    /// Empty when the server needs no key.
    api_key: SecretString,
    /// The ready `Authorization` value, marked sensitive so that it is
    /// redacted wherever the HTTP stack prints headers.
    authorization: Option<HeaderValue>,
}

impl ServerConfig {
    /// `None` when the key cannot be sent as a header (e.g. a line break).
    pub(crate) fn new(api_base: String, api_key: Option<&SecretString>) -> Option<Self> {
        let authorization = match api_key {
            Some(key) => {
                let mut value =
                    HeaderValue::from_str(&format!("Bearer {}", key.expose_secret())).ok()?;
                value.set_sensitive(true);
                Some(value)
            }
            None => None,
        };
        Some(Self {
            api_base,
            api_key: api_key.cloned().unwrap_or_else(|| SecretString::from("")),
            authorization,
        })
    }
}

impl Config for ServerConfig {
    fn headers(&self) -> HeaderMap {
        let mut headers = HeaderMap::new();
        if let Some(value) = &self.authorization {
            headers.insert(AUTHORIZATION, value.clone());
        }
        headers
    }

    fn url(&self, path: &str) -> String {
        format!("{}{}", self.api_base, path)
    }

    fn query(&self) -> Vec<(&str, &str)> {
        Vec::new()
    }

    fn api_base(&self) -> &str {
        &self.api_base
    }

    fn api_key(&self) -> &SecretString {
        &self.api_key
    }
}

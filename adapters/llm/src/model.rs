//! [`OpenAiModel`]: the [`LanguageModel`] port over async-openai.

use std::future::Future;
use std::net::IpAddr;
use std::time::Duration;

use async_openai::Client;
use async_openai::error::OpenAIError;
use async_openai::middleware::ReqwestService;
use async_trait::async_trait;
use bot_core::ports::{LanguageModel, LanguageModelError};
use secrecy::SecretString;
use tokio::time::Instant;

use crate::auth::ServerConfig;
use crate::config::LlmConfig;
use crate::error::LlmError;
use crate::{failure, requests, retry};

/// A chat model (and optionally an embeddings model) on an
/// OpenAI-compatible server. Cheap to share behind an `Arc`.
pub struct OpenAiModel {
    client: Client<ServerConfig>,
    model: String,
    embeddings_model: Option<String>,
    timeout: Duration,
    max_tokens: u32,
    temperature: f32,
    /// Kept only to redact it from error texts.
    api_key: Option<SecretString>,
}

impl std::fmt::Debug for OpenAiModel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OpenAiModel")
            .field("model", &self.model)
            .field("embeddings_model", &self.embeddings_model)
            .field("timeout", &self.timeout)
            .field("has_api_key", &self.api_key.is_some())
            .finish_non_exhaustive()
    }
}

impl OpenAiModel {
    /// Checks the configuration and sets up the HTTP client; sends nothing.
    pub fn new(config: LlmConfig) -> Result<Self, LlmError> {
        let base_url = config
            .base_url
            .as_deref()
            .map(str::trim)
            .filter(|url| !url.is_empty())
            .ok_or(LlmError::Missing("base URL"))?;
        let api_base = base_url.trim_end_matches('/').to_owned();
        let url = reqwest::Url::parse(&api_base)
            .map_err(|error| LlmError::InvalidBaseUrl(error.to_string()))?;
        if !matches!(url.scheme(), "http" | "https") {
            return Err(LlmError::InvalidBaseUrl(format!(
                "the scheme is {:?}",
                url.scheme()
            )));
        }
        let model = config
            .model
            .as_deref()
            .map(str::trim)
            .filter(|model| !model.is_empty())
            .ok_or(LlmError::Missing("model"))?
            .to_owned();
        validate(&config)?;

        let loopback = is_loopback(&url);
        if config.has_api_key() && url.scheme() == "http" && !loopback {
            tracing::warn!("the language model API key is sent without TLS (llm.base_url is http)");
        }
        let timeout = Duration::from_secs(config.timeout_seconds);
        let mut http = reqwest::Client::builder().connect_timeout(timeout);
        if loopback {
            // A local server is never reached through a proxy.
            http = http.no_proxy();
        }
        let http = http
            .build()
            .map_err(|error| LlmError::Http(error.to_string()))?;
        let server = ServerConfig::new(api_base, config.api_key()).ok_or(LlmError::Invalid {
            field: "api_key",
            reason: "the key from the environment cannot be sent as an HTTP header",
        })?;
        // Our service has no retry layer: `retry` makes the one retry we allow.
        let client =
            Client::build(http.clone(), server).with_http_service(ReqwestService::new(http));

        Ok(Self {
            client,
            model,
            embeddings_model: config.embeddings_model.clone(),
            timeout,
            max_tokens: config.max_tokens,
            temperature: config.temperature,
            api_key: config.api_key().cloned(),
        })
    }

    /// Whether [`LanguageModel::embed`] asks the server (or answers `None`).
    pub fn has_embeddings(&self) -> bool {
        self.embeddings_model.is_some()
    }

    /// Runs `attempt` (retried at most once) within the timeout.
    async fn call<T, F, Fut>(&self, what: &'static str, attempt: F) -> Result<T, LanguageModelError>
    where
        F: Fn() -> Fut,
        Fut: Future<Output = Result<T, OpenAIError>>,
    {
        let started = Instant::now();
        let outcome = tokio::time::timeout(
            self.timeout,
            retry::at_most_once_more(self.timeout, attempt),
        )
        .await;
        let elapsed_ms = started.elapsed().as_millis() as u64;
        match outcome {
            Ok(Ok(value)) => {
                tracing::debug!(what, elapsed_ms, "language model answered");
                Ok(value)
            }
            Ok(Err(error)) => {
                let error = failure::describe(&error, self.api_key.as_ref());
                tracing::debug!(what, elapsed_ms, %error, "language model failed");
                Err(error)
            }
            Err(_) => {
                tracing::debug!(what, elapsed_ms, "language model timed out");
                Err(LanguageModelError::Timeout)
            }
        }
    }
}

#[async_trait]
impl LanguageModel for OpenAiModel {
    async fn complete(&self, system: &str, user: &str) -> Result<String, LanguageModelError> {
        let request = requests::chat(&self.model, system, user, self.max_tokens, self.temperature);
        let response = self
            .call("chat completion", || {
                let request = request.clone();
                async move { self.client.chat().create(request).await }
            })
            .await?;
        requests::answer(response)
    }

    async fn embed(&self, texts: &[String]) -> Result<Option<Vec<Vec<f32>>>, LanguageModelError> {
        let Some(model) = &self.embeddings_model else {
            return Ok(None);
        };
        if texts.is_empty() {
            return Ok(Some(Vec::new()));
        }
        let request = requests::embeddings(model, texts);
        let response = self
            .call("embeddings", || {
                let request = request.clone();
                async move { self.client.embeddings().create(request).await }
            })
            .await?;
        requests::vectors(response, texts.len()).map(Some)
    }
}

fn validate(config: &LlmConfig) -> Result<(), LlmError> {
    if config.timeout_seconds == 0 {
        return Err(LlmError::Invalid {
            field: "timeout_seconds",
            reason: "must be at least 1",
        });
    }
    if config.max_tokens == 0 {
        return Err(LlmError::Invalid {
            field: "max_tokens",
            reason: "must be at least 1",
        });
    }
    if !(0.0..=2.0).contains(&config.temperature) {
        return Err(LlmError::Invalid {
            field: "temperature",
            reason: "must be between 0 and 2",
        });
    }
    Ok(())
}

fn is_loopback(url: &reqwest::Url) -> bool {
    let Some(host) = url.host_str() else {
        return false;
    };
    let host = host.trim_start_matches('[').trim_end_matches(']');
    host.eq_ignore_ascii_case("localhost")
        || host
            .parse::<IpAddr>()
            .is_ok_and(|address| address.is_loopback())
}

//! The `[llm]` table and the environment variables that complete it.

use secrecy::SecretString;
use serde::Deserialize;

/// The API key. Read from the environment only, never from a file.
pub const ENV_API_KEY: &str = "MENTOR_CLOUD_LLM_API_KEY";
/// Overrides `base_url` from the file.
pub const ENV_BASE_URL: &str = "MENTOR_CLOUD_LLM_BASE_URL";
/// Overrides `model` from the file.
pub const ENV_MODEL: &str = "MENTOR_CLOUD_LLM_MODEL";

const DEFAULT_TIMEOUT_SECONDS: u64 = 20;
const DEFAULT_MAX_TOKENS: u32 = 800;
const DEFAULT_TEMPERATURE: f32 = 0.2;

/// How to reach the language model.
///
/// ```toml
/// [llm]
/// base_url = "http://127.0.0.1:11434/v1"   # any OpenAI-compatible server
/// model = "llama3.1"
/// embeddings_model = "nomic-embed-text"    # optional: no embeddings without it
/// timeout_seconds = 20
/// max_tokens = 800
/// temperature = 0.2
/// ```
#[derive(Clone, Debug, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct LlmConfig {
    /// The API root, up to and including `/v1`; requests go to
    /// `{base_url}/chat/completions` and `{base_url}/embeddings`.
    pub base_url: Option<String>,
    /// The chat model.
    pub model: Option<String>,
    /// The embeddings model; `None` means no embeddings.
    pub embeddings_model: Option<String>,
    /// The most one call may take, retry included.
    pub timeout_seconds: u64,
    /// Upper bound on the answer's length, sent as `max_tokens`.
    pub max_tokens: u32,
    /// Sampling temperature (0 to 2); low keeps answers close to the sources.
    pub temperature: f32,
    /// Only from [`ENV_API_KEY`] (or [`LlmConfig::with_api_key`]).
    #[serde(skip)]
    api_key: Option<SecretString>,
}

impl Default for LlmConfig {
    fn default() -> Self {
        Self {
            base_url: None,
            model: None,
            embeddings_model: None,
            timeout_seconds: DEFAULT_TIMEOUT_SECONDS,
            max_tokens: DEFAULT_MAX_TOKENS,
            temperature: DEFAULT_TEMPERATURE,
            api_key: None,
        }
    }
}

impl LlmConfig {
    /// A server and model, with the defaults for everything else.
    pub fn new(base_url: impl Into<String>, model: impl Into<String>) -> Self {
        Self {
            base_url: Some(base_url.into()),
            model: Some(model.into()),
            ..Self::default()
        }
    }

    /// Completes the file's `[llm]` table (the default when there is none)
    /// from the process environment. `None` when no model or no base URL is
    /// configured: the bot then answers without a language model.
    pub fn from_env(file_section: LlmConfig) -> Option<LlmConfig> {
        Self::from_lookup(file_section, |name| std::env::var(name).ok())
    }

    /// [`LlmConfig::from_env`] with the variables read through `var`
    /// (for tests, which should not change the process environment).
    pub fn from_lookup(
        file_section: LlmConfig,
        var: impl Fn(&str) -> Option<String>,
    ) -> Option<LlmConfig> {
        let set = |name: &str| {
            var(name)
                .map(|value| value.trim().to_owned())
                .filter(|value| !value.is_empty())
        };
        let mut config = file_section;
        config.base_url = set(ENV_BASE_URL).or(non_empty(config.base_url));
        config.model = set(ENV_MODEL).or(non_empty(config.model));
        config.embeddings_model = non_empty(config.embeddings_model);
        config.api_key = set(ENV_API_KEY).map(SecretString::from);
        match (&config.base_url, &config.model) {
            (Some(_), Some(_)) => Some(config),
            (None, None) => None,
            (None, Some(_)) => {
                tracing::warn!(
                    "a language model is named but no base URL is set ({ENV_BASE_URL} or llm.base_url); answering without it"
                );
                None
            }
            (Some(_), None) => {
                tracing::warn!(
                    "a language model base URL is set but no model ({ENV_MODEL} or llm.model); answering without it"
                );
                None
            }
        }
    }

    /// Sets the API key (what [`ENV_API_KEY`] does for [`LlmConfig::from_env`]).
    pub fn with_api_key(mut self, key: impl Into<String>) -> Self {
        let key: String = key.into();
        self.api_key = (!key.is_empty()).then(|| SecretString::from(key));
        self
    }

    /// Whether requests carry an API key.
    pub fn has_api_key(&self) -> bool {
        self.api_key.is_some()
    }

    pub(crate) fn api_key(&self) -> Option<&SecretString> {
        self.api_key.as_ref()
    }
}

fn non_empty(value: Option<String>) -> Option<String> {
    value
        .map(|value| value.trim().to_owned())
        .filter(|value| !value.is_empty())
}

//! The language model behind `/ask`: one chat completion per answer, and
//! optional embeddings, against any OpenAI-compatible server (a hosted API
//! or a local one such as `http://127.0.0.1:11434/v1`), through async-openai.
//!
//! Configuration comes from the `[llm]` table of the configuration file
//! ([`LlmConfig`]) and the environment ([`LlmConfig::from_env`]); the API
//! key only ever comes from the environment. Without a model and base URL
//! there is no language model and the bot answers with passages instead.
//!
//! Prompts and answers contain people's questions: they are never logged,
//! and neither is the API key.

mod auth;
mod config;
mod error;
mod failure;
mod model;
mod requests;
mod retry;

pub use config::{ENV_API_KEY, ENV_BASE_URL, ENV_MODEL, LlmConfig};
pub use error::LlmError;
pub use model::OpenAiModel;

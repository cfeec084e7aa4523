//! The `[llm]` table, the environment, and what `OpenAiModel::new` accepts.

use std::collections::HashMap;

use llm_adapter::{ENV_API_KEY, ENV_BASE_URL, ENV_MODEL, LlmConfig, LlmError, OpenAiModel};

fn parse(toml_text: &str) -> Result<LlmConfig, toml::de::Error> {
    #[derive(serde::Deserialize)]
    struct File {
        #[serde(default)]
        llm: LlmConfig,
    }
    toml::from_str::<File>(toml_text).map(|file| file.llm)
}

fn env(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
    let vars: HashMap<String, String> = pairs
        .iter()
        .map(|(name, value)| ((*name).to_owned(), (*value).to_owned()))
        .collect();
    move |name| vars.get(name).cloned()
}

#[test]
fn the_table_has_defaults() {
    let config = parse("").expect("empty file");
    assert_eq!(config.base_url, None);
    assert_eq!(config.model, None);
    assert_eq!(config.embeddings_model, None);
    assert_eq!(config.timeout_seconds, 20);
    assert_eq!(config.max_tokens, 800);
    assert!((config.temperature - 0.2).abs() < 1e-6);
    assert!(!config.has_api_key());
}

#[test]
fn the_table_reads_every_field() {
    let config = parse(
        r#"
        [llm]
        base_url = "http://127.0.0.1:11434/v1"
        model = "llama3.1"
        embeddings_model = "nomic-embed-text"
        timeout_seconds = 45
        max_tokens = 300
        temperature = 0.5
        "#,
    )
    .expect("valid");
    assert_eq!(
        config.base_url.as_deref(),
        Some("http://127.0.0.1:11434/v1")
    );
    assert_eq!(config.model.as_deref(), Some("llama3.1"));
    assert_eq!(config.embeddings_model.as_deref(), Some("nomic-embed-text"));
    assert_eq!(config.timeout_seconds, 45);
    assert_eq!(config.max_tokens, 300);
    assert!((config.temperature - 0.5).abs() < 1e-6);
}

#[test]
fn the_key_cannot_be_written_in_the_file() {
    let error = parse("[llm]\napi_key = \"sk-in-a-file\"\n").expect_err("unknown field");
    assert!(error.to_string().contains("api_key"), "{error}");
    assert!(parse("[llm]\nmodle = \"typo\"\n").is_err());
}

#[test]
fn nothing_configured_means_no_language_model() {
    assert!(LlmConfig::from_lookup(LlmConfig::default(), env(&[])).is_none());
    // A key alone does not make a language model.
    assert!(LlmConfig::from_lookup(LlmConfig::default(), env(&[(ENV_API_KEY, "sk")])).is_none());
}

#[test]
fn a_model_without_a_base_url_or_the_reverse_is_not_enough() {
    let mut only_model = LlmConfig::default();
    only_model.model = Some("llama3.1".to_owned());
    assert!(LlmConfig::from_lookup(only_model, env(&[])).is_none());
    assert!(
        LlmConfig::from_lookup(
            LlmConfig::default(),
            env(&[(ENV_BASE_URL, "http://127.0.0.1:11434/v1")])
        )
        .is_none()
    );
}

#[test]
fn the_environment_completes_and_overrides_the_file() {
    let file = parse(
        "[llm]\nbase_url = \"http://file.example/v1\"\nmodel = \"file-model\"\ntimeout_seconds = 7\n",
    )
    .expect("valid");
    let config = LlmConfig::from_lookup(
        file,
        env(&[
            (ENV_MODEL, "env-model"),
            (ENV_BASE_URL, " http://127.0.0.1:8080/v1 "),
            (ENV_API_KEY, "sk-env"),
        ]),
    )
    .expect("configured");
    assert_eq!(config.model.as_deref(), Some("env-model"));
    assert_eq!(config.base_url.as_deref(), Some("http://127.0.0.1:8080/v1"));
    assert_eq!(config.timeout_seconds, 7);
    assert!(config.has_api_key());
    assert!(!format!("{config:?}").contains("sk-env"));
}

#[test]
fn empty_variables_count_as_unset() {
    let file = LlmConfig::new("http://127.0.0.1:11434/v1", "llama3.1");
    let config = LlmConfig::from_lookup(
        file,
        env(&[(ENV_MODEL, ""), (ENV_BASE_URL, "  "), (ENV_API_KEY, "")]),
    )
    .expect("configured");
    assert_eq!(config.model.as_deref(), Some("llama3.1"));
    assert_eq!(
        config.base_url.as_deref(),
        Some("http://127.0.0.1:11434/v1")
    );
    assert!(!config.has_api_key());
}

fn with(base_url: &str, model: &str) -> LlmConfig {
    LlmConfig::new(base_url, model)
}

#[test]
fn new_rejects_what_cannot_work() {
    assert!(matches!(
        OpenAiModel::new(LlmConfig::default()),
        Err(LlmError::Missing(_))
    ));
    assert!(matches!(
        OpenAiModel::new(with("http://127.0.0.1:11434/v1", " ")),
        Err(LlmError::Missing("model"))
    ));
    assert!(matches!(
        OpenAiModel::new(with("127.0.0.1:11434", "m")),
        Err(LlmError::InvalidBaseUrl(_))
    ));
    assert!(matches!(
        OpenAiModel::new(with("ftp://example.org/v1", "m")),
        Err(LlmError::InvalidBaseUrl(_))
    ));
    let mut zero_timeout = with("http://127.0.0.1:11434/v1", "m");
    zero_timeout.timeout_seconds = 0;
    assert!(matches!(
        OpenAiModel::new(zero_timeout),
        Err(LlmError::Invalid {
            field: "timeout_seconds",
            ..
        })
    ));
    let mut hot = with("http://127.0.0.1:11434/v1", "m");
    hot.temperature = 3.0;
    assert!(matches!(
        OpenAiModel::new(hot),
        Err(LlmError::Invalid {
            field: "temperature",
            ..
        })
    ));
    let mut bad_key = with("http://127.0.0.1:11434/v1", "m").with_api_key("sk\nbroken");
    bad_key.max_tokens = 10;
    assert!(matches!(
        OpenAiModel::new(bad_key),
        Err(LlmError::Invalid {
            field: "api_key",
            ..
        })
    ));
}

#[test]
fn new_accepts_hosted_and_local_servers() {
    assert!(OpenAiModel::new(with("https://api.openai.com/v1", "gpt-4o-mini")).is_ok());
    assert!(OpenAiModel::new(with("http://localhost:11434/v1/", "llama3.1")).is_ok());
    assert!(OpenAiModel::new(with("http://[::1]:8080/v1", "local")).is_ok());
}

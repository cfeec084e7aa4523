//! The chat completion the adapter sends, and the answer it returns.

mod support;

use bot_core::ports::{LanguageModel, LanguageModelError};
use llm_adapter::OpenAiModel;
use support::{Reply, StandIn};

const SYSTEM: &str = "Answer only from the numbered sources.";
const USER: &str = "How do I prepare a first session?";

#[tokio::test]
async fn sends_one_chat_completion_and_returns_its_text() {
    let server = StandIn::start(vec![Reply::Chat("  Agree on goals first [1].\n")]).await;
    let model = OpenAiModel::new(server.config().with_api_key("sk-test-123")).expect("model");

    let answer = model.complete(SYSTEM, USER).await.expect("answer");

    assert_eq!(answer, "Agree on goals first [1].");
    let seen = server.seen();
    assert_eq!(seen.len(), 1);
    let request = &seen[0];
    assert_eq!(request.path, "/v1/chat/completions");
    assert_eq!(request.authorization.as_deref(), Some("Bearer sk-test-123"));
    assert_eq!(request.body["model"], "test-model");
    let messages = request.body["messages"].as_array().expect("messages");
    assert_eq!(messages.len(), 2);
    assert_eq!(messages[0]["role"], "system");
    assert_eq!(messages[0]["content"], SYSTEM);
    assert_eq!(messages[1]["role"], "user");
    assert_eq!(messages[1]["content"], USER);
    assert_eq!(request.body["max_tokens"], 800);
    assert!((request.body["temperature"].as_f64().expect("temperature") - 0.2).abs() < 1e-6);
    assert!(
        request
            .body
            .get("stream")
            .is_none_or(|stream| stream == false)
    );
}

#[tokio::test]
async fn sends_no_authorization_without_a_key() {
    let server = StandIn::start(vec![Reply::Chat("Hello")]).await;
    let model = OpenAiModel::new(server.config()).expect("model");

    assert_eq!(model.complete(SYSTEM, USER).await.expect("answer"), "Hello");

    let seen = server.seen();
    assert_eq!(seen.len(), 1);
    assert_eq!(seen[0].authorization, None);
}

#[tokio::test]
async fn a_trailing_slash_in_the_base_url_is_ignored() {
    let server = StandIn::start(vec![Reply::Chat("Hello")]).await;
    let mut config = server.config();
    config.base_url = Some(format!("{}/", server.base_url));
    config.model = Some("llama3.1".to_owned());
    config.max_tokens = 64;
    config.temperature = 0.0;
    let model = OpenAiModel::new(config).expect("model");

    model.complete(SYSTEM, USER).await.expect("answer");

    let seen = server.seen();
    assert_eq!(seen[0].path, "/v1/chat/completions");
    assert_eq!(seen[0].body["model"], "llama3.1");
    assert_eq!(seen[0].body["max_tokens"], 64);
    assert_eq!(seen[0].body["temperature"], 0.0);
}

#[tokio::test]
async fn an_empty_answer_is_a_failure() {
    let server = StandIn::start(vec![Reply::Chat("   ")]).await;
    let model = OpenAiModel::new(server.config()).expect("model");

    let error = model.complete(SYSTEM, USER).await.expect_err("empty");

    assert!(matches!(error, LanguageModelError::Failed(_)), "{error:?}");
}

#[tokio::test]
async fn no_choices_is_a_failure() {
    let server = StandIn::start(vec![Reply::Raw(
        r#"{"id":"x","object":"chat.completion","created":1,"model":"test-model","choices":[]}"#,
    )])
    .await;
    let model = OpenAiModel::new(server.config()).expect("model");

    let error = model.complete(SYSTEM, USER).await.expect_err("no choices");

    assert!(matches!(error, LanguageModelError::Failed(_)), "{error:?}");
}

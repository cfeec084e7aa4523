//! Timeouts, server errors, malformed answers, the one retry, and what
//! error texts may not contain.

mod support;

use std::time::{Duration, Instant};

use bot_core::ports::{LanguageModel, LanguageModelError};
use llm_adapter::OpenAiModel;
use support::{Reply, StandIn};

const KEY: &str = "sk-secret-key-0123456789";

fn failed_text(error: LanguageModelError) -> String {
    match error {
        LanguageModelError::Failed(text) => text,
        other => panic!("expected Failed, got {other:?}"),
    }
}

#[tokio::test]
async fn a_slow_server_times_out_within_the_configured_time() {
    let server = StandIn::start(vec![Reply::Slow(Duration::from_secs(10), "late")]).await;
    let mut config = server.config();
    config.timeout_seconds = 1;
    let model = OpenAiModel::new(config).expect("model");

    let started = Instant::now();
    let error = model
        .complete("system", "question")
        .await
        .expect_err("slow");
    let elapsed = started.elapsed();

    assert!(matches!(error, LanguageModelError::Timeout), "{error:?}");
    assert!(elapsed >= Duration::from_millis(900), "{elapsed:?}");
    assert!(elapsed < Duration::from_millis(2000), "{elapsed:?}");
}

#[tokio::test]
async fn a_server_error_fails_after_one_retry() {
    let server = StandIn::start(vec![Reply::Status(500, "internal error")]).await;
    let model = OpenAiModel::new(server.config()).expect("model");

    let text = failed_text(model.complete("system", "question").await.expect_err("500"));

    assert!(text.contains("500"), "{text}");
    assert_eq!(server.seen().len(), 2, "one attempt and one retry");
}

#[tokio::test]
async fn a_rate_limit_is_retried_once_and_then_answered() {
    let server = StandIn::start(vec![
        Reply::Status(
            429,
            r#"{"error":{"message":"slow down","type":"rate_limit_error","param":null,"code":null}}"#,
        ),
        Reply::Chat("Answered on the second try"),
    ])
    .await;
    let model = OpenAiModel::new(server.config()).expect("model");

    let answer = model.complete("system", "question").await.expect("answer");

    assert_eq!(answer, "Answered on the second try");
    assert_eq!(server.seen().len(), 2);
}

#[tokio::test]
async fn a_client_error_is_not_retried() {
    let server = StandIn::start(vec![Reply::Status(
        400,
        r#"{"error":{"message":"model not found","type":"invalid_request_error","param":null,"code":null}}"#,
    )])
    .await;
    let model = OpenAiModel::new(server.config()).expect("model");

    let text = failed_text(model.complete("system", "question").await.expect_err("400"));

    assert!(
        text.contains("400") && text.contains("model not found"),
        "{text}"
    );
    assert_eq!(server.seen().len(), 1);
}

#[tokio::test]
async fn malformed_json_fails_without_quoting_the_body() {
    let server = StandIn::start(vec![Reply::Raw(r#"{"choices": "PRIVATE ANSWER TEXT", "#)]).await;
    let model = OpenAiModel::new(server.config()).expect("model");

    let text = failed_text(
        model
            .complete("system", "question")
            .await
            .expect_err("bad json"),
    );

    assert!(!text.contains("PRIVATE"), "{text}");
    assert_eq!(server.seen().len(), 1);
}

#[tokio::test]
async fn a_wrong_shape_fails_without_quoting_the_body() {
    let server = StandIn::start(vec![Reply::Raw(
        r#"{"id":"x","object":"chat.completion","created":1,"model":"m","choices":"PRIVATE ANSWER TEXT"}"#,
    )])
    .await;
    let model = OpenAiModel::new(server.config()).expect("model");

    let text = failed_text(
        model
            .complete("system", "question")
            .await
            .expect_err("shape"),
    );

    assert!(!text.contains("PRIVATE"), "{text}");
}

#[tokio::test]
async fn the_key_never_appears_in_an_error_even_when_the_server_echoes_it() {
    let server = StandIn::start(vec![Reply::Status(
        401,
        r#"{"error":{"message":"Incorrect API key provided: sk-secret-key-0123456789","type":"invalid_request_error","param":null,"code":"invalid_api_key"}}"#,
    )])
    .await;
    let model = OpenAiModel::new(server.config().with_api_key(KEY)).expect("model");

    let error = model.complete("system", "question").await.expect_err("401");
    let shown = format!("{error} {error:?} {model:?}");

    assert!(!shown.contains(KEY), "{shown}");
    assert!(shown.contains("401"), "{shown}");
}

#[tokio::test]
async fn an_unreachable_server_is_a_failure() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let address = listener.local_addr().expect("address");
    drop(listener);
    let config = llm_adapter::LlmConfig::new(format!("http://{address}/v1"), "test-model");
    let model = OpenAiModel::new(config).expect("model");

    let text = failed_text(
        model
            .complete("system", "question")
            .await
            .expect_err("down"),
    );

    assert!(text.contains("connect"), "{text}");
}

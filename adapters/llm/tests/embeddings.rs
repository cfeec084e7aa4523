//! Embeddings: asked for only when an embeddings model is configured.

mod support;

use bot_core::ports::{LanguageModel, LanguageModelError};
use llm_adapter::OpenAiModel;
use support::{Reply, StandIn};

fn texts(items: &[&str]) -> Vec<String> {
    items.iter().map(|text| (*text).to_owned()).collect()
}

#[tokio::test]
async fn embeds_texts_in_their_order() {
    let server = StandIn::start(vec![Reply::Embeddings]).await;
    let mut config = server.config().with_api_key("sk-embed");
    config.embeddings_model = Some("embed-small".to_owned());
    let model = OpenAiModel::new(config).expect("model");
    assert!(model.has_embeddings());

    let vectors = model
        .embed(&texts(&["goal setting", "feedback", "agenda"]))
        .await
        .expect("embeddings")
        .expect("configured");

    // The stand-in lists them in reverse; the adapter puts them back in order.
    assert_eq!(
        vectors,
        vec![vec![0.0, 12.0], vec![1.0, 8.0], vec![2.0, 6.0]]
    );
    let seen = server.seen();
    assert_eq!(seen.len(), 1);
    assert_eq!(seen[0].path, "/v1/embeddings");
    assert_eq!(seen[0].authorization.as_deref(), Some("Bearer sk-embed"));
    assert_eq!(seen[0].body["model"], "embed-small");
    assert_eq!(
        seen[0].body["input"],
        serde_json::json!(["goal setting", "feedback", "agenda"])
    );
}

#[tokio::test]
async fn without_an_embeddings_model_embed_is_none_and_sends_nothing() {
    let server = StandIn::start(vec![Reply::Embeddings]).await;
    let model = OpenAiModel::new(server.config()).expect("model");
    assert!(!model.has_embeddings());

    let vectors = model.embed(&texts(&["anything"])).await.expect("no error");

    assert_eq!(vectors, None);
    assert!(server.seen().is_empty());
}

#[tokio::test]
async fn no_texts_need_no_request() {
    let server = StandIn::start(vec![Reply::Embeddings]).await;
    let mut config = server.config();
    config.embeddings_model = Some("embed-small".to_owned());
    let model = OpenAiModel::new(config).expect("model");

    assert_eq!(model.embed(&[]).await.expect("ok"), Some(Vec::new()));
    assert!(server.seen().is_empty());
}

#[tokio::test]
async fn a_wrong_number_of_vectors_is_a_failure() {
    let server = StandIn::start(vec![Reply::Raw(
        r#"{"object":"list","model":"embed-small","data":[{"object":"embedding","index":0,"embedding":[1.0]}],"usage":{"prompt_tokens":1,"total_tokens":1}}"#,
    )])
    .await;
    let mut config = server.config();
    config.embeddings_model = Some("embed-small".to_owned());
    let model = OpenAiModel::new(config).expect("model");

    let error = model
        .embed(&texts(&["one", "two"]))
        .await
        .expect_err("one vector for two texts");

    assert!(matches!(error, LanguageModelError::Failed(_)), "{error:?}");
}

#[tokio::test]
async fn a_server_error_on_embeddings_is_a_failure() {
    let server = StandIn::start(vec![Reply::Status(503, "overloaded")]).await;
    let mut config = server.config();
    config.embeddings_model = Some("embed-small".to_owned());
    let model = OpenAiModel::new(config).expect("model");

    let error = model.embed(&texts(&["one"])).await.expect_err("503");

    assert!(matches!(error, LanguageModelError::Failed(_)), "{error:?}");
    assert_eq!(server.seen().len(), 2, "one attempt and one retry");
}

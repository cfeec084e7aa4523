//! An OpenAI-compatible stand-in server on 127.0.0.1: it records every
//! request and answers from a script (the last reply repeats).

#![allow(dead_code)]

use std::collections::VecDeque;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Router;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, Uri, header};
use llm_adapter::LlmConfig;
use serde_json::{Value, json};
use tokio::net::TcpListener;
use tokio::task::JoinHandle;

/// What the stand-in answers to one request.
#[derive(Clone, Debug)]
pub enum Reply {
    /// A chat completion whose first choice says this.
    Chat(&'static str),
    /// One vector per input: `[position, text length]`, listed in reverse order.
    Embeddings,
    /// This status and body.
    Status(u16, &'static str),
    /// 200 with this body (e.g. malformed JSON).
    Raw(&'static str),
    /// Waits, then answers like `Chat`.
    Slow(Duration, &'static str),
}

/// One request as the stand-in saw it.
#[derive(Clone, Debug)]
pub struct Seen {
    pub path: String,
    pub authorization: Option<String>,
    pub body: Value,
}

#[derive(Default)]
struct Shared {
    seen: Mutex<Vec<Seen>>,
    script: Mutex<VecDeque<Reply>>,
}

pub struct StandIn {
    /// `http://127.0.0.1:PORT/v1`
    pub base_url: String,
    shared: Arc<Shared>,
    task: JoinHandle<()>,
}

impl StandIn {
    pub async fn start(script: Vec<Reply>) -> StandIn {
        let shared = Arc::new(Shared {
            seen: Mutex::new(Vec::new()),
            script: Mutex::new(script.into()),
        });
        let app = Router::new().fallback(answer).with_state(shared.clone());
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let address = listener.local_addr().expect("address");
        let task = tokio::spawn(async move {
            axum::serve(listener, app).await.expect("serve");
        });
        StandIn {
            base_url: format!("http://{address}/v1"),
            shared,
            task,
        }
    }

    /// Every request so far, oldest first.
    pub fn seen(&self) -> Vec<Seen> {
        self.shared.seen.lock().expect("lock").clone()
    }

    /// A configuration pointing at this server.
    pub fn config(&self) -> LlmConfig {
        LlmConfig::new(self.base_url.clone(), "test-model")
    }
}

impl Drop for StandIn {
    fn drop(&mut self) {
        self.task.abort();
    }
}

async fn answer(
    State(shared): State<Arc<Shared>>,
    uri: Uri,
    headers: HeaderMap,
    body: String,
) -> (StatusCode, [(header::HeaderName, &'static str); 1], String) {
    let body: Value = serde_json::from_str(&body).unwrap_or(Value::String(body));
    shared.seen.lock().expect("lock").push(Seen {
        path: uri.path().to_owned(),
        authorization: headers
            .get(header::AUTHORIZATION)
            .map(|value| value.to_str().expect("ascii").to_owned()),
        body: body.clone(),
    });
    let reply = {
        let mut script = shared.script.lock().expect("lock");
        if script.len() > 1 {
            script.pop_front()
        } else {
            script.front().cloned()
        }
    }
    .expect("a scripted reply");
    let json = [(header::CONTENT_TYPE, "application/json")];
    match reply {
        Reply::Chat(text) => (StatusCode::OK, json, chat_completion(&body, text)),
        Reply::Slow(delay, text) => {
            tokio::time::sleep(delay).await;
            (StatusCode::OK, json, chat_completion(&body, text))
        }
        Reply::Embeddings => (StatusCode::OK, json, embeddings(&body)),
        Reply::Status(status, text) => (
            StatusCode::from_u16(status).expect("status"),
            json,
            text.to_owned(),
        ),
        Reply::Raw(text) => (StatusCode::OK, json, text.to_owned()),
    }
}

fn chat_completion(request: &Value, text: &str) -> String {
    json!({
        "id": "chatcmpl-1",
        "object": "chat.completion",
        "created": 1_700_000_000,
        "model": request["model"],
        "choices": [{
            "index": 0,
            "message": {"role": "assistant", "content": text},
            "finish_reason": "stop"
        }],
        "usage": {"prompt_tokens": 10, "completion_tokens": 5, "total_tokens": 15}
    })
    .to_string()
}

fn embeddings(request: &Value) -> String {
    let inputs = request["input"].as_array().cloned().unwrap_or_default();
    let data: Vec<Value> = inputs
        .iter()
        .enumerate()
        .rev()
        .map(|(index, text)| {
            let length = text.as_str().map_or(0, str::len);
            json!({"object": "embedding", "index": index, "embedding": [index as f32, length as f32]})
        })
        .collect();
    json!({
        "object": "list",
        "model": request["model"],
        "data": data,
        "usage": {"prompt_tokens": 3, "total_tokens": 3}
    })
    .to_string()
}

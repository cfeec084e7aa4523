//! The optional HTTP interactions endpoint: Discord POSTs each interaction,
//! signed with the application's Ed25519 key, and takes the acknowledgement
//! as the HTTP response. Requests without a valid, fresh signature are
//! refused with 401, as Discord requires (it tests this when the URL is set).

use std::convert::Infallible;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::{SystemTime, UNIX_EPOCH};

use axum::Router;
use axum::body::Body;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use bytes::Bytes;
use ed25519_dalek::{Signature, VerifyingKey};
use http_body::{Frame, SizeHint};
use serenity::all::Interaction;
use tokio::sync::{oneshot, watch};

use crate::dispatch::Dispatcher;
use crate::inbound::Translation;

/// Signed requests older (or newer) than this are refused, so a captured
/// request cannot be replayed later.
const MAX_SKEW_SECS: i64 = 300;

pub fn parse_public_key(hex_key: &str) -> Option<VerifyingKey> {
    let mut bytes = [0u8; 32];
    hex::decode_to_slice(hex_key.trim(), &mut bytes).ok()?;
    VerifyingKey::from_bytes(&bytes).ok()
}

fn now_secs() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
}

/// Discord signs the timestamp header followed by the raw body.
pub fn verify(
    key: &VerifyingKey,
    signature_hex: &str,
    timestamp: &str,
    body: &[u8],
    now: i64,
) -> bool {
    let mut signature = [0u8; 64];
    if hex::decode_to_slice(signature_hex.trim(), &mut signature).is_err() {
        return false;
    }
    match timestamp.parse::<i64>() {
        Ok(at) if (now - at).abs() <= MAX_SKEW_SECS => {}
        _ => return false,
    }
    let mut signed = Vec::with_capacity(timestamp.len() + body.len());
    signed.extend_from_slice(timestamp.as_bytes());
    signed.extend_from_slice(body);
    key.verify_strict(&signed, &Signature::from_bytes(&signature))
        .is_ok()
}

pub struct Endpoint {
    key: VerifyingKey,
    dispatcher: Arc<Dispatcher>,
}

impl Endpoint {
    pub fn new(key: VerifyingKey, dispatcher: Arc<Dispatcher>) -> Self {
        Self { key, dispatcher }
    }
}

/// A response body that tells when it has been handed to the connection:
/// the core's answers are follow-ups to this acknowledgement, so they must
/// not start before Discord has it.
struct AckBody {
    data: Option<Bytes>,
    len: u64,
    sent: Option<oneshot::Sender<()>>,
}

impl http_body::Body for AckBody {
    type Data = Bytes;
    type Error = Infallible;

    fn poll_frame(
        self: Pin<&mut Self>,
        _: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, Infallible>>> {
        Poll::Ready(self.get_mut().data.take().map(|data| Ok(Frame::data(data))))
    }

    fn is_end_stream(&self) -> bool {
        self.data.is_none()
    }

    fn size_hint(&self) -> SizeHint {
        SizeHint::with_exact(self.len)
    }
}

impl Drop for AckBody {
    fn drop(&mut self) {
        if let Some(sent) = self.sent.take() {
            let _ = sent.send(());
        }
    }
}

fn refuse(status: StatusCode) -> Response {
    (status, "").into_response()
}

async fn interactions(
    State(endpoint): State<Arc<Endpoint>>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let header = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
    let (Some(signature), Some(timestamp)) = (
        header("x-signature-ed25519"),
        header("x-signature-timestamp"),
    ) else {
        return refuse(StatusCode::UNAUTHORIZED);
    };
    if !verify(&endpoint.key, signature, timestamp, &body, now_secs()) {
        tracing::debug!("interaction with an invalid signature refused");
        return refuse(StatusCode::UNAUTHORIZED);
    }
    let interaction: Interaction = match serde_json::from_slice(&body) {
        Ok(interaction) => interaction,
        Err(error) => {
            tracing::warn!(%error, "unreadable interaction");
            return refuse(StatusCode::BAD_REQUEST);
        }
    };
    let translation = endpoint.dispatcher.translate(&interaction);
    endpoint.dispatcher.remember(&translation);
    let Translation { ack, incoming, .. } = translation;
    let data = Bytes::from(ack.to_json().to_string());
    let (sent, on_sent) = oneshot::channel();
    if incoming.is_some() {
        let dispatcher = endpoint.dispatcher.clone();
        tokio::spawn(async move {
            let _ = on_sent.await;
            dispatcher.handle(incoming).await;
        });
    }
    let len = data.len() as u64;
    let body = Body::new(AckBody {
        data: Some(data),
        len,
        sent: Some(sent),
    });
    ([(header::CONTENT_TYPE, "application/json")], body).into_response()
}

/// Serves the endpoint on `listener` until `shutdown` turns true.
pub async fn serve(
    listener: tokio::net::TcpListener,
    path: &str,
    endpoint: Arc<Endpoint>,
    mut shutdown: watch::Receiver<bool>,
) -> std::io::Result<()> {
    let app = Router::new()
        .route(path, post(interactions))
        .with_state(endpoint);
    axum::serve(listener, app)
        .with_graceful_shutdown(async move {
            while !*shutdown.borrow_and_update() {
                if shutdown.changed().await.is_err() {
                    return;
                }
            }
        })
        .await
}

#[cfg(test)]
mod tests {
    use super::*;
    use ed25519_dalek::{Signer, SigningKey};

    #[test]
    fn only_fresh_correct_signatures_pass() {
        let signing = SigningKey::from_bytes(&[7u8; 32]);
        let key = parse_public_key(&hex::encode(signing.verifying_key().to_bytes())).expect("key");
        let body = br#"{"type":1}"#;
        let sign = |ts: &str, body: &[u8]| {
            let mut m = ts.as_bytes().to_vec();
            m.extend_from_slice(body);
            hex::encode(signing.sign(&m).to_bytes())
        };
        let now = 1_800_000_000;
        let ts = now.to_string();
        assert!(verify(&key, &sign(&ts, body), &ts, body, now));
        assert!(
            !verify(&key, &sign(&ts, body), &ts, br#"{"type":2}"#, now),
            "body changed"
        );
        assert!(
            !verify(&key, &sign(&ts, body), &(now + 1).to_string(), body, now),
            "timestamp changed"
        );
        let old = (now - 301).to_string();
        assert!(!verify(&key, &sign(&old, body), &old, body, now), "too old");
        assert!(!verify(&key, "zz", &ts, body, now));
        assert!(parse_public_key("00").is_none());
    }
}

//! Webhook mode: Telegram posts each update to a URL of ours. The listener
//! runs only while this instance holds the inbound lease, and the webhook is
//! set to a fresh secret path each time, so a stale instance (or anyone who
//! guesses the public URL) cannot inject updates. The Bot API's secret-token
//! header, when sent, must carry the same secret.
//!
//! A request is answered once its update was handled, so Telegram sends it
//! again if the instance dies meanwhile; updates are handled one at a time.

use std::sync::Arc;

use axum::Router;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, Method, StatusCode, Uri};
use teloxide::types::Update;
use tokio::net::TcpListener;
use tokio::sync::{mpsc, oneshot, watch};

use crate::api;
use crate::backoff::{Backoff, stopped};
use crate::config::WebhookConfig;
use crate::inbound;
use crate::inbox::Inbox;

const SECRET_HEADER: &str = "x-telegram-bot-api-secret-token";

type Delivery = (Update, oneshot::Sender<()>);

#[derive(Clone)]
struct Receiver {
    secret: Arc<str>,
    updates: mpsc::Sender<Delivery>,
}

/// The public URL with the secret as its last path segment.
pub fn secret_url(public: &url::Url, secret: &str) -> url::Url {
    let mut url = public.clone();
    if let Ok(mut segments) = url.path_segments_mut() {
        segments.pop_if_empty().push(secret);
    }
    url
}

fn same(a: &[u8], b: &[u8]) -> bool {
    // Compares in constant time: the secret is the only thing that guards the endpoint.
    a.len() == b.len() && a.iter().zip(b).fold(0, |acc, (x, y)| acc | (x ^ y)) == 0
}

async fn receive(
    State(receiver): State<Receiver>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> StatusCode {
    let last_segment = uri.path().rsplit('/').next().unwrap_or_default();
    if method != Method::POST || !same(last_segment.as_bytes(), receiver.secret.as_bytes()) {
        return StatusCode::NOT_FOUND;
    }
    if let Some(token) = headers.get(SECRET_HEADER)
        && !same(token.as_bytes(), receiver.secret.as_bytes())
    {
        return StatusCode::UNAUTHORIZED;
    }
    let Some(update) = serde_json::from_slice(&body)
        .ok()
        .and_then(inbound::parse_update)
    else {
        return StatusCode::BAD_REQUEST;
    };
    let (done, handled) = oneshot::channel();
    if receiver.updates.send((update, done)).await.is_err() {
        return StatusCode::SERVICE_UNAVAILABLE;
    }
    match handled.await {
        Ok(()) => StatusCode::OK,
        Err(_) => StatusCode::SERVICE_UNAVAILABLE,
    }
}

pub async fn serve(inbox: &Inbox, config: &WebhookConfig, mut stop: watch::Receiver<bool>) {
    let (Ok(address), Ok(public)) = (config.listen_addr(), config.public_url()) else {
        tracing::error!("the webhook settings are invalid");
        return;
    };
    let mut backoff = Backoff::default();
    let listener = loop {
        match TcpListener::bind(address).await {
            Ok(listener) => break listener,
            Err(error) => {
                tracing::warn!(%error, %address, "cannot listen for the webhook");
                if !backoff.wait(&mut stop).await {
                    return;
                }
            }
        }
    };
    let secret = format!("{:032x}", rand::random::<u128>());
    let (sender, mut updates) = mpsc::channel::<Delivery>(64);
    let router = Router::new().fallback(receive).with_state(Receiver {
        secret: secret.as_str().into(),
        updates: sender,
    });
    let (quit, quitting) = oneshot::channel::<()>();
    let server = tokio::spawn(async move {
        let shutdown = async {
            let _ = quitting.await;
        };
        if let Err(error) = axum::serve(listener, router)
            .with_graceful_shutdown(shutdown)
            .await
        {
            tracing::warn!(%error, "the webhook listener failed");
        }
    });
    backoff.reset();
    loop {
        match api::set_webhook(&inbox.api, &secret_url(&public, &secret), &secret).await {
            Ok(()) => break,
            Err(error) => {
                tracing::warn!(error = %api::describe(&error), "could not set the webhook");
                if !backoff.wait(&mut stop).await {
                    let _ = quit.send(());
                    let _ = server.await;
                    return;
                }
            }
        }
    }
    tracing::info!(%address, "receiving Telegram updates through the webhook");
    loop {
        tokio::select! {
            delivery = updates.recv() => match delivery {
                Some((update, done)) => {
                    inbox.handle(update).await;
                    let _ = done.send(());
                }
                None => break,
            },
            _ = stopped(&mut stop) => break,
        }
    }
    // Stop taking requests; handle those already in, until the listener is gone.
    let _ = quit.send(());
    while let Some((update, done)) = updates.recv().await {
        inbox.handle(update).await;
        let _ = done.send(());
    }
    let _ = server.await;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_secret_is_the_last_path_segment() {
        let public = url::Url::parse("https://bot.example.org/telegram/").expect("url");
        assert_eq!(
            secret_url(&public, "abc").as_str(),
            "https://bot.example.org/telegram/abc"
        );
        let bare = url::Url::parse("https://bot.example.org").expect("url");
        assert_eq!(
            secret_url(&bare, "abc").as_str(),
            "https://bot.example.org/abc"
        );
        assert!(same(b"abc", b"abc"));
        assert!(!same(b"abc", b"abd"));
        assert!(!same(b"abc", b"ab"));
    }
}

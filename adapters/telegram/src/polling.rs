//! Long polling: getUpdates in a loop, each batch handled in order.
//!
//! A batch is handled completely even when a stop comes, and the offset
//! confirms it with the next request. Updates handled but not yet confirmed
//! when the instance stops come again to the next holder, and the core drops
//! them by their event id.

use std::time::Duration;

use teloxide::payloads::GetUpdatesSetters;
use teloxide::prelude::Requester;
use tokio::sync::watch;

use crate::api::{self, ALLOWED_UPDATES};
use crate::backoff::{Backoff, pause, stopped};
use crate::inbox::Inbox;

/// A pause after an empty batch. Telegram answers an empty batch only after
/// the long-poll timeout; a server that answers at once (the test emulator)
/// would otherwise be asked without end.
const AFTER_EMPTY: Duration = Duration::from_millis(200);

pub async fn poll(inbox: &Inbox, timeout_secs: u32, mut stop: watch::Receiver<bool>) {
    let api = &inbox.api;
    // A webhook left from webhook mode makes getUpdates fail.
    if let Err(error) = api::done(api.delete_webhook().await) {
        tracing::warn!(error = %api::describe(&error), "could not remove a webhook before polling");
    }
    tracing::info!("polling Telegram for updates");
    let mut offset: Option<i32> = None;
    let mut backoff = Backoff::default();
    loop {
        let mut request = api
            .get_updates()
            .timeout(timeout_secs)
            .allowed_updates(ALLOWED_UPDATES);
        if let Some(offset) = offset {
            request = request.offset(offset);
        }
        let result = tokio::select! {
            result = request => result,
            _ = stopped(&mut stop) => return,
        };
        match result {
            Ok(updates) => {
                backoff.reset();
                let empty = updates.is_empty();
                for update in updates {
                    offset = Some(i32::try_from(update.id.0.saturating_add(1)).unwrap_or(i32::MAX));
                    inbox.handle(update).await;
                }
                let stopped = *stop.borrow();
                if stopped || (empty && !pause(AFTER_EMPTY, &mut stop).await) {
                    return;
                }
            }
            Err(error) => {
                if matches!(
                    error,
                    teloxide::RequestError::Api(teloxide::ApiError::TerminatedByOtherGetUpdates)
                ) {
                    tracing::warn!("another program polls with this bot token; only one may");
                } else {
                    tracing::warn!(error = %api::describe(&error), "getUpdates failed; trying again");
                }
                if !backoff.wait(&mut stop).await {
                    return;
                }
            }
        }
    }
}

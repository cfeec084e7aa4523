//! The Telegram adapter: updates in (long polling, or a webhook) under the
//! database lease `telegram:<bot id>`, the outbox out through the Bot API.
//! Choices are inline keyboards, text is HTML, long messages are split,
//! groups see commands addressed to the bot and replies to it.

pub mod api;
mod backoff;
pub mod commands;
pub mod config;
pub mod html;
pub mod inbound;
mod inbox;
pub mod keyboard;
pub mod limits;
mod polling;
pub mod transport;
mod webhook;

use std::sync::Arc;
use std::time::Duration;

use bot_core::Bot;
use bot_core::delivery::{DeliveryPolicy, DeliveryWorker};
use bot_core::lease::LeaseKeeper;
use tokio::sync::watch;

pub use config::{TelegramConfig, WebhookConfig};
pub use inbound::PLATFORM;
pub use transport::TelegramTransport;

use crate::backoff::Backoff;
use crate::inbox::Inbox;

/// How long the last delivery at shutdown may take.
const FINAL_DELIVERY: Duration = Duration::from_secs(20);

#[derive(Debug, thiserror::Error)]
pub enum TelegramError {
    #[error("telegram configuration: {0}")]
    Config(String),
}

/// Runs the adapter until `shutdown` turns true: delivers the outbox's
/// Telegram messages, and takes updates in while this instance (`holder`)
/// holds the inbound lease. At shutdown it stops taking updates, delivers
/// what is due, and returns.
pub async fn run(
    bot: Bot,
    config: TelegramConfig,
    holder: String,
    shutdown: watch::Receiver<bool>,
) -> Result<(), TelegramError> {
    config.validate()?;
    let bot_id = config.bot_id()?;
    let api = api::client(&config)?;
    let deps = bot.deps();
    let transport = Arc::new(TelegramTransport::new(api.clone(), deps.locales.clone()));
    let worker = |transport: Arc<TelegramTransport>| {
        DeliveryWorker::new(
            deps.store.clone(),
            deps.clock.clone(),
            transport,
            DeliveryPolicy::default(),
        )
    };
    let delivery =
        tokio::spawn(worker(transport.clone()).run(bot.outbox_signal(), shutdown.clone()));

    let keeper = LeaseKeeper {
        store: deps.store.clone(),
        clock: deps.clock.clone(),
        name: format!("telegram:{bot_id}"),
        holder,
        ttl: config.lease_ttl(),
    };
    keeper
        .hold(shutdown, |stop| connection(&bot, &api, &config, stop))
        .await;

    if let Err(error) = delivery.await {
        tracing::error!(%error, "the Telegram delivery worker failed");
    }
    match tokio::time::timeout(FINAL_DELIVERY, worker(transport).drain()).await {
        Ok(Ok(sent)) => tracing::info!(sent, "Telegram adapter stopped"),
        Ok(Err(error)) => tracing::error!(%error, "last Telegram delivery failed"),
        Err(_) => tracing::warn!(
            "last Telegram delivery took too long; the rest goes out at the next start"
        ),
    }
    Ok(())
}

/// The inbound connection while the lease is held: who the bot is, the
/// command menu, then updates until `stop`.
async fn connection(
    bot: &Bot,
    api: &teloxide::Bot,
    config: &TelegramConfig,
    mut stop: watch::Receiver<bool>,
) {
    let mut backoff = Backoff::default();
    let me = loop {
        match api::get_me(api).await {
            Ok(me) => break me,
            Err(error) => {
                tracing::warn!(error = %api::describe(&error), "cannot reach the Telegram Bot API; trying again");
                if !backoff.wait(&mut stop).await {
                    return;
                }
            }
        }
    };
    tracing::info!(username = %me.username, "connected to Telegram");
    let registration = config
        .register_commands
        .then(|| tokio::spawn(commands::register(api.clone(), bot.deps().locales.clone())));
    let inbox = Inbox {
        core: bot.clone(),
        api: api.clone(),
        me,
    };
    match &config.webhook {
        Some(webhook) => webhook::serve(&inbox, webhook, stop).await,
        None => polling::poll(&inbox, config.polling_timeout, stop).await,
    }
    if let Some(task) = registration {
        task.abort();
    }
}

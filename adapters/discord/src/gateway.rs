//! The gateway connection (serenity's client), held under the lease so that
//! one instance runs it (or a given range of shards) at a time.

use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{Duration, Instant};

use bot_core::lease::LeaseKeeper;
use serenity::all::{
    ClientBuilder, Context, EventHandler, GatewayIntents, Interaction, Message, Ready,
};
use serenity::async_trait;
use tokio::sync::watch;

use crate::config::DiscordConfig;
use crate::dispatch::Dispatcher;
use crate::error::DiscordError;

/// Direct messages only, which is not privileged. Interactions arrive
/// whatever the intents; message content in other places would need the
/// privileged message-content intent, which the bot does without.
pub const INTENTS: GatewayIntents = GatewayIntents::DIRECT_MESSAGES;

struct Handler {
    dispatcher: Arc<Dispatcher>,
}

#[async_trait]
impl EventHandler for Handler {
    async fn ready(&self, _: Context, ready: Ready) {
        tracing::info!(shard = ?ready.shard.map(|s| s.id.0), guilds = ready.guilds.len(), "connected to the Discord gateway");
    }

    async fn interaction_create(&self, ctx: Context, interaction: Interaction) {
        self.dispatcher
            .on_gateway_interaction(&ctx.http, interaction)
            .await;
    }

    async fn message(&self, _: Context, message: Message) {
        self.dispatcher.on_message(message).await;
    }
}

async fn stopped(stop: &mut watch::Receiver<bool>) {
    while !*stop.borrow_and_update() {
        if stop.changed().await.is_err() {
            return;
        }
    }
}

/// One gateway session, until `stop` turns true or the connection fails.
async fn connect(
    config: &DiscordConfig,
    dispatcher: Arc<Dispatcher>,
    mut stop: watch::Receiver<bool>,
) -> Result<(), DiscordError> {
    let http = crate::http_client(config)?;
    let mut client = ClientBuilder::new_with_http(http, INTENTS)
        .event_handler(Handler { dispatcher })
        .await?;
    let manager = client.shard_manager.clone();
    let shards = config.shards;
    let running = async move {
        match shards {
            // serenity counts the end of this range inclusively.
            Some(r) => client.start_shard_range(r.first..r.last, r.total).await,
            None => client.start_autosharded().await,
        }
    };
    tokio::pin!(running);
    tokio::select! {
        result = &mut running => return result.map_err(DiscordError::from),
        () = stopped(&mut stop) => {}
    }
    // A shard still starting is not known to the manager yet, so it is asked
    // again until the client has stopped.
    for _ in 0..10 {
        manager.shutdown_all().await;
        if tokio::time::timeout(Duration::from_secs(1), &mut running)
            .await
            .is_ok()
        {
            return Ok(());
        }
    }
    tracing::warn!("the Discord gateway did not stop in time");
    Ok(())
}

/// Runs the gateway whenever this instance holds the lease, until shutdown.
pub async fn hold(
    lease: LeaseKeeper,
    config: DiscordConfig,
    dispatcher: Arc<Dispatcher>,
    shutdown: watch::Receiver<bool>,
) {
    let failures = Arc::new(AtomicU32::new(0));
    lease
        .hold(shutdown, |stop| {
            let config = config.clone();
            let dispatcher = dispatcher.clone();
            let failures = failures.clone();
            async move {
                let started = Instant::now();
                let mut stop_wait = stop.clone();
                match connect(&config, dispatcher, stop).await {
                    Ok(()) => failures.store(0, Ordering::Relaxed),
                    Err(error) => {
                        if started.elapsed() > Duration::from_secs(60) {
                            failures.store(0, Ordering::Relaxed);
                        }
                        let n = failures.fetch_add(1, Ordering::Relaxed).min(6);
                        tracing::warn!(%error, "the Discord gateway connection ended");
                        // Back off, up to a minute, so that an outage or a bad
                        // token is not hammered; the lease stays held meanwhile.
                        let wait = Duration::from_secs(1 << n).min(Duration::from_secs(60));
                        tokio::select! {
                            () = tokio::time::sleep(wait) => {}
                            () = stopped(&mut stop_wait) => {}
                        }
                    }
                }
            }
        })
        .await;
}

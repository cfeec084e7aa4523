//! The Matrix adapter: mentor-cloud as a Matrix account (matrix-sdk, with a
//! persistent SQLite state and crypto store), so that end-to-end encrypted
//! direct chats work in both directions.
//!
//! [`run`] signs in once (the session is saved beside the store), then,
//! while this instance holds the lease `matrix:<user id>`, syncs and delivers
//! the outbox. Delivery runs under the same lease as the sync because only
//! the syncing device's crypto state can encrypt for the rooms' members.

pub mod circle_rooms;
pub mod config;
pub mod error;
pub mod render;
pub mod rooms;
pub mod session;
pub mod sync;
pub mod translate;
pub mod transport;

use std::sync::Arc;
use std::time::Duration;

use bot_core::Bot;
use bot_core::delivery::{DeliveryPolicy, DeliveryWorker};
use bot_core::lease::LeaseKeeper;
use matrix_sdk::ruma::OwnedUserId;
use tokio::sync::watch;

pub use config::MatrixConfig;
pub use error::MatrixError;
pub use translate::PLATFORM;
pub use transport::MatrixTransport;

/// How long a shutdown waits for the last messages to go out.
const FINAL_DELIVERY: Duration = Duration::from_secs(10);

/// Runs the Matrix adapter until `shutdown` turns true, then delivers what
/// is due and returns. `holder` names this instance for the lease.
pub async fn run(
    bot: Bot,
    config: MatrixConfig,
    holder: String,
    shutdown: watch::Receiver<bool>,
) -> Result<(), MatrixError> {
    let connected = session::connect(&config).await?;
    let client = connected.client;
    let own: OwnedUserId = client
        .user_id()
        .ok_or_else(|| MatrixError::Login("no user id after signing in".into()))?
        .to_owned();
    let rooms = Arc::new(rooms::DirectRooms::new(client.clone()));
    let transport =
        Arc::new(MatrixTransport::new(client.clone(), rooms.clone()).creating_rooms(bot.clone()));
    let deps = bot.deps();
    let keeper = LeaseKeeper {
        store: deps.store.clone(),
        clock: deps.clock.clone(),
        name: format!("{PLATFORM}:{own}"),
        holder,
        // Renewed every third of it; below a few seconds renewals would race.
        ttl: Duration::from_secs(config.lease_seconds.max(3)),
    };
    let inbound = Arc::new(sync::Inbound {
        bot: bot.clone(),
        client,
        config: Arc::new(config),
        rooms,
    });
    let mut skip_backlog = connected.new_device;
    keeper
        .hold(shutdown, |stop| {
            let skip = std::mem::take(&mut skip_backlog);
            connection(inbound.clone(), transport.clone(), own.clone(), stop, skip)
        })
        .await;
    Ok(())
}

/// One spell of holding the lease: sync, and deliver once the room list is
/// known (a message for a person must find their existing direct room, not
/// create a new one).
async fn connection(
    inbound: Arc<sync::Inbound>,
    transport: Arc<MatrixTransport>,
    own: OwnedUserId,
    stop: watch::Receiver<bool>,
    skip_backlog: bool,
) {
    let worker = || {
        let deps = inbound.bot.deps();
        DeliveryWorker::new(
            deps.store.clone(),
            deps.clock.clone(),
            transport.clone(),
            DeliveryPolicy::default(),
        )
    };
    let (synced_tx, mut synced) = watch::channel(false);
    let synced_once = synced_tx.subscribe();
    let delivery = {
        let worker = worker();
        let wake = inbound.bot.outbox_signal();
        let mut stop = stop.clone();
        tokio::spawn(async move {
            tokio::select! {
                ready = synced.wait_for(|s| *s) => if ready.is_err() { return; },
                _ = stop.wait_for(|s| *s) => return,
            }
            worker.run(wake, stop).await;
        })
    };
    sync::sync_loop(&inbound, own, stop, synced_tx, skip_backlog).await;
    if let Err(error) = delivery.await {
        tracing::error!(%error, "the Matrix delivery task failed");
    }
    if !*synced_once.borrow() {
        return;
    }
    match tokio::time::timeout(FINAL_DELIVERY, worker().drain()).await {
        Ok(Ok(_)) => {}
        Ok(Err(error)) => tracing::warn!(%error, "last Matrix deliveries failed"),
        Err(_) => tracing::warn!("last Matrix deliveries took too long; they stay in the outbox"),
    }
}

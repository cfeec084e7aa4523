//! Holding a platform account's inbound connection through a lease in the
//! database: only the instance holding the lease polls Telegram, syncs a
//! Matrix device or connects Discord shards; when it dies, another instance
//! takes over once the lease runs out.

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use tokio::sync::watch;

use crate::ports::{Clock, Store};

pub struct LeaseKeeper {
    pub store: Arc<dyn Store>,
    pub clock: Arc<dyn Clock>,
    /// What is leased, e.g. `telegram:<bot id>`.
    pub name: String,
    /// Who this instance is (host, process, random); unique per process.
    pub holder: String,
    /// How long a lease lasts without renewal; renewed every third of it.
    pub ttl: Duration,
}

impl LeaseKeeper {
    fn ttl_ms(&self) -> i64 {
        i64::try_from(self.ttl.as_millis()).unwrap_or(i64::MAX)
    }

    async fn acquire(&self) -> bool {
        match self
            .store
            .acquire_lease(&self.name, &self.holder, self.clock.now_ms(), self.ttl_ms())
            .await
        {
            Ok(held) => held,
            Err(error) => {
                tracing::warn!(%error, lease = %self.name, "lease check failed");
                false
            }
        }
    }

    async fn release(&self) {
        if let Err(error) = self.store.release_lease(&self.name, &self.holder).await {
            tracing::warn!(%error, lease = %self.name, "could not release the lease");
        }
    }

    /// Runs `connection` whenever this instance holds the lease, until
    /// `shutdown` turns true. The connection gets a receiver that turns true
    /// when it must stop (lease lost or shutdown); if it ends by itself (a
    /// network error), it is started again after a pause.
    pub async fn hold<F, Fut>(&self, mut shutdown: watch::Receiver<bool>, mut connection: F)
    where
        F: FnMut(watch::Receiver<bool>) -> Fut,
        Fut: Future<Output = ()>,
    {
        let renew_every = self.ttl / 3;
        loop {
            if *shutdown.borrow() {
                self.release().await;
                return;
            }
            if !self.acquire().await {
                tokio::select! {
                    _ = tokio::time::sleep(renew_every) => {}
                    _ = shutdown.changed() => {}
                }
                continue;
            }
            tracing::info!(lease = %self.name, holder = %self.holder, "holding the inbound connection");
            let (stop, stopped) = watch::channel(false);
            let running = connection(stopped);
            tokio::pin!(running);
            let mut ended_by_itself = false;
            loop {
                tokio::select! {
                    _ = &mut running => { ended_by_itself = true; break; }
                    _ = tokio::time::sleep(renew_every) => {
                        if !self.acquire().await {
                            tracing::warn!(lease = %self.name, "lease lost; stopping the inbound connection");
                            let _ = stop.send(true);
                            running.as_mut().await;
                            break;
                        }
                    }
                    _ = shutdown.changed() => {
                        let _ = stop.send(true);
                        running.as_mut().await;
                        self.release().await;
                        return;
                    }
                }
            }
            if ended_by_itself {
                // Keep the lease while pausing: the connection failed, the instance did not.
                tokio::select! {
                    _ = tokio::time::sleep(Duration::from_secs(1).min(renew_every)) => {}
                    _ = shutdown.changed() => {}
                }
            }
        }
    }
}

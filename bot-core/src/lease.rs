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
            // Renewals run beside the connection, never instead of it: the
            // connection may be in the middle of a transaction on the store's
            // only connection (SQLite), which a renewal waits for. Not polled
            // meanwhile, the connection could never finish it, and the
            // renewal would fail after the pool's timeout and lose the lease.
            let renewals = async {
                loop {
                    tokio::time::sleep(renew_every).await;
                    if !self.acquire().await {
                        return;
                    }
                }
            };
            tokio::pin!(renewals);
            let mut ended_by_itself = false;
            tokio::select! {
                _ = &mut running => ended_by_itself = true,
                _ = &mut renewals => {
                    tracing::warn!(lease = %self.name, "lease lost; stopping the inbound connection");
                    let _ = stop.send(true);
                    running.as_mut().await;
                }
                _ = shutdown.changed() => {
                    let _ = stop.send(true);
                    running.as_mut().await;
                    self.release().await;
                    return;
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

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicUsize, Ordering};

    use async_trait::async_trait;
    use tokio::sync::Mutex;

    use super::*;
    use crate::clock::SystemClock;
    use crate::model::{Entry, Job, Millis, OutboxRow};
    use crate::ports::{StoreResult, StoreTx};

    /// A store with one connection, like SQLite's pool: a lease check waits
    /// while someone else holds it.
    struct OneConnection {
        connection: Arc<Mutex<()>>,
        checks: AtomicUsize,
    }

    #[async_trait]
    impl Store for OneConnection {
        async fn begin(&self) -> StoreResult<Box<dyn StoreTx>> {
            unimplemented!()
        }
        async fn claim_outbox(
            &self,
            _: &str,
            _: Millis,
            _: i64,
            _: u32,
        ) -> StoreResult<Vec<OutboxRow>> {
            unimplemented!()
        }
        async fn mark_delivered(&self, _: i64, _: Millis) -> StoreResult<()> {
            unimplemented!()
        }
        async fn mark_retry(&self, _: i64, _: Millis, _: &str) -> StoreResult<()> {
            unimplemented!()
        }
        async fn mark_failed(&self, _: i64, _: Millis, _: &str) -> StoreResult<()> {
            unimplemented!()
        }
        async fn claim_due_jobs(&self, _: Millis, _: i64, _: u32) -> StoreResult<Vec<Job>> {
            unimplemented!()
        }
        async fn next_job_due(&self) -> StoreResult<Option<Millis>> {
            unimplemented!()
        }
        async fn entries(&self, _: &[i64]) -> StoreResult<Vec<Entry>> {
            unimplemented!()
        }
        async fn entries_page(&self, _: i64, _: u32) -> StoreResult<Vec<Entry>> {
            unimplemented!()
        }
        async fn entry_changes(&self, _: i64, _: u32) -> StoreResult<Vec<(i64, i64)>> {
            unimplemented!()
        }
        async fn last_entry_change(&self) -> StoreResult<i64> {
            unimplemented!()
        }
        async fn acquire_lease(&self, _: &str, _: &str, _: Millis, _: i64) -> StoreResult<bool> {
            let _connection = self.connection.lock().await;
            self.checks.fetch_add(1, Ordering::SeqCst);
            Ok(true)
        }
        async fn release_lease(&self, _: &str, _: &str) -> StoreResult<()> {
            let _connection = self.connection.lock().await;
            Ok(())
        }
        async fn undelivered_count(&self, _: &str) -> StoreResult<u64> {
            unimplemented!()
        }
    }

    #[tokio::test]
    async fn a_renewal_waits_for_the_connection_s_transaction_instead_of_blocking_it() {
        let store = Arc::new(OneConnection {
            connection: Arc::new(Mutex::new(())),
            checks: AtomicUsize::new(0),
        });
        let keeper = LeaseKeeper {
            store: store.clone(),
            clock: Arc::new(SystemClock),
            name: "test:lease".into(),
            holder: "me".into(),
            ttl: Duration::from_millis(300),
        };
        let (shutdown, shutdown_rx) = watch::channel(false);
        let starts = AtomicUsize::new(0);
        let connection = store.connection.clone();
        let hold = keeper.hold(shutdown_rx, |mut stop| {
            starts.fetch_add(1, Ordering::SeqCst);
            let connection = connection.clone();
            async move {
                // A transaction that spans a renewal (every 100 ms).
                let transaction = connection.lock().await;
                tokio::time::sleep(Duration::from_millis(250)).await;
                drop(transaction);
                let _ = stop.wait_for(|s| *s).await;
            }
        });
        let stopper = async {
            tokio::time::sleep(Duration::from_millis(600)).await;
            let _ = shutdown.send(true);
        };
        tokio::time::timeout(Duration::from_secs(5), async {
            tokio::join!(hold, stopper)
        })
        .await
        .expect("the keeper and the connection do not wait for each other");
        assert_eq!(starts.load(Ordering::SeqCst), 1, "the lease was never lost");
        assert!(
            store.checks.load(Ordering::SeqCst) >= 3,
            "renewed meanwhile"
        );
    }
}

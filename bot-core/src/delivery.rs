//! The delivery worker: takes due messages from the outbox and sends them
//! through one platform's transport, with retries and backoff. Claims are
//! leases, so several workers (or instances) never send one message twice
//! while both are alive, and a crashed worker's claims run out and are retried.

use std::sync::Arc;
use std::time::Duration;

use tokio::sync::{Notify, watch};

use crate::model::{Millis, OutboxRow};
use crate::ports::{Clock, Store, StoreError, Transport, TransportError};

#[derive(Debug, Clone)]
pub struct DeliveryPolicy {
    /// How long a claim lasts before another worker may take the message.
    pub lease_ms: i64,
    pub batch: u32,
    /// Attempts before a message is given up.
    pub max_attempts: u32,
    pub first_backoff_ms: i64,
    pub max_backoff_ms: i64,
    /// How often to look for due messages when nobody wakes the worker.
    pub poll: Duration,
}

impl Default for DeliveryPolicy {
    fn default() -> Self {
        Self {
            lease_ms: 60_000,
            batch: 50,
            max_attempts: 8,
            first_backoff_ms: 1_000,
            max_backoff_ms: 15 * 60_000,
            poll: Duration::from_millis(500),
        }
    }
}

impl DeliveryPolicy {
    /// Exponential backoff: 1 s, 2 s, 4 s … capped.
    pub fn backoff_ms(&self, attempts: u32) -> i64 {
        let factor = 1_i64
            .checked_shl(attempts.saturating_sub(1).min(30))
            .unwrap_or(i64::MAX);
        self.first_backoff_ms
            .saturating_mul(factor)
            .min(self.max_backoff_ms)
    }
}

pub struct DeliveryWorker {
    store: Arc<dyn Store>,
    clock: Arc<dyn Clock>,
    transport: Arc<dyn Transport>,
    policy: DeliveryPolicy,
}

impl DeliveryWorker {
    pub fn new(
        store: Arc<dyn Store>,
        clock: Arc<dyn Clock>,
        transport: Arc<dyn Transport>,
        policy: DeliveryPolicy,
    ) -> Self {
        Self {
            store,
            clock,
            transport,
            policy,
        }
    }

    /// Sends one batch of due messages; returns how many were handled.
    pub async fn deliver_due(&self) -> Result<usize, StoreError> {
        let now = self.clock.now_ms();
        let rows = self
            .store
            .claim_outbox(
                self.transport.platform(),
                now,
                self.policy.lease_ms,
                self.policy.batch,
            )
            .await?;
        for row in &rows {
            self.deliver(row).await?;
        }
        Ok(rows.len())
    }

    /// Delivers until nothing is due.
    pub async fn drain(&self) -> Result<usize, StoreError> {
        let mut total = 0;
        loop {
            let n = self.deliver_due().await?;
            if n == 0 {
                return Ok(total);
            }
            total += n;
        }
    }

    async fn deliver(&self, row: &OutboxRow) -> Result<(), StoreError> {
        let result = self
            .transport
            .send(&row.address, &row.message, &row.idempotency_key)
            .await;
        let now = self.clock.now_ms();
        match result {
            Ok(()) => self.store.mark_delivered(row.id, now).await,
            Err(TransportError::Permanent(reason)) => {
                tracing::warn!(id = row.id, %reason, "message given up");
                self.store.mark_failed(row.id, now, &reason).await
            }
            Err(TransportError::Retry { after_ms, reason }) => {
                if row.attempts >= self.policy.max_attempts {
                    tracing::warn!(id = row.id, attempts = row.attempts, %reason, "message given up after retries");
                    return self.store.mark_failed(row.id, now, &reason).await;
                }
                let wait: Millis = after_ms
                    .unwrap_or(0)
                    .max(self.policy.backoff_ms(row.attempts));
                tracing::info!(id = row.id, wait, %reason, "delivery will be retried");
                self.store.mark_retry(row.id, now + wait, &reason).await
            }
        }
    }

    /// Runs until `shutdown` turns true: delivers whenever woken, and polls for
    /// retries and for messages written by other instances.
    pub async fn run(self, wake: Arc<Notify>, mut shutdown: watch::Receiver<bool>) {
        loop {
            if *shutdown.borrow() {
                return;
            }
            let notified = wake.notified();
            match self.drain().await {
                Ok(_) => {}
                Err(error) => {
                    tracing::error!(%error, platform = self.transport.platform(), "delivery failed")
                }
            }
            tokio::select! {
                _ = notified => {}
                _ = tokio::time::sleep(self.policy.poll) => {}
                _ = shutdown.changed() => {}
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_and_caps() {
        let policy = DeliveryPolicy::default();
        assert_eq!(policy.backoff_ms(1), 1_000);
        assert_eq!(policy.backoff_ms(2), 2_000);
        assert_eq!(policy.backoff_ms(4), 8_000);
        assert_eq!(policy.backoff_ms(40), 15 * 60_000);
    }
}

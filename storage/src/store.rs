//! [`SqlStore`]: the pool, and the [`Store`] methods that run outside a
//! command's transaction (the delivery workers' outbox calls, the
//! scheduler's job claims, leases, and the search index's reads of
//! entries and their change log).

use async_trait::async_trait;
use bot_core::model::{Entry, Job, Millis, OutboxRow};
use bot_core::ports::{Store, StoreResult, StoreTx};
use sqlx::AnyPool;

use crate::dialect::Backend;
use crate::error::db;
use crate::tx::SqlTx;
use crate::{entries, jobs, leases, outbox};

/// The database, shared by every task of the bot: cloning is cheap (the
/// pool is reference-counted). Made by [`connect`](crate::connect).
///
/// On SQLite the pool holds one connection, so a task that holds a
/// transaction and then calls a `Store` method on the same store waits for
/// itself: finish the transaction first.
#[derive(Debug, Clone)]
pub struct SqlStore {
    pool: AnyPool,
    backend: Backend,
}

impl SqlStore {
    pub(crate) fn new(pool: AnyPool, backend: Backend) -> Self {
        Self { pool, backend }
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// Closes every connection, waiting for those in use to come back.
    pub async fn close(&self) {
        self.pool.close().await;
    }
}

#[async_trait]
impl Store for SqlStore {
    async fn begin(&self) -> StoreResult<Box<dyn StoreTx>> {
        let tx = self
            .pool
            .begin_with(self.backend.begin())
            .await
            .map_err(db)?;
        Ok(Box::new(SqlTx::new(tx, self.backend)))
    }

    async fn claim_outbox(
        &self,
        platform: &str,
        now: Millis,
        lease_ms: i64,
        limit: u32,
    ) -> StoreResult<Vec<OutboxRow>> {
        outbox::claim(&self.pool, self.backend, platform, now, lease_ms, limit).await
    }

    async fn mark_delivered(&self, id: i64, now: Millis) -> StoreResult<()> {
        outbox::mark_delivered(&self.pool, id, now).await
    }

    async fn mark_retry(&self, id: i64, retry_at: Millis, error: &str) -> StoreResult<()> {
        outbox::mark_retry(&self.pool, id, retry_at, error).await
    }

    async fn mark_failed(&self, id: i64, now: Millis, error: &str) -> StoreResult<()> {
        outbox::mark_failed(&self.pool, id, now, error).await
    }

    async fn undelivered_count(&self, platform: &str) -> StoreResult<u64> {
        outbox::undelivered_count(&self.pool, platform).await
    }

    async fn claim_due_jobs(
        &self,
        now: Millis,
        lease_ms: i64,
        limit: u32,
    ) -> StoreResult<Vec<Job>> {
        jobs::claim(&self.pool, self.backend, now, lease_ms, limit).await
    }

    async fn next_job_due(&self) -> StoreResult<Option<Millis>> {
        jobs::next_job_due(&self.pool).await
    }

    async fn entries(&self, ids: &[i64]) -> StoreResult<Vec<Entry>> {
        entries::entries(&self.pool, ids).await
    }

    async fn entries_page(&self, after_id: i64, limit: u32) -> StoreResult<Vec<Entry>> {
        entries::entries_page(&self.pool, after_id, limit).await
    }

    async fn entry_changes(&self, after_seq: i64, limit: u32) -> StoreResult<Vec<(i64, i64)>> {
        entries::entry_changes(&self.pool, after_seq, limit).await
    }

    async fn last_entry_change(&self) -> StoreResult<i64> {
        entries::last_entry_change(&self.pool).await
    }

    async fn acquire_lease(
        &self,
        name: &str,
        holder: &str,
        now: Millis,
        ttl_ms: i64,
    ) -> StoreResult<bool> {
        leases::acquire(&self.pool, name, holder, now, ttl_ms).await
    }

    async fn release_lease(&self, name: &str, holder: &str) -> StoreResult<()> {
        leases::release(&self.pool, name, holder).await
    }
}

//! Work that comes due: answer deadlines, reminders, nudges. Jobs live in
//! the database; the scheduler claims due ones (a lease, so one instance
//! runs each) and runs every job in its own transaction together with the
//! messages it sends and the mark that it is done — so a job's effect
//! happens exactly once, even when an instance dies in the middle.

use std::sync::Arc;
use std::time::Duration;

use serde::{Deserialize, Serialize};
use tokio::sync::{Notify, watch};

use crate::Bot;
use crate::context::Ctx;
use crate::error::CoreError;
use crate::model::{Job, Millis, NewJob};

/// What a job does. Stored as JSON in the job's payload.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "job", rename_all = "snake_case")]
pub enum JobKind {
    /// An introduction or a mentor request was not answered in time.
    PairResponseDue { pair: i64 },
    /// A reminder `minutes` before a session.
    SessionReminder { session: i64, minutes: u32 },
    /// When a session's time is over: did it take place?
    SessionFollowUp { session: i64 },
    /// The `round`-th check-in of a pair.
    CheckIn { pair: i64, round: u32 },
    /// A reminder about a deliverable due at `due`.
    DeliverableReminder {
        pair: i64,
        deliverable: String,
        due: Millis,
    },
    /// The hourly look for whom to nudge.
    NudgeSweep,
    // Group sessions
    /// A reminder `minutes` before a group session, to its room and members.
    GroupReminder { session: i64, minutes: u32 },
    /// A warning before a round's time box ends.
    GroupRoundWarning { session: i64, round: u32 },
    /// A round's time box is over.
    GroupRoundOver { session: i64, round: u32 },
    /// Not everyone agreed in time to saving a group session's notes.
    GroupConsentDue { session: i64 },
    /// An action item's owner is reminded of it.
    GroupActionReminder { item: i64 },
}

/// Schedules `kind` at `due_at`; a job with the same key is moved instead.
pub async fn schedule(
    ctx: &mut Ctx<'_>,
    key: &str,
    due_at: Millis,
    kind: &JobKind,
) -> Result<(), CoreError> {
    let payload = serde_json::to_string(kind).map_err(|e| CoreError::State(e.to_string()))?;
    ctx.tx
        .schedule_job(&NewJob {
            key: Some(key.to_owned()),
            due_at,
            payload,
        })
        .await?;
    Ok(())
}

async fn dispatch(ctx: &mut Ctx<'_>, job: &Job, kind: JobKind) -> Result<(), CoreError> {
    match kind {
        JobKind::PairResponseDue { pair } => {
            crate::pairing::respond::deadline_passed(ctx, pair, job.due_at).await
        }
        JobKind::SessionReminder { session, minutes } => {
            crate::sessions::reminders::fire(ctx, session, minutes, job.due_at).await
        }
        JobKind::SessionFollowUp { session } => {
            crate::sessions::follow_up::fire(ctx, session, job.due_at).await
        }
        JobKind::CheckIn { pair, round } => {
            crate::programme::checkins::fire(ctx, pair, round).await
        }
        JobKind::DeliverableReminder {
            pair,
            deliverable,
            due,
        } => crate::programme::deliverables::fire(ctx, pair, &deliverable, due).await,
        JobKind::NudgeSweep => crate::programme::nudges::sweep(ctx).await,
        JobKind::GroupReminder { session, minutes } => {
            crate::group::reminders::fire(ctx, session, minutes, job.due_at).await
        }
        JobKind::GroupRoundWarning { session, round } => {
            crate::group::rounds::warn(ctx, session, round).await
        }
        JobKind::GroupRoundOver { session, round } => {
            crate::group::rounds::over(ctx, session, round).await
        }
        JobKind::GroupConsentDue { session } => crate::group::consent::lapse(ctx, session).await,
        JobKind::GroupActionReminder { item } => crate::group::actions::fire(ctx, item).await,
    }
}

impl Bot {
    /// Starts the recurring work (the hourly nudge sweep) if it is not
    /// scheduled yet; called when an instance starts.
    pub async fn start_recurring(&self) -> Result<(), CoreError> {
        let deps = self.deps();
        let now = deps.clock.now_ms();
        let mut tx = deps.store.begin().await?;
        let payload = serde_json::to_string(&JobKind::NudgeSweep)
            .map_err(|e| CoreError::State(e.to_string()))?;
        let due_at = crate::programme::nudges::next_hour(now);
        tx.schedule_job(&NewJob {
            key: Some(crate::programme::nudges::SWEEP_KEY.into()),
            due_at,
            payload,
        })
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Runs one claimed job. Its work, its messages and its completion commit together.
    pub async fn run_job(&self, job: &Job) -> Result<(), CoreError> {
        let deps = self.deps();
        let now = deps.clock.now_ms();
        let mut tx = deps.store.begin().await?;
        let Some(job) = tx.begin_job(job.id).await? else {
            // Another instance finished it after our claim ran out.
            tx.rollback().await?;
            return Ok(());
        };
        // Unique per run: a keyed job reuses its row (and id) every time it is
        // rescheduled, so the due time tells its runs apart in outbox keys.
        let mut ctx = Ctx::system(
            deps,
            self.services(),
            tx,
            now,
            format!("job:{}:{}", job.id, job.due_at),
        );
        // Marked done first, in the same transaction: a job that schedules
        // itself again under its own key (the hourly sweep) is not then
        // marked done after it was moved.
        ctx.tx.finish_job(job.id, now).await?;
        match serde_json::from_str::<JobKind>(&job.payload) {
            Ok(kind) => dispatch(&mut ctx, &job, kind).await?,
            Err(error) => tracing::error!(job = job.id, %error, "unreadable job dropped"),
        }
        let tx = ctx.finish().await?;
        tx.commit().await?;
        self.outbox_signal().notify_waiters();
        Ok(())
    }
}

#[derive(Debug, Clone)]
pub struct SchedulerPolicy {
    pub lease_ms: i64,
    pub batch: u32,
    /// How often to look for due jobs when nothing wakes the scheduler.
    pub poll: Duration,
}

impl Default for SchedulerPolicy {
    fn default() -> Self {
        Self {
            lease_ms: 60_000,
            batch: 100,
            poll: Duration::from_millis(250),
        }
    }
}

pub struct Scheduler {
    bot: Bot,
    policy: SchedulerPolicy,
}

impl Scheduler {
    pub fn new(bot: Bot, policy: SchedulerPolicy) -> Self {
        Self { bot, policy }
    }

    /// Runs every job due now; returns how many ran.
    pub async fn run_due(&self) -> Result<usize, CoreError> {
        let deps = self.bot.deps();
        let mut total = 0;
        loop {
            let now = deps.clock.now_ms();
            let jobs = deps
                .store
                .claim_due_jobs(now, self.policy.lease_ms, self.policy.batch)
                .await?;
            if jobs.is_empty() {
                return Ok(total);
            }
            for job in &jobs {
                if let Err(error) = self.bot.run_job(job).await {
                    // Left claimed: it runs again when the claim runs out.
                    tracing::error!(job = job.id, %error, "job failed; it will be retried");
                }
            }
            total += jobs.len();
        }
    }

    /// Runs until `shutdown` turns true.
    pub async fn run(self, wake: Arc<Notify>, mut shutdown: watch::Receiver<bool>) {
        loop {
            if *shutdown.borrow() {
                return;
            }
            let notified = wake.notified();
            if let Err(error) = self.run_due().await {
                tracing::error!(%error, "scheduler pass failed");
            }
            tokio::select! {
                _ = notified => {}
                _ = tokio::time::sleep(self.policy.poll) => {}
                _ = shutdown.changed() => {}
            }
        }
    }
}

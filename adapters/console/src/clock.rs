//! The virtual clock of the console (`--virtual-clock`) and of transcripts:
//! time moves only when told, and everything that came due on the way runs
//! in order, each at its own time, with its messages delivered.

use std::sync::Arc;

use bot_core::Bot;
use bot_core::clock::ManualClock;
use bot_core::delivery::DeliveryWorker;
use bot_core::model::Millis;
use bot_core::ports::Clock;
use bot_core::scheduler::{Scheduler, SchedulerPolicy};

use crate::session::ConsoleError;

/// `+25h`, `+3d`, `+90m`, `+30s`: a step forward, in milliseconds.
pub fn parse_step(spec: &str) -> Option<i64> {
    let spec = spec.trim().strip_prefix('+').unwrap_or(spec.trim());
    let unit_at = spec.find(|c: char| !c.is_ascii_digit())?;
    let (number, unit) = spec.split_at(unit_at);
    let n: i64 = number.parse().ok()?;
    let unit_ms = match unit {
        "s" => 1_000,
        "m" => 60_000,
        "h" => 3_600_000,
        "d" => 86_400_000,
        "w" => 7 * 86_400_000,
        _ => return None,
    };
    n.checked_mul(unit_ms).filter(|ms| *ms > 0)
}

/// `2026-12-01 09:00` (UTC), or a step from now.
pub fn parse_target(spec: &str, now: Millis) -> Option<Millis> {
    if let Some(step) = parse_step(spec) {
        return now.checked_add(step);
    }
    let at = bot_core::time::parse_local(spec, chrono_tz::Tz::UTC)?;
    (at > now).then_some(at)
}

/// Moves the clock to `target`, running each job at its due time and
/// delivering what it sends before the next one.
pub async fn advance(
    bot: &Bot,
    clock: &Arc<ManualClock>,
    target: Millis,
    delivery: &DeliveryWorker,
) -> Result<(), ConsoleError> {
    let scheduler = Scheduler::new(bot.clone(), SchedulerPolicy::default());
    let store = bot.deps().store.clone();
    loop {
        let next = store.next_job_due().await?;
        match next {
            Some(due) if due <= target => {
                if due > clock.now_ms() {
                    clock.set(due);
                }
                let ran = scheduler
                    .run_due()
                    .await
                    .map_err(|e| ConsoleError::Job(e.to_string()))?;
                delivery.drain().await?;
                if ran == 0 {
                    // Claimed by someone else or failing: move on rather than spin.
                    break;
                }
            }
            _ => break,
        }
    }
    clock.set(target.max(clock.now_ms()));
    scheduler
        .run_due()
        .await
        .map_err(|e| ConsoleError::Job(e.to_string()))?;
    delivery.drain().await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_and_targets() {
        assert_eq!(parse_step("+25h"), Some(25 * 3_600_000));
        assert_eq!(parse_step("3d"), Some(3 * 86_400_000));
        assert_eq!(parse_step("+0m"), None);
        assert_eq!(parse_step("+x"), None);
        assert_eq!(parse_step("+99999999999999999d"), None);
        let now = 1_796_115_600_000; // 2026-12-01 09:00 UTC
        assert_eq!(
            parse_target("2026-12-02 09:00", now),
            Some(now + 86_400_000)
        );
        assert_eq!(parse_target("2026-11-30 09:00", now), None);
    }
}

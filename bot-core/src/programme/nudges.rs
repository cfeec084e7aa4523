//! Nudges on a schedule from the configuration (a cron rule, evaluated in
//! each reader's own zone, e.g. Mondays at 09:00): a pair without sessions,
//! an introduction or request nobody answered, applications waiting for a
//! coordinator; and after a while, the coordinators are told who is stuck.
//! A sweep runs every hour and sends what the rule says is due in that hour.

use std::str::FromStr;

use chrono::TimeZone;

use crate::context::Ctx;
use crate::error::CoreError;
use crate::model::{Millis, PairState, Person, SessionState};
use crate::pairing::people::{person, tell};
use crate::scheduler::{self, JobKind};
use crate::time::{DAY_MS, zone};

pub const SWEEP_KEY: &str = "nudge-sweep";
const HOUR_MS: i64 = 3_600_000;

/// The next full hour after `now`.
pub fn next_hour(now: Millis) -> Millis {
    (now / HOUR_MS + 1) * HOUR_MS
}

/// Whether the schedule, read in `reader`'s zone, has a moment in (now − 1 h, now].
fn due_for(ctx: &Ctx<'_>, reader: &Person) -> bool {
    let Ok(schedule) = cron::Schedule::from_str(&ctx.config().nudges.schedule) else {
        return false;
    };
    let tz = zone(reader.timezone.as_deref());
    let Some(from) = tz.timestamp_millis_opt(ctx.now - HOUR_MS).single() else {
        return false;
    };
    schedule
        .after(&from)
        .next()
        .is_some_and(|at| at.timestamp_millis() <= ctx.now)
}

/// The hourly sweep; schedules the next one first.
pub async fn sweep(ctx: &mut Ctx<'_>) -> Result<(), CoreError> {
    scheduler::schedule(ctx, SWEEP_KEY, next_hour(ctx.now), &JobKind::NudgeSweep).await?;
    let rules = ctx.config().nudges.clone();
    let inactive = i64::from(rules.inactive_days) * DAY_MS;
    let escalate = inactive + i64::from(rules.escalate_days) * DAY_MS;
    let coordinators = ctx.tx.coordinators().await?;
    let mut stuck = Vec::new();

    for pair in ctx
        .tx
        .pairs_in(&[
            PairState::Active,
            PairState::Introduced,
            PairState::Requested,
        ])
        .await?
    {
        let mentor = person(ctx, pair.mentor_id).await?;
        let mentee = person(ctx, pair.mentee_id).await?;
        match pair.state {
            PairState::Active => {
                let sessions = ctx.tx.sessions_of_pair(pair.id).await?;
                if sessions
                    .iter()
                    .any(|s| s.state.is_upcoming() && s.starts_at > ctx.now)
                {
                    continue;
                }
                let last = sessions
                    .iter()
                    .filter(|s| s.state == SessionState::Held)
                    .map(|s| s.starts_at)
                    .chain(std::iter::once(pair.updated_at))
                    .max()
                    .unwrap_or(pair.updated_at);
                let idle = ctx.now - last;
                if idle < inactive {
                    continue;
                }
                let days = idle / DAY_MS;
                for (reader, other) in [(&mentor, &mentee), (&mentee, &mentor)] {
                    if due_for(ctx, reader) {
                        tell(
                            ctx,
                            reader,
                            "nudge-inactive",
                            &[("name", other.name.as_str().into()), ("days", days.into())],
                        )
                        .await?;
                    }
                }
                if idle >= escalate {
                    stuck.push((
                        "stuck-inactive",
                        mentor.name.clone(),
                        mentee.name.clone(),
                        days,
                    ));
                }
            }
            PairState::Introduced | PairState::Requested => {
                let waiting: Vec<(&Person, &Person)> = [
                    (!pair.mentor_accepted).then_some((&mentor, &mentee)),
                    (pair.state == PairState::Introduced && !pair.mentee_accepted)
                        .then_some((&mentee, &mentor)),
                ]
                .into_iter()
                .flatten()
                .collect();
                for (reader, other) in waiting {
                    if due_for(ctx, reader) {
                        tell(
                            ctx,
                            reader,
                            "nudge-answer",
                            &[("name", other.name.as_str().into())],
                        )
                        .await?;
                    }
                }
            }
            _ => {}
        }
    }

    let waiting = ctx.tx.open_applications().await?;
    let old: Vec<_> = waiting
        .iter()
        .filter(|a| ctx.now - a.created_at >= DAY_MS)
        .collect();
    for coordinator in &coordinators {
        if !due_for(ctx, coordinator) {
            continue;
        }
        if !old.is_empty() {
            tell(
                ctx,
                coordinator,
                "nudge-applications",
                &[("count", old.len().into())],
            )
            .await?;
        }
        for (key, mentor, mentee, days) in &stuck {
            tell(
                ctx,
                coordinator,
                key,
                &[
                    ("mentor", mentor.as_str().into()),
                    ("mentee", mentee.as_str().into()),
                    ("days", (*days).into()),
                ],
            )
            .await?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cron_after_across_the_year() {
        let schedule = cron::Schedule::from_str("0 0 9 * * Mon").expect("cron");
        let berlin: chrono_tz::Tz = "Europe/Berlin".parse().expect("tz");
        for (from, want) in [
            ("2026-12-28 07:00", "2026-12-28 09:00"),
            ("2027-01-04 07:00", "2027-01-04 09:00"),
        ] {
            let at = crate::time::parse_local(from, chrono_tz::Tz::UTC).expect("time");
            let start = berlin.timestamp_millis_opt(at).single().expect("local");
            let next = schedule.after(&start).next().expect("next");
            assert_eq!(
                crate::time::format_local(next.timestamp_millis(), berlin),
                want
            );
        }
    }
}

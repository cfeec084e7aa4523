//! `/stats`: the programme at a glance — people by role and country, pairs
//! by state, sessions and hours against the budget, reports, check-ins —
//! and who needs attention; with charts where a renderer is configured.

use std::collections::BTreeMap;

use crate::context::Ctx;
use crate::error::CoreError;
use crate::hours::format_hours;
use crate::message::{Block, FileAttachment, Inline, Outgoing, RichText};
use crate::model::{Direction, HoursKind, MentorStatus, PairState, SessionState};
use crate::ports::{ChartSeries, ChartSpec};
use crate::time::{DAY_MS, format_date};

const WEEKS_CHARTED: i64 = 12;

fn bullets(lines: Vec<String>) -> Block {
    Block::Bullets(lines.into_iter().map(|l| vec![Inline::Text(l)]).collect())
}

pub async fn show(ctx: &mut Ctx<'_>) -> Result<(), CoreError> {
    let people = ctx.tx.all_persons().await?;
    let claims = ctx.tx.all_competences().await?;
    let pairs = ctx.tx.pairs_in(&PairState::ALL).await?;
    let hours = ctx.tx.all_hours().await?;
    let reports = ctx.tx.all_reports().await?;
    let now = ctx.now;
    let names: BTreeMap<i64, String> = people.iter().map(|p| (p.id, p.name.clone())).collect();
    let name = |id: i64| names.get(&id).cloned().unwrap_or_default();

    let seekers = people
        .iter()
        .filter(|p| {
            claims
                .iter()
                .any(|(id, c)| *id == p.id && c.direction == Direction::Seeks)
        })
        .count();
    let mentors = people
        .iter()
        .filter(|p| p.mentor_status == MentorStatus::Approved)
        .count();
    let applicants = people
        .iter()
        .filter(|p| {
            matches!(
                p.mentor_status,
                MentorStatus::Applicant | MentorStatus::Interview
            )
        })
        .count();
    let coordinators = people.iter().filter(|p| p.is_coordinator).count();
    let mut by_country: BTreeMap<String, usize> = BTreeMap::new();
    for p in &people {
        *by_country
            .entry(p.country.clone().unwrap_or_else(|| "?".into()))
            .or_default() += 1;
    }
    let countries = by_country
        .iter()
        .map(|(c, n)| format!("{c} {n}"))
        .collect::<Vec<_>>()
        .join(", ");

    let mut text = RichText::plain(ctx.t("stats-title", &[]));
    text.blocks.push(bullets(vec![
        ctx.t(
            "stats-people",
            &[
                ("total", people.len().into()),
                ("mentees", seekers.into()),
                ("mentors", mentors.into()),
                ("applicants", applicants.into()),
                ("coordinators", coordinators.into()),
            ],
        ),
        ctx.t("stats-countries", &[("countries", countries.into())]),
        ctx.t(
            "stats-pairs",
            &[
                (
                    "active",
                    pairs
                        .iter()
                        .filter(|p| p.state == PairState::Active)
                        .count()
                        .into(),
                ),
                (
                    "introduced",
                    pairs
                        .iter()
                        .filter(|p| matches!(p.state, PairState::Introduced | PairState::Requested))
                        .count()
                        .into(),
                ),
                (
                    "completed",
                    pairs
                        .iter()
                        .filter(|p| p.state == PairState::Completed)
                        .count()
                        .into(),
                ),
                (
                    "ended",
                    pairs
                        .iter()
                        .filter(|p| p.state == PairState::Ended)
                        .count()
                        .into(),
                ),
            ],
        ),
    ]));

    // Sessions and hours per pair.
    let mut held = 0usize;
    let mut upcoming = 0usize;
    let mut per_week: BTreeMap<i64, f64> = BTreeMap::new();
    let mut attention = Vec::new();
    let inactive = i64::from(ctx.config().nudges.inactive_days) * DAY_MS;
    let open_pairs: Vec<_> = pairs
        .iter()
        .filter(|p| matches!(p.state, PairState::Active | PairState::Completed))
        .cloned()
        .collect();
    let mut hour_labels = Vec::new();
    let mut hour_values = Vec::new();
    for pair in &open_pairs {
        let sessions = ctx.tx.sessions_of_pair(pair.id).await?;
        held += sessions
            .iter()
            .filter(|s| s.state == SessionState::Held)
            .count();
        upcoming += sessions
            .iter()
            .filter(|s| s.state.is_upcoming() && s.starts_at > now)
            .count();
        for s in sessions.iter().filter(|s| s.state == SessionState::Held) {
            let week = (now - s.starts_at) / (7 * DAY_MS);
            if week < WEEKS_CHARTED {
                *per_week.entry(week).or_default() += 1.0;
            }
        }
        let last = sessions
            .iter()
            .filter(|s| s.state == SessionState::Held)
            .map(|s| s.starts_at)
            .max()
            .unwrap_or(pair.updated_at);
        let has_next = sessions
            .iter()
            .any(|s| s.state.is_upcoming() && s.starts_at > now);
        if pair.state == PairState::Active && !has_next && now - last >= inactive {
            attention.push(ctx.t(
                "stats-attention-inactive",
                &[
                    ("mentor", name(pair.mentor_id).into()),
                    ("mentee", name(pair.mentee_id).into()),
                    ("days", ((now - last) / DAY_MS).into()),
                ],
            ));
        }
        let minutes: i64 = hours
            .iter()
            .filter(|h| h.person_id == pair.mentee_id)
            .map(|h| i64::from(h.minutes))
            .sum();
        hour_labels.push(name(pair.mentee_id));
        hour_values.push(minutes as f64 / 60.0);
    }
    for pair in pairs
        .iter()
        .filter(|p| matches!(p.state, PairState::Introduced | PairState::Requested))
    {
        attention.push(ctx.t(
            "stats-attention-unanswered",
            &[
                ("mentor", name(pair.mentor_id).into()),
                ("mentee", name(pair.mentee_id).into()),
            ],
        ));
    }
    let total_minutes: i64 = hours.iter().map(|h| i64::from(h.minutes)).sum();
    let bilateral: i64 = hours
        .iter()
        .filter(|h| h.kind == HoursKind::Bilateral)
        .map(|h| i64::from(h.minutes))
        .sum();
    let budget = ctx.config().hours.budget;
    let mut lines = vec![
        ctx.t(
            "stats-sessions",
            &[("held", held.into()), ("upcoming", upcoming.into())],
        ),
        ctx.t(
            "stats-hours",
            &[
                ("hours", format_hours(total_minutes).into()),
                ("bilateral", format_hours(bilateral).into()),
                ("budget", budget.into()),
            ],
        ),
    ];

    // Deliverables.
    let deliverables = ctx.config().deliverables.clone();
    if !deliverables.is_empty() {
        let mut delivered = 0usize;
        let mut overdue = 0usize;
        for pair in open_pairs.iter().filter(|p| p.state == PairState::Active) {
            let events = ctx.tx.pair_history(pair.id).await?;
            let active_at = events
                .iter()
                .find(|e| e.to_state == PairState::Active)
                .map(|e| e.at)
                .unwrap_or(pair.created_at);
            for d in &deliverables {
                if reports
                    .iter()
                    .any(|r| r.pair_id == Some(pair.id) && r.deliverable == d.id)
                {
                    delivered += 1;
                } else if crate::programme::deliverables::due_at(ctx, d, active_at)
                    .is_some_and(|due| now > due)
                {
                    overdue += 1;
                    let owner = match d.by {
                        crate::rules::DeliveredBy::Mentee => pair.mentee_id,
                        crate::rules::DeliveredBy::Mentor => pair.mentor_id,
                    };
                    attention.push(ctx.t(
                        "stats-attention-overdue",
                        &[
                            ("name", name(owner).into()),
                            ("title", d.title(ctx.lang.code()).into()),
                        ],
                    ));
                }
            }
        }
        lines.push(ctx.t(
            "stats-reports",
            &[("delivered", delivered.into()), ("overdue", overdue.into())],
        ));
    }

    // Check-ins.
    let mut ratings = Vec::new();
    for pair in &open_pairs {
        ratings.extend(
            ctx.tx
                .checkins_of_pair(pair.id)
                .await?
                .into_iter()
                .map(|c| c.rating),
        );
    }
    if !ratings.is_empty() {
        let average = ratings.iter().map(|r| f64::from(*r)).sum::<f64>() / ratings.len() as f64;
        let low = ratings
            .iter()
            .filter(|r| **r < ctx.config().checkins.alert_below)
            .count();
        lines.push(ctx.t(
            "stats-checkins",
            &[
                ("average", format!("{average:.1}").into()),
                ("count", ratings.len().into()),
                ("low", low.into()),
            ],
        ));
    }
    let applications = ctx.tx.open_applications().await?;
    if !applications.is_empty() {
        attention.push(ctx.t(
            "stats-attention-applications",
            &[("count", applications.len().into())],
        ));
    }
    text.blocks.push(bullets(lines));
    if attention.is_empty() {
        text.push_text(ctx.t("stats-attention-none", &[]));
    } else {
        text.push_text(ctx.t("stats-attention", &[]));
        text.blocks.push(bullets(attention));
    }

    let mut files = Vec::new();
    if let Some(charts) = ctx.services.charts.clone() {
        let hours_chart = ChartSpec {
            title: ctx.t("chart-hours-title", &[]),
            labels: hour_labels,
            series: vec![ChartSeries {
                name: ctx.t("chart-hours-series", &[]),
                values: hour_values,
            }],
            target: (budget > 0).then(|| {
                (
                    ctx.t("chart-budget", &[("budget", budget.into())]),
                    f64::from(budget),
                )
            }),
            y_label: ctx.t("chart-hours-axis", &[]),
        };
        let tz = crate::time::zone(ctx.person.as_ref().and_then(|p| p.timezone.as_deref()));
        let weeks: Vec<i64> = (0..WEEKS_CHARTED).rev().collect();
        let sessions_chart = ChartSpec {
            title: ctx.t("chart-sessions-title", &[]),
            labels: weeks
                .iter()
                .map(|w| format_date(now - w * 7 * DAY_MS, tz))
                .collect(),
            series: vec![ChartSeries {
                name: ctx.t("chart-sessions-series", &[]),
                values: weeks
                    .iter()
                    .map(|w| per_week.get(w).copied().unwrap_or(0.0))
                    .collect(),
            }],
            target: None,
            y_label: ctx.t("chart-sessions-axis", &[]),
        };
        let country_chart = ChartSpec {
            title: ctx.t("chart-countries-title", &[]),
            labels: by_country.keys().cloned().collect(),
            series: vec![ChartSeries {
                name: ctx.t("chart-countries-series", &[]),
                values: by_country.values().map(|n| *n as f64).collect(),
            }],
            target: None,
            y_label: ctx.t("chart-countries-axis", &[]),
        };
        for (name, chart) in [
            ("hours-per-pair.png", hours_chart),
            ("sessions-per-week.png", sessions_chart),
            ("people-by-country.png", country_chart),
        ] {
            match charts.render_png(&chart) {
                Ok(png) => files.push(FileAttachment::binary(name, "image/png", &png)),
                Err(error) => tracing::warn!(%error, chart = name, "chart not drawn"),
            }
        }
    }
    ctx.reply(Outgoing {
        text,
        files,
        private: true,
        ..Outgoing::default()
    });
    Ok(())
}

//! The console chat loop: one input line at a time, each handled and its
//! messages delivered before the next line is read, so output follows input
//! in order whether a person types or a script pipes.

use std::sync::Arc;
use std::time::Duration;

use bot_core::Bot;
use bot_core::clock::ManualClock;
use bot_core::delivery::{DeliveryPolicy, DeliveryWorker};
use bot_core::message::{AccountKey, Chat, Content, Incoming};
use bot_core::ports::Clock;
use bot_core::ports::StoreError;
use bot_core::scheduler::{Scheduler, SchedulerPolicy};
use tokio::io::{AsyncBufRead, AsyncBufReadExt};
use tokio::sync::watch;

use crate::protocol::{Line, parse_line};
use crate::transport::{ConsoleOutput, ConsoleTransport, PLATFORM};

#[derive(Debug, thiserror::Error)]
pub enum ConsoleError {
    #[error("reading input: {0}")]
    Input(#[from] std::io::Error),
    #[error("store: {0}")]
    Store(#[from] StoreError),
    #[error("scheduled work: {0}")]
    Job(String),
}

/// How the console runs.
#[derive(Default)]
pub struct ConsoleOptions {
    /// Deliver and run scheduled work between lines too (interactive use).
    pub background: bool,
    /// A clock that moves only on `/clock +25h` or `/clock 2026-12-01 09:00`.
    pub virtual_clock: Option<Arc<ManualClock>>,
}

/// Turns a protocol line into an event for the core.
pub fn incoming(person: &str, room: Option<&str>, text: &str) -> Incoming {
    Incoming {
        from: AccountKey::new(PLATFORM, person),
        display_name: person.to_owned(),
        chat: room.map_or(Chat::Direct, |r| Chat::Room(r.to_owned())),
        content: Content::Text(text.to_owned()),
        event_id: None,
        locale_hint: None,
    }
}

pub fn worker(bot: &Bot, output: ConsoleOutput) -> DeliveryWorker {
    let deps = bot.deps();
    DeliveryWorker::new(
        deps.store.clone(),
        deps.clock.clone(),
        Arc::new(ConsoleTransport::new(output, bot.clone())),
        DeliveryPolicy::default(),
    )
}

/// Runs the chat until the input ends, then waits until every message for
/// the console has been delivered. With `background`, a delivery worker also
/// runs between lines for messages that do not follow from input (reminders).
pub async fn run_console<R: AsyncBufRead + Unpin>(
    bot: Bot,
    input: R,
    output: ConsoleOutput,
    options: ConsoleOptions,
) -> Result<(), ConsoleError> {
    let background = options.background;
    let inline = worker(&bot, output.clone());
    let scheduler = Scheduler::new(bot.clone(), SchedulerPolicy::default());
    let (stop, stopped) = watch::channel(false);
    let background = background.then(|| {
        let delivery =
            tokio::spawn(worker(&bot, output.clone()).run(bot.outbox_signal(), stopped.clone()));
        let jobs = Scheduler::new(bot.clone(), SchedulerPolicy::default());
        (
            delivery,
            tokio::spawn(jobs.run(bot.outbox_signal(), stopped)),
        )
    });
    let mut lines = input.lines();
    let mut current: Option<String> = None;
    while let Some(line) = lines.next_line().await? {
        // The virtual clock is the console's own command, whoever speaks.
        let line = match (
            &options.virtual_clock,
            line.trim_start().strip_prefix("/clock"),
        ) {
            (Some(_), Some(rest)) => {
                format!("{}: /clock{rest}", current.as_deref().unwrap_or("console"))
            }
            _ => line,
        };
        match parse_line(&line, current.as_deref()) {
            Line::Comment => continue,
            Line::NoSpeaker => {
                eprintln!(
                    "(say who is speaking first, e.g. “alice: /start”, or switch with “/as alice”)"
                );
                continue;
            }
            Line::SwitchTo(person) => current = Some(person),
            Line::Say { text, .. }
                if options.virtual_clock.is_some() && text.trim_start().starts_with("/clock") =>
            {
                if let Some(clock) = &options.virtual_clock {
                    let spec = text.trim_start().trim_start_matches("/clock").trim();
                    match crate::clock::parse_target(spec, clock.now_ms()) {
                        Some(target) => {
                            crate::clock::advance(&bot, clock, target, &inline).await?;
                            let shown =
                                bot_core::time::format_local(clock.now_ms(), chrono_tz::Tz::UTC);
                            output.write_lines(&[format!("⏱ {shown} UTC")])?;
                        }
                        None => eprintln!(
                            "(use “/clock +25h”, “/clock +3d” or “/clock 2026-12-01 09:00”, in UTC and ahead of now)"
                        ),
                    }
                }
            }
            Line::Say { person, room, text } => {
                // Failures are logged and apologised for by the core; the chat goes on.
                let _ = bot.handle(incoming(&person, room.as_deref(), &text)).await;
                current = Some(person);
                if let Err(error) = scheduler.run_due().await {
                    tracing::error!(%error, "scheduled work failed");
                }
                inline.drain().await?;
            }
        }
    }
    // Messages waiting for a retry are still owed to the reader.
    let store = bot.deps().store.clone();
    while store.undelivered_count(PLATFORM).await? > 0 {
        inline.drain().await?;
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let _ = stop.send(true);
    if let Some((delivery, jobs)) = background {
        let _ = delivery.await;
        let _ = jobs.await;
    }
    Ok(())
}

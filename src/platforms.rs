//! `mentor-cloud run`: every configured platform adapter, the scheduler and
//! a clean shutdown on Ctrl-C or SIGTERM (stop taking input, deliver what is
//! due, exit).

use std::time::Duration;

use anyhow::Context;
use bot_core::Bot;
use bot_core::scheduler::{Scheduler, SchedulerPolicy};
use tokio::sync::watch;
use tokio::task::JoinSet;

use crate::settings::Settings;

/// Which instance holds a lease: unique per process, readable in the database.
pub fn holder_id() -> String {
    let host = std::fs::read_to_string("/etc/hostname")
        .ok()
        .map(|h| h.trim().to_owned())
        .filter(|h| !h.is_empty())
        .or_else(|| std::env::var("HOSTNAME").ok())
        .unwrap_or_else(|| "host".to_owned());
    format!(
        "{host}:{}:{:08x}",
        std::process::id(),
        rand::random::<u32>()
    )
}

/// The platforms configured through the environment, by name.
pub fn configured(settings: &Settings) -> Vec<&'static str> {
    let mut names = Vec::new();
    if telegram_adapter::TelegramConfig::from_env(settings.telegram.clone()).is_some() {
        names.push("telegram");
    }
    if settings.discord.clone().from_env().is_some() {
        names.push("discord");
    }
    if matrix_adapter::MatrixConfig::from_env(settings.matrix.clone()).is_some() {
        names.push("matrix");
    }
    names
}

/// Runs the configured adapters until a shutdown signal. Returns false when
/// none is configured (the caller starts the console then).
pub async fn run(bot: Bot, settings: &Settings) -> anyhow::Result<bool> {
    let holder = holder_id();
    let (stop, stopped) = watch::channel(false);
    let mut tasks: JoinSet<anyhow::Result<()>> = JoinSet::new();
    if let Some(config) = telegram_adapter::TelegramConfig::from_env(settings.telegram.clone()) {
        config.validate().context("telegram configuration")?;
        let (bot, holder, stopped) = (bot.clone(), holder.clone(), stopped.clone());
        tasks.spawn(async move { Ok(telegram_adapter::run(bot, config, holder, stopped).await?) });
    }
    if let Some(config) = settings.discord.clone().from_env() {
        config.validate().context("discord configuration")?;
        let (bot, holder, stopped) = (bot.clone(), holder.clone(), stopped.clone());
        tasks.spawn(async move { Ok(discord_adapter::run(bot, config, holder, stopped).await?) });
    }
    if let Some(config) = matrix_adapter::MatrixConfig::from_env(settings.matrix.clone()) {
        let (bot, holder, stopped) = (bot.clone(), holder.clone(), stopped.clone());
        tasks.spawn(async move { Ok(matrix_adapter::run(bot, config, holder, stopped).await?) });
    }
    if tasks.is_empty() {
        return Ok(false);
    }
    bot.start_recurring()
        .await
        .context("scheduling recurring work")?;
    let scheduler = Scheduler::new(bot.clone(), SchedulerPolicy::default());
    let wake = bot.outbox_signal();
    let scheduler_stopped = stopped.clone();
    tasks.spawn(async move {
        scheduler.run(wake, scheduler_stopped).await;
        Ok(())
    });
    tracing::info!(holder, "running; Ctrl-C or SIGTERM stops");
    shutdown_signal().await;
    tracing::info!("shutting down: no new input, delivering what is due");
    let _ = stop.send(true);
    let drain = async {
        while let Some(result) = tasks.join_next().await {
            match result {
                Ok(Err(error)) => tracing::error!(%error, "an adapter stopped with an error"),
                Err(error) => tracing::error!(%error, "an adapter task failed"),
                Ok(Ok(())) => {}
            }
        }
    };
    if tokio::time::timeout(Duration::from_secs(60), drain)
        .await
        .is_err()
    {
        tracing::warn!("some adapters did not stop within a minute");
    }
    Ok(true)
}

async fn shutdown_signal() {
    #[cfg(unix)]
    {
        let mut term =
            match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
                Ok(term) => term,
                Err(error) => {
                    tracing::warn!(%error, "cannot listen for SIGTERM; Ctrl-C still works");
                    let _ = tokio::signal::ctrl_c().await;
                    return;
                }
            };
        tokio::select! {
            _ = tokio::signal::ctrl_c() => {}
            _ = term.recv() => {}
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
}

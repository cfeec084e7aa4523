//! The Discord adapter: people use the bot through slash commands, buttons,
//! select menus and modals, in a server channel (answers only they can see)
//! or in the bot's DM, where they can also simply type. The bot never needs
//! the privileged message-content intent: Discord gives bots the text of DMs
//! sent to them, and everything else is an interaction.
//!
//! Inbound: serenity's gateway (under a lease), or an HTTP endpoint that
//! verifies Discord's Ed25519 signatures. Outbound: the core's outbox,
//! delivered by [`transport::DiscordTransport`].

pub mod commands;
pub mod components;
pub mod config;
pub mod dispatch;
pub mod endpoint;
pub mod error;
pub mod gateway;
pub mod inbound;
pub mod live;
pub mod markdown;
pub mod render;
pub mod threads;
pub mod transport;

use std::sync::Arc;
use std::time::Duration;

use bot_core::Bot;
use bot_core::delivery::{DeliveryPolicy, DeliveryWorker};
use bot_core::lease::LeaseKeeper;
use serenity::all::{ApplicationId, CreateAllowedMentions, GuildId, Http, HttpBuilder, HttpError};
use tokio::sync::watch;

pub use config::{DiscordConfig, ShardRange};
pub use error::DiscordError;
pub use inbound::PLATFORM;
pub use transport::DiscordTransport;

/// A REST client for the configured token and API URL.
pub(crate) fn http_client(config: &DiscordConfig) -> Result<Http, DiscordError> {
    let mut builder =
        HttpBuilder::new(config.token()?).default_allowed_mentions(CreateAllowedMentions::new());
    if let Some(url) = config.api_url() {
        // serenity 0.12's own rate limiter sends every request to
        // discord.com whatever the proxy setting says, so with a proxy it
        // must be off: a rate-limiting proxy takes its place, and delivery
        // keeps to 50 requests a second and backs off on 429 by itself.
        builder = builder.proxy(url).ratelimiter_disabled(true);
    }
    Ok(builder.build())
}

async fn sleep_or_shutdown(wait: Duration, shutdown: &mut watch::Receiver<bool>) -> bool {
    tokio::select! {
        () = tokio::time::sleep(wait) => false,
        _ = shutdown.changed() => *shutdown.borrow(),
    }
}

/// The application's id, asked of Discord until it answers. None on shutdown.
async fn application_id(
    http: &Http,
    shutdown: &mut watch::Receiver<bool>,
) -> Result<Option<ApplicationId>, DiscordError> {
    let mut wait = Duration::from_secs(1);
    loop {
        match http.get_current_application_info().await {
            Ok(info) => return Ok(Some(info.id)),
            Err(serenity::Error::Http(HttpError::UnsuccessfulRequest(r)))
                if r.status_code.as_u16() == 401 =>
            {
                return Err(DiscordError::Unauthorized);
            }
            Err(error) => tracing::warn!(%error, "Discord is not reachable yet; trying again"),
        }
        if *shutdown.borrow() || sleep_or_shutdown(wait, shutdown).await {
            return Ok(None);
        }
        wait = (wait * 2).min(Duration::from_secs(60));
    }
}

/// Registers the slash commands (a bulk overwrite, so repeating it is harmless).
async fn register_commands(
    http: &Http,
    config: &DiscordConfig,
    bot: &Bot,
) -> Result<(), serenity::Error> {
    let commands = commands::slash_commands(&bot.deps().locales);
    if config.guild_ids.is_empty() {
        http.create_global_commands(&commands).await?;
    } else {
        for guild in &config.guild_ids {
            http.create_guild_commands(GuildId::new(*guild), &commands)
                .await?;
        }
    }
    tracing::info!(
        commands = commands.len(),
        guilds = config.guild_ids.len(),
        "slash commands registered"
    );
    Ok(())
}

fn lease_name(application: ApplicationId, config: &DiscordConfig) -> String {
    match config.shards {
        Some(r) => format!(
            "discord:{application}:shards:{}-{}of{}",
            r.first, r.last, r.total
        ),
        None => format!("discord:{application}"),
    }
}

/// Runs the adapter until `shutdown` turns true: registers the commands,
/// holds the gateway under the lease `discord:<application id>` (if enabled),
/// serves the interactions endpoint (if configured) and delivers the outbox;
/// then delivers what is due and returns.
pub async fn run(
    bot: Bot,
    config: DiscordConfig,
    holder: String,
    mut shutdown: watch::Receiver<bool>,
) -> Result<(), DiscordError> {
    config.validate()?;
    // Without a token (a config built by hand, not by `from_env`) nothing can connect.
    let http = Arc::new(http_client(&config)?);
    let Some(application) = application_id(&http, &mut shutdown).await? else {
        return Ok(());
    };
    http.set_application_id(application);
    if let Err(error) = register_commands(&http, &config, &bot).await {
        // The commands registered last time stay; the bot works with them.
        tracing::error!(%error, "could not register the slash commands");
    }

    let deps = bot.deps();
    let live = Arc::new(live::LiveInteractions::new());
    let dispatcher = Arc::new(dispatch::Dispatcher::new(bot.clone(), live.clone()));
    let mut transport = DiscordTransport::new(http.clone(), live, deps.locales.clone());
    if let Some(channel) = config.circles_channel {
        transport = transport.creating_threads(bot.clone(), channel);
    }
    let transport = Arc::new(transport);
    let worker = || {
        DeliveryWorker::new(
            deps.store.clone(),
            deps.clock.clone(),
            transport.clone(),
            DeliveryPolicy::default(),
        )
    };

    let mut tasks = Vec::new();
    tasks.push(tokio::spawn(
        worker().run(bot.outbox_signal(), shutdown.clone()),
    ));
    if let Some(address) = config.interactions_address {
        let key = config
            .public_key
            .as_deref()
            .and_then(endpoint::parse_public_key)
            .ok_or_else(|| DiscordError::Config("discord.public_key is invalid".into()))?;
        let listener = tokio::net::TcpListener::bind(address).await?;
        tracing::info!(%address, path = %config.interactions_path, "Discord interactions endpoint listening");
        let endpoint = Arc::new(endpoint::Endpoint::new(key, dispatcher.clone()));
        let path = config.interactions_path.clone();
        let stop = shutdown.clone();
        tasks.push(tokio::spawn(async move {
            if let Err(error) = endpoint::serve(listener, &path, endpoint, stop).await {
                tracing::error!(%error, "the Discord interactions endpoint failed");
            }
        }));
    }
    if config.gateway {
        let lease = LeaseKeeper {
            store: deps.store.clone(),
            clock: deps.clock.clone(),
            name: lease_name(application, &config),
            holder,
            ttl: Duration::from_secs(config.lease_seconds),
        };
        tasks.push(tokio::spawn(gateway::hold(
            lease,
            config.clone(),
            dispatcher,
            shutdown.clone(),
        )));
    }

    while !*shutdown.borrow_and_update() {
        if shutdown.changed().await.is_err() {
            break;
        }
    }
    for task in tasks {
        let _ = task.await;
    }
    // Answers to the last events are still owed; what waits for a retry stays in the outbox.
    worker().drain().await?;
    Ok(())
}

//! Delivery to Discord: through the person's open interaction when there is
//! one (see [`crate::live`]), else as a message in their DM channel. Rooms
//! are channels (a circle's thread is one): messages are posted there. A
//! request for a new room opens a circle's thread ([`crate::threads`]).

use std::collections::HashMap;
use std::num::NonZeroU32;
use std::sync::{Arc, Mutex};

use async_trait::async_trait;
use bot_core::i18n::{Lang, Locales};
use bot_core::message::{Address, ChatAddress, Outgoing};
use bot_core::ports::{Transport, TransportError};
use governor::{DefaultDirectRateLimiter, Quota, RateLimiter};
use serenity::all::{
    Builder, ChannelId, CreateAllowedMentions, CreateInteractionResponseFollowup, CreateMessage,
    EditInteractionResponse, Http, HttpError, MessageFlags, UserId,
};

use crate::components;
use crate::inbound::PLATFORM;
use crate::live::{FollowUp, LiveInteractions};
use crate::render::{Part, render};
use crate::threads::CircleThreads;

/// Discord's global limit is 50 requests a second per bot; the delivery
/// side stays within it on its own (serenity's limiter also waits per route).
const REQUESTS_PER_SECOND: u32 = 50;
/// Discord's 429 body carries `retry_after`, which serenity does not pass
/// on; a second is the common wait.
const RATE_LIMITED_WAIT_MS: i64 = 1_000;

/// Split messages whose delivery is under way, at most.
const MAX_TRACKED: usize = 10_000;

/// Discord error codes that mean an interaction token no longer works.
const UNKNOWN_MESSAGE: isize = 10008;
const UNKNOWN_WEBHOOK: isize = 10015;
const UNKNOWN_INTERACTION: isize = 10062;
const INVALID_WEBHOOK_TOKEN: isize = 50027;

pub struct DiscordTransport {
    http: Arc<Http>,
    live: Arc<LiveInteractions>,
    locales: Arc<Locales>,
    limiter: DefaultDirectRateLimiter,
    dm_channels: Mutex<HashMap<u64, ChannelId>>,
    /// Parts of a split message already sent, by idempotency key, so that a
    /// retry does not repeat them.
    progress: Mutex<HashMap<String, usize>>,
    /// Opens circles' threads when the core asks for a room (`circles_channel`).
    circle_threads: Option<CircleThreads>,
}

/// How one request went.
enum Failure {
    /// The interaction token stopped working: deliver to the DM instead.
    TokenGone,
    Transport(TransportError),
}

fn no_mentions() -> CreateAllowedMentions {
    // User text can contain @everyone or <@id>; nobody is ever pinged.
    CreateAllowedMentions::new()
}

fn classify(error: serenity::Error, on_interaction: bool) -> Result<(), Failure> {
    let retry = |reason: String, after_ms| {
        Err(Failure::Transport(TransportError::Retry {
            after_ms,
            reason,
        }))
    };
    match error {
        serenity::Error::Http(HttpError::UnsuccessfulRequest(response)) => {
            let status = response.status_code.as_u16();
            let code = response.error.code;
            let reason = format!(
                "HTTP {status}, Discord code {code}: {}",
                response.error.message
            );
            let token_gone = matches!(
                code,
                UNKNOWN_MESSAGE | UNKNOWN_WEBHOOK | UNKNOWN_INTERACTION | INVALID_WEBHOOK_TOKEN
            );
            match status {
                429 => retry(reason, Some(RATE_LIMITED_WAIT_MS)),
                401 | 404 if on_interaction && token_gone => Err(Failure::TokenGone),
                // A bad bot token is fixed by an operator; keep the message until then.
                401 | 500..=599 => retry(reason, None),
                // Cannot DM this person (their privacy settings, blocked), no such
                // user or channel, or a request Discord will never accept.
                400..=499 => Err(Failure::Transport(TransportError::Permanent(reason))),
                _ => retry(reason, None),
            }
        }
        serenity::Error::Http(HttpError::Request(e)) => retry(format!("network: {e}"), None),
        // A 2xx whose body serenity could not read: Discord took the message.
        serenity::Error::Json(e) => {
            tracing::warn!(error = %e, "Discord accepted a message with an unexpected answer");
            Ok(())
        }
        serenity::Error::Model(e) => {
            Err(Failure::Transport(TransportError::Permanent(e.to_string())))
        }
        other => retry(other.to_string(), None),
    }
}

/// A failed request outside an interaction, as the delivery worker's error.
pub(crate) fn classify_error(error: serenity::Error) -> Result<(), TransportError> {
    classify(error, false).map_err(into_transport)
}

fn into_transport(failure: Failure) -> TransportError {
    match failure {
        Failure::Transport(e) => e,
        Failure::TokenGone => TransportError::Retry {
            after_ms: None,
            reason: "interaction expired".into(),
        },
    }
}

fn parse_id(id: &str) -> Result<u64, TransportError> {
    id.parse::<u64>()
        .ok()
        .filter(|&n| n != 0)
        .ok_or_else(|| TransportError::Permanent(format!("{id:?} is not a Discord id")))
}

impl DiscordTransport {
    pub fn new(http: Arc<Http>, live: Arc<LiveInteractions>, locales: Arc<Locales>) -> Self {
        let per_second = NonZeroU32::new(REQUESTS_PER_SECOND).unwrap_or(NonZeroU32::MIN);
        Self {
            http,
            live,
            locales,
            limiter: RateLimiter::direct(Quota::per_second(per_second)),
            dm_channels: Mutex::new(HashMap::new()),
            progress: Mutex::new(HashMap::new()),
            circle_threads: None,
        }
    }

    /// Also opens the rooms the core asks for, as private threads in
    /// `channel`, and reports them to `bot`.
    pub fn creating_threads(mut self, bot: bot_core::Bot, channel: u64) -> Self {
        self.circle_threads = CircleThreads::new(bot, channel);
        self
    }

    fn sent_parts(&self, key: &str) -> usize {
        self.progress
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .get(key)
            .copied()
            .unwrap_or(0)
    }

    fn record_parts(&self, key: &str, sent: Option<usize>) {
        let mut progress = self.progress.lock().unwrap_or_else(|p| p.into_inner());
        // Entries of messages the worker gave up on are never cleared by a
        // last attempt; a bound keeps them from piling up over months.
        if progress.len() >= MAX_TRACKED && sent.is_some() {
            progress.clear();
        }
        match sent {
            Some(n) => progress.insert(key.to_owned(), n),
            None => progress.remove(key),
        };
    }

    /// Answers through the interaction: the first part replaces a deferred
    /// "thinking…", the others are follow-ups, ephemeral where the person
    /// acted in a server channel.
    async fn via_interaction(
        &self,
        user: u64,
        follow_up: &FollowUp,
        message: &Outgoing,
        key: &str,
    ) -> Result<(), Failure> {
        let lang = Lang::from_code(&message.lang).unwrap_or(Lang::En);
        // In a server channel the bot cannot read what people type, so every
        // message there offers a text box.
        let reply = follow_up
            .ephemeral
            .then(|| components::reply_button(&self.locales, lang));
        let parts = render(message, reply);
        let mut original_pending = follow_up.original_pending;
        for (i, part) in parts.into_iter().enumerate().skip(self.sent_parts(key)) {
            self.limiter.until_ready().await;
            let Part {
                content,
                components,
                files,
            } = part;
            let result = if original_pending {
                let mut edit = EditInteractionResponse::new()
                    .components(components)
                    .allowed_mentions(no_mentions())
                    .flags(MessageFlags::SUPPRESS_EMBEDS);
                if !content.is_empty() {
                    edit = edit.content(content);
                }
                for file in files {
                    edit = edit.new_attachment(file);
                }
                edit.execute(&*self.http, &follow_up.token).await.map(drop)
            } else {
                let mut flags = MessageFlags::SUPPRESS_EMBEDS;
                if follow_up.ephemeral {
                    flags |= MessageFlags::EPHEMERAL;
                }
                let mut create = CreateInteractionResponseFollowup::new()
                    .components(components)
                    .add_files(files)
                    .allowed_mentions(no_mentions())
                    .flags(flags);
                if !content.is_empty() {
                    create = create.content(content);
                }
                create
                    .execute(&*self.http, (None, &follow_up.token))
                    .await
                    .map(drop)
            };
            result.or_else(|e| classify(e, true))?;
            if original_pending {
                self.live.original_answered(user, &follow_up.token);
                original_pending = false;
            }
            self.record_parts(key, Some(i + 1));
        }
        Ok(())
    }

    async fn dm_channel(&self, user: u64) -> Result<ChannelId, TransportError> {
        if let Some(channel) = self
            .dm_channels
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .get(&user)
        {
            return Ok(*channel);
        }
        self.limiter.until_ready().await;
        let channel = match UserId::new(user).create_dm_channel(&*self.http).await {
            Ok(channel) => channel.id,
            Err(e) => {
                classify(e, false).map_err(into_transport)?;
                return Err(TransportError::Retry {
                    after_ms: None,
                    reason: "no DM channel in Discord's answer".into(),
                });
            }
        };
        self.dm_channels
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .insert(user, channel);
        Ok(channel)
    }

    async fn to_channel(
        &self,
        channel: ChannelId,
        message: &Outgoing,
        key: &str,
    ) -> Result<(), TransportError> {
        for (i, part) in render(message, None)
            .into_iter()
            .enumerate()
            .skip(self.sent_parts(key))
        {
            self.limiter.until_ready().await;
            let Part {
                content,
                components,
                files,
            } = part;
            let mut create = CreateMessage::new()
                .components(components)
                .add_files(files)
                .allowed_mentions(no_mentions())
                .flags(MessageFlags::SUPPRESS_EMBEDS);
            if !content.is_empty() {
                create = create.content(content);
            }
            if let Err(e) = channel.send_message(&*self.http, create).await {
                classify(e, false).map_err(into_transport)?;
            }
            self.record_parts(key, Some(i + 1));
        }
        Ok(())
    }

    async fn deliver(
        &self,
        to: &Address,
        message: &Outgoing,
        key: &str,
    ) -> Result<(), TransportError> {
        if to.platform != PLATFORM {
            return Err(TransportError::Permanent(format!(
                "not a Discord address: {}",
                to.platform
            )));
        }
        match &to.chat {
            ChatAddress::Direct(id) => {
                let user = parse_id(id)?;
                self.to_person(user, message, key).await?;
                if let Some(request) = &message.new_room {
                    match &self.circle_threads {
                        Some(threads) => {
                            threads
                                .create(&self.http, &self.limiter, id, request, key)
                                .await?
                        }
                        None => tracing::warn!(
                            "the core asked for a circle's room, but discord.circles_channel is not set"
                        ),
                    }
                }
                Ok(())
            }
            ChatAddress::Room(id) => {
                let channel = parse_id(id)?;
                self.to_channel(ChannelId::new(channel), message, key)
                    .await?;
                self.clear_thinking(channel).await;
                Ok(())
            }
        }
    }

    /// Through the person's open interaction, else in their DM.
    async fn to_person(
        &self,
        user: u64,
        message: &Outgoing,
        key: &str,
    ) -> Result<(), TransportError> {
        if let Some(follow_up) = self.live.current(user) {
            match self.via_interaction(user, &follow_up, message, key).await {
                Ok(()) => return Ok(()),
                Err(Failure::TokenGone) => {
                    tracing::debug!(user, "interaction expired; answering in the DM");
                    self.live.forget_token(user, &follow_up.token);
                }
                Err(Failure::Transport(e)) => return Err(e),
            }
        }
        let channel = self.dm_channel(user).await?;
        self.to_channel(channel, message, key).await
    }

    /// A command used in a thread was answered in the thread itself: the
    /// "thinking…" only its author sees goes away.
    async fn clear_thinking(&self, channel: u64) {
        for (user, token) in self.live.pending_in(channel) {
            self.limiter.until_ready().await;
            match self.http.delete_original_interaction_response(&token).await {
                Ok(()) => self.live.original_answered(user, &token),
                // Harmless: it is replaced by the person's next answer, or expires.
                Err(error) => tracing::debug!(%error, "could not remove a \"thinking…\""),
            }
        }
    }
}

#[async_trait]
impl Transport for DiscordTransport {
    fn platform(&self) -> &str {
        PLATFORM
    }

    async fn send(
        &self,
        to: &Address,
        message: &Outgoing,
        idempotency_key: &str,
    ) -> Result<(), TransportError> {
        let result = self.deliver(to, message, idempotency_key).await;
        if !matches!(result, Err(TransportError::Retry { .. })) {
            self.record_parts(idempotency_key, None);
        }
        result
    }
}

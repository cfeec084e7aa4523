//! Rooms the core asks for (`/group room <circle>`): on Discord a circle's
//! room is a private thread in the configured channel (`circles_channel`).
//! The bot opens the thread with the circle's name, adds the members, and
//! reports the thread back to the core as the requester pressing the link
//! token in it, so the core links it like `/group link`.

use std::collections::HashMap;
use std::sync::Mutex;

use bot_core::Bot;
use bot_core::message::NewRoom;
use bot_core::ports::TransportError;
use governor::DefaultDirectRateLimiter;
use serenity::all::{AutoArchiveDuration, ChannelId, ChannelType, CreateThread, Http, UserId};

use crate::inbound::PLATFORM;

/// Threads created per outbox message, at most (a bound, not a working set).
const MAX_TRACKED: usize = 10_000;

pub struct CircleThreads {
    bot: Bot,
    channel: ChannelId,
    /// Threads created per outbox message, so a retried delivery reuses its thread.
    created: Mutex<HashMap<String, ChannelId>>,
}

impl CircleThreads {
    pub fn new(bot: Bot, channel: u64) -> Option<Self> {
        (channel != 0).then(|| Self {
            bot,
            channel: ChannelId::new(channel),
            created: Mutex::new(HashMap::new()),
        })
    }

    fn known(&self, key: &str) -> Option<ChannelId> {
        self.created
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .get(key)
            .copied()
    }

    fn remember(&self, key: &str, thread: ChannelId) {
        let mut created = self.created.lock().unwrap_or_else(|p| p.into_inner());
        if created.len() >= MAX_TRACKED {
            created.clear();
        }
        created.insert(key.to_owned(), thread);
    }

    /// Opens (or, on a retry, reuses) the circle's thread, adds the members
    /// and links it to the circle through the core.
    pub async fn create(
        &self,
        http: &Http,
        limiter: &DefaultDirectRateLimiter,
        requester: &str,
        request: &NewRoom,
        idempotency_key: &str,
    ) -> Result<(), TransportError> {
        let thread = match self.known(idempotency_key) {
            Some(thread) => thread,
            None => {
                limiter.until_ready().await;
                let builder = CreateThread::new(thread_name(&request.name))
                    .kind(ChannelType::PrivateThread)
                    // Members add nobody else; quiet weeks between sessions
                    // archive it less often (a message reopens it).
                    .invitable(false)
                    .auto_archive_duration(AutoArchiveDuration::OneWeek);
                let thread = match self.channel.create_thread(http, builder).await {
                    Ok(thread) => thread.id,
                    Err(e) => {
                        crate::transport::classify_error(e)?;
                        // A success whose answer did not say which thread: try again.
                        return Err(TransportError::Retry {
                            after_ms: None,
                            reason: "no thread in Discord's answer".into(),
                        });
                    }
                };
                tracing::info!(%thread, circle = %request.name, "created a circle's thread");
                self.remember(idempotency_key, thread);
                thread
            }
        };
        // Adding a member twice is harmless, so a retry adds them all again.
        for id in &request.invite {
            let Some(user) = id.parse::<u64>().ok().filter(|&n| n != 0) else {
                tracing::warn!(id, "not a Discord user id; not added to the thread");
                continue;
            };
            limiter.until_ready().await;
            if let Err(e) = thread.add_thread_member(http, UserId::new(user)).await {
                crate::transport::classify_error(e)?;
            }
        }
        self.bot
            .room_created(
                PLATFORM,
                requester,
                thread.get().to_string(),
                request,
                idempotency_key,
            )
            .await
    }
}

/// Discord's thread names are 1 to 100 characters.
fn thread_name(name: &str) -> String {
    let name: String = name.trim().chars().take(100).collect();
    if name.is_empty() {
        "circle".to_owned()
    } else {
        name
    }
}

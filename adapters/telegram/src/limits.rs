//! Telegram's flood limits, kept before sending rather than learnt from 429s:
//! about one message a second in a chat (short bursts are tolerated), 20 a
//! minute in a group, 30 a second in total.

use std::num::NonZeroU32;
use std::time::Duration;

use governor::{DefaultDirectRateLimiter, DefaultKeyedRateLimiter, Quota, RateLimiter};

/// Waits up to this long for a free slot; a longer wait becomes a retry
/// later, so one busy group does not hold up every other chat.
pub const MAX_INLINE_WAIT: Duration = Duration::from_secs(4);
/// Forget idle chats' state now and then.
const PRUNE_ABOVE: usize = 10_000;

pub struct RateLimits {
    global: DefaultDirectRateLimiter,
    chat: DefaultKeyedRateLimiter<i64>,
    group: DefaultKeyedRateLimiter<i64>,
}

fn n(value: u32) -> NonZeroU32 {
    NonZeroU32::new(value).unwrap_or(NonZeroU32::MIN)
}

impl Default for RateLimits {
    fn default() -> Self {
        Self {
            global: RateLimiter::direct(Quota::per_second(n(30))),
            chat: RateLimiter::keyed(Quota::per_second(n(1)).allow_burst(n(3))),
            group: RateLimiter::keyed(Quota::per_minute(n(20))),
        }
    }
}

impl RateLimits {
    /// Waits until one more message may go to `chat_id` (groups have negative
    /// ids). Err with a suggested delay when that would take too long.
    pub async fn acquire(&self, chat_id: i64) -> Result<(), Duration> {
        if self.chat.len() > PRUNE_ABOVE {
            self.chat.retain_recent();
            self.group.retain_recent();
        }
        let wait = async {
            if chat_id < 0 {
                self.group.until_key_ready(&chat_id).await;
            }
            self.chat.until_key_ready(&chat_id).await;
            self.global.until_ready().await;
        };
        tokio::time::timeout(MAX_INLINE_WAIT, wait)
            .await
            .map_err(|_| MAX_INLINE_WAIT)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_chat_gets_a_short_burst_then_one_a_second() {
        let limits = RateLimits::default();
        let started = std::time::Instant::now();
        for _ in 0..3 {
            limits.acquire(42).await.expect("burst");
        }
        assert!(started.elapsed() < Duration::from_millis(200));
        // Another chat is not held up by the first.
        limits.acquire(43).await.expect("other chat");
        assert!(started.elapsed() < Duration::from_millis(200));
        limits.acquire(42).await.expect("after a pause");
        assert!(started.elapsed() >= Duration::from_millis(600));
    }
}

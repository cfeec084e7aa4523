//! Interactions that can still be answered, one per person.
//!
//! The core writes its answers to the outbox addressed to a person's direct
//! chat; it knows nothing of interactions. When a person has just used a slash
//! command or a component, the answer belongs with that interaction: Discord
//! shows it where the person acted (ephemerally in a server channel), and the
//! "thinking…" of a deferred command must be replaced. So every acknowledged
//! interaction is remembered here with its token for as long as Discord
//! accepts follow-ups (15 minutes), and the transport answers through it;
//! without one it writes to the person's DM channel.
//!
//! This lives in memory: with several instances, the one that received the
//! interaction usually delivers its answers too (its delivery worker is woken
//! by the same commit); if another does, the person gets them as DMs.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Discord accepts follow-ups for 15 minutes; stop a little earlier.
pub const TOKEN_LIFETIME: Duration = Duration::from_secs(14 * 60);

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FollowUp {
    pub token: String,
    /// Shown only to the person (server channels); DMs are private anyway.
    pub ephemeral: bool,
    /// The interaction was deferred with "thinking…", which the first answer replaces.
    pub original_pending: bool,
    /// The thread it was used in, which is a room for the core: an answer
    /// posted there also answers the interaction.
    pub room: Option<u64>,
}

struct Live {
    follow_up: FollowUp,
    expires: Instant,
}

#[derive(Default)]
pub struct LiveInteractions {
    by_user: Mutex<HashMap<u64, Live>>,
}

impl LiveInteractions {
    pub fn new() -> Self {
        Self::default()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<u64, Live>> {
        self.by_user.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Answers to `user` go through this interaction from now on.
    pub fn remember(&self, user: u64, follow_up: FollowUp) {
        let now = Instant::now();
        let mut map = self.lock();
        map.retain(|_, live| live.expires > now);
        map.insert(
            user,
            Live {
                follow_up,
                expires: now + TOKEN_LIFETIME,
            },
        );
    }

    /// The interaction to answer `user` through, if one is still open.
    pub fn current(&self, user: u64) -> Option<FollowUp> {
        let mut map = self.lock();
        match map.get(&user) {
            Some(live) if live.expires > Instant::now() => Some(live.follow_up.clone()),
            Some(_) => {
                map.remove(&user);
                None
            }
            None => None,
        }
    }

    /// The deferred "thinking…" of this interaction has been replaced.
    pub fn original_answered(&self, user: u64, token: &str) {
        if let Some(live) = self.lock().get_mut(&user)
            && live.follow_up.token == token
        {
            live.follow_up.original_pending = false;
        }
    }

    /// The people (and tokens) whose interaction in `room` still shows "thinking…".
    pub fn pending_in(&self, room: u64) -> Vec<(u64, String)> {
        let now = Instant::now();
        self.lock()
            .iter()
            .filter(|(_, live)| {
                live.expires > now
                    && live.follow_up.original_pending
                    && live.follow_up.room == Some(room)
            })
            .map(|(user, live)| (*user, live.follow_up.token.clone()))
            .collect()
    }

    /// Answers to `user` go to the DM channel again (they wrote there, or the token stopped working).
    pub fn forget(&self, user: u64) {
        self.lock().remove(&user);
    }

    /// Forgets this particular interaction, not a newer one.
    pub fn forget_token(&self, user: u64, token: &str) {
        let mut map = self.lock();
        if map
            .get(&user)
            .is_some_and(|live| live.follow_up.token == token)
        {
            map.remove(&user);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn follow_up(token: &str) -> FollowUp {
        FollowUp {
            token: token.into(),
            ephemeral: true,
            original_pending: true,
            room: None,
        }
    }

    #[test]
    fn the_newest_interaction_answers_until_forgotten() {
        let live = LiveInteractions::new();
        assert_eq!(live.current(1), None);
        live.remember(1, follow_up("a"));
        live.remember(1, follow_up("b"));
        assert_eq!(live.current(1).map(|f| f.token), Some("b".into()));
        live.original_answered(1, "a");
        assert!(
            live.current(1).is_some_and(|f| f.original_pending),
            "only the same token"
        );
        live.original_answered(1, "b");
        assert!(live.current(1).is_some_and(|f| !f.original_pending));
        live.forget_token(1, "a");
        assert!(live.current(1).is_some());
        live.forget(1);
        assert_eq!(live.current(1), None);
    }
}

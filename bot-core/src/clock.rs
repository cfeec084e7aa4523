//! Clocks and code sources: the real ones, and the controllable ones tests use.

use std::sync::Mutex;
use std::sync::atomic::{AtomicI64, Ordering};

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha20Rng;

use crate::model::Millis;
use crate::ports::{Clock, CodeSource};

/// The wall clock.
pub struct SystemClock;

impl Clock for SystemClock {
    fn now_ms(&self) -> Millis {
        chrono::Utc::now().timestamp_millis()
    }
}

/// A clock that moves only when told to: transcripts and simulations run
/// weeks of programme time in milliseconds.
pub struct ManualClock {
    now: AtomicI64,
}

impl ManualClock {
    pub fn new(start: Millis) -> Self {
        Self {
            now: AtomicI64::new(start),
        }
    }

    pub fn advance(&self, ms: i64) {
        self.now.fetch_add(ms, Ordering::SeqCst);
    }

    pub fn set(&self, at: Millis) {
        self.now.store(at, Ordering::SeqCst);
    }
}

impl Clock for ManualClock {
    fn now_ms(&self) -> Millis {
        self.now.load(Ordering::SeqCst)
    }
}

/// Letters and digits that cannot be mistaken for each other when read aloud
/// or typed from a phone: no 0/O, no 1/I/L.
const ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";

/// Random codes from the operating system's generator, or from a seed in tests.
pub struct RandomCodes {
    rng: Mutex<ChaCha20Rng>,
}

impl RandomCodes {
    pub fn from_entropy() -> Self {
        Self {
            rng: Mutex::new(ChaCha20Rng::from_os_rng()),
        }
    }

    pub fn seeded(seed: u64) -> Self {
        Self {
            rng: Mutex::new(ChaCha20Rng::seed_from_u64(seed)),
        }
    }
}

impl CodeSource for RandomCodes {
    fn code(&self, len: usize) -> String {
        // A poisoned lock only means another thread panicked mid-draw; the
        // generator state is still usable.
        let mut rng = self
            .rng
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        (0..len)
            .map(|_| ALPHABET[rng.random_range(0..ALPHABET.len())] as char)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seeded_codes_repeat_and_avoid_lookalikes() {
        let a = RandomCodes::seeded(7).code(12);
        assert_eq!(a, RandomCodes::seeded(7).code(12));
        assert_eq!(a.len(), 12);
        assert!(!a.contains(['0', 'O', '1', 'I', 'L']));
    }

    #[test]
    fn manual_clock_moves_when_told() {
        let clock = ManualClock::new(1_000);
        clock.advance(500);
        assert_eq!(clock.now_ms(), 1_500);
    }
}

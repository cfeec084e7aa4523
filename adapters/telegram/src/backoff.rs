//! Waiting after a failure: 1 s, 2 s, 4 s … up to a minute, cut short by a stop.

use std::time::Duration;

use tokio::sync::watch;

const FIRST: Duration = Duration::from_secs(1);
const MAX: Duration = Duration::from_secs(60);

#[derive(Debug, Default)]
pub struct Backoff {
    failures: u32,
}

impl Backoff {
    pub fn reset(&mut self) {
        self.failures = 0;
    }

    pub fn next_delay(&mut self) -> Duration {
        let delay = FIRST.saturating_mul(1 << self.failures.min(6)).min(MAX);
        self.failures = self.failures.saturating_add(1);
        delay
    }

    /// Waits for the next delay; false if `stop` turned true meanwhile.
    pub async fn wait(&mut self, stop: &mut watch::Receiver<bool>) -> bool {
        pause(self.next_delay(), stop).await
    }
}

/// Sleeps for `delay`; false if `stop` turned true (or its sender is gone) meanwhile.
pub async fn pause(delay: Duration, stop: &mut watch::Receiver<bool>) -> bool {
    if *stop.borrow() {
        return false;
    }
    tokio::select! {
        _ = tokio::time::sleep(delay) => {}
        _ = stopped(stop) => return false,
    }
    !*stop.borrow()
}

/// Resolves when `stop` turns true or its sender is gone. (Holds no borrow
/// of the value, so a `select!` on it may await in its other arms.)
pub async fn stopped(stop: &mut watch::Receiver<bool>) {
    let _ = stop.wait_for(|stopped| *stopped).await;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delays_double_up_to_a_minute() {
        let mut backoff = Backoff::default();
        let delays: Vec<u64> = (0..8).map(|_| backoff.next_delay().as_secs()).collect();
        assert_eq!(delays, vec![1, 2, 4, 8, 16, 32, 60, 60]);
        backoff.reset();
        assert_eq!(backoff.next_delay().as_secs(), 1);
    }

    #[tokio::test]
    async fn a_stop_cuts_the_pause_short() {
        let (stop, mut stopped) = watch::channel(false);
        let waiting =
            tokio::spawn(async move { pause(Duration::from_secs(30), &mut stopped).await });
        stop.send(true).expect("send");
        assert!(!waiting.await.expect("joins"));
    }
}

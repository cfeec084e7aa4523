//! At most one quick retry, and only while the first attempt left most of
//! the time budget (the caller bounds the whole thing with its timeout).

use std::future::Future;
use std::time::Duration;

use async_openai::error::OpenAIError;
use tokio::time::Instant;

use crate::failure::is_retryable;

/// The pause before the second attempt.
pub(crate) const RETRY_DELAY: Duration = Duration::from_millis(250);

/// Runs `attempt`, and once more after [`RETRY_DELAY`] when it was rate
/// limited or met a server error and at least half of `budget` remains.
pub(crate) async fn at_most_once_more<T, F, Fut>(
    budget: Duration,
    attempt: F,
) -> Result<T, OpenAIError>
where
    F: Fn() -> Fut,
    Fut: Future<Output = Result<T, OpenAIError>>,
{
    let started = Instant::now();
    match attempt().await {
        Err(error) if is_retryable(&error) && started.elapsed() + RETRY_DELAY < budget / 2 => {
            tracing::debug!("language model busy or failing; retrying once");
            tokio::time::sleep(RETRY_DELAY).await;
            attempt().await
        }
        result => result,
    }
}

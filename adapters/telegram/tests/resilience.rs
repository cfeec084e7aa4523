//! Without any Telegram server: the adapter keeps trying with backoff while
//! the Bot API cannot be reached, and still shuts down at once when told.

mod common;

use std::time::{Duration, Instant};

use bot_core::config::CoreConfig;
use common::RunningBot;
use telegram_adapter::TelegramConfig;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unreachable_server_is_retried_and_shutdown_stays_clean() {
    // A port that nothing listens on.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port();
    let url = format!("http://127.0.0.1:{port}");
    let bot = RunningBot::start(&url, CoreConfig::default(), TelegramConfig::default()).await;
    // Long enough for a few failed attempts.
    tokio::time::sleep(Duration::from_millis(2500)).await;
    let started = Instant::now();
    bot.shut_down().await;
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "shutting down took {:?}",
        started.elapsed()
    );
}

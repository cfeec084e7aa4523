use bot_core::ports::StoreError;

#[derive(Debug, thiserror::Error)]
pub enum DiscordError {
    #[error("discord configuration: {0}")]
    Config(String),
    /// Discord refused the token: nothing will work until it is fixed.
    #[error(
        "Discord rejected the bot token (HTTP 401); check {}",
        crate::config::TOKEN_VAR
    )]
    Unauthorized,
    /// Boxed: serenity's error is large, and this one travels in every `Result`.
    #[error("Discord API: {0}")]
    Api(Box<serenity::Error>),
    #[error("interactions endpoint: {0}")]
    Endpoint(#[from] std::io::Error),
    #[error("store: {0}")]
    Store(#[from] StoreError),
}

impl From<serenity::Error> for DiscordError {
    fn from(error: serenity::Error) -> Self {
        Self::Api(Box::new(error))
    }
}

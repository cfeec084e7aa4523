use crate::ports::StoreError;

/// Why a command could not be handled. The person sees only a localized
/// apology; the log has this.
#[derive(Debug, thiserror::Error)]
pub enum CoreError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("inconsistent state: {0}")]
    State(String),
}

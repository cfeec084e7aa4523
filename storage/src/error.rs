//! Errors: [`StorageError`] for setting the database up, and the mapping of
//! sqlx errors onto the core's [`StoreError`] for everything after that.

use std::path::PathBuf;

use bot_core::ports::StoreError;

/// Why [`connect`](crate::connect) could not give a working store.
#[derive(Debug, thiserror::Error)]
pub enum StorageError {
    /// Only the scheme is kept: the rest of a URL may hold a password.
    #[error("unsupported database URL scheme {0:?}: use sqlite:// or postgres://")]
    UnsupportedUrl(String),
    #[error("cannot create the database directory {}: {source}", path.display())]
    CreateDir {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("cannot open the database: {0}")]
    Connect(#[source] sqlx::Error),
    #[error("cannot migrate the database: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
}

/// Maps a failed statement onto the core's error. Unique violations become
/// `Conflict` because callers retry those (e.g. with a new random code).
pub(crate) fn db(error: sqlx::Error) -> StoreError {
    match &error {
        sqlx::Error::Database(e) if e.is_unique_violation() => {
            StoreError::Conflict(e.message().to_owned())
        }
        sqlx::Error::ColumnDecode { .. }
        | sqlx::Error::Decode(_)
        | sqlx::Error::ColumnNotFound(_) => StoreError::Corrupt(error.to_string()),
        _ => StoreError::Database(error.to_string()),
    }
}

pub(crate) fn corrupt(what: impl std::fmt::Display) -> StoreError {
    StoreError::Corrupt(what.to_string())
}

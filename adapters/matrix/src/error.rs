//! What can stop the Matrix adapter from starting.

#[derive(Debug, thiserror::Error)]
pub enum MatrixError {
    #[error("Matrix configuration: {0}")]
    Config(String),
    #[error("Matrix store folder {path}: {source}")]
    StoreFolder {
        path: String,
        #[source]
        source: std::io::Error,
    },
    /// Boxed: the SDK's error is large and this one travels through every `?`.
    #[error("opening the Matrix client and its store: {0}")]
    Build(Box<matrix_sdk::ClientBuildError>),
    #[error("signing in to Matrix: {0}")]
    Login(String),
    #[error("the saved Matrix session in {path} is unusable: {reason}")]
    Session { path: String, reason: String },
}

impl From<matrix_sdk::ClientBuildError> for MatrixError {
    fn from(error: matrix_sdk::ClientBuildError) -> Self {
        Self::Build(Box::new(error))
    }
}

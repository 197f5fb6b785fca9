use thiserror::Error;

use crate::actions::LogError;
use crate::domain::NetworkError;
use crate::storage::StorageError;

/// Why a session operation failed.
#[derive(Debug, Error)]
pub enum SessionError {
    /// The data folder could not be read or written.
    #[error(transparent)]
    Storage(#[from] StorageError),
    /// A change broke a rule of the network; nothing was changed.
    #[error("the change was not made: {0}")]
    Network(#[from] NetworkError),
    /// A log entry was refused.
    #[error(transparent)]
    Log(#[from] LogError),
    /// The session was opened read-only.
    #[error("this data folder is open read-only, so nothing can be changed")]
    ReadOnly,
}

impl SessionError {
    /// The error as the window and the command line's human output say it, in this
    /// thread's language (`Display` stays English, for logs). A broken network rule is an
    /// internal check, so its detail (record kinds and ids) stays as the core words it.
    pub fn spoken(&self) -> String {
        match self {
            Self::Storage(error) => error.spoken(),
            Self::Network(error) => crate::i18n::tr!(
                "session-change-not-made",
                detail = crate::i18n::tr!("error-network-rule", detail = error.to_string())
            ),
            Self::Log(error) => error.spoken(),
            Self::ReadOnly => crate::i18n::tr!("session-read-only"),
        }
    }
}

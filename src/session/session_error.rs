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

use thiserror::Error;

use crate::storage::StorageError;

/// Why an export could not be produced.
#[derive(Debug, Error)]
pub enum ExportError {
    /// The network could not be written as RON.
    #[error("the network could not be written as RON: {0}")]
    Ron(#[from] StorageError),
    /// The CSV writer failed.
    #[error("the CSV could not be written: {0}")]
    Csv(String),
}

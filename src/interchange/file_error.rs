use std::path::PathBuf;

use thiserror::Error;

use crate::storage::StorageError;

use super::ExportError;

/// Why an import file could not be read or an export could not be written.
#[derive(Debug, Error)]
pub enum FileError {
    /// The import file could not be read.
    #[error("{} could not be read: {source}", path.display())]
    Read {
        /// The file.
        path: PathBuf,
        /// The operating system's error.
        source: std::io::Error,
    },
    /// The export could not be produced.
    #[error(transparent)]
    Export(#[from] ExportError),
    /// The export could not be written.
    #[error(transparent)]
    Write(#[from] StorageError),
}

use std::path::PathBuf;

use thiserror::Error;

use crate::domain::NetworkError;

/// What can go wrong with the data folder. Every message names the file and says what to do.
#[derive(Debug, Error)]
pub enum StorageError {
    /// Reading or writing failed (permissions, full disk, missing folder).
    #[error("could not {action} {}: {source}", path.display())]
    Io {
        /// What was being done ("write", "read", …).
        action: &'static str,
        /// The file or folder.
        path: PathBuf,
        /// The operating system's error.
        source: std::io::Error,
    },
    /// The file is not valid RON or does not match the format.
    #[error(
        "{} is damaged at line {line}, column {column}: {message}. It was left untouched; \
         restore a backup (`dunbar backups`, `dunbar restore NAME`) or fix the file by hand",
        path.display()
    )]
    Parse {
        /// The file.
        path: PathBuf,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// The parser's message.
        message: String,
    },
    /// The file was written by a newer Dunbar.
    #[error(
        "{} has format version {found}, but this Dunbar reads up to version {supported}. \
         It was left untouched; update Dunbar to open it",
        path.display()
    )]
    NewerVersion {
        /// The file.
        path: PathBuf,
        /// Its version.
        found: u32,
        /// The newest version this build reads.
        supported: u32,
    },
    /// The file parses but breaks a rule of the network (e.g. a dangling reference).
    #[error(
        "{} is inconsistent: {source}. It was left untouched; restore a backup \
         (`dunbar backups`, `dunbar restore NAME`)",
        path.display()
    )]
    Inconsistent {
        /// The file.
        path: PathBuf,
        /// The broken rule.
        source: NetworkError,
    },
    /// Another process holds the lock.
    #[error(
        "{} is open in another Dunbar ({holder}); close it first, or use a read-only command",
        path.display()
    )]
    Locked {
        /// The data folder's lock file.
        path: PathBuf,
        /// Who holds it, as written in the lock file.
        holder: String,
    },
    /// The network could not be serialised (should not happen).
    #[error("could not write the network as RON: {0}")]
    Serialise(String),
    /// No backup with that name.
    #[error("there is no backup called {name} in {}; `dunbar backups` lists them", dir.display())]
    NoSuchBackup {
        /// The name asked for.
        name: String,
        /// The backup folder.
        dir: PathBuf,
    },
}

impl StorageError {
    /// Wraps an IO error with what was being done and where.
    pub fn io(action: &'static str, path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Self::Io {
            action,
            path: path.into(),
            source,
        }
    }
}

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
        "{}{} is inconsistent: {source}. It was left untouched; restore a backup \
         (`dunbar backups`, `dunbar restore NAME`)",
        path.display(),
        line.map(|l| format!(" at line {l}")).unwrap_or_default()
    )]
    Inconsistent {
        /// The file.
        path: PathBuf,
        /// The line of the record that breaks the rule, where the file has one.
        line: Option<usize>,
        /// The broken rule.
        source: NetworkError,
    },
    /// The file has a field this build does not know: saving would drop it, so the file is
    /// refused like a newer version.
    #[error(
        "{} has a field this Dunbar does not know, `{field}`{} at line {line}, column \
         {column}; it was probably written by a newer Dunbar. It was left untouched (saving \
         would drop that field); update Dunbar to open it, or remove the field by hand",
        path.display(),
        record.as_ref().map(|r| format!(" in {r}")).unwrap_or_default()
    )]
    UnknownField {
        /// The file.
        path: PathBuf,
        /// The unknown field's name.
        field: String,
        /// The kind of record holding it, when known.
        record: Option<String>,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
    },
    /// The data file is a FIFO, a device or a folder, which is never read.
    #[error(
        "{} is not a regular file (a FIFO, a device or a folder), so it was not read; \
         put the network file there, or restore a backup (`dunbar backups`)",
        path.display()
    )]
    NotAFile {
        /// The path.
        path: PathBuf,
    },
    /// The data file is far larger than any network, so it is not read into memory.
    #[error(
        "{} is too large to be a Dunbar network ({size} bytes, the limit is {limit}), so it \
         was not read; restore a backup (`dunbar backups`)",
        path.display()
    )]
    TooLarge {
        /// The file.
        path: PathBuf,
        /// Its size in bytes.
        size: u64,
        /// The largest size read.
        limit: u64,
    },
    /// Another process holds the lock.
    #[error(
        "{} is open in another Dunbar ({}); close it first, or use a read-only command",
        path.display(),
        super::data_lock::holder_in_words(holder)
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

    /// The error as the window and the command line's human output say it, in this
    /// thread's language (`Display` stays English, for logs). The operating system's own
    /// words and the parser's message are quoted as they come.
    pub fn spoken(&self) -> String {
        use crate::i18n::tr;
        match self {
            Self::Io {
                action,
                path,
                source,
            } => tr!(
                "storage-io",
                action = action.to_string(),
                path = path.display().to_string(),
                source = source.to_string()
            ),
            Self::Parse {
                path,
                line,
                column,
                message,
            } => tr!(
                "storage-parse",
                path = path.display().to_string(),
                line = line.to_owned(),
                column = column.to_owned(),
                message = message.as_str()
            ),
            Self::NewerVersion {
                path,
                found,
                supported,
            } => tr!(
                "storage-newer",
                path = path.display().to_string(),
                found = found.to_owned(),
                supported = supported.to_owned()
            ),
            Self::Inconsistent { path, line, source } => tr!(
                "storage-inconsistent",
                path = path.display().to_string(),
                line = line.map_or_else(String::new, |l| tr!("storage-at-line", line = l)),
                source = source.to_string()
            ),
            Self::UnknownField {
                path,
                field,
                record,
                line,
                column,
            } => tr!(
                "storage-unknown-field",
                path = path.display().to_string(),
                field = field.as_str(),
                record = record.as_ref().map_or_else(String::new, |r| tr!(
                    "storage-in-record",
                    record = r.as_str()
                )),
                line = line.to_owned(),
                column = column.to_owned()
            ),
            Self::NotAFile { path } => {
                tr!("storage-not-a-file", path = path.display().to_string())
            }
            Self::TooLarge { path, size, limit } => tr!(
                "storage-too-large",
                path = path.display().to_string(),
                size = size.to_string(),
                limit = limit.to_string()
            ),
            Self::Locked { path, holder } => tr!(
                "storage-locked",
                path = path.display().to_string(),
                holder = super::data_lock::holder_in_words(holder)
            ),
            Self::Serialise(message) => tr!("storage-serialise", message = message.as_str()),
            Self::NoSuchBackup { name, dir } => tr!(
                "storage-no-backup",
                name = name.as_str(),
                dir = dir.display().to_string()
            ),
        }
    }
}

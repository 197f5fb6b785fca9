use std::path::PathBuf;

use chrono::NaiveDateTime;

/// One backup of the data file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Backup {
    /// File name, used to restore it (`dunbar restore NAME`).
    pub name: String,
    /// Full path.
    pub path: PathBuf,
    /// When it was taken (from its name).
    pub taken_at: NaiveDateTime,
    /// Size in bytes.
    pub size: u64,
    /// A conflict copy (another device's version met unsaved changes) rather than a backup.
    pub conflict: bool,
}

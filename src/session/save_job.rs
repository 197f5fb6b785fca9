use std::sync::Arc;

use chrono::NaiveDateTime;

use crate::domain::Network;
use crate::storage::{DataFolder, DataLock, FileStamp, StorageError, WriteOutcome};

use super::session::write_holding;

/// A save prepared on the UI thread and run on another: it owns a snapshot of the network.
#[derive(Debug)]
pub struct SaveJob {
    pub(super) folder: DataFolder,
    pub(super) lock: Option<Arc<DataLock>>,
    pub(super) network: Network,
    pub(super) revision: u64,
    pub(super) expected: Option<FileStamp>,
}

/// The result of a `SaveJob`, handed back to the session.
#[derive(Debug)]
pub struct SaveResult {
    pub(super) revision: u64,
    pub(super) outcome: Result<WriteOutcome, StorageError>,
}

impl SaveJob {
    /// Serialises and writes (slow: run it off the UI thread).
    pub fn run(self, now: NaiveDateTime) -> SaveResult {
        SaveResult {
            revision: self.revision,
            outcome: write_holding(&self.folder, self.lock.as_deref(), |folder| {
                folder.write(&self.network, self.expected, now)
            }),
        }
    }
}

impl SaveResult {
    /// The error, if the save failed.
    pub fn error(&self) -> Option<&StorageError> {
        self.outcome.as_ref().err()
    }
}

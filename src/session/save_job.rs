use std::path::PathBuf;
use std::sync::Arc;

use chrono::NaiveDateTime;

use crate::domain::Network;
use crate::merge::{MergeReport, merge};
use crate::storage::{DataFolder, DataLock, FileStamp, StorageError, WriteOutcome};

use super::session::write_holding;

/// Times a save reads, merges and writes again when the data file keeps changing under it.
const MERGE_ROUNDS: usize = 3;

/// A save prepared on the UI thread and run on another: it owns a snapshot of the network.
/// Before writing it merges in another device's version of the data file and any conflict
/// file a sync tool left beside it, so nothing on disk is ever clobbered.
#[derive(Debug)]
pub struct SaveJob {
    pub(super) folder: DataFolder,
    pub(super) lock: Option<Arc<DataLock>>,
    pub(super) network: Network,
    pub(super) revision: u64,
    pub(super) expected: Option<FileStamp>,
    /// Versions of files already found unreadable (not read again while unchanged).
    pub(super) unreadable: Vec<(PathBuf, FileStamp)>,
}

/// The result of a `SaveJob`, handed back to the session.
#[derive(Debug)]
pub struct SaveResult {
    pub(super) revision: u64,
    pub(super) now: NaiveDateTime,
    pub(super) snapshot: Network,
    pub(super) outcome: Result<SaveDone, StorageError>,
}

/// What a save job did.
#[derive(Debug)]
pub(super) enum SaveDone {
    /// The data file holds `network` (the snapshot, or it merged with other versions).
    Written {
        stamp: FileStamp,
        network: Box<Network>,
        /// What other versions brought (`None`: none merged).
        merged: Option<(MergeReport, Vec<PathBuf>)>,
        /// Conflict files merged in, to move into the backups.
        absorbed: Vec<PathBuf>,
        /// Files found unreadable (left alone).
        problems: Vec<(PathBuf, FileStamp, String)>,
    },
    /// Nothing written: the data file does not open, or kept changing.
    NotWritten {
        problems: Vec<(PathBuf, FileStamp, String)>,
    },
}

impl SaveJob {
    /// Merges what other devices wrote, serialises and writes (slow: run it off the UI
    /// thread).
    pub fn run(self, now: NaiveDateTime) -> SaveResult {
        let snapshot = self.network.clone();
        let outcome = self.merge_and_write(now);
        SaveResult {
            revision: self.revision,
            now,
            snapshot,
            outcome,
        }
    }

    fn known_unreadable(&self, path: &PathBuf) -> bool {
        self.unreadable
            .iter()
            .any(|(p, stamp)| p == path && !stamp.differs_from_disk(path))
    }

    fn merge_and_write(&self, now: NaiveDateTime) -> Result<SaveDone, StorageError> {
        let mut network = self.network.clone();
        let mut report: Option<(MergeReport, Vec<PathBuf>)> = None;
        let mut absorbed = Vec::new();
        let mut problems = Vec::new();
        let mut take = |network: &mut Network, other: &Network, from: PathBuf| {
            let merged = merge(network, other).map_err(|e| e.to_string())?;
            *network = merged.network;
            let (all, files) = report.get_or_insert_with(Default::default);
            absorb(all, merged.report);
            files.push(from);
            Ok::<(), String>(())
        };
        for path in self.folder.sync_conflicts() {
            if self.known_unreadable(&path) {
                continue;
            }
            let result = DataFolder::read_other(&path)
                .map_err(|e| e.spoken())
                .and_then(|(other, _)| take(&mut network, &other, path.clone()));
            match result {
                Ok(()) => absorbed.push(path),
                Err(problem) => {
                    if let Some(stamp) = FileStamp::of_disk(&path) {
                        problems.push((path, stamp, problem));
                    }
                }
            }
        }
        let data = self.folder.network_path();
        let mut expected = self.expected;
        for _ in 0..MERGE_ROUNDS {
            let changed = match expected {
                Some(stamp) => stamp.differs_from_disk(&data),
                None => data.exists(),
            };
            if changed {
                if self.known_unreadable(&data) {
                    return Ok(SaveDone::NotWritten { problems });
                }
                match self.folder.read() {
                    Ok(Some((other, stamp))) => {
                        take(&mut network, &other, data.clone()).map_err(|message| {
                            StorageError::Parse {
                                path: data.clone(),
                                line: 0,
                                column: 0,
                                message,
                            }
                        })?;
                        expected = Some(stamp);
                    }
                    Ok(None) => expected = None,
                    // The folder or the disk failed: a failed save, said and retried.
                    Err(error @ StorageError::Io { .. }) => return Err(error),
                    Err(error) => {
                        if let Some(stamp) = FileStamp::of_disk(&data) {
                            problems.push((data.clone(), stamp, error.spoken()));
                        }
                        return Ok(SaveDone::NotWritten { problems });
                    }
                }
            }
            let outcome = write_holding(&self.folder, self.lock.as_deref(), |folder| {
                folder.write(&network, expected, now)
            })?;
            if let WriteOutcome::Saved(stamp) = outcome {
                return Ok(SaveDone::Written {
                    stamp,
                    network: Box::new(network),
                    merged: report,
                    absorbed,
                    problems,
                });
            }
        }
        Ok(SaveDone::NotWritten { problems })
    }
}

/// Adds one merge's report to the reports of earlier merges of the same save.
pub(super) fn absorb(into: &mut MergeReport, report: MergeReport) {
    for (device, changes) in report.devices {
        let slot = into.devices.entry(device).or_default();
        slot.contacts_added += changes.contacts_added;
        slot.contacts_edited.extend(changes.contacts_edited);
        slot.touches_added += changes.touches_added;
        slot.others_added += changes.others_added;
        slot.others_edited += changes.others_edited;
        slot.deleted += changes.deleted;
        slot.settings_changed |= changes.settings_changed;
    }
    into.device_names.extend(report.device_names);
    into.clashes.extend(report.clashes);
}

impl SaveResult {
    /// The error, if the save failed.
    pub fn error(&self) -> Option<&StorageError> {
        self.outcome.as_ref().err()
    }
}

use std::path::Path;

use chrono::NaiveDateTime;

use crate::actions::{Action, History};
use crate::domain::{Network, NetworkError};
use crate::storage::{Backup, DataFolder, DataLock, FileStamp, WriteOutcome};

use super::{Access, SaveJob, SaveReport, SaveResult, SessionError};

/// An open network: the one place that locks, loads, applies changes with undo/redo, and
/// saves. The window and the command line both work through it.
#[derive(Debug)]
pub struct Session {
    folder: DataFolder,
    lock: Option<DataLock>,
    network: Network,
    history: History,
    /// The data file as we last read or wrote it (`None`: there was no file).
    stamp: Option<FileStamp>,
    /// Bumped by every change, undo and redo.
    revision: u64,
    /// The revision that is on disk.
    saved_revision: u64,
}

impl Session {
    /// Opens the network in `dir` (an empty network when there is no file yet). With
    /// `ReadWrite` it takes the folder's lock first; `holder` says who, for the message
    /// another process will see ("the Dunbar window", "dunbar log").
    pub fn open(dir: &Path, access: Access, holder: &str) -> Result<Self, SessionError> {
        let folder = DataFolder::new(dir);
        let lock = match access {
            Access::ReadWrite => {
                folder.prepare()?;
                Some(DataLock::acquire(dir, holder)?)
            }
            Access::ReadOnly => None,
        };
        let (network, stamp) = match folder.read()? {
            Some((network, stamp)) => (network, Some(stamp)),
            None => (Network::new(), None),
        };
        Ok(Self {
            folder,
            lock,
            network,
            history: History::new(History::DEFAULT_LIMIT),
            stamp,
            revision: 0,
            saved_revision: 0,
        })
    }

    /// Opens `dir` for writing and replaces whatever network it has with `network` (for
    /// `generate` and the demo). The change is unsaved until `save`.
    pub fn create_with(dir: &Path, network: Network, holder: &str) -> Result<Self, SessionError> {
        let mut session = Self::open(dir, Access::ReadWrite, holder)?;
        session.network = network;
        session.network.validate_and_index()?;
        session.history.clear();
        session.revision += 1;
        Ok(session)
    }

    /// The network.
    pub fn network(&self) -> &Network {
        &self.network
    }

    /// The data folder.
    pub fn folder(&self) -> &DataFolder {
        &self.folder
    }

    /// Whether changes are refused.
    pub fn is_read_only(&self) -> bool {
        self.lock.is_none()
    }

    /// Undo/redo state, for labels.
    pub fn history(&self) -> &History {
        &self.history
    }

    /// A number that changes with every change, undo and redo (for caches).
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// The data file as this session last read or wrote it (`None`: there was none).
    pub fn disk_stamp(&self) -> Option<FileStamp> {
        self.stamp
    }

    /// Changes not yet on disk.
    pub fn has_unsaved_changes(&self) -> bool {
        self.revision != self.saved_revision
    }

    fn writable(&self) -> Result<(), SessionError> {
        if self.is_read_only() {
            Err(SessionError::ReadOnly)
        } else {
            Ok(())
        }
    }

    /// Applies one change as one undo step. On error nothing changed.
    pub fn apply(&mut self, action: Action) -> Result<(), SessionError> {
        self.writable()?;
        self.history.apply(&mut self.network, action)?;
        self.revision += 1;
        Ok(())
    }

    /// Undoes the last step; returns its label (`None`: nothing to undo).
    pub fn undo(&mut self) -> Result<Option<String>, SessionError> {
        self.step_history(History::undo)
    }

    /// Redoes the last undone step; returns its label.
    pub fn redo(&mut self) -> Result<Option<String>, SessionError> {
        self.step_history(History::redo)
    }

    /// Undo and redo: one step through the history, counted as a change when it moved.
    fn step_history(
        &mut self,
        step: fn(&mut History, &mut Network) -> Result<Option<String>, NetworkError>,
    ) -> Result<Option<String>, SessionError> {
        self.writable()?;
        let label = step(&mut self.history, &mut self.network)?;
        if label.is_some() {
            self.revision += 1;
        }
        Ok(label)
    }

    /// Saves now, on this thread (the command line). A failed save keeps the changes in
    /// memory, so it can be retried.
    pub fn save(&mut self, now: NaiveDateTime) -> Result<SaveReport, SessionError> {
        if !self.has_unsaved_changes() {
            return Ok(SaveReport::NothingToSave);
        }
        self.writable()?;
        let outcome = self.folder.write(&self.network, self.stamp, now);
        self.finish_save(SaveResult {
            revision: self.revision,
            outcome,
        })
    }

    /// Prepares a save to run on another thread (`None` when there is nothing to save).
    pub fn begin_save(&self) -> Option<SaveJob> {
        if !self.has_unsaved_changes() || self.is_read_only() {
            return None;
        }
        Some(SaveJob {
            folder: self.folder.clone(),
            network: self.network.clone(),
            revision: self.revision,
            expected: self.stamp,
        })
    }

    /// Takes in the result of a save. On a conflict our version is in the conflict copy and
    /// the session switches to the file on disk (the other device's).
    pub fn finish_save(&mut self, result: SaveResult) -> Result<SaveReport, SessionError> {
        match result.outcome? {
            WriteOutcome::Saved(stamp) => {
                self.stamp = Some(stamp);
                self.saved_revision = result.revision;
                Ok(SaveReport::Saved)
            }
            WriteOutcome::Conflict { copy } => {
                if let Some((network, stamp)) = self.folder.read()? {
                    self.network = network;
                    self.stamp = Some(stamp);
                    self.history.clear();
                    self.revision += 1;
                    self.saved_revision = self.revision;
                }
                Ok(SaveReport::Conflict { copy })
            }
        }
    }

    /// If the file changed on disk (another device) and there are no local changes, reloads
    /// it and returns `true`. With local changes it does nothing: the next save keeps both.
    pub fn reload_if_changed(&mut self) -> Result<bool, SessionError> {
        let path = self.folder.network_path();
        let changed = match self.stamp {
            Some(stamp) => stamp.differs_from_disk(&path),
            None => path.exists(),
        };
        if !changed || self.has_unsaved_changes() {
            return Ok(false);
        }
        if let Some((network, stamp)) = self.folder.read()? {
            self.network = network;
            self.stamp = Some(stamp);
            self.history.clear();
            self.revision += 1;
            self.saved_revision = self.revision;
            return Ok(true);
        }
        Ok(false)
    }

    /// Makes a backup the current network (the current file is kept as a backup first).
    /// Works even when the current file is damaged, so it does not need an open session.
    pub fn restore(
        dir: &Path,
        backup_name: &str,
        holder: &str,
        now: NaiveDateTime,
    ) -> Result<Backup, SessionError> {
        let folder = DataFolder::new(dir);
        folder.prepare()?;
        let _lock = DataLock::acquire(dir, holder)?;
        let backup = folder.backup_named(backup_name)?;
        folder.restore(&backup, now)?;
        Ok(backup)
    }

    /// Restores a backup into this open session (the window's Settings → Backups).
    pub fn restore_here(
        &mut self,
        backup_name: &str,
        now: NaiveDateTime,
    ) -> Result<Backup, SessionError> {
        self.writable()?;
        let backup = self.folder.backup_named(backup_name)?;
        let stamp = self.folder.restore(&backup, now)?;
        let network = self.folder.read_backup(&backup)?;
        self.network = network;
        self.stamp = Some(stamp);
        self.history.clear();
        self.revision += 1;
        self.saved_revision = self.revision;
        Ok(backup)
    }

    /// The newest backup that opens cleanly (offered when the data file is damaged).
    pub fn latest_good_backup(dir: &Path) -> Option<Backup> {
        DataFolder::new(dir)
            .latest_good_backup()
            .map(|(backup, _)| backup)
    }
}

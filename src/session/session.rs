use super::uid_minting::with_minted_uids;
use std::collections::VecDeque;
use std::path::Path;
use std::sync::Arc;

use chrono::NaiveDateTime;

use crate::actions::{Action, History, Touched};
use crate::domain::{Network, NetworkError};
use crate::storage::{Backup, DataFolder, DataLock, FileStamp, StorageError, WriteOutcome};

use super::{Access, SaveJob, SaveReport, SaveResult, SessionError};

/// An open network: the one place that locks, loads, applies changes with undo/redo, and
/// saves. The window and the command line both work through it.
#[derive(Debug)]
pub struct Session {
    folder: DataFolder,
    /// Shared with save jobs, which check it is still held before writing.
    lock: Option<Arc<DataLock>>,
    network: Network,
    history: History,
    /// The data file as we last read or wrote it (`None`: there was no file).
    stamp: Option<FileStamp>,
    /// Bumped by every change, undo and redo.
    revision: u64,
    /// The revision that is on disk.
    saved_revision: u64,
    /// What each of the last revisions touched, oldest first, so caches of the window can
    /// update a few rows instead of rebuilding all of them (`changes_since`).
    journal: VecDeque<(u64, Touched)>,
}

/// Revisions the journal remembers; a cache further behind rebuilds.
const JOURNAL_LEN: usize = 64;
/// Past this many contacts a step is recorded as touching everything: a cache rebuilds
/// anyway, and the journal stays small.
const JOURNAL_MAX_CONTACTS: usize = 4096;

impl Session {
    /// Opens the network in `dir` (a folder, or a `DataFolder` with its cache folder; an
    /// empty network when there is no file yet). With `ReadWrite` it takes the folder's
    /// lock first, then clears what crashed saves left; `holder` says who, for the message
    /// another process will see ("the Dunbar window", "dunbar log").
    pub fn open(
        dir: impl Into<DataFolder>,
        access: Access,
        holder: &str,
    ) -> Result<Self, SessionError> {
        let folder = dir.into();
        let lock = match access {
            Access::ReadWrite => {
                folder.prepare()?;
                let lock = DataLock::acquire(folder.dir(), holder)?;
                folder.clear_leftovers();
                Some(Arc::new(lock))
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
            journal: VecDeque::new(),
        })
    }

    /// Opens `dir` for writing and replaces whatever network it has with `network` (for
    /// `generate` and the demo). The change is unsaved until `save`.
    pub fn create_with(
        dir: impl Into<DataFolder>,
        network: Network,
        holder: &str,
    ) -> Result<Self, SessionError> {
        let mut session = Self::open(dir, Access::ReadWrite, holder)?;
        session.network = network;
        session.network.validate_and_index()?;
        session.history.clear();
        session.bump(Touched::Everything);
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

    /// What changed between `revision` and now: the contacts touched, or everything when
    /// the journal does not reach that far back (or the whole network was replaced).
    pub fn changes_since(&self, revision: u64) -> Touched {
        if revision == self.revision {
            return Touched::default();
        }
        let reaches = self
            .journal
            .front()
            .is_some_and(|(first, _)| *first <= revision.saturating_add(1));
        if revision > self.revision || !reaches {
            return Touched::Everything;
        }
        let mut touched = Touched::default();
        for (at, step) in &self.journal {
            if *at > revision {
                touched.merge(step.clone());
            }
        }
        touched
    }

    /// Counts a change and notes what it touched.
    fn bump(&mut self, touched: Touched) {
        self.revision += 1;
        let too_many = touched
            .contacts()
            .is_some_and(|ids| ids.len() > JOURNAL_MAX_CONTACTS);
        let touched = if too_many {
            Touched::Everything
        } else {
            touched
        };
        self.journal.push_back((self.revision, touched));
        while self.journal.len() > JOURNAL_LEN {
            self.journal.pop_front();
        }
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
        let action = with_minted_uids(action);
        let mut touched = action.touched();
        self.history.apply(&mut self.network, action)?;
        touched.merge(
            self.history
                .next_undo()
                .map(Action::touched)
                .unwrap_or_default(),
        );
        self.bump(touched);
        Ok(())
    }

    /// Undoes the last step; returns its label (`None`: nothing to undo).
    pub fn undo(&mut self) -> Result<Option<String>, SessionError> {
        self.step_history(History::undo, History::next_undo, History::next_redo)
    }

    /// Redoes the last undone step; returns its label.
    pub fn redo(&mut self) -> Result<Option<String>, SessionError> {
        self.step_history(History::redo, History::next_redo, History::next_undo)
    }

    /// Undo and redo: one step through the history, counted as a change when it moved.
    /// `applied` is the action the step applies, `produced` the one it leaves for the way
    /// back; together they name the contacts touched.
    fn step_history(
        &mut self,
        step: fn(&mut History, &mut Network) -> Result<Option<String>, NetworkError>,
        applied: fn(&History) -> Option<&Action>,
        produced: fn(&History) -> Option<&Action>,
    ) -> Result<Option<String>, SessionError> {
        self.writable()?;
        let mut touched = applied(&self.history)
            .map(Action::touched)
            .unwrap_or_default();
        let label = step(&mut self.history, &mut self.network)?;
        if label.is_some() {
            touched.merge(
                produced(&self.history)
                    .map(Action::touched)
                    .unwrap_or_default(),
            );
            self.bump(touched);
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
        let outcome = write_holding(&self.folder, self.lock.as_deref(), |folder| {
            folder.write(&self.network, self.stamp, now)
        });
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
            lock: self.lock.clone(),
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
                    self.bump(Touched::Everything);
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
            self.bump(Touched::Everything);
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
        folder.clear_leftovers();
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
        let stamp = write_holding(&self.folder, self.lock.as_deref(), |folder| {
            folder.restore(&backup, now)
        })?;
        let network = self.folder.read_backup(&backup)?;
        self.network = network;
        self.stamp = Some(stamp);
        self.history.clear();
        self.bump(Touched::Everything);
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

/// Runs `write` on `folder` once the folder exists and `lock` is still ours: a data folder
/// deleted under an open session is recreated with its lock taken again, and if another
/// process took it meanwhile nothing is written.
pub(super) fn write_holding<T>(
    folder: &DataFolder,
    lock: Option<&DataLock>,
    write: impl FnOnce(&DataFolder) -> Result<T, StorageError>,
) -> Result<T, StorageError> {
    folder.prepare()?;
    if let Some(lock) = lock {
        lock.ensure_held()?;
    }
    write(folder)
}

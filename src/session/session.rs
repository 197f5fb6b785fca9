use super::uid_minting::with_minted_uids;
use std::collections::VecDeque;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::NaiveDateTime;

use crate::actions::{Action, History, Touched};
use crate::domain::{Network, NetworkError, Stamp, TOMBSTONE_KEEP_DAYS};
use crate::merge::{MergeReport, merge, stamp_changes};
use crate::storage::{Backup, DataFolder, DataLock, Device, FileStamp, StorageError};

use super::save_job::SaveDone;
use super::{Access, SaveJob, SaveReport, SaveResult, SessionError, SessionNews};

/// Milliseconds in a day, for the age of tombstones.
const DAY_MS: u64 = 86_400_000;

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
    /// The network as last read from or written to the data file: a save stamps what
    /// differs from it (DESIGN §10).
    base: Network,
    /// This device: it signs stamps and picks the id range (id 0: none known).
    device: Device,
    /// Set when another device's version waits on disk (the data file changed, or a
    /// conflict file appeared): the next save merges even without local changes.
    outside: bool,
    /// Versions of files found unreadable and already reported.
    unreadable: Vec<(PathBuf, FileStamp)>,
    /// What the user should hear about (merges, unreadable files), oldest first.
    news: Vec<SessionNews>,
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
        let (mut network, stamp) = match folder.read()? {
            Some((network, stamp)) => (network, Some(stamp)),
            None => (Network::new(), None),
        };
        let device = folder.device().cloned().unwrap_or_default();
        network.set_id_prefix(device.id_prefix());
        network.raise_id_floor(device.next_id);
        let outside = lock.is_some() && !folder.sync_conflicts().is_empty();
        Ok(Self {
            folder,
            lock,
            base: network.clone(),
            network,
            history: History::new(History::DEFAULT_LIMIT),
            stamp,
            revision: 0,
            saved_revision: 0,
            journal: VecDeque::new(),
            device,
            outside,
            unreadable: Vec::new(),
            news: Vec::new(),
        })
    }

    /// This device (id 0 when none was given).
    pub fn device(&self) -> &Device {
        &self.device
    }

    /// Conflict files sync tools left beside the data file (read-only commands say they
    /// wait; a writing command or the window merges them on its next save).
    pub fn waiting_conflicts(&self) -> Vec<PathBuf> {
        self.folder.sync_conflicts()
    }

    /// What happened outside the session since last asked (merges, unreadable files).
    pub fn take_news(&mut self) -> Vec<SessionNews> {
        std::mem::take(&mut self.news)
    }

    /// Whether a save is due: local changes, or another device's version to merge.
    pub fn wants_save(&self) -> bool {
        !self.is_read_only() && (self.has_unsaved_changes() || self.outside)
    }

    /// The stamp of a change made now on this device (later than every stamp seen).
    fn tick(&self, now: NaiveDateTime) -> Stamp {
        let ms = now
            .and_local_timezone(chrono::Local)
            .earliest()
            .map_or_else(
                || now.and_utc().timestamp_millis(),
                |t| t.timestamp_millis(),
            );
        self.network
            .stamps()
            .clock()
            .tick(u64::try_from(ms).unwrap_or(0), self.device.id)
    }

    /// Stamps what changed since the data file was read or written; drops tombstones
    /// older than `TOMBSTONE_KEEP_DAYS`.
    fn stamp_changes(&mut self, now: NaiveDateTime) {
        self.remember_next_id();
        let at = self.tick(now);
        let base = self.base.clone();
        if stamp_changes(&base, &mut self.network, at) {
            let stamps = self.network.stamps_mut();
            if self.device.id != 0 && stamps.device_name(self.device.id) != Some(&self.device.name)
            {
                stamps.set_device_name(self.device.id, at, &self.device.name);
            }
            stamps.prune_tombstones(
                at.wall_ms()
                    .saturating_sub(TOMBSTONE_KEEP_DAYS.saturating_mul(DAY_MS)),
            );
        }
    }

    /// Writes the next id to mint into the device file before a save puts the ids minted
    /// so far on disk (a failure only loses the guard against reusing an id whose record
    /// sits in a conflict file of this device, which the next save retries).
    fn remember_next_id(&mut self) {
        let next = self.network.fresh_id();
        if self.device.id == 0 || next <= self.device.next_id {
            return;
        }
        if let Some(dir) = self.folder.device_dir() {
            let mut device = self.device.clone();
            device.next_id = next;
            if device.save(dir).is_ok() {
                self.device = device;
            }
        }
    }

    /// One two-way round with the vdir `dir` (DESIGN §10): what changed in the folder comes
    /// in as one undo step; then the cards of what changed here are written. Call it after
    /// a save, so the folder gets what other devices brought too; the caller saves the
    /// step it applied.
    pub fn mirror_round(
        &mut self,
        dir: &Path,
        today: chrono::NaiveDate,
        label: &str,
    ) -> Result<crate::interchange::VdirRound, SessionError> {
        self.writable()?;
        let round = crate::interchange::plan_vdir_round(&self.network, dir, today)?;
        if !round.actions.is_empty() {
            self.apply(Action::Batch {
                label: label.to_owned(),
                actions: round.actions.clone(),
            })?;
        }
        crate::interchange::finish_vdir_round(dir, &round)?;
        Ok(round)
    }

    /// Merges another version of the network (a file given to `dunbar merge`) into this
    /// one as a change to save; returns what it brought.
    pub fn merge_in(
        &mut self,
        other: &Network,
        now: NaiveDateTime,
    ) -> Result<MergeReport, SessionError> {
        self.writable()?;
        self.stamp_changes(now);
        let merged = merge(&self.network, other)?;
        if !(merged.network == self.network && merged.network.stamps() == self.network.stamps()) {
            self.network = merged.network;
            self.history.clear();
            self.bump(Touched::Everything);
        }
        Ok(merged.report)
    }

    /// Opens `dir` for writing and replaces whatever network it has with `network` (for
    /// `generate` and the demo). The change is unsaved until `save`. The new network is
    /// not stamped: merged with another device's version, both sides' records are kept.
    pub fn create_with(
        dir: impl Into<DataFolder>,
        network: Network,
        holder: &str,
    ) -> Result<Self, SessionError> {
        let mut session = Self::open(dir, Access::ReadWrite, holder)?;
        session.network = network;
        session.network.validate_and_index()?;
        session.network.set_id_prefix(session.device.id_prefix());
        // A new network, not a change of the old one: nothing to stamp (so the same seed
        // writes the same file), as if it had been written before stamps.
        session.base = session.network.clone();
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

    /// Saves now, on this thread (the command line), merging first what other devices
    /// wrote (DESIGN §10). A failed save keeps the changes in memory, so it can be retried.
    pub fn save(&mut self, now: NaiveDateTime) -> Result<SaveReport, SessionError> {
        if !self.wants_save() {
            return Ok(SaveReport::NothingToSave);
        }
        self.writable()?;
        match self.begin_save(now) {
            Some(job) => self.finish_save(job.run(now)),
            None => Ok(SaveReport::NothingToSave),
        }
    }

    /// Prepares a save to run on another thread (`None` when there is nothing to save):
    /// stamps the changes since the last save with `now`, and snapshots the network.
    pub fn begin_save(&mut self, now: NaiveDateTime) -> Option<SaveJob> {
        if !self.wants_save() {
            return None;
        }
        self.stamp_changes(now);
        Some(SaveJob {
            folder: self.folder.clone(),
            lock: self.lock.clone(),
            network: self.network.clone(),
            revision: self.revision,
            expected: self.stamp,
            unreadable: self.unreadable.clone(),
        })
    }

    /// Takes in the result of a save. When the job merged another device's version, the
    /// session shows the merged network, and whatever was changed here while the job ran
    /// is merged on top (so it is never dropped) and saved next.
    pub fn finish_save(&mut self, result: SaveResult) -> Result<SaveReport, SessionError> {
        match result.outcome? {
            SaveDone::NotWritten { problems } => {
                self.note_problems(problems);
                Ok(SaveReport::Waiting)
            }
            SaveDone::Written {
                stamp,
                network,
                merged,
                absorbed,
                problems,
            } => {
                self.note_problems(problems);
                self.stamp = Some(stamp);
                self.outside = false;
                for path in &absorbed {
                    // A conflict file that cannot be moved is merged again next time,
                    // which changes nothing.
                    let _ = self.folder.file_away(path, result.now);
                }
                let network = *network;
                let Some((report, from)) = merged else {
                    self.base = network;
                    self.saved_revision = result.revision;
                    return Ok(SaveReport::Saved);
                };
                self.base = network.clone();
                if self.revision == result.revision {
                    self.network = network;
                    self.network.set_id_prefix(self.device.id_prefix());
                    self.history.clear();
                    self.bump(Touched::Everything);
                    self.saved_revision = self.revision;
                } else {
                    // Typed while the save ran: stamp it, and merge it over what was written.
                    let at = self.tick(result.now);
                    stamp_changes(&result.snapshot, &mut self.network, at);
                    self.network = merge(&self.network, &network)?.network;
                    self.network.set_id_prefix(self.device.id_prefix());
                    self.history.clear();
                    self.bump(Touched::Everything);
                }
                if !report.is_empty() {
                    self.news.push(SessionNews::Merged {
                        report: Box::new(report),
                        from,
                    });
                }
                Ok(SaveReport::Merged)
            }
        }
    }

    /// Remembers unreadable files and says so once per version of each.
    fn note_problems(&mut self, problems: Vec<(PathBuf, FileStamp, String)>) {
        for (path, stamp, problem) in problems {
            if self
                .unreadable
                .iter()
                .any(|(p, s)| *p == path && *s == stamp)
            {
                continue;
            }
            self.unreadable.retain(|(p, _)| *p != path);
            self.unreadable.push((path.clone(), stamp));
            self.news.push(SessionNews::Unreadable { path, problem });
        }
    }

    /// Looks whether another device's version waits on disk: the data file differs from
    /// the one last read or written (by content, not only size and time), or a sync tool
    /// left a conflict file. If so the next save merges it, even without local changes;
    /// returns whether one waits.
    pub fn check_outside(&mut self) -> bool {
        if self.is_read_only() {
            return false;
        }
        let path = self.folder.network_path();
        let unreadable = |p: &Path| {
            self.unreadable
                .iter()
                .any(|(q, stamp)| q == p && !stamp.differs_from_disk(p))
        };
        let changed = match self.stamp {
            Some(stamp) => stamp.differs_from_disk(&path) && path.exists(),
            None => path.exists(),
        } && !unreadable(&path);
        let conflicts = self
            .folder
            .sync_conflicts()
            .into_iter()
            .any(|p| !unreadable(&p));
        self.outside |= changed || conflicts;
        self.outside
    }

    /// Merges at once what another device wrote, when there is something (the window
    /// calls it when the folder changes); returns whether the network changed.
    pub fn reload_if_changed(&mut self, now: NaiveDateTime) -> Result<bool, SessionError> {
        if !self.check_outside() {
            return Ok(false);
        }
        let before = self.revision;
        self.save(now)?;
        Ok(self.revision != before)
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
        let mut network = self.folder.read_backup(&backup)?;
        network.raise_id_floor(self.device.next_id);
        network.set_id_prefix(self.device.id_prefix());
        self.base = network.clone();
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

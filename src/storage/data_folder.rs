use std::fs;
use std::path::{Path, PathBuf};

use chrono::{NaiveDate, NaiveDateTime};

use crate::domain::Network;

use super::atomic_write::{remove_stale_temps, write_atomic};
use super::file_format::{from_text, to_text};
use super::open_cache::{read_cache, write_cache};
use super::{Backup, FileStamp, StorageError, WriteOutcome};

/// The data file's name.
pub const DATA_FILE: &str = "network.ron";
/// The backup folder's name (inside the data folder).
pub const BACKUP_DIR: &str = "backups";
/// Most recent backups always kept.
pub const KEEP_RECENT: usize = 10;
/// Days for which the last backup of the day is kept.
pub const KEEP_DAYS: usize = 30;

const STAMP_FORMAT: &str = "%Y%m%d-%H%M%S";

/// A data folder: `network.ron`, its backups and conflict copies.
#[derive(Clone, Debug)]
pub struct DataFolder {
    dir: PathBuf,
}

impl DataFolder {
    /// The folder (it need not exist yet).
    pub fn new(dir: impl Into<PathBuf>) -> Self {
        Self { dir: dir.into() }
    }

    /// The folder.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The data file.
    pub fn network_path(&self) -> PathBuf {
        self.dir.join(DATA_FILE)
    }

    /// The backup folder.
    pub fn backup_dir(&self) -> PathBuf {
        self.dir.join(BACKUP_DIR)
    }

    /// Creates the folder (owner-only) if needed and clears temp files of a crashed save.
    pub fn prepare(&self) -> Result<(), StorageError> {
        create_private_dir(&self.dir)?;
        remove_stale_temps(&self.dir);
        Ok(())
    }

    /// Reads the network. `Ok(None)` when there is no data file yet.
    pub fn read(&self) -> Result<Option<(Network, FileStamp)>, StorageError> {
        let path = self.network_path();
        let bytes = match fs::read(&path) {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(StorageError::io("read", path, e)),
        };
        let stamp = FileStamp::of(&path, &bytes);
        if let Some(mut network) = read_cache(&self.dir, &stamp)
            && network.validate_and_index().is_ok()
        {
            return Ok(Some((network, stamp)));
        }
        let network = parse_bytes(&path, &bytes)?;
        // The cache only speeds up the next open; failing to write it loses nothing.
        let _ = write_cache(&self.dir, &stamp, &network);
        Ok(Some((network, stamp)))
    }

    /// Saves the network, keeping a backup of the previous file. `expected` is the stamp of
    /// the file as we last saw it (`None`: we saw no file); if the file differs, it is left
    /// alone and the network goes to a conflict copy instead.
    pub fn write(
        &self,
        network: &Network,
        expected: Option<FileStamp>,
        now: NaiveDateTime,
    ) -> Result<WriteOutcome, StorageError> {
        let text = to_text(network)?;
        let outcome = self.write_text(&text, expected, now)?;
        if let WriteOutcome::Saved(stamp) = &outcome {
            // The cache only speeds up the next open; failing to write it loses nothing,
            // and a stale one is never used (its header names the RON it was made from).
            let _ = write_cache(&self.dir, stamp, network);
        }
        Ok(outcome)
    }

    /// As `write`, for text already serialised (e.g. on a background thread).
    pub fn write_text(
        &self,
        text: &str,
        expected: Option<FileStamp>,
        now: NaiveDateTime,
    ) -> Result<WriteOutcome, StorageError> {
        self.prepare()?;
        let path = self.network_path();
        let exists = path.exists();
        let changed = match expected {
            Some(stamp) => stamp.differs_from_disk(&path),
            None => exists,
        };
        if changed && exists {
            let copy = Self::unused_name(&self.dir, "network.conflict", now);
            write_atomic(&copy, text.as_bytes())?;
            return Ok(WriteOutcome::Conflict { copy });
        }
        if exists {
            self.keep_backup(&path, now)?;
        }
        write_atomic(&path, text.as_bytes())?;
        self.rotate_backups();
        Ok(WriteOutcome::Saved(FileStamp::of(&path, text.as_bytes())))
    }

    fn keep_backup(&self, current: &Path, now: NaiveDateTime) -> Result<(), StorageError> {
        let dir = self.backup_dir();
        create_private_dir(&dir)?;
        let target = Self::unused_name(&dir, "network", now);
        // A hard link is instant and keeps the old bytes even after the rename replaces the
        // data file; fall back to a copy where links are not supported.
        if fs::hard_link(current, &target).is_err() {
            fs::copy(current, &target).map_err(|e| StorageError::io("back up", &target, e))?;
        }
        Ok(())
    }

    fn unused_name(dir: &Path, stem: &str, now: NaiveDateTime) -> PathBuf {
        let stamp = now.format(STAMP_FORMAT);
        let first = dir.join(format!("{stem}-{stamp}.ron"));
        if !first.exists() {
            return first;
        }
        (1..10_000)
            .map(|n| dir.join(format!("{stem}-{stamp}-{n}.ron")))
            .find(|p| !p.exists())
            .unwrap_or(first)
    }

    /// Backups and conflict copies, newest first.
    pub fn backups(&self) -> Vec<Backup> {
        let mut found = Vec::new();
        for (dir, stem, conflict) in [
            (self.backup_dir(), "network-", false),
            (self.dir.clone(), "network.conflict-", true),
        ] {
            let Ok(entries) = fs::read_dir(&dir) else {
                continue;
            };
            for entry in entries.flatten() {
                let name = entry.file_name().to_string_lossy().into_owned();
                let Some(taken_at) = parse_stamp(&name, stem) else {
                    continue;
                };
                let size = entry.metadata().map_or(0, |m| m.len());
                found.push(Backup {
                    name,
                    path: entry.path(),
                    taken_at,
                    size,
                    conflict,
                });
            }
        }
        found.sort_by_key(|b| std::cmp::Reverse((b.taken_at, sequence(&b.name))));
        found
    }

    /// The newest backup that opens cleanly, with its network.
    pub fn latest_good_backup(&self) -> Option<(Backup, Network)> {
        self.backups()
            .into_iter()
            .filter(|b| !b.conflict)
            .find_map(|backup| {
                let bytes = fs::read(&backup.path).ok()?;
                let network = parse_bytes(&backup.path, &bytes).ok()?;
                Some((backup, network))
            })
    }

    /// Finds a backup by file name.
    pub fn backup_named(&self, name: &str) -> Result<Backup, StorageError> {
        let wanted = Path::new(name)
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        self.backups()
            .into_iter()
            .find(|b| b.name == wanted)
            .ok_or_else(|| StorageError::NoSuchBackup {
                name: name.to_owned(),
                dir: self.backup_dir(),
            })
    }

    /// Reads a backup's network (refusing a damaged one).
    pub fn read_backup(&self, backup: &Backup) -> Result<Network, StorageError> {
        let bytes =
            fs::read(&backup.path).map_err(|e| StorageError::io("read", &backup.path, e))?;
        parse_bytes(&backup.path, &bytes)
    }

    /// Makes a backup the current network. The current file, even a damaged one, is kept as
    /// a backup first, so a restore can itself be undone.
    pub fn restore(&self, backup: &Backup, now: NaiveDateTime) -> Result<FileStamp, StorageError> {
        let bytes =
            fs::read(&backup.path).map_err(|e| StorageError::io("read", &backup.path, e))?;
        parse_bytes(&backup.path, &bytes)?;
        self.prepare()?;
        let path = self.network_path();
        if path.exists() {
            self.keep_backup(&path, now)?;
        }
        write_atomic(&path, &bytes)?;
        Ok(FileStamp::of(&path, &bytes))
    }

    /// Keeps the newest `KEEP_RECENT` backups plus the newest of each of the last `KEEP_DAYS`
    /// days that have one; removes the rest.
    fn rotate_backups(&self) {
        let backups: Vec<Backup> = self.backups().into_iter().filter(|b| !b.conflict).collect();
        let mut days_kept: Vec<NaiveDate> = Vec::new();
        for (index, backup) in backups.iter().enumerate() {
            let day = backup.taken_at.date();
            let newest_of_day = !days_kept.contains(&day);
            let keep_for_day = newest_of_day && days_kept.len() < KEEP_DAYS;
            if keep_for_day {
                days_kept.push(day);
            }
            if index >= KEEP_RECENT && !keep_for_day {
                let _ = fs::remove_file(&backup.path);
            }
        }
    }
}

fn parse_bytes(path: &Path, bytes: &[u8]) -> Result<Network, StorageError> {
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let before = bytes.get(..e.valid_up_to()).unwrap_or_default();
        #[allow(clippy::naive_bytecount)] // a one-off count on an error path
        let line = before.iter().filter(|b| **b == b'\n').count() + 1;
        let column = before.iter().rev().take_while(|b| **b != b'\n').count() + 1;
        StorageError::Parse {
            path: path.to_owned(),
            line,
            column,
            message: "the file is not UTF-8 text".to_owned(),
        }
    })?;
    from_text(path, text)
}

/// The `-N` suffix of a backup taken in the same second as another (0 for none).
fn sequence(name: &str) -> u32 {
    let stem = name.strip_suffix(".ron").unwrap_or(name);
    let tail = stem.rsplit('-').next().unwrap_or_default();
    // The time part is six digits; a short number after it is the sequence.
    if tail.len() < 6 {
        tail.parse().unwrap_or(0)
    } else {
        0
    }
}

fn parse_stamp(name: &str, stem: &str) -> Option<NaiveDateTime> {
    let rest = name.strip_prefix(stem)?.strip_suffix(".ron")?;
    let stamp = rest.get(..15)?;
    NaiveDateTime::parse_from_str(stamp, STAMP_FORMAT).ok()
}

fn create_private_dir(dir: &Path) -> Result<(), StorageError> {
    if dir.is_dir() {
        return Ok(());
    }
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder
        .create(dir)
        .map_err(|e| StorageError::io("create the folder", dir, e))
}

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use chrono::{NaiveDate, NaiveDateTime};

use crate::domain::Network;

use super::atomic_write::{TEMP_PREFIX, remove_stale_temps, write_atomic_if};
use super::file_format::{from_text, to_text};
use super::open_cache::{LEGACY_CACHE_FILE, cache_path, read_cache, write_cache};
use super::output_target::follow_links;
use super::{Backup, FileStamp, LOCK_FILE, StorageError, WriteOutcome};

/// The data file's name.
pub const DATA_FILE: &str = "network.ron";
/// The backup folder's name (inside the data folder).
pub const BACKUP_DIR: &str = "backups";
/// Most recent backups always kept.
pub const KEEP_RECENT: usize = 10;
/// Days for which the last backup of the day is kept.
pub const KEEP_DAYS: usize = 30;
/// The largest data file read (the heaviest reference network of 30,000 contacts is about
/// 51 MB): anything larger is not a network, and is refused instead of filling the memory.
pub const MAX_DATA_FILE_BYTES: u64 = 512 * 1024 * 1024;

const STAMP_FORMAT: &str = "%Y%m%d-%H%M%S";

/// A data folder: `network.ron`, its backups and conflict copies; and where its open cache
/// goes (none unless a front end gives a cache folder).
#[derive(Clone, Debug)]
pub struct DataFolder {
    dir: PathBuf,
    cache_root: Option<PathBuf>,
    device: Option<super::Device>,
    device_dir: Option<PathBuf>,
}

impl From<&Path> for DataFolder {
    fn from(dir: &Path) -> Self {
        Self::new(dir)
    }
}

impl From<&PathBuf> for DataFolder {
    fn from(dir: &PathBuf) -> Self {
        Self::new(dir)
    }
}

impl From<PathBuf> for DataFolder {
    fn from(dir: PathBuf) -> Self {
        Self::new(dir)
    }
}

impl DataFolder {
    /// The folder (it need not exist yet), without an open cache.
    pub fn new(dir: impl Into<PathBuf>) -> Self {
        Self {
            dir: dir.into(),
            cache_root: None,
            device: None,
            device_dir: None,
        }
    }

    /// Saves from this device (its id signs change stamps and picks the id range), whose
    /// file lives in `device_dir` (the platform's local data folder, never this one).
    #[must_use]
    pub fn with_device(
        mut self,
        device: Option<super::Device>,
        device_dir: Option<PathBuf>,
    ) -> Self {
        self.device = device;
        self.device_dir = device_dir;
        self
    }

    /// The folder of the device file, if known.
    pub fn device_dir(&self) -> Option<&Path> {
        self.device_dir.as_deref()
    }

    /// The device saving into this folder, if known.
    pub fn device(&self) -> Option<&super::Device> {
        self.device.as_ref()
    }

    /// Keeps the open cache of large networks in `root` (the platform cache folder, never
    /// the data folder itself).
    #[must_use]
    pub fn with_cache_root(mut self, root: Option<PathBuf>) -> Self {
        self.cache_root = root;
        self
    }

    /// The open cache's file, when there is a cache folder.
    pub fn cache_path(&self) -> Option<PathBuf> {
        self.cache_root
            .as_deref()
            .map(|root| cache_path(root, &self.dir))
    }

    /// Whether `path` names one of the folder's own files (the data file or what it links
    /// to, the lock, a backup, a conflict copy, a temp file, the open cache), which no
    /// export may overwrite.
    pub fn owns(&self, path: &Path) -> bool {
        let Ok(target) = follow_links(path) else {
            return true;
        };
        let resolved = resolve(&target);
        let dir = resolve(&self.dir);
        let name = resolved
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let in_dir = resolved.parent() == Some(dir.as_path());
        let own_name = name == DATA_FILE
            || is_sync_conflict(&name)
            || name == LOCK_FILE
            || name == LEGACY_CACHE_FILE
            || name.starts_with(TEMP_PREFIX)
            || name.starts_with("network.conflict-");
        let in_backups = resolved.starts_with(dir.join(BACKUP_DIR));
        let is_data_target =
            follow_links(&self.network_path()).is_ok_and(|data| resolve(&data) == resolved);
        let is_cache = self
            .cache_path()
            .is_some_and(|cache| resolve(&cache) == resolved);
        (in_dir && own_name) || in_backups || is_data_target || is_cache
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

    /// Creates the folder (owner-only) if needed.
    pub fn prepare(&self) -> Result<(), StorageError> {
        create_private_dir(&self.dir)
    }

    /// Clears what crashed saves and older builds left in the folder: temp files of dead
    /// processes and the open cache older builds kept here. Only the lock holder calls it.
    pub fn clear_leftovers(&self) {
        remove_stale_temps(&self.dir);
        let _ = fs::remove_file(self.dir.join(LEGACY_CACHE_FILE));
    }

    /// Reads the network. `Ok(None)` when there is no data file yet.
    pub fn read(&self) -> Result<Option<(Network, FileStamp)>, StorageError> {
        let path = self.network_path();
        let Some(bytes) = read_data_file(&path)? else {
            return Ok(None);
        };
        let stamp = FileStamp::of(&path, &bytes);
        let cache = self.cache_path();
        if let Some(cache) = &cache
            && let Some(mut network) = read_cache(cache, &stamp)
            && network.validate_and_index().is_ok()
        {
            return Ok(Some((network, stamp)));
        }
        let network = parse_bytes(&path, &bytes)?;
        if let Some(cache) = &cache {
            // The cache only speeds up the next open; failing to write it loses nothing.
            let _ = write_cache(cache, &stamp, &network);
        }
        Ok(Some((network, stamp)))
    }

    /// Saves the network, keeping a backup of the previous file. `expected` is the stamp of
    /// the file as we last saw it (`None`: we saw no file); if the file differs, it is left
    /// alone and nothing is written (`WriteOutcome::Changed`).
    pub fn write(
        &self,
        network: &Network,
        expected: Option<FileStamp>,
        now: NaiveDateTime,
    ) -> Result<WriteOutcome, StorageError> {
        let text = to_text(network)?;
        let outcome = self.write_text(&text, expected, now)?;
        if let (WriteOutcome::Saved(stamp), Some(cache)) = (&outcome, self.cache_path()) {
            // The cache only speeds up the next open; failing to write it loses nothing,
            // and a stale one is never used (its header names the RON it was made from).
            let _ = write_cache(&cache, stamp, network);
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
        // Taken before the content is compared, so a replacement after it is noticed.
        let seen = file_identity(&path);
        let exists = path.exists();
        let changed = match expected {
            Some(stamp) => stamp.differs_from_disk(&path),
            None => exists,
        };
        if changed && exists {
            return Ok(WriteOutcome::Changed);
        }
        // A sync tool may replace the file while ours is written and flushed: checked
        // again just before the rename, so its version is merged, never clobbered.
        if !self.replace_data_file_if(text.as_bytes(), now, || file_identity(&path) == seen)? {
            return Ok(WriteOutcome::Changed);
        }
        Ok(WriteOutcome::Saved(FileStamp::of(&path, text.as_bytes())))
    }

    /// Backs up the current data file (unless the newest backup already holds it), writes
    /// `bytes` in its place (beside the target of a symlink, so the link stays), and
    /// rotates the backups. A failed write leaves no new backup behind.
    fn replace_data_file(&self, bytes: &[u8], now: NaiveDateTime) -> Result<(), StorageError> {
        self.replace_data_file_if(bytes, now, || true).map(|_| ())
    }

    /// As `replace_data_file`, unless `still_ok` says no just before the rename.
    fn replace_data_file_if(
        &self,
        bytes: &[u8],
        now: NaiveDateTime,
        still_ok: impl FnOnce() -> bool,
    ) -> Result<bool, StorageError> {
        let link = self.network_path();
        let target = follow_links(&link)?;
        let kept = if target.exists() {
            self.keep_backup(&target, target != link, now)?
        } else {
            None
        };
        match write_atomic_if(&target, bytes, still_ok) {
            Ok(true) => {}
            outcome => {
                // The file is unchanged, so the backup just taken repeats the newest version.
                if let Some(kept) = kept {
                    let _ = fs::remove_file(kept);
                }
                return outcome;
            }
        }
        self.rotate_backups();
        Ok(true)
    }

    /// Keeps a backup of `current` unless the newest backup already holds the same bytes;
    /// returns the backup made. A data file behind a symlink is copied (the link's target
    /// may be changed in place by a sync tool); otherwise a hard link keeps the old bytes
    /// instantly, even after the rename replaces the data file.
    fn keep_backup(
        &self,
        current: &Path,
        linked: bool,
        now: NaiveDateTime,
    ) -> Result<Option<PathBuf>, StorageError> {
        let newest = self.backups().into_iter().find(|b| !b.conflict);
        if newest.is_some_and(|b| same_content(&b.path, current)) {
            return Ok(None);
        }
        let dir = self.backup_dir();
        create_private_dir(&dir)?;
        let target = Self::unused_name(&dir, "network", now);
        if linked || fs::hard_link(current, &target).is_err() {
            fs::copy(current, &target).map_err(|e| StorageError::io("back up", &target, e))?;
        }
        Ok(Some(target))
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

    /// The conflict files sync tools left beside the data file (Syncthing's
    /// `network.sync-conflict-….ron`, Dropbox's `network (… conflicted copy …).ron`,
    /// iCloud's `network 2.ron`), by name.
    pub fn sync_conflicts(&self) -> Vec<PathBuf> {
        let Ok(entries) = fs::read_dir(&self.dir) else {
            return Vec::new();
        };
        let mut found: Vec<PathBuf> = entries
            .flatten()
            .filter(|e| is_sync_conflict(&e.file_name().to_string_lossy()))
            .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
            .map(|e| e.path())
            .collect();
        found.sort();
        found
    }

    /// Reads another version of the network (a conflict file, a file given to `merge`).
    pub fn read_other(path: &Path) -> Result<(Network, FileStamp), StorageError> {
        let bytes = read_data_file(path)?.ok_or_else(|| {
            StorageError::io(
                "read",
                path,
                std::io::Error::from(std::io::ErrorKind::NotFound),
            )
        })?;
        let stamp = FileStamp::of(path, &bytes);
        Ok((parse_bytes(path, &bytes)?, stamp))
    }

    /// Moves a conflict file that has been merged into the backup folder (as a backup of
    /// its time), so the folder holds one network again and nothing is thrown away.
    pub fn file_away(&self, path: &Path, now: NaiveDateTime) -> Result<PathBuf, StorageError> {
        let dir = self.backup_dir();
        create_private_dir(&dir)?;
        let target = Self::unused_name(&dir, "network", now);
        fs::rename(path, &target).map_err(|e| StorageError::io("move", path, e))?;
        Ok(target)
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
        self.replace_data_file(&bytes, now)?;
        Ok(FileStamp::of(&self.network_path(), &bytes))
    }

    /// Keeps the newest `KEEP_RECENT` distinct versions plus the newest of each of the last
    /// `KEEP_DAYS` days that have one; removes the rest. A backup holding the same bytes as
    /// a newer one kept adds no history, so it is removed and not counted: failed or
    /// repeated saves never push distinct versions out.
    fn rotate_backups(&self) {
        let backups: Vec<Backup> = self.backups().into_iter().filter(|b| !b.conflict).collect();
        let mut kept: Vec<&Backup> = Vec::new();
        let mut days_kept: Vec<NaiveDate> = Vec::new();
        for backup in &backups {
            if kept
                .iter()
                .any(|k| k.size == backup.size && same_content(&k.path, &backup.path))
            {
                let _ = fs::remove_file(&backup.path);
                continue;
            }
            let day = backup.taken_at.date();
            let keep_for_day = !days_kept.contains(&day) && days_kept.len() < KEEP_DAYS;
            if keep_for_day {
                days_kept.push(day);
            }
            if kept.len() < KEEP_RECENT || keep_for_day {
                kept.push(backup);
            } else {
                let _ = fs::remove_file(&backup.path);
            }
        }
    }
}

/// What tells one file from its replacement: inode, size and time (`None`: no file).
fn file_identity(path: &Path) -> Option<(u64, u64, Option<std::time::SystemTime>)> {
    let meta = fs::metadata(path).ok()?;
    #[cfg(unix)]
    let inode = {
        use std::os::unix::fs::MetadataExt;
        meta.ino()
    };
    #[cfg(not(unix))]
    let inode = 0;
    Some((inode, meta.len(), meta.modified().ok()))
}

/// Whether `name` is a sync tool's conflict copy of the data file.
pub fn is_sync_conflict(name: &str) -> bool {
    let Some(stem) = name.strip_suffix(".ron") else {
        return false;
    };
    if stem.starts_with("network.sync-conflict-") {
        return true;
    }
    if let Some(rest) = stem.strip_prefix("network (") {
        return rest.ends_with(')') && rest.contains("conflicted copy");
    }
    stem.strip_prefix("network ")
        .is_some_and(|n| !n.is_empty() && n.len() <= 3 && n.chars().all(|c| c.is_ascii_digit()))
}

/// Whether two files hold the same bytes (hard links to one file do, without reading).
fn same_content(a: &Path, b: &Path) -> bool {
    let (Ok(meta_a), Ok(meta_b)) = (fs::metadata(a), fs::metadata(b)) else {
        return false;
    };
    if meta_a.len() != meta_b.len() {
        return false;
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if meta_a.dev() == meta_b.dev() && meta_a.ino() == meta_b.ino() {
            return true;
        }
    }
    matches!((fs::read(a), fs::read(b)), (Ok(x), Ok(y)) if x == y)
}

/// A path made absolute and free of `..` and links where it exists (its parent, where it
/// does not yet), to compare two spellings of one file.
fn resolve(path: &Path) -> PathBuf {
    if let Ok(canonical) = fs::canonicalize(path) {
        return canonical;
    }
    let parent = super::atomic_write::parent_of(path);
    match (fs::canonicalize(parent), path.file_name()) {
        (Ok(parent), Some(name)) => parent.join(name),
        _ => path.to_path_buf(),
    }
}

/// Reads the data file, refusing what cannot be a network: a FIFO or device (which would
/// block or never end) and a file above `MAX_DATA_FILE_BYTES`. `Ok(None)`: no file.
fn read_data_file(path: &Path) -> Result<Option<Vec<u8>>, StorageError> {
    let meta = match fs::metadata(path) {
        Ok(meta) => meta,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(StorageError::io("read", path, e)),
    };
    if !meta.is_file() {
        return Err(StorageError::NotAFile {
            path: path.to_owned(),
        });
    }
    let too_large = |size| StorageError::TooLarge {
        path: path.to_owned(),
        size,
        limit: MAX_DATA_FILE_BYTES,
    };
    if meta.len() > MAX_DATA_FILE_BYTES {
        return Err(too_large(meta.len()));
    }
    let file = fs::File::open(path).map_err(|e| StorageError::io("read", path, e))?;
    let mut bytes = Vec::new();
    // The file may grow while it is read: never read past the limit.
    file.take(MAX_DATA_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| StorageError::io("read", path, e))?;
    if bytes.len() as u64 > MAX_DATA_FILE_BYTES {
        return Err(too_large(bytes.len() as u64));
    }
    Ok(Some(bytes))
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

/// Creates `dir` and its parents, readable by the owner only (0700 on Unix).
pub(super) fn create_private_dir(dir: &Path) -> Result<(), StorageError> {
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

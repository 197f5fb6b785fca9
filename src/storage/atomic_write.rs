//! Crash-safe replacement of a file: write a temp file in the same folder, fsync it, rename
//! it over the old one, fsync the folder. At any instant the path holds the old or the new
//! file, whole.

use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

use super::StorageError;

/// Prefix of temp files, so that leftovers of a crash can be recognised and removed.
pub const TEMP_PREFIX: &str = ".dunbar-tmp-";

/// The folder a file lives in; a bare name (`bare.csv`) lives in the current folder.
pub(super) fn parent_of(path: &Path) -> &Path {
    path.parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or_else(|| Path::new("."))
}

/// Replaces `path` with `bytes` atomically; the file is readable by the owner only.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), StorageError> {
    write_atomic_if(path, bytes, || true).map(|_| ())
}

/// As `write_atomic`, but asks `still_ok` once the new content is on disk, just before the
/// rename: when it says no (a sync tool replaced the file meanwhile), nothing is replaced
/// and `Ok(false)` is returned.
pub fn write_atomic_if(
    path: &Path,
    bytes: &[u8],
    still_ok: impl FnOnce() -> bool,
) -> Result<bool, StorageError> {
    let dir = parent_of(path);
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let temp = dir.join(format!("{TEMP_PREFIX}{}-{name}", std::process::id()));
    let result = write_temp(&temp, bytes).and_then(|()| {
        if !still_ok() {
            return Ok(false);
        }
        fs::rename(&temp, path)
            .map(|()| true)
            .map_err(|e| StorageError::io("replace", path, e))
    });
    if !matches!(result, Ok(true)) {
        // Leave no temp file behind; the old file is still in place.
        let _ = fs::remove_file(&temp);
    }
    let replaced = result?;
    if replaced {
        sync_dir(dir)?;
    }
    Ok(replaced)
}

fn write_temp(temp: &PathBuf, bytes: &[u8]) -> Result<(), StorageError> {
    let mut options = OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file: File = options
        .open(temp)
        .map_err(|e| StorageError::io("create", temp, e))?;
    file.write_all(bytes)
        .map_err(|e| StorageError::io("write", temp, e))?;
    file.sync_all()
        .map_err(|e| StorageError::io("flush to disk", temp, e))?;
    Ok(())
}

/// Makes a rename in `dir` durable.
pub fn sync_dir(dir: &Path) -> Result<(), StorageError> {
    #[cfg(unix)]
    {
        File::open(dir)
            .and_then(|d| d.sync_all())
            .map_err(|e| StorageError::io("flush folder", dir, e))?;
    }
    #[cfg(not(unix))]
    let _ = dir;
    Ok(())
}

/// Removes temp files left by processes that died while saving. Only the lock holder calls
/// it: a temp file of a live process (ours, or another one's) is never touched, so a
/// refused writer can never break the save of the process that holds the folder.
pub fn remove_stale_temps(dir: &Path) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some(rest) = name.strip_prefix(TEMP_PREFIX) else {
            continue;
        };
        let pid = rest.split('-').next().and_then(|p| p.parse::<u32>().ok());
        if pid.is_none_or(|pid| !process_is_alive(pid)) {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// Whether a process with this id runs. Where that cannot be known (no `/proc`), only our
/// own process counts as alive: the caller holds the folder's lock, so any other writer
/// has ended.
fn process_is_alive(pid: u32) -> bool {
    if pid == std::process::id() {
        return true;
    }
    let proc = Path::new("/proc");
    proc.join("self").exists() && proc.join(pid.to_string()).exists()
}

use std::fs::{File, OpenOptions, TryLockError};
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use super::StorageError;

/// The lock file's name inside the data folder.
pub const LOCK_FILE: &str = "dunbar.lock";

/// An exclusive lock on a data folder, shared by the window and the command line. It is an
/// operating-system lock, so it is released when the process ends, even by SIGKILL: a lock
/// left by a dead process is simply free again.
#[derive(Debug)]
pub struct DataLock {
    _file: File,
    path: PathBuf,
}

impl DataLock {
    /// Takes the lock, writing who holds it into the file, or says who has it.
    pub fn acquire(dir: &Path, holder: &str) -> Result<Self, StorageError> {
        let path = dir.join(LOCK_FILE);
        let mut options = OpenOptions::new();
        options.read(true).write(true).create(true).truncate(false);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        let mut file = options
            .open(&path)
            .map_err(|e| StorageError::io("open the lock file", &path, e))?;
        match file.try_lock() {
            Ok(()) => {}
            Err(TryLockError::WouldBlock) => {
                let mut text = String::new();
                let _ = file.read_to_string(&mut text);
                let holder = if text.trim().is_empty() {
                    "another process".to_owned()
                } else {
                    text.trim().to_owned()
                };
                return Err(StorageError::Locked { path, holder });
            }
            Err(TryLockError::Error(e)) => return Err(StorageError::io("lock", &path, e)),
        }
        let note = format!("{holder}, process {}", std::process::id());
        let written = file
            .set_len(0)
            .and_then(|()| file.seek(SeekFrom::Start(0)))
            .and_then(|_| file.write_all(note.as_bytes()));
        written.map_err(|e| StorageError::io("write the lock file", &path, e))?;
        Ok(Self { _file: file, path })
    }

    /// The lock file.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

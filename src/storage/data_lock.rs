use std::fs::{File, OpenOptions, TryLockError};
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, PoisonError};

use super::StorageError;

/// The lock file's name inside the data folder.
pub const LOCK_FILE: &str = "dunbar.lock";

/// Who the window is in the lock file (a command names itself: `dunbar log`). The file says
/// it in no language; [`holder_in_words`] says it in the reader's.
pub const WINDOW_HOLDER: &str = "window";

/// Who holds a lock, in this thread's language, from the lock file's text (`window, process
/// 12` or `dunbar log, process 12`; older builds wrote `the Dunbar window, process 12`).
pub fn holder_in_words(text: &str) -> String {
    let text = text.trim();
    if text.is_empty() {
        return crate::tr!("lock-holder-unknown");
    }
    let (who, process) = match text.rsplit_once(", process ") {
        Some((who, process)) => (who.trim(), Some(process.trim())),
        None => (text, None),
    };
    let who = if who == WINDOW_HOLDER || who == "the Dunbar window" {
        crate::tr!("lock-holder-window")
    } else {
        who.to_owned()
    };
    match process {
        Some(process) => crate::tr!("lock-holder-process", who = who, process = process),
        None => who,
    }
}

/// An exclusive lock on a data folder, shared by the window and the command line. It is an
/// operating-system lock, so it is released when the process ends, even by SIGKILL: a lock
/// left by a dead process is simply free again.
#[derive(Debug)]
pub struct DataLock {
    /// The locked file; replaced when the folder was deleted and recreated under us.
    file: Mutex<File>,
    path: PathBuf,
    holder: String,
}

impl DataLock {
    /// Takes the lock, writing who holds it into the file, or says who has it.
    pub fn acquire(dir: &Path, holder: &str) -> Result<Self, StorageError> {
        let path = dir.join(LOCK_FILE);
        let file = lock_file(&path, holder)?;
        Ok(Self {
            file: Mutex::new(file),
            path,
            holder: holder.to_owned(),
        })
    }

    /// The lock file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Makes sure the lock file on disk is still the one we hold. When the data folder was
    /// deleted (and recreated by a save), the lock is taken again on the new file, so a
    /// second writer is refused as before; if another process took it meanwhile, this
    /// fails with `Locked` and nothing must be written.
    pub fn ensure_held(&self) -> Result<(), StorageError> {
        let mut file = self.file.lock().unwrap_or_else(PoisonError::into_inner);
        if same_file(&file, &self.path) {
            return Ok(());
        }
        *file = lock_file(&self.path, &self.holder)?;
        Ok(())
    }
}

/// Opens (creating it) and locks the lock file at `path`, and writes who holds it.
fn lock_file(path: &Path, holder: &str) -> Result<File, StorageError> {
    let mut options = OpenOptions::new();
    options.read(true).write(true).create(true).truncate(false);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options
        .open(path)
        .map_err(|e| StorageError::io("open the lock file", path, e))?;
    match try_lock_briefly(&file) {
        Ok(()) => {}
        Err(TryLockError::WouldBlock) => {
            let mut text = String::new();
            let _ = file.read_to_string(&mut text);
            return Err(StorageError::Locked {
                path: path.to_owned(),
                holder: text.trim().to_owned(),
            });
        }
        Err(TryLockError::Error(e)) => return Err(StorageError::io("lock", path, e)),
    }
    let note = format!("{holder}, process {}", std::process::id());
    let written = file
        .set_len(0)
        .and_then(|()| file.seek(SeekFrom::Start(0)))
        .and_then(|_| file.write_all(note.as_bytes()));
    written.map_err(|e| StorageError::io("write the lock file", path, e))?;
    Ok(file)
}

/// Whether the open `file` is the file at `path` (not deleted, not replaced).
fn same_file(file: &File, path: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        match (file.metadata(), std::fs::metadata(path)) {
            (Ok(open), Ok(on_disk)) => open.dev() == on_disk.dev() && open.ino() == on_disk.ino(),
            _ => false,
        }
    }
    #[cfg(not(unix))]
    {
        path.exists() && file.metadata().is_ok()
    }
}

/// How long a busy lock is tried again before it counts as held: a child process (any
/// program this process starts) holds a copy of every open file, a just-released lock
/// included, from its fork until its exec, a matter of milliseconds.
const LOCK_RETRY_MS: u64 = 250;

/// Tries the lock, and again for [`LOCK_RETRY_MS`] while it is busy.
fn try_lock_briefly(file: &File) -> Result<(), TryLockError> {
    let step = std::time::Duration::from_millis(10);
    let mut waited = std::time::Duration::ZERO;
    loop {
        match file.try_lock() {
            Err(TryLockError::WouldBlock)
                if waited < std::time::Duration::from_millis(LOCK_RETRY_MS) =>
            {
                std::thread::sleep(step);
                waited += step;
            }
            other => return other,
        }
    }
}

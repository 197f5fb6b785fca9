//! Writing a file the user named (an export): through symlinks to the file they point to,
//! straight into FIFOs and devices, atomically everywhere else.

use std::fs::{self, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

use super::StorageError;
use super::atomic_write::{parent_of, write_atomic};

/// How many links in a row are followed before giving up (a loop).
const MAX_LINKS: usize = 40;

/// The file a path finally names, following symlinks (even to a file that does not exist
/// yet). A path that is not a link is returned as it is.
pub fn follow_links(path: &Path) -> Result<PathBuf, StorageError> {
    let mut current = path.to_path_buf();
    for _ in 0..MAX_LINKS {
        match fs::symlink_metadata(&current) {
            Ok(meta) if meta.file_type().is_symlink() => {
                let target = fs::read_link(&current)
                    .map_err(|e| StorageError::io("follow the link", &current, e))?;
                current = parent_of(&current).join(target);
            }
            _ => return Ok(current),
        }
    }
    Err(StorageError::io(
        "follow the link",
        path,
        std::io::Error::other("too many levels of symbolic links"),
    ))
}

/// Writes `bytes` to the file `path` names: a symlink's target is replaced atomically
/// beside it (the link stays), a FIFO or device is written into directly (never replaced
/// by a regular file), anything else is replaced atomically.
pub fn write_output(path: &Path, bytes: &[u8]) -> Result<(), StorageError> {
    let target = follow_links(path)?;
    match fs::metadata(&target) {
        Ok(meta) if !meta.is_file() && !meta.is_dir() => {
            let mut file = OpenOptions::new()
                .write(true)
                .open(&target)
                .map_err(|e| StorageError::io("open", &target, e))?;
            file.write_all(bytes)
                .and_then(|()| file.flush())
                .map_err(|e| StorageError::io("write", &target, e))
        }
        _ => write_atomic(&target, bytes),
    }
}

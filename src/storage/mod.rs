//! The data folder on disk: the versioned RON file, crash-safe saving, the lock shared by
//! the window and the command line, backups and conflict copies. No egui.

mod atomic_write;
mod backup;
mod data_folder;
mod data_lock;
mod device;
pub mod file_format;
mod file_stamp;
mod file_watcher;
mod open_cache;
mod output_target;
mod storage_error;
mod write_outcome;

pub use atomic_write::{TEMP_PREFIX, write_atomic};
pub use backup::Backup;
pub use data_folder::{
    BACKUP_DIR, DATA_FILE, DataFolder, KEEP_DAYS, KEEP_RECENT, MAX_DATA_FILE_BYTES,
    is_sync_conflict,
};
pub use data_lock::{DataLock, LOCK_FILE, WINDOW_HOLDER, holder_in_words};
pub use device::{DEVICE_FILE, Device};
pub use file_format::FORMAT_VERSION;
pub use file_stamp::FileStamp;
pub use file_watcher::FileWatcher;
pub use open_cache::{CACHE_MIN_BYTES, LEGACY_CACHE_FILE};
pub use output_target::{follow_links, write_output};
pub use storage_error::StorageError;
pub use write_outcome::WriteOutcome;

use std::path::Path;
use std::time::SystemTime;

/// What a file looked like when we last read or wrote it, to notice another device's change
/// (a synced folder) before a save would clobber it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FileStamp {
    /// Size in bytes.
    pub len: u64,
    /// Last modification time.
    pub modified: Option<SystemTime>,
    /// A fast hash of the content, so a same-size rewrite within the clock's resolution is
    /// still noticed.
    pub hash: u64,
}

impl FileStamp {
    /// The stamp of content we have just read or written.
    pub fn of(path: &Path, bytes: &[u8]) -> Self {
        let modified = std::fs::metadata(path).and_then(|m| m.modified()).ok();
        Self {
            len: bytes.len() as u64,
            modified,
            hash: content_hash(bytes),
        }
    }

    /// Whether the file on disk differs from this stamp. A missing file counts as changed.
    /// Size and time alone are not trusted: a sync tool may rewrite a file keeping both
    /// (same length, times copied from the other device, or within the clock's
    /// resolution), so when they match the content hash decides.
    pub fn differs_from_disk(&self, path: &Path) -> bool {
        let Ok(meta) = std::fs::metadata(path) else {
            return true;
        };
        if meta.len() != self.len {
            return true;
        }
        std::fs::read(path).map_or(true, |bytes| content_hash(&bytes) != self.hash)
    }

    /// The stamp of the file on disk now (`None`: no file, or unreadable).
    pub fn of_disk(path: &Path) -> Option<Self> {
        let bytes = std::fs::read(path).ok()?;
        Some(Self::of(path, &bytes))
    }
}

/// A content hash, fast enough for a 50 MB file (`SipHash` over the whole slice at once).
fn content_hash(bytes: &[u8]) -> u64 {
    use std::hash::Hasher;
    let mut hasher = std::hash::DefaultHasher::new();
    hasher.write(bytes);
    hasher.finish()
}

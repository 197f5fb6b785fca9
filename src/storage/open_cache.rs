//! A fast-to-parse copy of the network, so that opening a large network does not wait for
//! the RON parser (about 40 MB/s). It lives in the platform cache folder, never in the
//! data folder (a synced folder carries the user's data and nothing else), one file per
//! data folder, named after a hash of the folder's canonical path. The RON file stays the
//! only source of truth: the copy's first line records the length and content hash of the
//! RON it was made from, and it is used only when both match the RON on disk exactly.
//! Anything else (an edit by hand, a synced change, a restore, a damaged copy) falls back
//! to the RON. Networks smaller than `CACHE_MIN_BYTES` parse fast enough without one.

use std::fs;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::domain::Network;

use super::atomic_write::write_atomic;
use super::data_folder::create_private_dir;
use super::file_format::FORMAT_VERSION;
use super::{FileStamp, StorageError};

/// The name of the cache file older builds wrote into the data folder; the lock holder
/// removes it.
pub const LEGACY_CACHE_FILE: &str = ".network.cache.json";

/// Data files smaller than this (in bytes) are parsed directly: a cache would not pay.
pub const CACHE_MIN_BYTES: u64 = 1024 * 1024;

#[derive(Serialize, Deserialize, PartialEq, Eq)]
struct CacheHeader {
    format_version: u32,
    ron_len: u64,
    ron_hash: u64,
}

impl CacheHeader {
    fn for_stamp(stamp: &FileStamp) -> Self {
        Self {
            format_version: FORMAT_VERSION,
            ron_len: stamp.len,
            ron_hash: stamp.hash,
        }
    }
}

/// The cache file for the data folder `dir` inside the cache folder `root`.
pub fn cache_path(root: &Path, dir: &Path) -> PathBuf {
    let canonical = fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
    // FNV-1a: stable across builds and platforms, unlike the standard library's hasher.
    let hash = canonical
        .to_string_lossy()
        .bytes()
        .fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| {
            (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
        });
    root.join(format!("network-{hash:016x}.cache.json"))
}

/// Writes the cache at `path` for the RON file whose stamp is `stamp`.
pub fn write_cache(path: &Path, stamp: &FileStamp, network: &Network) -> Result<(), StorageError> {
    if stamp.len < CACHE_MIN_BYTES {
        // A cache made for a larger version of this network is stale now: drop it.
        let _ = fs::remove_file(path);
        return Ok(());
    }
    if let Some(root) = path.parent() {
        create_private_dir(root)?;
    }
    let mut bytes = serde_json::to_vec(&CacheHeader::for_stamp(stamp))
        .map_err(|e| StorageError::Serialise(e.to_string()))?;
    bytes.push(b'\n');
    serde_json::to_writer(&mut bytes, network)
        .map_err(|e| StorageError::Serialise(e.to_string()))?;
    write_atomic(path, &bytes)
}

/// The cached network at `path`, if it was made from exactly the RON file with `stamp` and
/// parses; the caller validates and indexes it like a network read from RON.
pub fn read_cache(path: &Path, stamp: &FileStamp) -> Option<Network> {
    if stamp.len < CACHE_MIN_BYTES {
        return None;
    }
    let bytes = fs::read(path).ok()?;
    let split = bytes.iter().position(|b| *b == b'\n')?;
    let (head, body) = bytes.split_at(split);
    let header: CacheHeader = serde_json::from_slice(head).ok()?;
    if header != CacheHeader::for_stamp(stamp) {
        return None;
    }
    serde_json::from_slice(body.get(1..)?).ok()
}

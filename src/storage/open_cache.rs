//! A fast-to-parse copy of the network beside `network.ron`, so that opening a large
//! network does not wait for the RON parser (about 40 MB/s). The RON file stays the only
//! source of truth: the copy's first line records the length and content hash of the RON
//! it was made from, and it is used only when both match the RON on disk exactly. Anything
//! else (an edit by hand, a synced change, a restore, a damaged copy) falls back to the RON.

use std::fs;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::domain::Network;

use super::atomic_write::write_atomic;
use super::file_format::FORMAT_VERSION;
use super::{FileStamp, StorageError};

/// The cache's file name inside the data folder.
pub const CACHE_FILE: &str = ".network.cache.json";

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

/// Writes the cache for the RON file whose stamp is `stamp`.
pub fn write_cache(dir: &Path, stamp: &FileStamp, network: &Network) -> Result<(), StorageError> {
    let path = dir.join(CACHE_FILE);
    let mut bytes = serde_json::to_vec(&CacheHeader::for_stamp(stamp))
        .map_err(|e| StorageError::Serialise(e.to_string()))?;
    bytes.push(b'\n');
    serde_json::to_writer(&mut bytes, network)
        .map_err(|e| StorageError::Serialise(e.to_string()))?;
    write_atomic(&path, &bytes)
}

/// The cached network, if the cache was made from exactly the RON file with `stamp` and
/// parses; the caller validates and indexes it like a network read from RON.
pub fn read_cache(dir: &Path, stamp: &FileStamp) -> Option<Network> {
    let bytes = fs::read(dir.join(CACHE_FILE)).ok()?;
    let split = bytes.iter().position(|b| *b == b'\n')?;
    let (head, body) = bytes.split_at(split);
    let header: CacheHeader = serde_json::from_slice(head).ok()?;
    if header != CacheHeader::for_stamp(stamp) {
        return None;
    }
    serde_json::from_slice(body.get(1..)?).ok()
}

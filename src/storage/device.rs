use std::fs;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::domain::MAX_ID_PREFIX;

use super::StorageError;
use super::atomic_write::write_atomic;
use super::data_folder::create_private_dir;

/// The file holding this device's identity, in the platform's local data folder (never
/// in the data folder, which may be synced to other devices).
pub const DEVICE_FILE: &str = "device.ron";

/// This computer as Dunbar's merge knows it (DESIGN §10): a random id, made once and kept,
/// that signs every change stamp and picks the range new ids are minted in, and a name
/// shown when changes from it arrive elsewhere ("home-laptop").
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Device {
    /// The random id (0: no device, as in tests that do not need one).
    pub id: u64,
    /// The name shown on other devices.
    #[serde(default)]
    pub name: String,
    /// The next id this device mints (kept here, as versions holding its last ids may not
    /// be merged yet).
    #[serde(default)]
    pub next_id: u64,
}

impl Device {
    /// The id range new records get on this device (1..=`MAX_ID_PREFIX`; 0 without a
    /// device). Two devices share a range with a chance of one in two million.
    pub fn id_prefix(&self) -> u64 {
        if self.id == 0 {
            0
        } else {
            1 + self.id % MAX_ID_PREFIX
        }
    }

    /// The device file in `dir`.
    pub fn path_in(dir: &Path) -> PathBuf {
        dir.join(DEVICE_FILE)
    }

    /// This device, read from `dir`, or made there (random id, `default_name`) the first
    /// time.
    pub fn load_or_create(dir: &Path, default_name: &str) -> Result<Self, StorageError> {
        let path = Self::path_in(dir);
        match fs::read_to_string(&path) {
            Ok(text) => ron::from_str(&text).map_err(|e| StorageError::Parse {
                path: path.clone(),
                line: e.span.start.line,
                column: e.span.start.col,
                message: e.code.to_string(),
            }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                let mut bytes = [0u8; 8];
                getrandom::fill(&mut bytes).map_err(|e| {
                    StorageError::io(
                        "make an id for",
                        &path,
                        std::io::Error::other(e.to_string()),
                    )
                })?;
                let device = Self {
                    id: u64::from_le_bytes(bytes).max(1),
                    name: default_name.to_owned(),
                    next_id: 0,
                };
                device.save(dir)?;
                Ok(device)
            }
            Err(e) => Err(StorageError::io("read", &path, e)),
        }
    }

    /// Writes the device file into `dir` (atomically, owner-only).
    pub fn save(&self, dir: &Path) -> Result<(), StorageError> {
        create_private_dir(dir)?;
        let text = ron::to_string(self).map_err(|e| StorageError::Serialise(e.to_string()))?;
        write_atomic(&Self::path_in(dir), format!("{text}\n").as_bytes())
    }
}

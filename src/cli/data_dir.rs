use std::path::PathBuf;

use anyhow::{Result, anyhow};

/// The data folder: the one given (`--data-dir` or `DUNBAR_DATA_DIR`), else the platform's
/// data folder (e.g. `~/.local/share/dunbar` on Linux).
pub fn resolve_data_dir(given: Option<PathBuf>) -> Result<PathBuf> {
    if let Some(dir) = given {
        return Ok(dir);
    }
    directories::ProjectDirs::from("org", "Dunbar", "dunbar")
        .map(|dirs| dirs.data_dir().to_owned())
        .ok_or_else(|| anyhow!(crate::i18n::tr!("cli-no-home")))
}

/// The folder for the open cache of large networks: the one given (`DUNBAR_CACHE_DIR`),
/// else the platform's cache folder (e.g. `~/.cache/dunbar` on Linux). `None`: no cache.
pub fn resolve_cache_root(given: Option<PathBuf>) -> Option<PathBuf> {
    given.or_else(|| {
        directories::ProjectDirs::from("org", "Dunbar", "dunbar")
            .map(|dirs| dirs.cache_dir().to_owned())
    })
}

/// The folder of this device's identity: the one given (`DUNBAR_DEVICE_DIR`), else the
/// platform's local data folder (e.g. `~/.local/share/dunbar/device` on Linux), which sync
/// tools do not carry unless the user points them there.
pub fn resolve_device_dir(given: Option<PathBuf>) -> Option<PathBuf> {
    given.or_else(|| {
        directories::ProjectDirs::from("org", "Dunbar", "dunbar")
            .map(|dirs| dirs.data_local_dir().join("device"))
    })
}

/// A name for a new device: the computer's host name, when it has one.
pub fn default_device_name() -> String {
    std::env::var("HOSTNAME")
        .ok()
        .or_else(|| std::fs::read_to_string("/etc/hostname").ok())
        .map(|name| name.trim().to_owned())
        .filter(|name| !name.is_empty())
        .unwrap_or_else(|| "Dunbar".to_owned())
}

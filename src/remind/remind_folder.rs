use std::path::{Path, PathBuf};

use serde::Serialize;
use serde::de::DeserializeOwned;

use super::{RemindSettings, RemindState};

/// The settings file's name.
const SETTINGS_FILE: &str = "reminders.ron";
/// The state file's name.
const STATE_FILE: &str = "remind-state.ron";

/// The folder of this device's reminder settings and state: the platform's state folder
/// (`~/.local/state/dunbar` on Linux), never the data folder, which may be synced to other
/// devices with their own schedules.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RemindFolder {
    dir: PathBuf,
}

impl RemindFolder {
    /// The folder given (`DUNBAR_STATE_DIR`), else the platform's state folder (the local
    /// data folder where the platform has no state folder).
    pub fn resolve(given: Option<PathBuf>) -> Option<Self> {
        let dir = given.or_else(|| {
            directories::ProjectDirs::from("org", "Dunbar", "dunbar").map(|dirs| {
                dirs.state_dir()
                    .unwrap_or_else(|| dirs.data_local_dir())
                    .to_owned()
            })
        })?;
        Some(Self { dir })
    }

    /// A folder at `dir`.
    pub fn at(dir: impl Into<PathBuf>) -> Self {
        Self { dir: dir.into() }
    }

    /// Where it is.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The settings; the defaults when none were saved. An unreadable file says why.
    pub fn settings(&self) -> Result<RemindSettings, String> {
        read(&self.dir.join(SETTINGS_FILE))
    }

    /// Saves the settings.
    pub fn save_settings(&self, settings: &RemindSettings) -> Result<(), String> {
        write(&self.dir, SETTINGS_FILE, settings)
    }

    /// The state; empty when there is none yet or it cannot be read (it only prevents a
    /// second notification on the same day).
    pub fn state(&self) -> RemindState {
        read(&self.dir.join(STATE_FILE)).unwrap_or_default()
    }

    /// Saves the state.
    pub fn save_state(&self, state: &RemindState) -> Result<(), String> {
        write(&self.dir, STATE_FILE, state)
    }
}

fn read<T: DeserializeOwned + Default>(path: &Path) -> Result<T, String> {
    match std::fs::read_to_string(path) {
        Ok(text) => ron::from_str(&text).map_err(|e| format!("{}: {e}", path.display())),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(T::default()),
        Err(e) => Err(format!("{}: {e}", path.display())),
    }
}

fn write<T: Serialize>(dir: &Path, name: &str, value: &T) -> Result<(), String> {
    std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let text = ron::ser::to_string_pretty(value, ron::ser::PrettyConfig::default())
        .map_err(|e| e.to_string())?;
    crate::storage::write_atomic(&dir.join(name), text.as_bytes()).map_err(|e| e.to_string())
}

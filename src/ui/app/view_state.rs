use serde::{Deserialize, Serialize};

use crate::i18n::Language;
use crate::ui::{Screen, TableSort};

/// How the window looked when it closed: theme, language, screen and the table's sort. It goes to
/// eframe's storage (beside window size, panel sizes and column widths, which egui keeps
/// itself), never into the network file.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ViewState {
    /// Light or dark.
    pub theme: ThemeChoice,
    /// The screen showing.
    pub screen: Screen,
    /// The Contacts table's sort column and direction.
    pub sort: TableSort,
    /// The language picked in Settings; `None`: the system's.
    pub language: Option<Language>,
    /// Settings › Devices: the vdir this computer mirrors contacts to (for vdirsyncer),
    /// if any. Kept with the window, not in the network: each computer has its own.
    pub mirror_folder: Option<std::path::PathBuf>,
}

/// The theme, as kept in the view state.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum ThemeChoice {
    /// Dark text on light panels.
    #[default]
    Light,
    /// Light text on dark panels.
    Dark,
}

impl From<egui::Theme> for ThemeChoice {
    fn from(theme: egui::Theme) -> Self {
        match theme {
            egui::Theme::Light => Self::Light,
            egui::Theme::Dark => Self::Dark,
        }
    }
}

impl From<ThemeChoice> for egui::Theme {
    fn from(theme: ThemeChoice) -> Self {
        match theme {
            ThemeChoice::Light => Self::Light,
            ThemeChoice::Dark => Self::Dark,
        }
    }
}

impl ViewState {
    /// The key under which eframe's storage keeps it.
    pub const STORAGE_KEY: &'static str = "dunbar-view";

    /// The view state kept in `storage`, if any can be read (an unreadable one is
    /// forgotten: it only decides how the window looks).
    pub fn load(storage: &dyn eframe::Storage) -> Option<Self> {
        let text = storage.get_string(Self::STORAGE_KEY)?;
        ron::from_str(&text).ok()
    }

    /// Keeps the view state in `storage`.
    pub fn store(&self, storage: &mut dyn eframe::Storage) {
        if let Ok(text) = ron::to_string(self) {
            storage.set_string(Self::STORAGE_KEY, text);
        }
    }
}

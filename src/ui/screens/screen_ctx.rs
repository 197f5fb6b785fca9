use std::path::Path;

use chrono::NaiveDate;

use crate::domain::{ContactId, Network};
use crate::i18n::Language;
use crate::ui::{CommandState, UiQueue};

/// The one context every screen draws with: what it may read, and the queue where it puts
/// what it asks for. Screens never change the network themselves.
pub struct ScreenCtx<'a> {
    /// The network as it is this frame.
    pub network: &'a Network,
    /// Its revision (caches are keyed by revision and day, see [`crate::ui::Memo`]).
    pub revision: u64,
    /// Today, from the clock (it rolls over at midnight while the window is open).
    pub today: NaiveDate,
    /// What the screen asks for, handed to the session after drawing.
    pub queue: &'a mut UiQueue,
    /// Which commands apply now (buttons grey out the same way menus do).
    pub commands: CommandState,
    /// The contact whose page is open, if any.
    pub open_contact: Option<ContactId>,
    /// The data folder (Settings shows it).
    pub folder: &'a Path,
    /// The theme in use.
    pub theme: egui::Theme,
    /// The language picked in Settings (`None`: the system's) and the system's language.
    pub language: (Option<Language>, Language),
    /// What a background file job is doing, if one runs.
    pub busy: Option<&'a str>,
    /// This computer's name (Settings › Devices) and the folder it mirrors contacts to.
    pub device: (&'a str, Option<&'a Path>),
}

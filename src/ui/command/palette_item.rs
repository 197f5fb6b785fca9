use crate::domain::ContactId;

use crate::ui::UiCommand;

/// One line of the command palette.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PaletteItem {
    /// Run a command.
    Command(UiCommand),
    /// Jump to a contact.
    Contact(ContactId, String),
}

impl PaletteItem {
    /// The text shown.
    pub fn text(&self) -> String {
        match self {
            Self::Command(command) => command.label(),
            Self::Contact(_, name) => crate::tr!("palette-go-to", name = name.as_str()),
        }
    }
}

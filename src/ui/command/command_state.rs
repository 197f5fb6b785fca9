use crate::ui::Screen;

/// What the window shows right now, as far as commands care: enough to say which commands
/// apply. The shell fills it in once per frame.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[allow(clippy::struct_excessive_bools)] // independent facts, read one by one
pub struct CommandState {
    /// The screen showing.
    pub screen: Screen,
    /// Whether a saved contact's page is open.
    pub open_contact: bool,
    /// How many rows of the Contacts table are selected.
    pub selected: usize,
    /// Whether there is a change to undo.
    pub can_undo: bool,
    /// Whether there is an undone change to redo.
    pub can_redo: bool,
    /// Whether the Review screen has an item selected.
    pub review_item: bool,
    /// Whether the network has any contact (an empty one has nothing to review).
    pub has_contacts: bool,
}

impl Default for CommandState {
    fn default() -> Self {
        Self {
            screen: Screen::Contacts,
            open_contact: false,
            selected: 0,
            can_undo: false,
            can_redo: false,
            review_item: false,
            has_contacts: false,
        }
    }
}

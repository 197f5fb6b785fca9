use crate::ui::Screen;

/// Where a command applies, which decides whether it is enabled (menus grey it out, the
/// palette leaves it out, its shortcut does nothing) — DESIGN §3a rule 1.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CommandScope {
    /// Anywhere in the window.
    Global,
    /// Only while this screen shows (the review's keys on the Review screen).
    Screen(Screen),
    /// Only while a contact's page is open, and it acts on that contact.
    OpenContact,
    /// Only while rows of the Contacts table are selected, and it acts on them.
    Selection,
}

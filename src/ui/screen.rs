/// The screens of the window, one tab each. A new screen is one variant here and one file
/// drawing it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    /// The table of contacts with the contact page.
    Contacts,
    /// Contacts in the trash.
    Trash,
    /// Import a file (preview first) and take back past imports.
    Import,
}

impl Screen {
    /// Tabs in order.
    pub const ALL: [Self; 3] = [Self::Contacts, Self::Trash, Self::Import];

    /// Tab label.
    pub const fn label(self) -> &'static str {
        match self {
            Self::Contacts => "Contacts",
            Self::Trash => "Trash",
            Self::Import => "Import",
        }
    }
}

/// The screens of the window, one tab each. A new screen is one variant here and one file
/// drawing it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    /// The table of contacts with the contact page.
    Contacts,
    /// Contacts in the trash.
    Trash,
    /// Dunbar's circles as concentric rings, one dot per contact.
    Circles,
}

impl Screen {
    /// Tabs in order.
    pub const ALL: [Self; 3] = [Self::Contacts, Self::Trash, Self::Circles];

    /// Tab label.
    pub const fn label(self) -> &'static str {
        match self {
            Self::Contacts => "Contacts",
            Self::Trash => "Trash",
            Self::Circles => "Circles",
        }
    }
}

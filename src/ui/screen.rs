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
    /// The weekly review queue.
    Review,
    /// Cadences, profile, data folder, backups and theme.
    Settings,
    /// Dunbar's circles as concentric rings, one dot per contact.
    Circles,
    /// The gift library, with "who would value this".
    Gifts,
    /// Charts of how the network is doing.
    Insights,
}

impl Screen {
    /// Tabs in order.
    pub const ALL: [Self; 8] = [
        Self::Contacts,
        Self::Circles,
        Self::Review,
        Self::Gifts,
        Self::Insights,
        Self::Trash,
        Self::Import,
        Self::Settings,
    ];

    /// Tab label.
    pub const fn label(self) -> &'static str {
        match self {
            Self::Contacts => "Contacts",
            Self::Trash => "Trash",
            Self::Import => "Import",
            Self::Review => "Review",
            Self::Settings => "Settings",
            Self::Circles => "Circles",
            Self::Gifts => "Gifts",
            Self::Insights => "Insights",
        }
    }
}

use std::fmt;

/// What kind of file an import read, found from its content (never from its name alone).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum ImportFormat {
    /// vCard 2.1, 3.0 or 4.0.
    VCard,
    /// `LinkedIn`'s `Connections.csv`.
    LinkedIn,
    /// Google Contacts CSV (the current header).
    Google,
    /// Google Contacts CSV (the legacy header with `Given Name` / `Group Membership`).
    GoogleLegacy,
    /// Outlook CSV.
    Outlook,
    /// Any other CSV with a header row that names contact columns.
    GenericCsv,
    /// Nothing recognisable: no vCard and no CSV header.
    #[default]
    Unknown,
}

impl ImportFormat {
    /// A short human name, for previews and messages.
    pub const fn label(self) -> &'static str {
        match self {
            Self::VCard => "vCard",
            Self::LinkedIn => "LinkedIn connections CSV",
            Self::Google => "Google Contacts CSV",
            Self::GoogleLegacy => "Google Contacts CSV (legacy)",
            Self::Outlook => "Outlook CSV",
            Self::GenericCsv => "CSV",
            Self::Unknown => "unrecognised file",
        }
    }
}

impl fmt::Display for ImportFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

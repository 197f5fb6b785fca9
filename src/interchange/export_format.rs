use std::fmt;

/// The formats contacts can be exported to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ExportFormat {
    /// CSV with Google Contacts columns.
    Csv,
    /// vCard 3.0.
    VCard3,
    /// vCard 4.0.
    VCard4,
    /// The whole network as the data file writes it (a full backup; filters do not apply).
    Ron,
    /// iCalendar: due follow-ups and birthdays as all-day events with alarms.
    Ics,
}

impl ExportFormat {
    /// All formats, in menu order.
    pub const ALL: [Self; 5] = [Self::Csv, Self::VCard3, Self::VCard4, Self::Ron, Self::Ics];

    /// The command-line key: `csv`, `vcard`, `vcard4`, `ron`, `ics`.
    pub const fn key(self) -> &'static str {
        match self {
            Self::Csv => "csv",
            Self::VCard3 => "vcard",
            Self::VCard4 => "vcard4",
            Self::Ron => "ron",
            Self::Ics => "ics",
        }
    }

    /// Parses a command-line key, case-insensitively (`vcard3` is accepted too).
    pub fn from_key(text: &str) -> Option<Self> {
        let wanted = text.trim().to_lowercase();
        if wanted == "vcard3" {
            return Some(Self::VCard3);
        }
        Self::ALL.into_iter().find(|format| format.key() == wanted)
    }

    /// The usual file extension.
    pub const fn extension(self) -> &'static str {
        match self {
            Self::Csv => "csv",
            Self::VCard3 | Self::VCard4 => "vcf",
            Self::Ron => "ron",
            Self::Ics => "ics",
        }
    }

    /// A human name, for menus.
    pub const fn label(self) -> &'static str {
        match self {
            Self::Csv => "CSV (Google Contacts)",
            Self::VCard3 => "vCard 3.0",
            Self::VCard4 => "vCard 4.0",
            Self::Ron => "RON (full backup)",
            Self::Ics => "iCalendar (follow-ups and birthdays)",
        }
    }
}

impl fmt::Display for ExportFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

/// A contact's health, for colouring dots and rows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Health {
    /// Not due yet, or in a circle without upkeep.
    Ok,
    /// Due or overdue.
    Due,
    /// Overdue by half a cadence or more.
    AtRisk,
}

impl Health {
    /// Human label.
    pub const fn label(self) -> &'static str {
        match self {
            Self::Ok => "ok",
            Self::Due => "due",
            Self::AtRisk => "at risk",
        }
    }
}

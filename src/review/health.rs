use crate::tr;
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
    pub fn label(self) -> String {
        match self {
            Self::Ok => tr!("health-ok"),
            Self::Due => tr!("health-due"),
            Self::AtRisk => tr!("health-at-risk"),
        }
    }
}

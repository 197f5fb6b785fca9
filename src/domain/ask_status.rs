use serde::{Deserialize, Serialize};

use crate::tr;

/// Where an ask stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum AskStatus {
    /// Not made yet: it waits in the review until it is ready.
    Planned,
    /// Made and not answered.
    Open,
    /// They said yes.
    Granted,
    /// They said no.
    Declined,
    /// I took it back.
    Withdrawn,
}

impl AskStatus {
    /// Whether the ask was actually made (planned asks do not count against the balance).
    pub const fn was_made(self) -> bool {
        !matches!(self, Self::Planned)
    }

    /// Human label.
    pub fn label(self) -> String {
        match self {
            Self::Planned => tr!("ask-status-planned"),
            Self::Open => tr!("ask-status-open"),
            Self::Granted => tr!("ask-status-granted"),
            Self::Declined => tr!("ask-status-declined"),
            Self::Withdrawn => tr!("ask-status-withdrawn"),
        }
    }
}

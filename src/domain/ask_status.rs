use serde::{Deserialize, Serialize};

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
    pub const fn label(self) -> &'static str {
        match self {
            Self::Planned => "Planned",
            Self::Open => "Open",
            Self::Granted => "Granted",
            Self::Declined => "Declined",
            Self::Withdrawn => "Withdrawn",
        }
    }
}

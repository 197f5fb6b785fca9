use std::fmt;

use serde::{Deserialize, Serialize};

/// One of Dunbar's layers. Every contact sits in exactly one; the order is innermost first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Circle {
    /// The closest ~5 people.
    Support,
    /// The next ~10 (15 cumulative).
    Sympathy,
    /// ~50 cumulative.
    Affinity,
    /// ~150 cumulative: Dunbar's number.
    Active,
    /// ~500 cumulative.
    Acquaintance,
    /// ~1500 cumulative: names you can put a face to.
    Known,
}

impl Circle {
    /// All circles, innermost first.
    pub const ALL: [Self; 6] = [
        Self::Support,
        Self::Sympathy,
        Self::Affinity,
        Self::Active,
        Self::Acquaintance,
        Self::Known,
    ];

    /// The cumulative soft budget: this circle plus all inner ones.
    pub const fn budget(self) -> usize {
        match self {
            Self::Support => 5,
            Self::Sympathy => 15,
            Self::Affinity => 50,
            Self::Active => 150,
            Self::Acquaintance => 500,
            Self::Known => 1500,
        }
    }

    /// The research default for how often to be in touch, in days (`None`: no upkeep needed).
    pub const fn default_cadence_days(self) -> Option<u32> {
        match self {
            Self::Support => Some(7),
            Self::Sympathy => Some(30),
            Self::Affinity => Some(120),
            Self::Active => Some(365),
            Self::Acquaintance | Self::Known => None,
        }
    }

    /// The human name of the layer.
    pub const fn label(self) -> &'static str {
        match self {
            Self::Support => "Support clique",
            Self::Sympathy => "Sympathy group",
            Self::Affinity => "Affinity group",
            Self::Active => "Active network",
            Self::Acquaintance => "Acquaintances",
            Self::Known => "Known names",
        }
    }

    /// The one-word name used on the command line and in JSON.
    pub const fn key(self) -> &'static str {
        match self {
            Self::Support => "support",
            Self::Sympathy => "sympathy",
            Self::Affinity => "affinity",
            Self::Active => "active",
            Self::Acquaintance => "acquaintance",
            Self::Known => "known",
        }
    }

    /// Parses a command-line key (`support` … `known`), case-insensitively.
    pub fn from_key(text: &str) -> Option<Self> {
        let wanted = text.trim().to_lowercase();
        Self::ALL
            .into_iter()
            .find(|circle| circle.key() == wanted || circle.label().to_lowercase() == wanted)
    }

    /// Where the default cadence comes from, for the explanation shown to the user.
    pub const fn research_note(self) -> &'static str {
        match self {
            Self::Support => {
                "The few people you turn to in a crisis. Contact is at least weekly \
                 (Sutcliffe et al. 2012; Dunbar & Spoors 1995)."
            }
            Self::Sympathy => {
                "Close friends whose loss would hurt. Contact is at least monthly \
                 (Sutcliffe et al. 2012)."
            }
            Self::Affinity => {
                "Good friends you would invite to a party. About every six months is the \
                 floor for keeping them (Dunbar 2021); the default asks for every four."
            }
            Self::Active => {
                "Dunbar's number: people you know personally and would greet unannounced. \
                 At least once a year keeps them (Hill & Dunbar 2003, Christmas cards)."
            }
            Self::Acquaintance => "People you know but do not keep up with. No maintenance needed.",
            Self::Known => "Names you can put a face to. No maintenance needed.",
        }
    }

    /// Position from the centre, 0 for the support clique.
    pub fn rank(self) -> usize {
        Self::ALL.iter().position(|c| *c == self).unwrap_or(0)
    }
}

impl fmt::Display for Circle {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

use serde::{Deserialize, Serialize};

use crate::tr;

/// What kind of value was given.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum GiftKind {
    /// An article, report or idea (a "vidensgave").
    Knowledge,
    /// An introduction to someone.
    Introduction,
    /// Practical help or advice.
    Help,
    /// A recommendation or endorsement.
    Recommendation,
    /// Sharing their work with my network.
    SharedTheirWork,
}

impl GiftKind {
    /// All kinds in menu order.
    pub const ALL: [Self; 5] = [
        Self::Knowledge,
        Self::Introduction,
        Self::Help,
        Self::Recommendation,
        Self::SharedTheirWork,
    ];

    /// Human label.
    pub fn label(self) -> String {
        match self {
            Self::Knowledge => tr!("gift-kind-knowledge"),
            Self::Introduction => tr!("gift-kind-introduction"),
            Self::Help => tr!("gift-kind-help"),
            Self::Recommendation => tr!("gift-kind-recommendation"),
            Self::SharedTheirWork => tr!("gift-kind-shared-their-work"),
        }
    }

    /// Command-line key.
    pub const fn key(self) -> &'static str {
        match self {
            Self::Knowledge => "knowledge",
            Self::Introduction => "intro",
            Self::Help => "help",
            Self::Recommendation => "recommendation",
            Self::SharedTheirWork => "share",
        }
    }

    /// Parses a command-line key (also accepts a few synonyms).
    pub fn from_key(text: &str) -> Option<Self> {
        match deunicode::deunicode(text.trim()).to_lowercase().as_str() {
            "viden" | "vidensgave" | "knowledge" | "article" | "idea" | "report" => {
                Some(Self::Knowledge)
            }
            "introduktion" | "intro" | "introduction" => Some(Self::Introduction),
            "hjaelp" | "rad" | "help" | "advice" => Some(Self::Help),
            "anbefaling" | "recommendation" | "endorsement" | "recommend" => {
                Some(Self::Recommendation)
            }
            "deling" | "delte" | "share" | "shared" | "shared-their-work" => {
                Some(Self::SharedTheirWork)
            }
            _ => None,
        }
    }
}

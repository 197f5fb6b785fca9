use serde::{Deserialize, Serialize};

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
    pub const fn label(self) -> &'static str {
        match self {
            Self::Knowledge => "Knowledge",
            Self::Introduction => "Introduction",
            Self::Help => "Help",
            Self::Recommendation => "Recommendation",
            Self::SharedTheirWork => "Shared their work",
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
        match text.trim().to_lowercase().as_str() {
            "knowledge" | "article" | "idea" | "report" => Some(Self::Knowledge),
            "intro" | "introduction" => Some(Self::Introduction),
            "help" | "advice" => Some(Self::Help),
            "recommendation" | "endorsement" | "recommend" => Some(Self::Recommendation),
            "share" | "shared" | "shared-their-work" => Some(Self::SharedTheirWork),
            _ => None,
        }
    }
}

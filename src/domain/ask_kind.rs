use serde::{Deserialize, Serialize};

/// What was asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum AskKind {
    /// Their time: a meeting or call.
    Meeting,
    /// An introduction to someone they know.
    Intro,
    /// A favour.
    Favour,
    /// A sale.
    Sale,
    /// A referral or recommendation of me.
    Referral,
}

impl AskKind {
    /// All kinds in menu order.
    pub const ALL: [Self; 5] = [
        Self::Meeting,
        Self::Intro,
        Self::Favour,
        Self::Sale,
        Self::Referral,
    ];

    /// Human label.
    pub const fn label(self) -> &'static str {
        match self {
            Self::Meeting => "Meeting",
            Self::Intro => "Introduction",
            Self::Favour => "Favour",
            Self::Sale => "Sale",
            Self::Referral => "Referral",
        }
    }

    /// Command-line key.
    pub const fn key(self) -> &'static str {
        match self {
            Self::Meeting => "meeting",
            Self::Intro => "intro",
            Self::Favour => "favour",
            Self::Sale => "sale",
            Self::Referral => "referral",
        }
    }

    /// Parses a command-line key (also accepts a few synonyms).
    pub fn from_key(text: &str) -> Option<Self> {
        match text.trim().to_lowercase().as_str() {
            "meeting" | "call" | "coffee" => Some(Self::Meeting),
            "intro" | "introduction" => Some(Self::Intro),
            "favour" | "favor" => Some(Self::Favour),
            "sale" | "sell" => Some(Self::Sale),
            "referral" | "reference" => Some(Self::Referral),
            _ => None,
        }
    }
}

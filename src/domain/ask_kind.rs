use serde::{Deserialize, Serialize};

use crate::tr;

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
    pub fn label(self) -> String {
        match self {
            Self::Meeting => tr!("ask-kind-meeting"),
            Self::Intro => tr!("ask-kind-intro"),
            Self::Favour => tr!("ask-kind-favour"),
            Self::Sale => tr!("ask-kind-sale"),
            Self::Referral => tr!("ask-kind-referral"),
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
        match deunicode::deunicode(text.trim()).to_lowercase().as_str() {
            "mode" | "kaffe" | "meeting" | "call" | "coffee" => Some(Self::Meeting),
            "introduktion" | "intro" | "introduction" => Some(Self::Intro),
            "tjeneste" | "favour" | "favor" => Some(Self::Favour),
            "salg" | "sale" | "sell" => Some(Self::Sale),
            "henvisning" | "referral" | "reference" => Some(Self::Referral),
            _ => None,
        }
    }
}

use serde::{Deserialize, Serialize};

use crate::tr;

/// How a touch happened.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Channel {
    /// Met face to face.
    InPerson,
    /// Phone call.
    Call,
    /// Video call.
    Video,
    /// Chat or text message.
    Message,
    /// E-mail.
    Email,
    /// A social network (comment, post, reaction).
    Social,
    /// Met at an event.
    Event,
    /// A letter or card.
    Letter,
}

impl Channel {
    /// All channels in menu order.
    pub const ALL: [Self; 8] = [
        Self::InPerson,
        Self::Call,
        Self::Video,
        Self::Message,
        Self::Email,
        Self::Social,
        Self::Event,
        Self::Letter,
    ];

    /// Human label.
    pub fn label(self) -> String {
        match self {
            Self::InPerson => tr!("channel-in-person"),
            Self::Call => tr!("channel-call"),
            Self::Video => tr!("channel-video"),
            Self::Message => tr!("channel-message"),
            Self::Email => tr!("channel-email"),
            Self::Social => tr!("channel-social"),
            Self::Event => tr!("channel-event"),
            Self::Letter => tr!("channel-letter"),
        }
    }

    /// Command-line key.
    pub const fn key(self) -> &'static str {
        match self {
            Self::InPerson => "in-person",
            Self::Call => "call",
            Self::Video => "video",
            Self::Message => "message",
            Self::Email => "email",
            Self::Social => "social",
            Self::Event => "event",
            Self::Letter => "letter",
        }
    }

    /// Parses a command-line key or a Danish alias (`opkald`), forgiving case, accents,
    /// spaces and hyphens.
    pub fn from_key(text: &str) -> Option<Self> {
        let wanted: String = deunicode::deunicode(text)
            .chars()
            .filter(char::is_ascii_alphanumeric)
            .collect::<String>()
            .to_lowercase();
        Self::ALL.into_iter().find(|c| {
            c.key().replace('-', "") == wanted || c.danish_keys().contains(&wanted.as_str())
        })
    }

    /// Danish names the command line accepts beside the keys (`--channel opkald`), folded
    /// to lower-case ASCII letters as [`Self::from_key`] compares them.
    const fn danish_keys(self) -> &'static [&'static str] {
        match self {
            Self::InPerson => &["ansigttilansigt", "fysisk", "personligt", "mode"],
            Self::Call => &["opkald", "telefon", "ring"],
            Self::Video => &["videoopkald"],
            Self::Message => &["besked", "sms"],
            Self::Email => &["mail"],
            Self::Social => &["socialemedier", "socialt"],
            Self::Event => &["arrangement", "begivenhed"],
            Self::Letter => &["brev"],
        }
    }
}

use serde::{Deserialize, Serialize};

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
    pub const fn label(self) -> &'static str {
        match self {
            Self::InPerson => "In person",
            Self::Call => "Call",
            Self::Video => "Video",
            Self::Message => "Message",
            Self::Email => "E-mail",
            Self::Social => "Social",
            Self::Event => "Event",
            Self::Letter => "Letter",
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

    /// Parses a command-line key, forgiving case, spaces and hyphens.
    pub fn from_key(text: &str) -> Option<Self> {
        let wanted: String = text
            .chars()
            .filter(char::is_ascii_alphanumeric)
            .collect::<String>()
            .to_lowercase();
        Self::ALL
            .into_iter()
            .find(|c| c.key().replace('-', "") == wanted)
    }
}

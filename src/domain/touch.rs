use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{Channel, ContactId, Direction, TouchId, TouchKind};

/// A dated contact with one or more people.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Touch {
    /// Unique id.
    pub id: TouchId,
    /// The day it happened.
    pub date: NaiveDate,
    /// Everyone it involved (at least one).
    pub contacts: Vec<ContactId>,
    /// How.
    pub channel: Channel,
    /// Who reached out.
    pub direction: Direction,
    /// Meaningful, light, or "shared my work".
    #[serde(default)]
    #[serde(skip_serializing_if = "TouchKind::is_meaningful")]
    pub kind: TouchKind,
    /// What it was about.
    #[serde(default)]
    #[serde(skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// An inbound message still waiting for my answer.
    #[serde(default)]
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub awaiting_reply: bool,
    /// For a touch captured from mail, calendar or `LinkedIn` files, what it came from
    /// (`mail:THREAD:DAY`, `calendar:UID:OCCURRENCE`, `linkedin:CONVERSATION:DAY`); empty
    /// for a touch the user logged. Capturing again never adds a second touch for a key.
    #[serde(default)]
    #[serde(skip_serializing_if = "String::is_empty")]
    pub capture_key: String,
}

impl Touch {
    /// Where a captured touch came from (`mail`, `calendar`, `linkedin`); `None` for one
    /// the user logged.
    pub fn captured_from(&self) -> Option<&str> {
        self.capture_key
            .split_once(':')
            .map(|(kind, _)| kind)
            .filter(|kind| !kind.is_empty())
    }
}

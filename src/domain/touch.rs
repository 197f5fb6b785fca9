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
}

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{AskId, AskKind, AskStatus, ContactId, TouchId};

/// A request I make of a contact.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Ask {
    /// Unique id.
    pub id: AskId,
    /// Who was asked.
    pub contact: ContactId,
    /// The day it was made (or planned).
    pub date: NaiveDate,
    /// What for.
    pub kind: AskKind,
    /// Where it stands.
    pub status: AskStatus,
    /// Made although it was not ready ("ask anyway").
    #[serde(default)]
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub premature: bool,
    /// Details ("intro to their CFO").
    #[serde(default)]
    #[serde(skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// The touch it was made in.
    #[serde(default)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub touch: Option<TouchId>,
}

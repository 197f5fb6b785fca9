use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{AskId, AskKind, AskStatus, ContactId, TouchId};

/// A request I make of a contact.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
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
    pub premature: bool,
    /// Details ("intro to their CFO").
    #[serde(default)]
    pub note: String,
    /// The touch it was made in.
    #[serde(default)]
    pub touch: Option<TouchId>,
}

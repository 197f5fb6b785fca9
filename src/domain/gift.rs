use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{ContactId, Direction, GiftId, GiftKind, LibraryItemId, TouchId};

/// Value given to a contact (outbound) or received from one (inbound).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Gift {
    /// Unique id.
    pub id: GiftId,
    /// The other person.
    pub contact: ContactId,
    /// The day it was given.
    pub date: NaiveDate,
    /// Outbound: I gave. Inbound: they gave me.
    pub direction: Direction,
    /// What kind of value.
    pub kind: GiftKind,
    /// The library item it was, if any.
    #[serde(default)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub item: Option<LibraryItemId>,
    /// What it was.
    #[serde(default)]
    #[serde(skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// The touch it was part of (giving is also a touch).
    #[serde(default)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub touch: Option<TouchId>,
}

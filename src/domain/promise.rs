use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{AskId, ContactId, Direction, PromiseId, TouchId};

/// A dated follow-up on a contact (DESIGN §11): "I'll send you the report by Friday"
/// (outbound: mine to them) or "they will send me the slides" (inbound: theirs to me).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Promise {
    /// Unique id.
    pub id: PromiseId,
    /// Who it was made to (or by).
    pub contact: ContactId,
    /// What was promised ("the Dunbar article").
    pub text: String,
    /// By when.
    pub due: NaiveDate,
    /// The day it was kept; `None` while it is open.
    #[serde(default)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub done: Option<NaiveDate>,
    /// Outbound: I promised them. Inbound: they promised me.
    pub direction: Direction,
    /// The day it was written down.
    pub created: NaiveDate,
    /// The touch it was made in.
    #[serde(default)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub touch: Option<TouchId>,
    /// The ask it answers.
    #[serde(default)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ask: Option<AskId>,
}

impl Promise {
    /// Not kept yet.
    pub fn is_open(&self) -> bool {
        self.done.is_none()
    }
}

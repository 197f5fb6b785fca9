use chrono::NaiveDate;

use super::{AskId, GiftId, PromiseId, TouchId};

/// The records that point at one contact, and a summary of their touches, kept by the
/// network so that per-contact rules (due dates, waiting on you, balance) never scan the
/// whole history: the review of 30,000 people reads this instead of 300,000 touches.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ContactLinks {
    /// Touches involving the contact, by id.
    pub touches: Vec<TouchId>,
    /// Gifts given to or received from the contact, by id.
    pub gifts: Vec<GiftId>,
    /// Asks made of the contact, by id.
    pub asks: Vec<AskId>,
    /// Promises made to or by the contact, by id.
    pub promises: Vec<PromiseId>,
    /// Last meaningful touch (including "shared my work").
    pub last_meaningful: Option<NaiveDate>,
    /// Last like or reaction.
    pub last_light: Option<NaiveDate>,
    /// Last touch in which I reached out.
    pub last_outbound: Option<NaiveDate>,
    /// Inbound touches still marked "awaiting my reply".
    pub awaiting_reply: Vec<TouchId>,
}

impl ContactLinks {
    /// The last touch of any kind.
    pub fn last_touch(&self) -> Option<NaiveDate> {
        self.last_meaningful.max(self.last_light)
    }
}

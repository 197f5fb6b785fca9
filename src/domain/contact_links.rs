use super::{AskId, GiftId, TouchId};

/// The records that point at one contact, kept by the network so that per-contact rules
/// (due dates, balance) never scan the whole history.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ContactLinks {
    /// Touches involving the contact.
    pub touches: Vec<TouchId>,
    /// Gifts given to or received from the contact.
    pub gifts: Vec<GiftId>,
    /// Asks made of the contact.
    pub asks: Vec<AskId>,
}

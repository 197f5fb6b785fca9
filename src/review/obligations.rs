//! "Social, not monologue": who is waiting for your answer, and whom you owe a gift.

use crate::domain::{Contact, Direction, Gift, Network, Touch};

/// The oldest inbound touch still awaiting your reply. One you logged is answered by any
/// later touch of yours; a captured one (a real unanswered message) only by a later
/// message of yours in the same thread, which the capture clears, or by "Replied".
pub fn waiting_on_you<'a>(network: &'a Network, contact: &Contact) -> Option<&'a Touch> {
    let links = network.links(contact.id);
    if links.awaiting_reply.is_empty() {
        return None;
    }
    links
        .awaiting_reply
        .iter()
        .filter_map(|id| network.touch(*id))
        .filter(|t| {
            t.captured_from().is_some() || links.last_outbound.is_none_or(|out| out < t.date)
        })
        .min_by_key(|t| (t.date, t.id))
}

/// The oldest gift they gave you that you have not answered with a gift of your own since.
pub fn owed_gift<'a>(network: &'a Network, contact: &Contact) -> Option<&'a Gift> {
    if network.links(contact.id).gifts.is_empty() {
        return None;
    }
    let last_given = network
        .gifts_of(contact.id)
        .filter(|g| g.direction == Direction::Outbound)
        .map(|g| g.date)
        .max();
    network
        .gifts_of(contact.id)
        .filter(|g| g.direction == Direction::Inbound)
        .filter(|g| last_given.is_none_or(|given| given < g.date))
        .min_by_key(|g| (g.date, g.id))
}

//! "Social, not monologue": who is waiting for your answer, and whom you owe a gift.

use crate::domain::{Contact, ContactLinks, Direction, Gift, Network, Touch};

/// The oldest inbound touch still awaiting your reply. One you logged is answered by any
/// later touch of yours; a captured one (a real unanswered message) only by a later
/// message of yours in the same thread, which the capture clears, or by "Replied".
pub fn waiting_on_you<'a>(network: &'a Network, contact: &Contact) -> Option<&'a Touch> {
    waiting_on_you_in(network, network.links(contact.id))
}

/// [`waiting_on_you`] for a contact whose links are at hand (the review queue looks each
/// contact's links up once).
pub(super) fn waiting_on_you_in<'a>(
    network: &'a Network,
    links: &ContactLinks,
) -> Option<&'a Touch> {
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
    owed_gift_in(network, network.links(contact.id))
}

/// [`owed_gift`] for a contact whose links are at hand.
pub(super) fn owed_gift_in<'a>(network: &'a Network, links: &ContactLinks) -> Option<&'a Gift> {
    if links.gifts.is_empty() {
        return None;
    }
    let gifts = || links.gifts.iter().filter_map(|id| network.gift(*id));
    let last_given = gifts()
        .filter(|g| g.direction == Direction::Outbound)
        .map(|g| g.date)
        .max();
    gifts()
        .filter(|g| g.direction == Direction::Inbound)
        .filter(|g| last_given.is_none_or(|given| given < g.date))
        .min_by_key(|g| (g.date, g.id))
}

//! Matching the gift library to people: best gifts for a contact, and who would value an item.

use std::collections::BTreeSet;

use chrono::NaiveDate;

use crate::domain::{
    Contact, ContactId, Direction, LibraryItem, LibraryItemId, Network, fold::fold,
};

use super::cadence::due_status;

/// Topics a contact cares about: interests and tags, folded for comparison.
fn contact_topics(contact: &Contact) -> BTreeSet<String> {
    contact
        .interests
        .iter()
        .chain(&contact.tags)
        .map(|t| fold(t.trim()))
        .filter(|t| !t.is_empty())
        .collect()
}

fn item_topics(item: &LibraryItem) -> BTreeSet<String> {
    item.topics
        .iter()
        .map(|t| fold(t.trim()))
        .filter(|t| !t.is_empty())
        .collect()
}

/// Library items the contact has already been given.
pub fn items_given_to(network: &Network, contact: ContactId) -> BTreeSet<LibraryItemId> {
    network
        .gifts_of(contact)
        .filter(|g| g.direction == Direction::Outbound)
        .filter_map(|g| g.item)
        .collect()
}

/// A library item matched to a contact.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GiftMatch {
    /// The item.
    pub item: LibraryItemId,
    /// How many topics it shares with the contact's interests and tags.
    pub overlap: usize,
}

/// The library items that best match a contact, most shared topics first, newer items first
/// among equals; never one they already got, never one that shares no topic.
pub fn gifts_for_contact(network: &Network, contact: ContactId, limit: usize) -> Vec<GiftMatch> {
    let Some(person) = network.contact(contact) else {
        return Vec::new();
    };
    let topics = contact_topics(person);
    let given = items_given_to(network, contact);
    let mut matches: Vec<(GiftMatch, NaiveDate)> = network
        .library()
        .filter(|item| !given.contains(&item.id))
        .filter_map(|item| {
            let overlap = item_topics(item).intersection(&topics).count();
            (overlap > 0).then_some((
                GiftMatch {
                    item: item.id,
                    overlap,
                },
                item.added,
            ))
        })
        .collect();
    matches.sort_by(|(a, a_added), (b, b_added)| {
        b.overlap
            .cmp(&a.overlap)
            .then(b_added.cmp(a_added))
            .then(a.item.cmp(&b.item))
    });
    matches.into_iter().take(limit).map(|(m, _)| m).collect()
}

/// A contact who would value a library item.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PersonMatch {
    /// The contact.
    pub contact: ContactId,
    /// Shared topics.
    pub overlap: usize,
    /// Days overdue (negative when not due; `None` without a cadence).
    pub days_overdue: Option<i64>,
}

/// Who would value an item: most shared topics first; among equals inner circles first,
/// then the most overdue, then by name. Never someone who already got it.
pub fn who_would_value(
    network: &Network,
    item: LibraryItemId,
    today: NaiveDate,
    limit: usize,
) -> Vec<PersonMatch> {
    let Some(item) = network.library_item(item) else {
        return Vec::new();
    };
    let topics = item_topics(item);
    let mut people: Vec<(PersonMatch, &Contact)> = network
        .contacts()
        .filter_map(|contact| {
            let overlap = contact_topics(contact).intersection(&topics).count();
            if overlap == 0 || items_given_to(network, contact.id).contains(&item.id) {
                return None;
            }
            let days_overdue = due_status(network, contact, today).map(|s| s.days_overdue);
            Some((
                PersonMatch {
                    contact: contact.id,
                    overlap,
                    days_overdue,
                },
                contact,
            ))
        })
        .collect();
    people.sort_by(|(a, a_contact), (b, b_contact)| {
        b.overlap
            .cmp(&a.overlap)
            .then(a_contact.circle.cmp(&b_contact.circle))
            .then(b.days_overdue.cmp(&a.days_overdue))
            .then(a_contact.display_name.cmp(&b_contact.display_name))
            .then(a.contact.cmp(&b.contact))
    });
    people.into_iter().take(limit).map(|(m, _)| m).collect()
}

//! The gift library as one-step changes: add, edit and delete items, and give an item to
//! several people at once.

use crate::domain::{
    Channel, ContactId, Direction, Gift, GiftId, GiftKind, LibraryItem, LibraryItemId, Network,
    Touch, TouchId, TouchKind,
};
use crate::i18n::tr;

use super::Action;

/// Adds an item to the library; its id is taken fresh from the network and returned with
/// the action.
pub fn add_library_item(network: &Network, mut item: LibraryItem) -> (LibraryItemId, Action) {
    let id = LibraryItemId::new(network.fresh_id());
    item.id = id;
    let label = tr!("action-add-to-library", title = item.title.as_str());
    (
        id,
        Action::batch(label, vec![Action::InsertLibraryItem(Box::new(item))]),
    )
}

/// Replaces an item of the library; `None` when nothing changed or it is gone.
pub fn edit_library_item(network: &Network, item: LibraryItem) -> Option<Action> {
    let old = network.library_item(item.id)?;
    (*old != item).then(|| {
        let label = tr!("action-edit-item", title = item.title.as_str());
        Action::batch(label, vec![Action::ReplaceLibraryItem(Box::new(item))])
    })
}

/// Deletes an item from the library. Gifts that were this item keep its title in their
/// note, so the people's timelines still say what they got; one undo restores both.
pub fn delete_library_item(network: &Network, id: LibraryItemId) -> Option<Action> {
    let item = network.library_item(id)?;
    let mut actions: Vec<Action> = network
        .gifts()
        .filter(|g| g.item == Some(id))
        .map(|gift| {
            let mut edited = gift.clone();
            edited.item = None;
            if edited.note.is_empty() {
                edited.note.clone_from(&item.title);
            }
            Action::ReplaceGift(Box::new(edited))
        })
        .collect();
    actions.push(Action::RemoveLibraryItem(id));
    Some(Action::batch(
        tr!("action-delete-from-library", title = item.title.as_str()),
        actions,
    ))
}

/// Gives a library item to each of `contacts`: for each person a touch and a knowledge gift
/// that points to the item, all in one undo step. Unknown contacts are left out; `None`
/// when nobody is left or the item is gone.
pub fn give_item(
    network: &Network,
    item: LibraryItemId,
    contacts: &[ContactId],
    date: chrono::NaiveDate,
    channel: Channel,
) -> Option<Action> {
    let item = network.library_item(item)?;
    let people: Vec<ContactId> = contacts
        .iter()
        .copied()
        .filter(|id| network.contact(*id).is_some())
        .collect();
    let mut ids = network.fresh_ids(u64::MAX);
    let mut next = || ids.next().unwrap_or(u64::MAX);
    let mut actions = Vec::with_capacity(people.len() * 2);
    for contact in &people {
        let touch = TouchId::new(next());
        actions.push(Action::InsertTouch(Box::new(Touch {
            id: touch,
            date,
            contacts: vec![*contact],
            channel,
            direction: Direction::Outbound,
            kind: TouchKind::Meaningful,
            note: tr!("action-gave-note", title = item.title.as_str()),
            awaiting_reply: false,
            capture_key: String::new(),
        })));
        actions.push(Action::InsertGift(Box::new(Gift {
            id: GiftId::new(next()),
            contact: *contact,
            date,
            direction: Direction::Outbound,
            kind: GiftKind::Knowledge,
            item: Some(item.id),
            note: String::new(),
            touch: Some(touch),
        })));
    }
    let who = match people.as_slice() {
        [] => return None,
        [one] => network
            .contact(*one)
            .map_or_else(String::new, |c| c.display_name.clone()),
        many => tr!("action-n-people", count = many.len()),
    };
    Some(Action::batch(
        tr!("action-give", title = item.title.as_str(), who = who),
        actions,
    ))
}

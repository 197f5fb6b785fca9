//! Builders for everyday edits, each one undo step.

use chrono::NaiveDate;

use crate::domain::{Ask, AskId, AskKind, AskStatus, Contact, ContactId, Network};

use super::Action;

/// Changes several contacts with `change`; one undo step. `None` when nothing changes.
pub fn update_contacts(
    network: &Network,
    ids: &[ContactId],
    label: &str,
    change: impl Fn(&mut Contact),
) -> Option<Action> {
    let actions: Vec<Action> = ids
        .iter()
        .filter_map(|id| network.contact(*id))
        .filter_map(|contact| {
            let mut edited = contact.clone();
            change(&mut edited);
            (edited != *contact).then(|| Action::ReplaceContact(Box::new(edited)))
        })
        .collect();
    (!actions.is_empty()).then(|| Action::batch(label, actions))
}

/// Plans an ask: it waits in the review until it is ready.
pub fn plan_ask(
    network: &Network,
    contact: ContactId,
    kind: AskKind,
    note: &str,
    today: NaiveDate,
) -> Action {
    Action::batch(
        "plan ask",
        vec![Action::InsertAsk(Box::new(Ask {
            id: AskId::new(network.fresh_id()),
            contact,
            date: today,
            kind,
            status: AskStatus::Planned,
            premature: false,
            note: note.trim().to_owned(),
            touch: None,
        }))],
    )
}

/// Changes an ask's status (answered, withdrawn, or a plan made real).
pub fn set_ask_status(network: &Network, ask: AskId, status: AskStatus) -> Option<Action> {
    let mut edited = network.ask(ask)?.clone();
    edited.status = status;
    Some(Action::batch(
        format!("mark ask {}", status.label().to_lowercase()),
        vec![Action::ReplaceAsk(Box::new(edited))],
    ))
}

/// Clears "awaiting my reply" on a contact's inbound touches ("replied").
pub fn mark_replied(network: &Network, contact: ContactId) -> Option<Action> {
    let actions: Vec<Action> = network
        .touches_of(contact)
        .filter(|t| t.awaiting_reply)
        .map(|t| {
            let mut edited = t.clone();
            edited.awaiting_reply = false;
            Action::ReplaceTouch(Box::new(edited))
        })
        .collect();
    (!actions.is_empty()).then(|| Action::batch("mark replied", actions))
}

/// Removes a contact for good, with their gifts and asks; touches shared with others keep
/// the others. One undo step restores everything exactly.
pub fn purge_contact(network: &Network, id: ContactId) -> Option<Action> {
    let contact = network.contact(id)?;
    let mut actions: Vec<Action> = Vec::new();
    actions.extend(network.gifts_of(id).map(|g| Action::RemoveGift(g.id)));
    actions.extend(network.asks_of(id).map(|a| Action::RemoveAsk(a.id)));
    for touch in network.touches_of(id) {
        let others: Vec<ContactId> = touch
            .contacts
            .iter()
            .copied()
            .filter(|c| *c != id)
            .collect();
        if others.is_empty() {
            // Gifts and asks of other people may hang on this touch; detach them first.
            for gift in network
                .gifts()
                .filter(|g| g.touch == Some(touch.id) && g.contact != id)
            {
                let mut edited = gift.clone();
                edited.touch = None;
                actions.push(Action::ReplaceGift(Box::new(edited)));
            }
            for ask in network
                .asks()
                .filter(|a| a.touch == Some(touch.id) && a.contact != id)
            {
                let mut edited = ask.clone();
                edited.touch = None;
                actions.push(Action::ReplaceAsk(Box::new(edited)));
            }
            actions.push(Action::RemoveTouch(touch.id));
        } else {
            let mut edited = touch.clone();
            edited.contacts = others;
            actions.push(Action::ReplaceTouch(Box::new(edited)));
        }
    }
    actions.push(Action::RemoveContact(id));
    Some(Action::batch(
        format!("delete {} for good", contact.display_name),
        actions,
    ))
}

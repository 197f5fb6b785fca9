//! Builders for everyday edits, each one undo step.

use crate::i18n::tr;
use chrono::NaiveDate;

use crate::domain::{
    Ask, AskId, AskKind, AskStatus, Circle, Contact, ContactId, Network, ReviewRecord,
};
use crate::review::{ReviewItem, ReviewSection};

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

/// Hides a contact from the review until `until` (the review shows them again that day).
pub fn snooze(network: &Network, contact: ContactId, until: NaiveDate) -> Option<Action> {
    let name = network.contact(contact)?.display_name.clone();
    update_contacts(
        network,
        &[contact],
        &tr!("action-snooze", name = name, until = until.to_string()),
        |c| c.snoozed_until = Some(until),
    )
}

/// Skips a contact in today's review: hidden until tomorrow, one undo step, and still
/// hidden after the review is finished.
pub fn skip_in_review(network: &Network, contact: ContactId, today: NaiveDate) -> Option<Action> {
    let name = network.contact(contact)?.display_name.clone();
    let until = today.succ_opt()?;
    update_contacts(network, &[contact], &tr!("action-skip", name = name), |c| {
        c.snoozed_until = Some(until);
    })
}

/// Moves a contact to another circle.
pub fn move_circle(network: &Network, contact: ContactId, circle: Circle) -> Option<Action> {
    let name = network.contact(contact)?.display_name.clone();
    update_contacts(
        network,
        &[contact],
        &tr!(
            "action-move-one",
            name = name,
            circle = circle.label().to_lowercase()
        ),
        |c| c.circle = circle,
    )
}

/// Records a finished weekly review: how many people were overdue in `queue` (the queue as
/// the review began) and how many items were handled.
pub fn finish_review(queue: &[ReviewItem], handled: usize, today: NaiveDate) -> Action {
    let overdue = queue
        .iter()
        .filter(|i| i.section == ReviewSection::Overdue)
        .count();
    Action::PushReview(ReviewRecord {
        date: today,
        overdue: u32::try_from(overdue).unwrap_or(u32::MAX),
        handled: u32::try_from(handled).unwrap_or(u32::MAX),
    })
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
        tr!("action-plan-ask"),
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
        tr!("action-mark-ask", status = status.label().to_lowercase()),
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
    (!actions.is_empty()).then(|| Action::batch(tr!("action-mark-replied"), actions))
}

/// Removes a contact for good, with their gifts and asks; touches shared with others keep
/// the others. One undo step restores everything exactly.
pub fn purge_contact(network: &Network, id: ContactId) -> Option<Action> {
    let contact = network.contact(id)?;
    let mut actions: Vec<Action> = Vec::new();
    actions.extend(network.gifts_of(id).map(|g| Action::RemoveGift(g.id)));
    actions.extend(network.promises_of(id).map(|p| Action::RemovePromise(p.id)));
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
            for promise in network
                .promises()
                .filter(|p| p.touch == Some(touch.id) && p.contact != id)
            {
                let mut edited = promise.clone();
                edited.touch = None;
                actions.push(Action::ReplacePromise(Box::new(edited)));
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
        tr!("action-purge", name = contact.display_name.as_str()),
        actions,
    ))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)] // test code

    use super::*;
    use crate::review::review_queue;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn network_with(circle: Circle) -> (Network, ContactId) {
        let mut network = Network::new();
        let id = ContactId::new(network.fresh_id());
        let contact = Contact::new(id, "Ada", circle, day(2025, 1, 1));
        Action::InsertContact(Box::new(contact))
            .apply(&mut network)
            .unwrap();
        (network, id)
    }

    #[test]
    fn snooze_hides_from_the_review_until_the_day() {
        let (mut network, id) = network_with(Circle::Support);
        let today = day(2026, 3, 16);
        assert_eq!(review_queue(&network, today).len(), 1);
        snooze(&network, id, day(2026, 3, 23))
            .unwrap()
            .apply(&mut network)
            .unwrap();
        assert!(review_queue(&network, today).is_empty());
        assert_eq!(review_queue(&network, day(2026, 3, 23)).len(), 1);
    }

    #[test]
    fn move_circle_changes_the_circle_and_nothing_when_unchanged() {
        let (mut network, id) = network_with(Circle::Support);
        assert!(move_circle(&network, id, Circle::Support).is_none());
        move_circle(&network, id, Circle::Known)
            .unwrap()
            .apply(&mut network)
            .unwrap();
        assert_eq!(network.contact(id).unwrap().circle, Circle::Known);
    }

    #[test]
    fn finish_review_counts_overdue_and_handled() {
        let (network, _) = network_with(Circle::Support);
        let today = day(2026, 3, 16);
        let action = finish_review(&review_queue(&network, today), 3, today);
        assert_eq!(
            action,
            Action::PushReview(ReviewRecord {
                date: today,
                overdue: 1,
                handled: 3
            })
        );
    }
}

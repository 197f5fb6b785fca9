//! Every action kind round-trips: apply, undo → identical network, redo → identical to after
//! apply; and the per-contact index stays equal to a fresh rebuild throughout.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)] // test code

use crate::common;

use common::d;
use dunbar::actions::{Action, History, LogEntry, edits};
use dunbar::domain::{
    Ask, AskId, AskKind, AskStatus, Cadences, Channel, Circle, Contact, ContactId, Direction, Gift,
    GiftId, GiftKind, ImportBatch, ImportBatchId, LibraryItem, LibraryItemId, Network, Profile,
    ReviewRecord, Touch, TouchId, TouchKind,
};
use dunbar::generate::{GenerateSpec, generate_network};
use dunbar::storage::file_format::to_text;

fn sample() -> Network {
    generate_network(&GenerateSpec::new(60, 3), d("2026-11-22")).unwrap()
}

fn assert_index_fresh(network: &Network) {
    let mut rebuilt = network.clone();
    rebuilt.validate_and_index().unwrap();
    for contact in network.all_contacts() {
        assert_eq!(
            network.links(contact.id),
            rebuilt.links(contact.id),
            "links of {}",
            contact.id
        );
    }
}

/// Compares two networks by their data-file text and names the first differing line (the
/// `Debug` dump of a whole network is too long to read).
fn assert_same(left: &Network, right: &Network, what: &str) {
    let (a, b) = (to_text(left).unwrap(), to_text(right).unwrap());
    if a != b {
        let line = a
            .lines()
            .zip(b.lines())
            .position(|(x, y)| x != y)
            .unwrap_or(0);
        panic!(
            "{what}: first difference at line {line}: {:?} vs {:?}",
            a.lines().nth(line),
            b.lines().nth(line)
        );
    }
    assert!(left == right, "{what}: equal text but unequal networks");
}

fn round_trip(network: &mut Network, action: Action) {
    let before = network.clone();
    let mut history = History::new(10);
    history.apply(network, action).unwrap();
    let after = network.clone();
    assert!(before != after, "the action changed nothing");
    assert_index_fresh(network);
    history.undo(network).unwrap().unwrap();
    assert_same(network, &before, "undo did not restore the network");
    assert_index_fresh(network);
    history.redo(network).unwrap().unwrap();
    assert_same(network, &after, "redo did not re-apply the action");
    assert_index_fresh(network);
}

fn first_contact(network: &Network) -> Contact {
    network.contacts().next().unwrap().clone()
}

#[test]
fn contact_actions_round_trip() {
    let mut network = sample();
    let id = ContactId::new(network.fresh_id());
    let new = Contact::new(id, "Søren Ærø", Circle::Affinity, d("2026-11-22"));
    round_trip(&mut network, Action::InsertContact(Box::new(new)));

    let mut edited = first_contact(&network);
    edited.company = "Ørsted".to_owned();
    edited.tags.insert("board".to_owned());
    round_trip(&mut network, Action::ReplaceContact(Box::new(edited)));

    let lonely = ContactId::new(network.fresh_id());
    network = {
        let mut n = network;
        Action::InsertContact(Box::new(Contact::new(
            lonely,
            "Lonely",
            Circle::Known,
            d("2026-11-22"),
        )))
        .apply(&mut n)
        .unwrap();
        n
    };
    round_trip(&mut network, Action::RemoveContact(lonely));
}

#[test]
fn everyday_edits_round_trip() {
    let mut network = sample();
    let ids: Vec<ContactId> = network.contacts().take(2).map(|c| c.id).collect();
    let today = d("2026-11-22");
    let action =
        edits::update_contacts(&network, &ids, "move", |c| c.circle = Circle::Known).unwrap();
    round_trip(&mut network, action);
    let action =
        edits::update_contacts(&network, &ids, "trash", |c| c.trashed_on = Some(today)).unwrap();
    round_trip(&mut network, action);
    let action =
        edits::update_contacts(&network, &ids, "snooze", |c| c.snoozed_until = Some(today))
            .unwrap();
    round_trip(&mut network, action);
    let action = edits::plan_ask(&network, ids[0], AskKind::Intro, "CFO", today);
    round_trip(&mut network, action);
    // Delete for good: the contact with all their touches, gifts and asks.
    let busiest = network
        .contacts()
        .max_by_key(|c| network.links(c.id).touches.len() + network.links(c.id).gifts.len())
        .unwrap()
        .id;
    assert!(!network.links(busiest).touches.is_empty());
    let action = edits::purge_contact(&network, busiest).unwrap();
    round_trip(&mut network, action);
}

#[test]
fn touch_gift_and_ask_actions_round_trip() {
    let mut network = sample();
    let who = first_contact(&network).id;
    let today = d("2026-11-22");
    let mut entry = LogEntry::new(vec![who], today, Channel::Video);
    entry.gave = Some(GiftKind::Introduction);
    entry.asked = Some(AskKind::Referral);
    entry.ask_anyway = true;
    let action = entry.to_action(&network, today).unwrap();
    round_trip(&mut network, action);

    let touch_id = TouchId::new(network.fresh_id());
    let touch = Touch {
        id: touch_id,
        date: today,
        contacts: vec![who],
        channel: Channel::Social,
        direction: Direction::Inbound,
        kind: TouchKind::Light,
        note: "liked my post".to_owned(),
        awaiting_reply: true,
        capture_key: String::new(),
    };
    round_trip(&mut network, Action::InsertTouch(Box::new(touch.clone())));
    let mut replied = touch.clone();
    replied.awaiting_reply = false;
    replied.contacts.push(network.contacts().nth(1).unwrap().id);
    round_trip(&mut network, Action::ReplaceTouch(Box::new(replied)));
    round_trip(&mut network, Action::RemoveTouch(touch_id));

    let gift = Gift {
        id: GiftId::new(network.fresh_id()),
        contact: who,
        date: today,
        direction: Direction::Inbound,
        kind: GiftKind::Help,
        item: None,
        note: String::new(),
        touch: None,
    };
    round_trip(&mut network, Action::InsertGift(Box::new(gift.clone())));
    let mut regift = gift.clone();
    regift.kind = GiftKind::Recommendation;
    round_trip(&mut network, Action::ReplaceGift(Box::new(regift)));
    round_trip(&mut network, Action::RemoveGift(gift.id));

    let ask = Ask {
        id: AskId::new(network.fresh_id()),
        contact: who,
        date: today,
        kind: AskKind::Sale,
        status: AskStatus::Open,
        premature: true,
        note: String::new(),
        touch: None,
    };
    round_trip(&mut network, Action::InsertAsk(Box::new(ask.clone())));
    let action = edits::set_ask_status(&network, ask.id, AskStatus::Declined).unwrap();
    round_trip(&mut network, action);
    round_trip(&mut network, Action::RemoveAsk(ask.id));
}

#[test]
fn library_import_review_profile_and_cadence_actions_round_trip() {
    let mut network = sample();
    let item = LibraryItem {
        id: LibraryItemId::new(network.fresh_id()),
        title: "Ten questions about energy".to_owned(),
        link: "https://example.org".to_owned(),
        why: "Short and useful.".to_owned(),
        topics: ["energy".to_owned()].into(),
        added: d("2026-11-22"),
    };
    round_trip(
        &mut network,
        Action::InsertLibraryItem(Box::new(item.clone())),
    );
    let mut retitled = item.clone();
    retitled.title = "Eleven questions".to_owned();
    round_trip(&mut network, Action::ReplaceLibraryItem(Box::new(retitled)));
    round_trip(&mut network, Action::RemoveLibraryItem(item.id));

    let batch = ImportBatch {
        id: ImportBatchId::new(network.fresh_id()),
        source: "Connections.csv".to_owned(),
        date: d("2026-11-22"),
        added: 0,
        merged: 0,
    };
    round_trip(&mut network, Action::InsertImport(Box::new(batch.clone())));
    round_trip(&mut network, Action::RemoveImport(batch.id));

    round_trip(
        &mut network,
        Action::PushReview(ReviewRecord {
            date: d("2026-11-22"),
            overdue: 4,
            handled: 9,
        }),
    );
    round_trip(&mut network, Action::PopReview);
    round_trip(
        &mut network,
        Action::SetProfile(Box::new(Profile {
            name: "Kim".into(),
            company: "LEGO".into(),
            role: "CTO".into(),
            ..Profile::default()
        })),
    );
    let mut cadences = Cadences::default();
    cadences.set(Circle::Support, Some(3));
    cadences.set(Circle::Known, Some(900));
    round_trip(&mut network, Action::SetCadences(Box::new(cadences)));
}

#[test]
fn a_failing_batch_changes_nothing() {
    let mut network = sample();
    let before = network.clone();
    let id = ContactId::new(network.fresh_id());
    let batch = Action::batch(
        "half good",
        vec![
            Action::InsertContact(Box::new(Contact::new(
                id,
                "Fine",
                Circle::Known,
                d("2026-11-22"),
            ))),
            Action::RemoveContact(ContactId::new(999_999)),
        ],
    );
    assert!(batch.apply(&mut network).is_err());
    assert_same(&network, &before, "unchanged");
    assert_index_fresh(&network);
}

#[test]
fn broken_references_are_refused() {
    let mut network = sample();
    let before = network.clone();
    let dangling = Action::InsertTouch(Box::new(Touch {
        id: TouchId::new(network.fresh_id()),
        date: d("2026-11-22"),
        contacts: vec![ContactId::new(999_999)],
        channel: Channel::Call,
        direction: Direction::Outbound,
        kind: TouchKind::Meaningful,
        note: String::new(),
        awaiting_reply: false,
        capture_key: String::new(),
    }));
    assert!(dangling.apply(&mut network).is_err());
    let busy = network
        .contacts()
        .find(|c| !network.links(c.id).touches.is_empty())
        .unwrap()
        .id;
    assert!(
        Action::RemoveContact(busy).apply(&mut network).is_err(),
        "touches still point at them"
    );
    let mut nameless = first_contact(&network);
    nameless.display_name = "  ".to_owned();
    assert!(
        Action::ReplaceContact(Box::new(nameless))
            .apply(&mut network)
            .is_err()
    );
    assert_same(&network, &before, "unchanged");
}

#[test]
fn undo_history_stays_small_on_a_large_network() {
    let mut network = generate_network(&GenerateSpec::new(3_000, 5), d("2026-11-22")).unwrap();
    let data_size = to_text(&network).unwrap().len();
    let mut history = History::new(100);
    let ids: Vec<ContactId> = network.contacts().map(|c| c.id).collect();
    for (step, id) in ids.iter().take(100).enumerate() {
        let circle = if step % 2 == 0 {
            Circle::Known
        } else {
            Circle::Acquaintance
        };
        let action =
            edits::update_contacts(&network, &[*id], "move", |c| c.circle = circle).unwrap();
        history.apply(&mut network, action).unwrap();
    }
    let held = history.approximate_size();
    assert!(
        held * 10 < data_size,
        "history holds {held} bytes for data of {data_size}"
    );
    // And every one of the hundred steps can be undone.
    let mut undone = 0;
    while history.undo(&mut network).unwrap().is_some() {
        undone += 1;
    }
    assert_eq!(undone, 100);
}

#[test]
fn the_session_says_which_contacts_each_step_touched() {
    use dunbar::actions::Touched;
    use dunbar::session::Session;
    use std::collections::BTreeSet;

    let dir = tempfile::tempdir().unwrap();
    let mut session = Session::create_with(dir.path(), sample(), "test").unwrap();
    let created = session.revision();
    let ids: Vec<ContactId> = session.network().contacts().map(|c| c.id).collect();

    // Logging a touch with two people touches both.
    let entry = LogEntry::new(vec![ids[0], ids[1]], d("2026-11-20"), Channel::Call);
    let log = entry.to_action(session.network(), d("2026-11-22")).unwrap();
    session.apply(log).unwrap();
    let both = Touched::Contacts(BTreeSet::from([ids[0], ids[1]]));
    assert_eq!(session.changes_since(created), both);
    assert_eq!(
        session.changes_since(session.revision()),
        Touched::default()
    );

    // Undo removes the touch (the action names only its id; the redo it leaves names the
    // people), and a move to another circle touches one more.
    let logged = session.revision();
    session.undo().unwrap();
    assert_eq!(session.changes_since(logged), both);
    let moved = edits::update_contacts(session.network(), &ids[2..3], "move", |c| {
        c.circle = if c.circle == Circle::Support {
            Circle::Known
        } else {
            Circle::Support
        };
    })
    .unwrap();
    session.apply(moved).unwrap();
    assert_eq!(
        session.changes_since(logged),
        Touched::Contacts(BTreeSet::from([ids[0], ids[1], ids[2]]))
    );

    // Cadences concern everyone; so does anything from before the network was replaced.
    let mut cadences = Cadences::default();
    cadences.set(Circle::Support, Some(3));
    let before = session.revision();
    session
        .apply(Action::SetCadences(Box::new(cadences)))
        .unwrap();
    assert_eq!(session.changes_since(before), Touched::Everything);
    assert_eq!(session.changes_since(0), Touched::Everything);
}

//! What is due on a day (DESIGN §11, and the reminders of §14): open promises by their due
//! day, and the coming calendar events with known people. Pure functions of (network, day).

use chrono::{Days, NaiveDate};

use crate::domain::{ContactId, Network, Promise, UpcomingEvent};

/// How many days ahead the review's "Coming up" looks (today included).
pub const COMING_UP_DAYS: u64 = 7;

/// Whether a contact is known and not in the trash.
fn present(network: &Network, id: ContactId) -> bool {
    network.contact(id).is_some_and(|c| !c.is_trashed())
}

/// Open promises due on `day` exactly, earliest made first.
pub fn promises_due_on(network: &Network, day: NaiveDate) -> Vec<&Promise> {
    let mut due: Vec<&Promise> = network
        .promises()
        .filter(|p| p.is_open() && p.due == day && present(network, p.contact))
        .collect();
    due.sort_by_key(|p| (p.created, p.id));
    due
}

/// Open promises due on `day` or before, the oldest due first.
pub fn promises_due_by(network: &Network, day: NaiveDate) -> Vec<&Promise> {
    let mut due: Vec<&Promise> = network
        .promises()
        .filter(|p| p.is_open() && p.due <= day && present(network, p.contact))
        .collect();
    due.sort_by_key(|p| (p.due, p.id));
    due
}

/// A contact's open promises, both ways, by due day.
pub fn open_promises_of(network: &Network, contact: ContactId) -> Vec<&Promise> {
    let mut open: Vec<&Promise> = network
        .promises_of(contact)
        .filter(|p| p.is_open())
        .collect();
    open.sort_by_key(|p| (p.due, p.id));
    open
}

/// The known, present people of an event.
pub fn event_contacts(network: &Network, event: &UpcomingEvent) -> Vec<ContactId> {
    event
        .contacts
        .iter()
        .copied()
        .filter(|id| present(network, *id))
        .collect()
}

/// Coming events that start on `day` with at least one known person, by start time. The
/// same occurrence read from two calendars counts once.
pub fn events_on(network: &Network, day: NaiveDate) -> Vec<&UpcomingEvent> {
    events_between(network, day, day)
}

/// Coming events from `today` through the next [`COMING_UP_DAYS`] days (today included),
/// by start time.
pub fn coming_up(network: &Network, today: NaiveDate) -> Vec<&UpcomingEvent> {
    let last = today
        .checked_add_days(Days::new(COMING_UP_DAYS - 1))
        .unwrap_or(today);
    events_between(network, today, last)
}

fn events_between(network: &Network, first: NaiveDate, last: NaiveDate) -> Vec<&UpcomingEvent> {
    let mut events: Vec<&UpcomingEvent> = network
        .upcoming_events()
        .filter(|e| (first..=last).contains(&e.start.date()))
        .filter(|e| !event_contacts(network, e).is_empty())
        .collect();
    events.sort_by(|a, b| a.start.cmp(&b.start).then_with(|| a.uid.cmp(&b.uid)));
    events.dedup_by(|a, b| a.uid == b.uid && a.start == b.start);
    events
}

/// The contacts with a coming event in the next [`COMING_UP_DAYS`] days (the Contacts
/// screen's "This week").
pub fn contacts_coming_up(network: &Network, today: NaiveDate) -> Vec<ContactId> {
    let mut ids: Vec<ContactId> = coming_up(network, today)
        .into_iter()
        .flat_map(|e| event_contacts(network, e))
        .collect();
    ids.sort_unstable();
    ids.dedup();
    ids
}

/// A contact's coming events from `today` on (any distance), by start time.
pub fn events_with(network: &Network, contact: ContactId, today: NaiveDate) -> Vec<&UpcomingEvent> {
    let mut events: Vec<&UpcomingEvent> = network
        .upcoming_events()
        .filter(|e| e.start.date() >= today && e.contacts.contains(&contact))
        .collect();
    events.sort_by_key(|e| e.start);
    events.dedup_by(|a, b| a.uid == b.uid && a.start == b.start);
    events
}

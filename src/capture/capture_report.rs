use std::collections::BTreeMap;

use chrono::NaiveDate;

use super::SkipReason;

/// Someone I write with who is not in Dunbar: messages each way over the last 12 months.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NotInDunbar {
    /// The display name they use most.
    pub name: String,
    /// Their address.
    pub address: String,
    /// Messages I sent them.
    pub sent: usize,
    /// Messages they sent me.
    pub received: usize,
    /// The day of the last message either way.
    pub last: NaiveDate,
}

/// What a capture found for one contact.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PerContact {
    /// The contact's name.
    pub name: String,
    /// New touches.
    pub touches: usize,
    /// Of them, awaiting my reply.
    pub awaiting_reply: usize,
}

/// What a capture will do (the preview) or did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CaptureReport {
    /// New touch records.
    pub touches: usize,
    /// Contacts with a new touch.
    pub contacts: usize,
    /// New touches awaiting my reply.
    pub awaiting_reply: usize,
    /// Touches whose awaited reply a later message of mine answered.
    pub replied: usize,
    /// Messages read.
    pub messages: usize,
    /// People I write with who are not in Dunbar.
    pub not_in_dunbar: Vec<NotInDunbar>,
    /// Skipped items by reason.
    pub skipped: BTreeMap<SkipReason, usize>,
    /// New touches per contact, most first.
    pub per_contact: Vec<PerContact>,
    /// Coming calendar events with known people, kept for the review's "Coming up".
    pub upcoming: usize,
    /// Addresses that look like mine (the senders of my Sent mail) when the profile has none.
    pub proposed_me: Vec<String>,
}

impl CaptureReport {
    /// Everything skipped, whatever the reason.
    pub fn skipped_total(&self) -> usize {
        self.skipped.values().sum()
    }
}

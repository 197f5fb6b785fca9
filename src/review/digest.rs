//! What a reminder says on a day (DESIGN §14): people waiting on a reply, promises due,
//! meetings with known people today, birthdays today, the weekly review due — one line for
//! one notification. No IO, no clock: `today` is a
//! parameter.

use chrono::NaiveDate;

use crate::domain::Network;
use crate::tr;

use super::agenda::{events_on, promises_due_by};
use super::obligations::waiting_on_you;
use super::review_streak::review_streak;

/// What is due today, counted for one notification.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Digest {
    /// No weekly review in the last 7 days (or never one, once there are people).
    pub review_due: bool,
    /// People who wrote and wait for my answer.
    pub waiting: usize,
    /// Open promises due today or earlier (the review's "Promised").
    pub promises_due: usize,
    /// Meetings with known people today.
    pub meetings_today: usize,
    /// The people whose birthday is today, by name.
    pub birthdays: Vec<String>,
}

impl Digest {
    /// What is due on `today` in `network`.
    pub fn of(network: &Network, today: NaiveDate) -> Self {
        let people: Vec<_> = network.contacts().filter(|c| !c.is_trashed()).collect();
        let waiting = people
            .iter()
            .filter(|c| waiting_on_you(network, c).is_some())
            .count();
        let mut birthdays: Vec<String> = people
            .iter()
            .filter(|c| {
                c.birthday
                    .and_then(|b| b.next_occurrence(today))
                    .is_some_and(|next| next == today)
            })
            .map(|c| c.display_name.clone())
            .collect();
        birthdays.sort();
        Self {
            review_due: !people.is_empty() && review_streak(network.reviews(), today).badge,
            waiting,
            promises_due: promises_due_by(network, today).len(),
            meetings_today: events_on(network, today).len(),
            birthdays,
        }
    }

    /// Nothing is due: no notification.
    pub fn is_empty(&self) -> bool {
        !self.review_due
            && self.waiting == 0
            && self.promises_due == 0
            && self.meetings_today == 0
            && self.birthdays.is_empty()
    }

    /// The digest as one line in this thread's language ("3 people waiting on you · 2
    /// promises due · weekly review due"); `None` when nothing is due.
    pub fn line(&self) -> Option<String> {
        let mut parts: Vec<String> = Vec::new();
        if self.waiting > 0 {
            parts.push(tr!("digest-waiting", count = self.waiting));
        }
        if self.promises_due > 0 {
            parts.push(tr!("digest-promises", count = self.promises_due));
        }
        if self.meetings_today > 0 {
            parts.push(tr!("digest-meetings", count = self.meetings_today));
        }
        if !self.birthdays.is_empty() {
            parts.push(tr!(
                "digest-birthdays",
                count = self.birthdays.len(),
                names = self.birthdays.join(", ")
            ));
        }
        if self.review_due {
            parts.push(tr!("digest-review-due"));
        }
        (!parts.is_empty()).then(|| parts.join(" \u{b7} "))
    }
}

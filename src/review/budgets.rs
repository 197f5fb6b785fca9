//! Circle budgets: soft limits, never refusals.

use chrono::NaiveDate;

use crate::domain::{Circle, Contact, ContactId, Network};

use super::CircleFill;
use super::cadence::last_touches;

/// Most people suggested to move out of one circle.
const MOVE_OUT_SUGGESTIONS: usize = 5;

/// Fill of every circle, innermost first, with move-out suggestions for those over budget.
pub fn circle_fills(network: &Network) -> Vec<CircleFill> {
    let mut members = CircleMembers::default();
    for contact in network.contacts() {
        members.add(contact, last_touches(network, contact).any);
    }
    fills_of(members)
}

/// Each circle's people with the day they were last touched (never: since they were
/// added), gathered while something else walks the network (the review queue).
#[derive(Default)]
pub(super) struct CircleMembers(Vec<Vec<(NaiveDate, ContactId)>>);

impl CircleMembers {
    /// Counts `contact`, last touched on `last`.
    pub(super) fn add(&mut self, contact: &Contact, last: Option<NaiveDate>) {
        if self.0.is_empty() {
            self.0 = vec![Vec::new(); Circle::ALL.len()];
        }
        if let Some(list) = self.0.get_mut(contact.circle.rank()) {
            list.push((last.unwrap_or(contact.created), contact.id));
        }
    }
}

/// The fills of circles whose members are known.
pub(super) fn fills_of(members: CircleMembers) -> Vec<CircleFill> {
    let mut members = members.0;
    members.resize(Circle::ALL.len(), Vec::new());
    let mut cumulative = 0;
    Circle::ALL
        .into_iter()
        .zip(members)
        .map(|(circle, people)| {
            cumulative += people.len();
            let budget = circle.budget();
            let mut fill = CircleFill {
                circle,
                count: people.len(),
                cumulative,
                budget,
                move_out: Vec::new(),
            };
            let over = fill.over_by();
            if over > 0 {
                fill.move_out = least_recently_touched(people, over.min(MOVE_OUT_SUGGESTIONS));
            }
            fill
        })
        .collect()
}

/// Only the circles over budget.
pub fn over_budget(network: &Network) -> Vec<CircleFill> {
    circle_fills(network)
        .into_iter()
        .filter(|fill| fill.over_by() > 0)
        .collect()
}

/// The `count` people touched longest ago (never touched: since they were added), oldest
/// first. Keys are computed once and selected before sorting, so a circle of 30,000 costs
/// one pass, not a full sort.
fn least_recently_touched(mut keys: Vec<(NaiveDate, ContactId)>, count: usize) -> Vec<ContactId> {
    if count < keys.len() {
        keys.select_nth_unstable(count);
        keys.truncate(count);
    }
    keys.sort_unstable();
    keys.into_iter().map(|(_, id)| id).collect()
}

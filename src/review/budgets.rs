//! Circle budgets: soft limits, never refusals.

use chrono::NaiveDate;

use crate::domain::{Circle, Contact, ContactId, Network};

use super::CircleFill;
use super::cadence::last_touches;

/// Most people suggested to move out of one circle.
const MOVE_OUT_SUGGESTIONS: usize = 5;

/// Fill of every circle, innermost first, with move-out suggestions for those over budget.
pub fn circle_fills(network: &Network) -> Vec<CircleFill> {
    let mut members: Vec<Vec<&Contact>> = vec![Vec::new(); Circle::ALL.len()];
    for contact in network.contacts() {
        if let Some(list) = members.get_mut(contact.circle.rank()) {
            list.push(contact);
        }
    }
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
                fill.move_out =
                    least_recently_touched(network, &people, over.min(MOVE_OUT_SUGGESTIONS));
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
fn least_recently_touched(network: &Network, people: &[&Contact], count: usize) -> Vec<ContactId> {
    let mut keys: Vec<(NaiveDate, ContactId)> = people
        .iter()
        .map(|c| (last_touches(network, c).any.unwrap_or(c.created), c.id))
        .collect();
    if count < keys.len() {
        keys.select_nth_unstable(count);
        keys.truncate(count);
    }
    keys.sort_unstable();
    keys.into_iter().map(|(_, id)| id).collect()
}

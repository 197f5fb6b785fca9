//! Circle budgets: soft limits, never refusals.

use crate::domain::{Circle, Contact, Network};

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
        .map(|(circle, mut people)| {
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
                people.sort_by_cached_key(|c| {
                    (
                        last_touches(network, c).any.unwrap_or(c.created),
                        c.display_name.clone(),
                        c.id,
                    )
                });
                fill.move_out = people
                    .iter()
                    .take(over.min(MOVE_OUT_SUGGESTIONS))
                    .map(|c| c.id)
                    .collect();
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

//! Due dates: when each contact should hear from you next.

use chrono::{Datelike, NaiveDate};

use crate::domain::{Contact, ContactLinks, Network};

use super::{DueStatus, Health};

/// Kin ties decay slower (Roberts & Dunbar 2011): family gets this much more time.
pub const FAMILY_TOLERANCE: f64 = 1.5;

/// The cadence in force for a contact in days: their own, else their circle's, times the
/// family tolerance. `None` when their circle needs no upkeep and they have no own cadence.
pub fn effective_cadence(network: &Network, contact: &Contact) -> Option<f64> {
    let days = contact
        .cadence_days
        .or_else(|| network.cadences().days(contact.circle))?;
    let days = f64::from(days);
    Some(if contact.family {
        days * FAMILY_TOLERANCE
    } else {
        days
    })
}

/// The last meaningful touch, the last light touch and the last touch of any kind (read
/// from the network's per-contact summary, not from the touch history).
pub fn last_touches(network: &Network, contact: &Contact) -> LastTouches {
    last_touches_in(network.links(contact.id))
}

/// [`last_touches`] from a contact's links.
pub(super) fn last_touches_in(links: &ContactLinks) -> LastTouches {
    LastTouches {
        meaningful: links.last_meaningful,
        light: links.last_light,
        any: links.last_touch(),
    }
}

/// The latest touches of a contact.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct LastTouches {
    /// Last meaningful touch (or "shared my work").
    pub meaningful: Option<NaiveDate>,
    /// Last like or reaction.
    pub light: Option<NaiveDate>,
    /// Last touch of any kind.
    pub any: Option<NaiveDate>,
}

/// The contact's due status on `today`, or `None` when they need no upkeep.
///
/// Due date = the later of (last meaningful touch + cadence) and (last light touch +
/// cadence / 2); a contact never touched meaningfully counts from the day it was added.
pub fn due_status(network: &Network, contact: &Contact, today: NaiveDate) -> Option<DueStatus> {
    due_status_in(network, contact, network.links(contact.id), today)
}

/// [`due_status`] for a contact whose links are at hand.
pub(super) fn due_status_in(
    network: &Network,
    contact: &Contact,
    links: &ContactLinks,
    today: NaiveDate,
) -> Option<DueStatus> {
    let cadence = effective_cadence(network, contact)?;
    let last = last_touches_in(links);
    let base = f64::from(
        last.meaningful
            .unwrap_or(contact.created)
            .num_days_from_ce(),
    );
    let mut point = base + cadence;
    if let Some(light) = last.light {
        point = point.max(f64::from(light.num_days_from_ce()) + cadence / 2.0);
    }
    let today_number = f64::from(today.num_days_from_ce());
    // Whole days are exact in f64; the ceiling puts a fractional due point on the next day.
    #[allow(clippy::cast_possible_truncation)]
    let due_number = point.ceil() as i32;
    let due_date = NaiveDate::from_num_days_from_ce_opt(due_number)?;
    Some(DueStatus {
        cadence_days: cadence,
        due_date,
        days_overdue: (today - due_date).num_days(),
        at_risk: today_number - point >= cadence / 2.0,
        last_touch: last.any,
    })
}

/// The contact's health on `today`.
pub fn health(network: &Network, contact: &Contact, today: NaiveDate) -> Health {
    health_of(due_status(network, contact, today).as_ref())
}

/// The health a due status means (no status: the circle needs no upkeep, so ok), for
/// callers that already have the status.
pub fn health_of(status: Option<&DueStatus>) -> Health {
    match status {
        Some(status) if status.at_risk => Health::AtRisk,
        Some(status) if status.is_due() => Health::Due,
        _ => Health::Ok,
    }
}

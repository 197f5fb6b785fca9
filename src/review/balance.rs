//! Give before you ask: the balance of gifts and asks with one contact.

use chrono::{Months, NaiveDate};

use crate::domain::{ContactId, Direction, Network};

/// How far back the balance looks.
pub const BALANCE_MONTHS: u32 = 24;
/// How recent a gift must be for an ask to be ready.
pub const RECENT_GIFT_MONTHS: u32 = 12;

/// The day `months` before `today` (the window is the days after it, up to today).
pub fn months_before(today: NaiveDate, months: u32) -> NaiveDate {
    today
        .checked_sub_months(Months::new(months))
        .unwrap_or(NaiveDate::MIN)
}

/// Gifts given minus asks made over the last 24 months.
pub fn balance(network: &Network, contact: ContactId, today: NaiveDate) -> i64 {
    let since = months_before(today, BALANCE_MONTHS);
    let given = network
        .gifts_of(contact)
        .filter(|g| g.direction == Direction::Outbound && g.date > since && g.date <= today)
        .count();
    let asked = network
        .asks_of(contact)
        .filter(|a| a.status.was_made() && a.date > since && a.date <= today)
        .count();
    i64::try_from(given).unwrap_or(i64::MAX) - i64::try_from(asked).unwrap_or(i64::MAX)
}

use chrono::NaiveDate;

use crate::domain::{AskStatus, ContactId, Direction, Network};
use crate::tr;

use super::NotReadyReason;
use super::balance::{RECENT_GIFT_MONTHS, balance, months_before};

/// Whether an ask of a contact would be fair now, and if not, why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Readiness {
    /// Gifts given to them in the last 12 months.
    pub recent_gifts: usize,
    /// Gifts minus asks over 24 months.
    pub balance: i64,
    /// Everything that stands in the way; empty when ready.
    pub reasons: Vec<NotReadyReason>,
}

impl Readiness {
    /// Ready to ask.
    pub fn is_ready(&self) -> bool {
        self.reasons.is_empty()
    }

    /// The reasons as one sentence, ending with what to do.
    pub fn explanation(&self) -> String {
        let reasons = self
            .reasons
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("; ");
        let owes_gift = self
            .reasons
            .iter()
            .any(|r| !matches!(r, NotReadyReason::OpenAsk { .. }));
        if owes_gift {
            tr!("ask-explain-give-first", reasons = reasons)
        } else {
            tr!("ask-explain-wait", reasons = reasons)
        }
    }
}

/// An ask is ready when you gave them at least one gift in the last 12 months, your balance
/// stays ≥ 0 after the ask, and none of your asks to them is still open.
pub fn ask_readiness(network: &Network, contact: ContactId, today: NaiveDate) -> Readiness {
    ask_readiness_with_gift(network, contact, today, false)
}

/// Readiness when a gift is given in the same breath as the ask (one log entry that gives
/// and asks): that gift counts.
pub fn ask_readiness_with_gift(
    network: &Network,
    contact: ContactId,
    today: NaiveDate,
    giving_now: bool,
) -> Readiness {
    let extra = usize::from(giving_now);
    let since = months_before(today, RECENT_GIFT_MONTHS);
    let recent_gifts = network
        .gifts_of(contact)
        .filter(|g| g.direction == Direction::Outbound && g.date > since && g.date <= today)
        .count()
        + extra;
    let balance = balance(network, contact, today) + i64::from(giving_now);
    let mut reasons = Vec::new();
    if recent_gifts == 0 {
        reasons.push(NotReadyReason::NoRecentGift);
    }
    if balance - 1 < 0 {
        reasons.push(NotReadyReason::WouldOverdraw { balance });
    }
    if let Some(open) = network
        .asks_of(contact)
        .find(|a| a.status == AskStatus::Open)
    {
        reasons.push(NotReadyReason::OpenAsk {
            kind: open.kind,
            date: open.date,
        });
    }
    Readiness {
        recent_gifts,
        balance,
        reasons,
    }
}

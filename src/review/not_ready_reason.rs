use std::fmt;

use chrono::NaiveDate;

use crate::domain::AskKind;
use crate::tr;

/// Why an ask is not ready yet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NotReadyReason {
    /// Nothing given to them in the last 12 months.
    NoRecentGift,
    /// The ask would leave the balance below zero.
    WouldOverdraw {
        /// The balance now (gifts − asks, 24 months).
        balance: i64,
    },
    /// An earlier ask is still open.
    OpenAsk {
        /// What it asked for.
        kind: AskKind,
        /// When it was made.
        date: NaiveDate,
    },
}

impl fmt::Display for NotReadyReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            Self::NoRecentGift => tr!("ask-no-recent-gift"),
            Self::WouldOverdraw { balance } => tr!("ask-would-overdraw", balance = *balance),
            Self::OpenAsk { kind, date } => tr!(
                "ask-still-open",
                kind = kind.label().to_lowercase(),
                date = date.to_string()
            ),
        };
        f.write_str(&text)
    }
}

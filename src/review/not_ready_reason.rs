use std::fmt;

use chrono::NaiveDate;

use crate::domain::AskKind;

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
        match self {
            Self::NoRecentGift => f.write_str("you have given them nothing in the last 12 months"),
            Self::WouldOverdraw { balance } => write!(
                f,
                "your balance with them is {balance} (gifts minus asks over 24 months) and \
                 would go below zero"
            ),
            Self::OpenAsk { kind, date } => write!(
                f,
                "your {} ask of {date} is still open",
                kind.label().to_lowercase()
            ),
        }
    }
}

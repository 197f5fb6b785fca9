use std::fmt;

use crate::review::Readiness;

/// Something the composer wants the user to see before sending.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OutreachWarning {
    /// The message asks for something but gives nothing.
    AskWithoutGift,
    /// The ask is not ready yet (even counting a gift in this message).
    AskNotReady(Readiness),
    /// "Who you are" is empty: the profile in Settings is not filled in.
    NoIntroduction,
}

impl fmt::Display for OutreachWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::AskWithoutGift => write!(
                f,
                "This message asks for something but gives nothing: add a knowledge gift first."
            ),
            Self::AskNotReady(readiness) => write!(
                f,
                "The ask is not ready: {}. Sent anyway, it is recorded as premature.",
                readiness.explanation()
            ),
            Self::NoIntroduction => write!(
                f,
                "Say who you are: fill in your name, company and role in Settings \u{2192} Your profile."
            ),
        }
    }
}

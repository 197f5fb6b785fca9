use std::fmt;

use crate::i18n::tr;
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
    /// The warning in this thread's language (the composer shows it as it is).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            Self::AskWithoutGift => tr!("outreach-warn-no-gift"),
            Self::AskNotReady(readiness) => {
                tr!("outreach-warn-not-ready", why = readiness.explanation())
            }
            Self::NoIntroduction => tr!("outreach-warn-no-intro"),
        };
        f.write_str(&text)
    }
}

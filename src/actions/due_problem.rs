use chrono::NaiveDate;

use crate::domain::spoken_date::{long_date, spoken_date};
use crate::i18n::tr;

/// Why a due-date phrase gave no day: it is not a date Dunbar reads, it could mean two
/// days (it is never guessed), or the day has passed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DueProblem {
    /// Not a date ("by the weekend-ish").
    NotUnderstood(String),
    /// Two readings: "12/5" in English (12 May or 5 December), "next friday" (this coming
    /// Friday or the one after).
    Ambiguous {
        /// As typed.
        phrase: String,
        /// One reading.
        one: NaiveDate,
        /// The other.
        other: NaiveDate,
    },
    /// A day before today.
    Past(NaiveDate),
}

impl DueProblem {
    /// What to tell the user, in this thread's language.
    pub fn message(&self) -> String {
        match self {
            Self::NotUnderstood(phrase) => tr!("due-not-understood", phrase = phrase.as_str()),
            Self::Ambiguous { phrase, one, other } => tr!(
                "due-ambiguous",
                phrase = phrase.as_str(),
                one = long_date(*one),
                other = long_date(*other)
            ),
            Self::Past(day) => tr!("due-past", day = spoken_date(*day)),
        }
    }
}

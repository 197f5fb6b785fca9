use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

use super::ContactId;

/// A future calendar event with known contacts (DESIGN §11 "Coming up"), kept by the
/// capture source it was read from and replaced at each scan of that source. It makes no
/// touch: it feeds the review's "Coming up" and the meeting brief.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UpcomingEvent {
    /// The event's `UID` (a series shares one; `start` tells its occurrences apart).
    pub uid: String,
    /// When it starts, local time.
    pub start: NaiveDateTime,
    /// `SUMMARY`.
    #[serde(default)]
    #[serde(skip_serializing_if = "String::is_empty")]
    pub summary: String,
    /// The known people invited (never empty when captured).
    pub contacts: Vec<ContactId>,
}

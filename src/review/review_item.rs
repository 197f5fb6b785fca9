use chrono::{NaiveDate, NaiveDateTime};

use crate::domain::{AskId, Circle, ContactId, PromiseId};

use super::ReviewSection;

/// One entry of the weekly review queue, with the reason it is there.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReviewItem {
    /// Which section.
    pub section: ReviewSection,
    /// The contact (none for an over-budget circle).
    pub contact: Option<ContactId>,
    /// The contact's name, or the circle's name for an over-budget item.
    pub name: String,
    /// The contact's circle, or the circle that is over budget.
    pub circle: Circle,
    /// Last touch of any kind.
    pub last_touch: Option<NaiveDate>,
    /// When they were due (overdue), or the date coming up (birthdays).
    pub due: Option<NaiveDate>,
    /// Days past the due date (overdue only).
    pub days_overdue: Option<i64>,
    /// Overdue by half a cadence or more.
    pub at_risk: bool,
    /// The planned ask this item is about.
    pub ask: Option<AskId>,
    /// For planned asks: whether it is ready now.
    pub ready: bool,
    /// Why it is in the queue, in words, with ISO dates (the command line).
    pub reason: String,
    /// The same reason as the window says it: "last touch 3 weeks ago" (DESIGN §3a rule 6).
    pub spoken_reason: String,
    /// For a reply owed on a captured message: its subject.
    pub subject: Option<String>,
    /// The promise this item is about (Promised).
    pub promise: Option<PromiseId>,
    /// What was promised (Promised).
    pub text: Option<String>,
    /// The coming event's summary (Coming up).
    pub event: Option<String>,
    /// When the coming event starts (Coming up).
    pub start: Option<NaiveDateTime>,
}

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// A finished weekly review.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReviewRecord {
    /// The day it was finished.
    pub date: NaiveDate,
    /// How many contacts were overdue when it started (for the overdue-over-time chart).
    #[serde(default)]
    pub overdue: u32,
    /// How many items were handled.
    #[serde(default)]
    pub handled: u32,
}

use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};

/// What the reminders did on this device: when `dunbar remind` last ran, and the digest it
/// last showed, so the same digest never comes twice on one day.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct RemindState {
    /// When it last ran (shown by `--status`).
    pub last_run: Option<NaiveDateTime>,
    /// The day of the last notification.
    pub shown_on: Option<NaiveDate>,
    /// Its text.
    pub shown: String,
}

impl RemindState {
    /// Whether `digest` was shown already on `today`.
    pub fn already_shown(&self, today: NaiveDate, digest: &str) -> bool {
        self.shown_on == Some(today) && self.shown == digest
    }
}

use std::collections::BTreeSet;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{CaptureSourceId, UpcomingEvent};

/// A file or folder that touches were captured from (an mbox, a Maildir, a calendar, a
/// `LinkedIn` export), remembered so that it can be scanned again or removed with the
/// touches it added.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CaptureSource {
    /// Unique id.
    pub id: CaptureSourceId,
    /// What it is: `mbox`, `maildir`, `calendar`, `linkedin`.
    pub kind: String,
    /// Where it is, as given (absolute).
    pub path: String,
    /// The day of the last scan.
    pub last_scan: NaiveDate,
    /// For an mbox: how many bytes the last scan read, so that a mailbox that only grew is
    /// read from there.
    #[serde(default)]
    #[serde(skip_serializing_if = "is_zero")]
    pub scanned_bytes: u64,
    /// A fingerprint of the bytes just before `scanned_bytes`: when they are unchanged the
    /// mailbox only grew, and the next scan starts there.
    #[serde(default)]
    #[serde(skip_serializing_if = "is_zero")]
    pub fingerprint: u64,
    /// The capture keys of every touch this source produced (also of touches the user
    /// deleted since: such a key is never brought back).
    #[serde(default)]
    #[serde(skip_serializing_if = "BTreeSet::is_empty")]
    pub keys: BTreeSet<String>,
    /// The `Message-ID`s this source has seen, so that the same message in another source
    /// counts once.
    #[serde(default)]
    #[serde(skip_serializing_if = "BTreeSet::is_empty")]
    pub message_ids: BTreeSet<String>,
    /// For a calendar: its future events with known people, as of the last scan (each
    /// scan replaces them).
    #[serde(default)]
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub upcoming: Vec<UpcomingEvent>,
}

#[allow(clippy::trivially_copy_pass_by_ref)] // serde's skip_serializing_if takes a reference
fn is_zero(value: &u64) -> bool {
    *value == 0
}

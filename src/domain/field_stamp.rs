use serde::{Deserialize, Serialize};

use super::Stamp;

/// The stamp of a value (a record, or one field of a contact) and the stamp of the value
/// it replaced. The second tells a sequential edit (the device had seen the other value
/// before changing it) from a true clash (both changed it without seeing each other).
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub struct FieldStamp {
    /// When the value was set.
    pub at: Stamp,
    /// The stamp of the value it replaced (`Stamp::ZERO` for a new record).
    pub over: Stamp,
}

impl FieldStamp {
    /// A value set at `at` over one stamped `over`.
    pub const fn new(at: Stamp, over: Stamp) -> Self {
        Self { at, over }
    }

    /// Whether `self` (the later value) was set without seeing `other`: a true clash.
    pub fn concurrent_with(&self, other: &Self) -> bool {
        other.at > self.over && other.at != self.at
    }
}

use std::collections::BTreeSet;

use serde::Serialize;

use crate::domain::ContactId;

/// What a merge took in from one device (counted from the side merged in).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct DeviceChanges {
    /// Contacts it added.
    pub contacts_added: usize,
    /// Contacts whose fields it changed.
    pub contacts_edited: BTreeSet<ContactId>,
    /// Touches it logged.
    pub touches_added: usize,
    /// Gifts, asks, library items, imports, capture sources and promises it added.
    pub others_added: usize,
    /// Touches, gifts, asks and the like it changed.
    pub others_edited: usize,
    /// Records it deleted.
    pub deleted: usize,
    /// Whether it changed the profile, the cadences or the review log.
    pub settings_changed: bool,
}

impl DeviceChanges {
    /// Whether nothing came from this device.
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }
}

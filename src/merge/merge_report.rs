use std::collections::BTreeMap;

use serde::Serialize;

use super::{Clash, DeviceChanges};

/// What a merge brought in from the other version, per device, and the clashes it kept.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct MergeReport {
    /// Changes taken from the other version, by the device that made them.
    pub devices: BTreeMap<u64, DeviceChanges>,
    /// Device names known to the merged network.
    pub device_names: BTreeMap<u64, String>,
    /// True clashes: the later value kept, the other listed.
    pub clashes: Vec<Clash>,
}

impl MergeReport {
    /// Whether the other version brought nothing new.
    pub fn is_empty(&self) -> bool {
        self.devices.values().all(DeviceChanges::is_empty) && self.clashes.is_empty()
    }

    /// A device's name ("device 1a2b3c" when it never gave one).
    pub fn device_name(&self, device: u64) -> String {
        self.device_names
            .get(&device)
            .cloned()
            .unwrap_or_else(|| format!("device {:06x}", device & 0x00ff_ffff))
    }

    pub(super) fn by_device(&mut self, device: u64) -> &mut DeviceChanges {
        self.devices.entry(device).or_default()
    }
}

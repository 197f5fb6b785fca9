//! Combining two versions of a network that two devices changed apart (DESIGN §10): no
//! common ancestor needed, thanks to the change stamps each version carries. Core: no IO,
//! no clock (the session stamps a save with the time it reads).

mod clash;
mod contact_field;
mod device_changes;
mod merge_networks;
mod merge_report;
mod stamping;

pub use clash::Clash;
pub use contact_field::{CONTACT_FIELDS, ContactField, contact_field};
pub use device_changes::DeviceChanges;
pub use merge_networks::{Merged, merge};
pub use merge_report::MergeReport;
pub use stamping::stamp_changes;

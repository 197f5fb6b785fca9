use std::collections::BTreeMap;

use imbl::OrdMap;
use serde::{Deserialize, Serialize};

use super::{FieldStamp, Stamp};

/// How long a tombstone (the stamp of a deleted record) is kept, in days. A device that
/// has been away from the synced folder longer than this could bring a deleted record back
/// on its return; a year covers a laptop left in a drawer over a long holiday, a sabbatical
/// or a parental leave, while a tombstone costs a few bytes (and a burst of deletions on
/// the same save costs one line of the file), so keeping them longer buys little.
pub const TOMBSTONE_KEEP_DAYS: u64 = 400;

/// The change stamps of a network (DESIGN §10), kept apart from the records so the records
/// stay as they were: the stamp of each record's last change, per-field stamps of contacts
/// (whose fields change independently on different devices), tombstones of deleted records,
/// stamps of the profile, the cadences and the review log, and the names of the devices.
///
/// A record without a stamp was written before stamps existed (`Stamp::ZERO`); a contact
/// field without a stamp of its own has its record's stamp (the one it was created with).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "StampsFile", into = "StampsFile")]
pub struct Stamps {
    /// The latest stamp this network has seen: a device's next stamp is later.
    clock: Stamp,
    records: OrdMap<u64, FieldStamp>,
    fields: OrdMap<u64, BTreeMap<String, FieldStamp>>,
    tombstones: OrdMap<u64, Stamp>,
    /// Per contact, the elements of its sets (e-mails, tags …) added or removed after it
    /// was created: `field:element` → when, and whether it is in the set since.
    elements: OrdMap<u64, ElementStamps>,
    singles: BTreeMap<String, FieldStamp>,
    devices: BTreeMap<u64, (Stamp, String)>,
}

/// The stamped elements of one contact's sets: `field:element` → when, and whether in.
pub type ElementStamps = BTreeMap<String, (Stamp, bool)>;

/// The stored form: records and tombstones grouped by stamp, ids as runs (an import of
/// 30,000 contacts stamped on one save is one line, not 30,000).
#[derive(Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(default)]
struct StampsFile {
    clock: Stamp,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    records: Vec<(FieldStamp, Vec<(u64, u64)>)>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    fields: Vec<(u64, BTreeMap<String, FieldStamp>)>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    tombstones: Vec<(Stamp, Vec<(u64, u64)>)>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    elements: Vec<(u64, ElementStamps)>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    singles: BTreeMap<String, FieldStamp>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    devices: BTreeMap<u64, (Stamp, String)>,
}

/// Groups `(id, value)` pairs (in id order) by value, each group a list of `(first, count)`
/// runs of consecutive ids.
fn grouped<V: Ord + Copy>(pairs: impl Iterator<Item = (u64, V)>) -> Vec<(V, Vec<(u64, u64)>)> {
    let mut groups: BTreeMap<V, Vec<(u64, u64)>> = BTreeMap::new();
    for (id, value) in pairs {
        let runs = groups.entry(value).or_default();
        match runs.last_mut() {
            Some((first, count)) if first.saturating_add(*count) == id => *count += 1,
            _ => runs.push((id, 1)),
        }
    }
    groups.into_iter().collect()
}

fn ungrouped<V: Copy>(groups: Vec<(V, Vec<(u64, u64)>)>) -> impl Iterator<Item = (u64, V)> {
    groups.into_iter().flat_map(|(value, runs)| {
        runs.into_iter().flat_map(move |(first, count)| {
            (0..count).map(move |n| (first.saturating_add(n), value))
        })
    })
}

impl From<StampsFile> for Stamps {
    fn from(file: StampsFile) -> Self {
        Self {
            clock: file.clock,
            records: ungrouped(file.records).collect(),
            fields: file.fields.into_iter().collect(),
            tombstones: ungrouped(file.tombstones).collect(),
            elements: file.elements.into_iter().collect(),
            singles: file.singles,
            devices: file.devices,
        }
    }
}

impl From<Stamps> for StampsFile {
    fn from(stamps: Stamps) -> Self {
        Self {
            clock: stamps.clock,
            records: grouped(stamps.records.iter().map(|(id, s)| (*id, *s))),
            fields: stamps
                .fields
                .iter()
                .map(|(id, f)| (*id, f.clone()))
                .collect(),
            tombstones: grouped(stamps.tombstones.iter().map(|(id, s)| (*id, *s))),
            elements: stamps
                .elements
                .iter()
                .map(|(id, e)| (*id, e.clone()))
                .collect(),
            singles: stamps.singles,
            devices: stamps.devices,
        }
    }
}

impl Stamps {
    /// Whether nothing was ever stamped (a network from before stamps).
    pub fn is_empty(&self) -> bool {
        self.clock == Stamp::ZERO
            && self.records.is_empty()
            && self.fields.is_empty()
            && self.tombstones.is_empty()
            && self.elements.is_empty()
            && self.singles.is_empty()
            && self.devices.is_empty()
    }

    /// The latest stamp seen.
    pub fn clock(&self) -> Stamp {
        self.clock
    }

    /// The stamp of a record (its creation, or its last change for records changed whole).
    pub fn record(&self, id: u64) -> FieldStamp {
        self.records.get(&id).copied().unwrap_or_default()
    }

    /// The stamp of one field of a contact (its record's when the field has none).
    pub fn field(&self, id: u64, field: &str) -> FieldStamp {
        self.fields
            .get(&id)
            .and_then(|fields| fields.get(field))
            .copied()
            .unwrap_or_else(|| self.record(id))
    }

    /// The fields of a contact with stamps of their own.
    pub fn fields_of(&self, id: u64) -> Option<&BTreeMap<String, FieldStamp>> {
        self.fields.get(&id)
    }

    /// The stamp of the latest change to a record (any of its fields).
    pub fn last_change(&self, id: u64) -> Stamp {
        let fields = self
            .fields
            .get(&id)
            .and_then(|f| f.values().map(|s| s.at).max())
            .unwrap_or(Stamp::ZERO);
        self.record(id).at.max(fields)
    }

    /// The stamped elements of a contact's sets (`field:element` → when, and whether in).
    pub fn elements_of(&self, id: u64) -> Option<&ElementStamps> {
        self.elements.get(&id)
    }

    /// When a record was deleted, if it was (and the tombstone is still kept).
    pub fn tombstone(&self, id: u64) -> Option<Stamp> {
        self.tombstones.get(&id).copied()
    }

    /// Every tombstone, by id.
    pub fn tombstones(&self) -> impl Iterator<Item = (u64, Stamp)> + '_ {
        self.tombstones.iter().map(|(id, s)| (*id, *s))
    }

    /// The stamp of a one-of-a-kind part ("profile", "cadences", "reviews").
    pub fn single(&self, name: &str) -> FieldStamp {
        self.singles.get(name).copied().unwrap_or_default()
    }

    /// The name a device last gave itself.
    pub fn device_name(&self, device: u64) -> Option<&str> {
        self.devices.get(&device).map(|(_, name)| name.as_str())
    }

    /// Every device's name, by device id.
    pub fn devices(&self) -> impl Iterator<Item = (u64, Stamp, &str)> {
        self.devices
            .iter()
            .map(|(id, (stamp, name))| (*id, *stamp, name.as_str()))
    }

    // ----- changes (the merge and the stamping of a save) ----------------------------

    /// Notes a stamp seen (the clock only moves forward).
    pub(crate) fn observe(&mut self, stamp: Stamp) {
        self.clock = self.clock.max(stamp);
    }

    pub(crate) fn set_record(&mut self, id: u64, stamp: FieldStamp) {
        self.observe(stamp.at);
        // A field stamped like its record needs no stamp of its own (one way to write
        // each state, so two devices that agree hold equal stamps).
        if let Some(fields) = self.fields.get_mut(&id) {
            fields.retain(|_, own| *own != stamp);
            if fields.is_empty() {
                self.fields.remove(&id);
            }
        }
        if stamp == FieldStamp::default() {
            self.records.remove(&id);
        } else {
            self.records.insert(id, stamp);
        }
    }

    pub(crate) fn set_field(&mut self, id: u64, field: &str, stamp: FieldStamp) {
        self.observe(stamp.at);
        if stamp == self.record(id) {
            if let Some(fields) = self.fields.get_mut(&id) {
                fields.remove(field);
                if fields.is_empty() {
                    self.fields.remove(&id);
                }
            }
            return;
        }
        self.fields
            .entry(id)
            .or_default()
            .insert(field.to_owned(), stamp);
    }

    /// The ids whose record or field stamps differ between `self` and `other`.
    pub(crate) fn differing_ids(&self, other: &Self) -> Vec<u64> {
        fn key<V>(item: &imbl::ordmap::DiffItem<'_, '_, u64, V>) -> u64 {
            match item {
                imbl::ordmap::DiffItem::Add(id, _)
                | imbl::ordmap::DiffItem::Remove(id, _)
                | imbl::ordmap::DiffItem::Update { new: (id, _), .. } => **id,
            }
        }
        let mut ids: Vec<u64> = self.records.diff(&other.records).map(|d| key(&d)).collect();
        ids.extend(self.fields.diff(&other.fields).map(|d| key(&d)));
        ids.extend(self.elements.diff(&other.elements).map(|d| key(&d)));
        ids.sort_unstable();
        ids.dedup();
        ids
    }

    /// Forgets a record's stamps (it was deleted, or lost to a tombstone).
    pub(crate) fn forget(&mut self, id: u64) {
        self.records.remove(&id);
        self.fields.remove(&id);
        self.elements.remove(&id);
    }

    pub(crate) fn set_element(&mut self, id: u64, key: &str, state: (Stamp, bool)) {
        self.observe(state.0);
        self.elements
            .entry(id)
            .or_default()
            .insert(key.to_owned(), state);
    }

    pub(crate) fn set_tombstone(&mut self, id: u64, stamp: Stamp) {
        self.observe(stamp);
        self.tombstones.insert(id, stamp);
    }

    pub(crate) fn set_single(&mut self, name: &str, stamp: FieldStamp) {
        self.observe(stamp.at);
        if stamp == FieldStamp::default() {
            self.singles.remove(name);
        } else {
            self.singles.insert(name.to_owned(), stamp);
        }
    }

    pub(crate) fn set_device_name(&mut self, device: u64, stamp: Stamp, name: &str) {
        self.observe(stamp);
        self.devices.insert(device, (stamp, name.to_owned()));
    }

    /// Drops tombstones older than `before_ms` (see `TOMBSTONE_KEEP_DAYS`).
    pub(crate) fn prune_tombstones(&mut self, before_ms: u64) {
        let old: Vec<u64> = self
            .tombstones
            .iter()
            .filter(|(_, stamp)| stamp.wall_ms() < before_ms)
            .map(|(id, _)| *id)
            .collect();
        for id in old {
            self.tombstones.remove(&id);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_batch_stamped_at_once_is_stored_as_one_run() {
        let mut stamps = Stamps::default();
        let at = FieldStamp::new(Stamp(5, 0, 9), Stamp::ZERO);
        for id in 1..=30_000 {
            stamps.set_record(id, at);
        }
        stamps.set_record(40_000, FieldStamp::new(Stamp(6, 0, 9), Stamp(5, 0, 9)));
        stamps.set_tombstone(3, Stamp(7, 0, 9));
        stamps.set_field(2, "notes", FieldStamp::new(Stamp(8, 0, 9), Stamp(5, 0, 9)));
        let text = ron::to_string(&stamps).unwrap();
        assert!(text.len() < 300, "{text}");
        let back: Stamps = ron::from_str(&text).unwrap();
        assert_eq!(back, stamps);
        assert_eq!(back.last_change(2), Stamp(8, 0, 9));
        assert_eq!(back.clock(), Stamp(8, 0, 9));
    }
}

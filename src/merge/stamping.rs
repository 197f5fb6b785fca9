//! Stamps what changed between two versions of a network: the session calls it before each
//! save and merge with the network as it last read or wrote it, and the stamp of now.

use imbl::OrdMap;
use imbl::ordmap::DiffItem;

use crate::domain::{FieldStamp, Network, Stamp, Stamps};

use super::CONTACT_FIELDS;

/// What one pass found, applied to the stamps afterwards (the diff borrows the maps).
#[derive(Default)]
struct Found {
    records: Vec<(u64, FieldStamp)>,
    fields: Vec<(u64, &'static str, FieldStamp)>,
    elements: Vec<(u64, String, bool)>,
    removed: Vec<u64>,
}

fn records<K: Ord + Clone, V: Clone + PartialEq>(
    before: &OrdMap<K, V>,
    after: &OrdMap<K, V>,
    id: fn(&K) -> u64,
    stamps: &Stamps,
    at: Stamp,
    found: &mut Found,
) {
    for item in before.diff(after) {
        match item {
            DiffItem::Add(key, _) => {
                let id = id(key);
                let over = stamps.tombstone(id).unwrap_or(Stamp::ZERO);
                found.records.push((id, FieldStamp::new(at, over)));
            }
            DiffItem::Update { new: (key, _), .. } => {
                let id = id(key);
                found
                    .records
                    .push((id, FieldStamp::new(at, stamps.record(id).at)));
            }
            DiffItem::Remove(key, _) => found.removed.push(id(key)),
        }
    }
}

/// Contacts: a new one is stamped whole, a changed one field by field (and each element
/// of a set added or removed).
fn contacts(before: &Network, after: &Network, stamps: &Stamps, at: Stamp, found: &mut Found) {
    for item in before.contact_map().diff(after.contact_map()) {
        match item {
            DiffItem::Add(key, _) => {
                let over = stamps.tombstone(key.get()).unwrap_or(Stamp::ZERO);
                found.records.push((key.get(), FieldStamp::new(at, over)));
            }
            DiffItem::Update {
                old: (key, old),
                new: (_, new),
            } => {
                let id = key.get();
                for field in CONTACT_FIELDS {
                    if !(field.same)(old, new) {
                        if field.is_set {
                            let (was, now) = ((field.keys)(old), (field.keys)(new));
                            for key in was.iter().filter(|k| !now.contains(k)) {
                                found
                                    .elements
                                    .push((id, format!("{}:{key}", field.name), false));
                            }
                            for key in now.iter().filter(|k| !was.contains(k)) {
                                found
                                    .elements
                                    .push((id, format!("{}:{key}", field.name), true));
                            }
                        }
                        let over = stamps.field(id, field.name).at;
                        found
                            .fields
                            .push((id, field.name, FieldStamp::new(at, over)));
                    }
                }
            }
            DiffItem::Remove(key, _) => found.removed.push(key.get()),
        }
    }
}

/// Stamps every record, contact field and part that differs between `before` and `after`
/// with `at`, and leaves a tombstone for every record `after` lacks. Returns whether
/// anything changed. Costs time in proportion to what changed (the maps share structure).
pub fn stamp_changes(before: &Network, after: &mut Network, at: Stamp) -> bool {
    let stamps = after.stamps();
    let mut found = Found::default();
    contacts(before, after, stamps, at, &mut found);
    records(
        before.touch_map(),
        after.touch_map(),
        |k| k.get(),
        stamps,
        at,
        &mut found,
    );
    records(
        before.gift_map(),
        after.gift_map(),
        |k| k.get(),
        stamps,
        at,
        &mut found,
    );
    records(
        before.ask_map(),
        after.ask_map(),
        |k| k.get(),
        stamps,
        at,
        &mut found,
    );
    records(
        before.library_map(),
        after.library_map(),
        |k| k.get(),
        stamps,
        at,
        &mut found,
    );
    records(
        before.import_map(),
        after.import_map(),
        |k| k.get(),
        stamps,
        at,
        &mut found,
    );
    records(
        before.source_map(),
        after.source_map(),
        |k| k.get(),
        stamps,
        at,
        &mut found,
    );
    records(
        before.promise_map(),
        after.promise_map(),
        |k| k.get(),
        stamps,
        at,
        &mut found,
    );
    let mut singles = Vec::new();
    if before.profile() != after.profile() {
        singles.push(("profile", stamps.single("profile").at));
    }
    if before.cadences() != after.cadences() {
        singles.push(("cadences", stamps.single("cadences").at));
    }
    if before.reviews() != after.reviews() {
        singles.push(("reviews", stamps.single("reviews").at));
    }
    let changed = !(found.records.is_empty()
        && found.elements.is_empty()
        && found.fields.is_empty()
        && found.removed.is_empty()
        && singles.is_empty());
    let stamps = after.stamps_mut();
    for (id, stamp) in found.records {
        stamps.forget(id);
        stamps.set_record(id, stamp);
    }
    for (id, field, stamp) in found.fields {
        stamps.set_field(id, field, stamp);
    }
    for (id, key, present) in found.elements {
        stamps.set_element(id, &key, (at, present));
    }
    for id in found.removed {
        stamps.forget(id);
        stamps.set_tombstone(id, at);
    }
    for (name, over) in singles {
        stamps.set_single(name, FieldStamp::new(at, over));
    }
    if changed {
        stamps.observe(at);
    }
    changed
}

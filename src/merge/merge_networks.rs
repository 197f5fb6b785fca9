//! Merges two versions of a network without a common ancestor (DESIGN §10).

use std::fmt::Debug;

use imbl::OrdMap;
use imbl::ordmap::DiffItem;

use crate::domain::{
    Contact, ContactId, FieldStamp, Network, NetworkError, ReviewRecord, Stamp, Stamps,
};

use super::{CONTACT_FIELDS, Clash, ContactField, MergeReport};

/// The merged network and what came from the other side.
#[derive(Debug)]
pub struct Merged {
    /// The merged network (stamps merged too).
    pub network: Network,
    /// What `theirs` brought, relative to `ours`.
    pub report: MergeReport,
}

#[derive(Clone, Copy)]
enum Kind {
    Touch,
    Other,
}

struct Context<'a> {
    ours: &'a Stamps,
    theirs: &'a Stamps,
    out: Stamps,
    report: MergeReport,
}

impl Context<'_> {
    /// The later of the two tombstones of `id`, if any.
    fn tombstone(&self, id: u64) -> Option<Stamp> {
        self.ours.tombstone(id).max(self.theirs.tombstone(id))
    }

    /// Whether a record that only one side has, changed last at `last`, survives.
    fn survives(&self, id: u64, last: Stamp) -> bool {
        self.tombstone(id).is_none_or(|deleted| last > deleted)
    }

    /// Takes all of `theirs`' stamps of a record.
    fn take_their_stamps(&mut self, id: u64) {
        self.out.forget(id);
        self.out.set_record(id, self.theirs.record(id));
        if let Some(fields) = self.theirs.fields_of(id) {
            for (name, stamp) in fields {
                self.out.set_field(id, name, *stamp);
            }
        }
    }
}

/// Orders two different values with the same stamp (which only a broken clock could
/// make), so that the merge still picks the same one whichever side is which.
fn later<V: Debug>(a: (FieldStamp, &V), b: (FieldStamp, &V)) -> bool {
    if a.0 == b.0 {
        format!("{:?}", b.1) > format!("{:?}", a.1)
    } else {
        b.0 > a.0
    }
}

/// Merges one map of records changed whole (touches, gifts, asks …): the later stamp wins,
/// a record only one side has survives unless deleted after its last change.
fn merge_records<K: Ord + Clone, V: Clone + PartialEq + Debug>(
    ours: &OrdMap<K, V>,
    theirs: &OrdMap<K, V>,
    id: fn(&K) -> u64,
    kind: Kind,
    cx: &mut Context<'_>,
) -> OrdMap<K, V> {
    let mut out = ours.clone();
    for item in ours.diff(theirs) {
        match item {
            DiffItem::Add(key, value) => {
                let id = id(key);
                let last = cx.theirs.last_change(id);
                if cx.survives(id, last) {
                    out.insert(key.clone(), value.clone());
                    cx.take_their_stamps(id);
                    let changes = cx.report.by_device(last.device());
                    match kind {
                        Kind::Touch => changes.touches_added += 1,
                        Kind::Other => changes.others_added += 1,
                    }
                }
            }
            DiffItem::Remove(key, _) => {
                let id = id(key);
                if !cx.survives(id, cx.ours.last_change(id)) {
                    out.remove(key);
                    cx.out.forget(id);
                    if let Some(deleted) = cx.theirs.tombstone(id) {
                        cx.report.by_device(deleted.device()).deleted += 1;
                    }
                }
            }
            DiffItem::Update {
                old: (key, mine),
                new: (_, other),
            } => {
                let id = id(key);
                let (a, b) = (cx.ours.record(id), cx.theirs.record(id));
                if later((a, mine), (b, other)) {
                    out.insert(key.clone(), other.clone());
                    cx.take_their_stamps(id);
                    cx.report.by_device(b.at.device()).others_edited += 1;
                }
            }
        }
    }
    out
}

/// An element's state on one side: its own stamp, else the record's when the set holds it.
fn element_state(stamps: &Stamps, id: u64, key: &str, held: bool) -> (Stamp, bool) {
    stamps
        .elements_of(id)
        .and_then(|e| e.get(key).copied())
        .unwrap_or(if held {
            (stamps.record(id).at, true)
        } else {
            (Stamp::ZERO, false)
        })
}

/// A set merges element by element: each element is in or out as its latest change says
/// (an element added on one device and one removed on another both count), in the order
/// of the side changed last.
fn merge_set(
    field: &ContactField,
    mine: &Contact,
    other: &Contact,
    theirs_later: bool,
    out: &mut Contact,
    cx: &mut Context<'_>,
) {
    let id = mine.id.get();
    let (mine_keys, other_keys) = ((field.keys)(mine), (field.keys)(other));
    let keep = |key: &str| {
        let full = format!("{}:{key}", field.name);
        let a = element_state(cx.ours, id, &full, mine_keys.iter().any(|k| k == key));
        let b = element_state(cx.theirs, id, &full, other_keys.iter().any(|k| k == key));
        a.max(b).1
    };
    let (first, second) = if theirs_later {
        (other, mine)
    } else {
        (mine, other)
    };
    (field.select)(out, first, second, &keep);
    merge_element_stamps(id, field.name, cx);
}

/// The later of the two sides' own stamps of each element of a set.
fn merge_element_stamps(id: u64, field: &str, cx: &mut Context<'_>) {
    let prefix = format!("{field}:");
    let mut states: std::collections::BTreeMap<String, (Stamp, bool)> =
        std::collections::BTreeMap::new();
    for side in [cx.ours, cx.theirs] {
        for (key, state) in side.elements_of(id).into_iter().flatten() {
            if key.starts_with(&prefix) {
                let slot = states.entry(key.clone()).or_insert(*state);
                *slot = (*slot).max(*state);
            }
        }
    }
    for (key, state) in states {
        cx.out.set_element(id, &key, state);
    }
}

/// Merges two versions of one contact field by field.
fn merge_contact(mine: &Contact, other: &Contact, cx: &mut Context<'_>) -> Contact {
    let id = mine.id.get();
    let mut out = mine.clone();
    let record = cx.ours.record(id).max(cx.theirs.record(id));
    cx.out.set_record(id, record);
    let mut edited_by = None;
    for field in CONTACT_FIELDS {
        let (a, b) = (
            cx.ours.field(id, field.name),
            cx.theirs.field(id, field.name),
        );
        if (field.same)(mine, other) {
            cx.out.set_field(id, field.name, a.max(b));
            continue;
        }
        let theirs_later = if a == b {
            (field.show)(other) > (field.show)(mine)
        } else {
            b > a
        };
        let (winner, loser, lost) = if theirs_later {
            (b, a, mine)
        } else {
            (a, b, other)
        };
        let concurrent = winner.concurrent_with(&loser) || winner == loser;
        if theirs_later {
            (field.copy)(&mut out, other);
            edited_by = Some(b.at.device());
        }
        if field.is_set {
            merge_set(field, mine, other, theirs_later, &mut out, cx);
            if !(field.same)(&out, mine) {
                edited_by = Some(b.at.device());
            }
        } else if concurrent {
            cx.report.clashes.push(Clash {
                contact: mine.id,
                name: String::new(),
                field: field.name.to_owned(),
                kept: (field.show)(&out),
                other: (field.show)(lost),
                other_device: loser.at.device(),
                other_contact: Box::new(lost.clone()),
            });
        }
        cx.out.set_field(id, field.name, winner);
    }
    if let Some(device) = edited_by {
        cx.report.by_device(device).contacts_edited.insert(mine.id);
    }
    out
}

fn merge_contacts(
    ours: &OrdMap<ContactId, Contact>,
    theirs: &OrdMap<ContactId, Contact>,
    cx: &mut Context<'_>,
) -> OrdMap<ContactId, Contact> {
    let mut out = ours.clone();
    for item in ours.diff(theirs) {
        match item {
            DiffItem::Add(key, value) => {
                let last = cx.theirs.last_change(key.get());
                if cx.survives(key.get(), last) {
                    out.insert(*key, value.clone());
                    cx.take_their_stamps(key.get());
                    cx.report.by_device(last.device()).contacts_added += 1;
                }
            }
            DiffItem::Remove(key, _) => {
                if !cx.survives(key.get(), cx.ours.last_change(key.get())) {
                    out.remove(key);
                    cx.out.forget(key.get());
                    if let Some(deleted) = cx.theirs.tombstone(key.get()) {
                        cx.report.by_device(deleted.device()).deleted += 1;
                    }
                }
            }
            DiffItem::Update {
                old: (key, mine),
                new: (_, other),
            } => {
                let merged = merge_contact(mine, other, cx);
                out.insert(*key, merged);
            }
        }
    }
    out
}

/// Gives every record kept the later of its two stamps, field by field: the merge above
/// already did for the records it decided, and this covers those both sides hold alike
/// (the same change made on both, or one side's copy of the other's stamps).
fn reconcile_stamps(network: &Network, cx: &mut Context<'_>) {
    for id in cx.ours.differing_ids(cx.theirs) {
        if !network.has_record(id) {
            continue;
        }
        cx.out
            .set_record(id, cx.ours.record(id).max(cx.theirs.record(id)));
        let mut names: Vec<String> = Vec::new();
        for side in [cx.ours, cx.theirs] {
            if let Some(own) = side.fields_of(id) {
                names.extend(own.keys().cloned());
            }
        }
        for name in names {
            let best = cx.ours.field(id, &name).max(cx.theirs.field(id, &name));
            cx.out.set_field(id, &name, best);
        }
        for field in CONTACT_FIELDS.iter().filter(|f| f.is_set) {
            merge_element_stamps(id, field.name, cx);
        }
    }
}

/// Reviews are a log: both sides' finished reviews are kept, in date order.
fn merge_reviews(ours: &Network, theirs: &Network, cx: &mut Context<'_>) -> Vec<ReviewRecord> {
    let (a, b) = (cx.ours.single("reviews"), cx.theirs.single("reviews"));
    cx.out.set_single("reviews", a.max(b));
    if ours.reviews() == theirs.reviews() {
        return ours.reviews().to_vec();
    }
    let mut all = ours.reviews().to_vec();
    for record in theirs.reviews() {
        if !all.contains(record) {
            all.push(record.clone());
        }
    }
    all.sort_by_key(|r| (r.date, r.overdue, r.handled));
    if all.as_slice() != ours.reviews() {
        cx.report.by_device(b.at.device()).settings_changed = true;
    }
    all
}

/// The later of two versions of a one-of-a-kind part (profile, cadences).
fn merge_single<T: Clone + PartialEq + Debug>(
    name: &str,
    mine: &T,
    other: &T,
    cx: &mut Context<'_>,
) -> T {
    let (a, b) = (cx.ours.single(name), cx.theirs.single(name));
    if mine == other {
        cx.out.set_single(name, a.max(b));
        return mine.clone();
    }
    if later((a, mine), (b, other)) {
        cx.out.set_single(name, b);
        cx.report.by_device(b.at.device()).settings_changed = true;
        other.clone()
    } else {
        cx.out.set_single(name, a);
        mine.clone()
    }
}

/// Merges `theirs` into `ours` (DESIGN §10): the union of records; per contact field the
/// later stamp wins, sets changed on both sides without seeing each other unite, and two
/// such changes of one plain field are a clash (the later kept, the other reported); a
/// record only one side has survives unless it was deleted after its last change; a
/// record still referred to by a surviving one is kept. The network is the same whichever
/// side is `ours` (only the report differs), and merging a network with itself changes
/// nothing.
pub fn merge(ours: &Network, theirs: &Network) -> Result<Merged, NetworkError> {
    let mut cx = Context {
        ours: ours.stamps(),
        theirs: theirs.stamps(),
        out: ours.stamps().clone(),
        report: MergeReport::default(),
    };
    for (id, stamp) in cx.theirs.tombstones() {
        if cx.ours.tombstone(id).is_none_or(|mine| stamp > mine) {
            cx.out.set_tombstone(id, stamp);
        }
    }
    cx.out.observe(cx.theirs.clock());
    for (device, stamp, name) in cx.theirs.devices() {
        let newer = cx
            .ours
            .devices()
            .find(|(d, ..)| *d == device)
            .is_none_or(|(_, mine, mine_name)| (stamp, name) > (mine, mine_name));
        if newer {
            cx.out.set_device_name(device, stamp, name);
        }
    }
    let mut network = ours.clone();
    *network.contact_map_mut() = merge_contacts(ours.contact_map(), theirs.contact_map(), &mut cx);
    *network.touch_map_mut() = merge_records(
        ours.touch_map(),
        theirs.touch_map(),
        |k| k.get(),
        Kind::Touch,
        &mut cx,
    );
    *network.gift_map_mut() = merge_records(
        ours.gift_map(),
        theirs.gift_map(),
        |k| k.get(),
        Kind::Other,
        &mut cx,
    );
    *network.ask_map_mut() = merge_records(
        ours.ask_map(),
        theirs.ask_map(),
        |k| k.get(),
        Kind::Other,
        &mut cx,
    );
    *network.library_map_mut() = merge_records(
        ours.library_map(),
        theirs.library_map(),
        |k| k.get(),
        Kind::Other,
        &mut cx,
    );
    *network.import_map_mut() = merge_records(
        ours.import_map(),
        theirs.import_map(),
        |k| k.get(),
        Kind::Other,
        &mut cx,
    );
    *network.source_map_mut() = merge_records(
        ours.source_map(),
        theirs.source_map(),
        |k| k.get(),
        Kind::Other,
        &mut cx,
    );
    *network.promise_map_mut() = merge_records(
        ours.promise_map(),
        theirs.promise_map(),
        |k| k.get(),
        Kind::Other,
        &mut cx,
    );
    *network.profile_mut() = merge_single("profile", ours.profile(), theirs.profile(), &mut cx);
    *network.cadences_mut() = merge_single("cadences", ours.cadences(), theirs.cadences(), &mut cx);
    *network.reviews_mut() = merge_reviews(ours, theirs, &mut cx);
    keep_referenced(&mut network, ours, theirs, &mut cx);
    reconcile_stamps(&network, &mut cx);
    let mut report = cx.report;
    for clash in &mut report.clashes {
        clash.name = network
            .contact(clash.contact)
            .map(|c| c.display_name.clone())
            .unwrap_or_default();
    }
    report.device_names = cx
        .out
        .devices()
        .map(|(id, _, name)| (id, name.to_owned()))
        .collect();
    *network.stamps_mut() = cx.out;
    network.validate_and_index()?;
    Ok(Merged { network, report })
}

/// Brings back what a surviving record refers to but a deletion on one side removed (a
/// touch logged on one laptop with a contact deleted on the other keeps that contact):
/// nothing is lost, and the result is the same whichever side is which.
fn keep_referenced(network: &mut Network, ours: &Network, theirs: &Network, cx: &mut Context<'_>) {
    loop {
        let missing = network.missing_references();
        if missing.is_empty() {
            return;
        }
        for id in missing {
            // Only one side can have it: a record both hold is never removed.
            let (from, stamps) = if ours.has_record(id) {
                (ours, cx.ours)
            } else {
                (theirs, cx.theirs)
            };
            if !network.copy_record_from(from, id) {
                // Neither side has it (each side was valid alone, so this cannot happen):
                // stop rather than loop; validation reports it.
                return;
            }
            cx.out.forget(id);
            cx.out.set_record(id, stamps.record(id));
            if let Some(fields) = stamps.fields_of(id) {
                for (name, stamp) in fields {
                    cx.out.set_field(id, name, *stamp);
                }
            }
        }
    }
}

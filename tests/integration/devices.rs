//! DESIGN §10: ids unique across devices, change stamps in the data file (format 3), and
//! the merge's rules on hand-made cases.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)] // test code

use std::path::Path;

use dunbar::actions::{Action, History};
use dunbar::domain::{Circle, Contact, ContactId, Network, Stamp};
use dunbar::merge::{merge, stamp_changes};
use dunbar::storage::file_format::{from_text, to_text};

use crate::common::d;

fn apply(network: &mut Network, action: Action) {
    History::new(1).apply(network, action).unwrap();
}

/// A device's network: the version last saved (`base`) and the one being changed.
struct Device {
    id: u64,
    base: Network,
    now: Network,
    ms: u64,
}

impl Device {
    fn new(id: u64, prefix: u64, from: &Network) -> Self {
        let mut now = from.clone();
        now.set_id_prefix(prefix);
        Self {
            id,
            base: now.clone(),
            now,
            ms: 1_800_000_000_000,
        }
    }
    fn add(&mut self, name: &str) -> ContactId {
        let id = ContactId::new(self.now.fresh_id());
        let contact = Contact::new(id, name, Circle::Known, d("2026-01-01"));
        apply(&mut self.now, Action::InsertContact(Box::new(contact)));
        id
    }
    fn edit(&mut self, id: ContactId, change: impl FnOnce(&mut Contact)) {
        let mut contact = self.now.contact(id).unwrap().clone();
        change(&mut contact);
        apply(&mut self.now, Action::ReplaceContact(Box::new(contact)));
    }
    fn save(&mut self, after_ms: u64) -> Network {
        self.ms += after_ms;
        let at = self.now.stamps().clock().tick(self.ms, self.id);
        stamp_changes(&self.base.clone(), &mut self.now, at);
        self.base = self.now.clone();
        self.now.clone()
    }
    fn take(&mut self, other: &Network) {
        self.now = merge(&self.now, other).unwrap().network;
        self.base = self.now.clone();
    }
}

#[test]
fn two_devices_adding_offline_mint_different_ids_and_old_ids_stay() {
    let mut start = Network::new();
    let old = ContactId::new(start.fresh_id());
    apply(
        &mut start,
        Action::InsertContact(Box::new(Contact::new(
            old,
            "Old Friend",
            Circle::Known,
            d("2025-01-01"),
        ))),
    );
    assert_eq!(old.get(), 1);
    let mut a = Device::new(11, 1, &start);
    let mut b = Device::new(22, 2, &start);
    let from_a = a.add("Ann from A");
    let from_b = b.add("Bo from B");
    assert_ne!(from_a, from_b);
    assert!(
        from_a.get() < 1 << 53 && from_b.get() < 1 << 53,
        "ids fit a JSON number"
    );
    let (sa, sb) = (a.save(10), b.save(20));
    let merged = merge(&sa, &sb).unwrap().network;
    assert_eq!(merged.contact_count(), 3);
    assert!(merged.contact(old).is_some());
}

#[test]
fn format_3_round_trips_stamps_and_a_version_2_file_opens_unstamped() {
    let mut a = Device::new(11, 1, &Network::new());
    let ann = a.add("Ann");
    let bo = a.add("Bo");
    a.save(5);
    a.edit(ann, |c| {
        c.notes = "met at the fair".into();
        c.tags.insert("fair".into());
    });
    apply(&mut a.now, Action::RemoveContact(bo));
    let saved = a.save(5);
    assert!(saved.stamps().tombstone(bo.get()).is_some());
    let text = to_text(&saved).unwrap();
    assert!(text.starts_with("(\n  format_version: 3,"));
    assert!(text.contains("stamps:"));
    let back = from_text(Path::new("network.ron"), &text).unwrap();
    assert!(back == saved);
    assert_eq!(back.stamps(), saved.stamps());
    // Version 2 (no stamps) migrates: same records, nothing stamped.
    let mut plain = saved.clone();
    plain = merge(&plain, &plain).unwrap().network;
    let v2 = to_text(&Network::new())
        .unwrap()
        .replace("format_version: 3", "format_version: 2");
    let opened = from_text(Path::new("network.ron"), &v2).unwrap();
    assert!(opened.stamps().is_empty());
    let fixture = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/network-v1/network.ron"),
    )
    .unwrap();
    let old = from_text(Path::new("network.ron"), &fixture).unwrap();
    assert!(old.stamps().is_empty());
    assert!(old.contact_count() > 0);
    let again = from_text(Path::new("network.ron"), &to_text(&old).unwrap()).unwrap();
    assert!(again == old);
    assert!(plain == saved);
}

#[test]
fn per_field_the_later_change_wins_and_a_true_clash_is_reported() {
    let mut a = Device::new(11, 1, &Network::new());
    let ann = a.add("Ann");
    let shared = a.save(1);
    let mut b = Device::new(22, 2, &shared);
    // Different fields on each side: both kept.
    a.edit(ann, |c| c.company = "Acme".into());
    b.edit(ann, |c| c.role = "CTO".into());
    // The same field on both, without seeing each other: the later (B's) kept, A's listed.
    a.edit(ann, |c| c.notes = "from A".into());
    b.edit(ann, |c| c.notes = "from B".into());
    let (sa, sb) = (a.save(10), b.save(20));
    let merged = merge(&sa, &sb).unwrap();
    let contact = merged.network.contact(ann).unwrap();
    assert_eq!(
        (contact.company.as_str(), contact.role.as_str()),
        ("Acme", "CTO")
    );
    assert_eq!(contact.notes, "from B");
    assert_eq!(merged.report.clashes.len(), 1);
    let clash = &merged.report.clashes[0];
    assert_eq!(
        (
            clash.field.as_str(),
            clash.kept.as_str(),
            clash.other.as_str()
        ),
        ("notes", "from B", "from A")
    );
    assert_eq!(clash.other_device, 11);
    // One step takes the other value.
    let mut network = merged.network.clone();
    let take = clash.take_other(&network).unwrap();
    apply(&mut network, take);
    assert_eq!(network.contact(ann).unwrap().notes, "from A");
    // An edit made after seeing the other is no clash.
    a.take(&sb);
    a.edit(ann, |c| c.notes = "A again".into());
    let sa = a.save(30);
    let merged = merge(&sb, &sa).unwrap();
    assert!(merged.report.clashes.is_empty());
    assert_eq!(merged.network.contact(ann).unwrap().notes, "A again");
    assert_eq!(merged.report.devices[&11].contacts_edited.len(), 1);
}

#[test]
fn a_delete_wins_over_an_older_edit_and_loses_to_a_newer_one() {
    let mut a = Device::new(11, 1, &Network::new());
    let ann = a.add("Ann");
    let bo = a.add("Bo");
    let shared = a.save(1);
    let mut b = Device::new(22, 2, &shared);
    b.edit(ann, |c| c.notes = "edited before the delete".into());
    b.save(5);
    apply(&mut a.now, Action::RemoveContact(ann));
    apply(&mut a.now, Action::RemoveContact(bo));
    let sa = a.save(10);
    b.edit(bo, |c| c.notes = "edited after the delete".into());
    let sb = b.save(20);
    let merged = merge(&sa, &sb).unwrap().network;
    assert!(merged.contact(ann).is_none(), "the older edit loses");
    assert!(merged.contact(bo).is_some(), "the newer edit wins");
    assert!(merge(&sb, &sa).unwrap().network == merged);
    let _ = Stamp::ZERO;
}

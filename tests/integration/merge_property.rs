//! DESIGN §10: thousands of random schedules of edits, saves, syncs (with conflict files)
//! on two or three simulated devices all converge to the same network, holding every change.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)] // test code

use std::collections::{BTreeMap, BTreeSet};

use dunbar::actions::{Action, History};
use dunbar::domain::{
    Channel, Circle, Contact, ContactId, Direction, Network, Stamp, Touch, TouchId, TouchKind,
};
use dunbar::merge::{merge, stamp_changes};

use crate::common::d;

/// `SplitMix64`: a small seeded generator, so a failing schedule can be replayed by its seed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.next() % n.max(1) as u64).unwrap()
    }
}

/// A version of `network.ron` as written by one save (the id tells copies apart).
#[derive(Clone)]
struct FileVersion {
    write: u64,
    network: Network,
}

struct Device {
    id: u64,
    skew_ms: i64,
    /// The session's network and the version it last read or wrote.
    local: Network,
    base: Network,
    seen_write: Option<u64>,
    /// The device's copy of the synced folder.
    file: Option<FileVersion>,
    conflicts: Vec<FileVersion>,
    /// Edits made since the last save: (contact, field, value).
    pending: Vec<(ContactId, &'static str, String)>,
}

/// What every device must end with: the latest stamped value of each field, every touch
/// logged and not deleted, every tag added and never removed.
#[derive(Default)]
struct Expected {
    fields: BTreeMap<(ContactId, &'static str), (Stamp, usize, String)>,
    contacts: BTreeSet<ContactId>,
    touches: BTreeSet<TouchId>,
    deleted_touches: BTreeSet<TouchId>,
    promises: BTreeSet<dunbar::domain::PromiseId>,
    tags_added: BTreeSet<(ContactId, String)>,
    tags_removed: BTreeSet<(ContactId, String)>,
}

struct World {
    rng: Rng,
    devices: Vec<Device>,
    now_ms: u64,
    writes: u64,
    counter: usize,
    /// The write both folders of a pair last agreed on.
    common: BTreeMap<(usize, usize), Option<u64>>,
    expected: Expected,
}

fn apply(network: &mut Network, action: Action) {
    History::new(1).apply(network, action).unwrap();
}

impl World {
    fn new(seed: u64, devices: usize) -> Self {
        let mut rng = Rng(seed);
        let devices = (0..devices)
            .map(|n| {
                let mut local = Network::new();
                local.set_id_prefix(n as u64 + 1);
                Device {
                    id: 1000 + n as u64,
                    skew_ms: i64::try_from(rng.below(10_000)).unwrap() - 5_000,
                    base: local.clone(),
                    local,
                    seen_write: None,
                    file: None,
                    conflicts: Vec::new(),
                    pending: Vec::new(),
                }
            })
            .collect();
        Self {
            rng,
            devices,
            now_ms: 1_800_000_000_000,
            writes: 0,
            counter: 0,
            common: BTreeMap::new(),
            expected: Expected::default(),
        }
    }

    fn edit(&mut self, dev: usize) {
        self.counter += 1;
        let value = format!("v{}", self.counter);
        let choice = self.rng.below(9);
        let pick = self.rng.next();
        let device = &mut self.devices[dev];
        let contacts: Vec<ContactId> = device.local.contacts().map(|c| c.id).collect();
        let touches: Vec<TouchId> = device.local.touches().map(|t| t.id).collect();
        let some_contact = (!contacts.is_empty())
            .then(|| contacts[usize::try_from(pick % contacts.len() as u64).unwrap()]);
        match (choice, some_contact) {
            (0, _) | (_, None) => {
                let id = ContactId::new(device.local.fresh_id());
                let contact = Contact::new(
                    id,
                    &format!("Person {value}"),
                    Circle::Known,
                    d("2026-01-01"),
                );
                apply(&mut device.local, Action::InsertContact(Box::new(contact)));
                self.expected.contacts.insert(id);
            }
            (1 | 2, Some(id)) => {
                let field = if choice == 1 { "notes" } else { "company" };
                let mut contact = device.local.contact(id).unwrap().clone();
                if field == "notes" {
                    contact.notes = value.clone();
                } else {
                    contact.company = value.clone();
                }
                apply(&mut device.local, Action::ReplaceContact(Box::new(contact)));
                device.pending.push((id, field, value));
            }
            (3, Some(id)) => {
                let mut contact = device.local.contact(id).unwrap().clone();
                contact.tags.insert(value.clone());
                apply(&mut device.local, Action::ReplaceContact(Box::new(contact)));
                self.expected.tags_added.insert((id, value));
            }
            (4, Some(id)) => {
                let mut contact = device.local.contact(id).unwrap().clone();
                if let Some(tag) = contact.tags.iter().next().cloned() {
                    contact.tags.remove(&tag);
                    apply(&mut device.local, Action::ReplaceContact(Box::new(contact)));
                    self.expected.tags_removed.insert((id, tag));
                }
            }
            (5, Some(id)) => {
                let touch_id = TouchId::new(device.local.fresh_id());
                let touch = Touch {
                    id: touch_id,
                    date: d("2026-02-01"),
                    contacts: vec![id],
                    channel: Channel::Call,
                    direction: Direction::Outbound,
                    kind: TouchKind::Meaningful,
                    note: value,
                    awaiting_reply: false,
                    capture_key: String::new(),
                };
                apply(&mut device.local, Action::InsertTouch(Box::new(touch)));
                self.expected.touches.insert(touch_id);
            }
            (7, Some(id)) => {
                // A promise made on this device (its own id range, like every record).
                let promise_id = dunbar::domain::PromiseId::new(device.local.fresh_id());
                let promise = dunbar::domain::Promise {
                    id: promise_id,
                    contact: id,
                    text: value,
                    due: d("2026-03-01"),
                    done: None,
                    direction: Direction::Outbound,
                    created: d("2026-02-01"),
                    touch: None,
                    ask: None,
                };
                apply(&mut device.local, Action::InsertPromise(Box::new(promise)));
                self.expected.promises.insert(promise_id);
            }
            (_, Some(_)) => {
                if !touches.is_empty() {
                    let touch = touches[usize::try_from(pick % touches.len() as u64).unwrap()];
                    apply(&mut device.local, Action::RemoveTouch(touch));
                    self.expected.deleted_touches.insert(touch);
                }
            }
        }
    }

    /// A save of the session: stamp what changed, merge in the file when it changed and
    /// any conflict file, then write.
    fn save(&mut self, dev: usize) {
        self.now_ms += 1 + self.rng.next() % 3_000;
        let now = self.now_ms.saturating_add_signed(self.devices[dev].skew_ms);
        let device = &mut self.devices[dev];
        let at = device.local.stamps().clock().tick(now, device.id);
        let before = device.base.clone();
        let changed = stamp_changes(&before, &mut device.local, at);
        // Pending edits took the save's stamp (the last of them per field).
        for (seq, (id, field, value)) in device.pending.drain(..).enumerate() {
            let slot =
                self.expected
                    .fields
                    .entry((id, field))
                    .or_insert((Stamp::ZERO, 0, String::new()));
            if (at, seq) > (slot.0, slot.1) {
                *slot = (at, seq, value);
            }
        }
        let mut merged = device.local.clone();
        let file_changed = device.file.as_ref().map(|f| f.write) != device.seen_write;
        if file_changed && let Some(file) = &device.file {
            merged = merge(&merged, &file.network).unwrap().network;
        }
        let conflicts = std::mem::take(&mut device.conflicts);
        for conflict in &conflicts {
            merged = merge(&merged, &conflict.network).unwrap().network;
        }
        let same_as_file = device
            .file
            .as_ref()
            .is_some_and(|f| f.network == merged && f.network.stamps() == merged.stamps());
        if same_as_file {
            device.seen_write = device.file.as_ref().map(|f| f.write);
        } else if changed || file_changed || !conflicts.is_empty() || device.file.is_none() {
            self.writes += 1;
            device.file = Some(FileVersion {
                write: self.writes,
                network: merged.clone(),
            });
            device.seen_write = Some(self.writes);
        }
        device.local = merged.clone();
        device.base = merged;
    }

    /// Syncthing between two folders: a one-sided change is copied; changes on both sides
    /// keep one (at random) and leave the other as a conflict file in both folders.
    fn sync(&mut self, i: usize, j: usize) {
        let (i, j) = (i.min(j), i.max(j));
        if i == j {
            return;
        }
        let common = self.common.get(&(i, j)).copied().flatten();
        let wi = self.devices[i].file.as_ref().map(|f| f.write);
        let wj = self.devices[j].file.as_ref().map(|f| f.write);
        let (fi, fj) = (self.devices[i].file.clone(), self.devices[j].file.clone());
        match (fi, fj) {
            // The same content (Syncthing compares content): one version for both.
            (Some(a), Some(b))
                if a.write != b.write
                    && a.network == b.network
                    && a.network.stamps() == b.network.stamps() =>
            {
                let kept = if a.write < b.write { a } else { b };
                self.common.insert((i, j), Some(kept.write));
                self.devices[i].file = Some(kept.clone());
                self.devices[j].file = Some(kept);
            }
            (Some(a), Some(b)) if a.write != b.write => {
                let i_changed = wi != common;
                let j_changed = wj != common;
                let (winner, loser) = match (i_changed, j_changed) {
                    (true, false) => (a, None),
                    (false, true) => (b, None),
                    _ if self.rng.below(2) == 0 => (a, Some(b)),
                    _ => (b, Some(a)),
                };
                for k in [i, j] {
                    self.devices[k].file = Some(winner.clone());
                    if let Some(loser) = &loser {
                        self.devices[k].conflicts.push(loser.clone());
                    }
                }
                self.common.insert((i, j), Some(winner.write));
            }
            (Some(a), None) => {
                self.devices[j].file = Some(a.clone());
                self.common.insert((i, j), Some(a.write));
            }
            (None, Some(b)) => {
                self.devices[i].file = Some(b.clone());
                self.common.insert((i, j), Some(b.write));
            }
            _ => {}
        }
        // Conflict files sync too.
        let mut all: Vec<FileVersion> = self.devices[i].conflicts.clone();
        for c in &self.devices[j].conflicts {
            if !all.iter().any(|x| x.write == c.write) {
                all.push(c.clone());
            }
        }
        self.devices[i].conflicts = all.clone();
        self.devices[j].conflicts = all;
    }

    fn settle(&mut self, seed: u64) {
        let n = self.devices.len();
        for _ in 0..12 {
            for dev in 0..n {
                self.save(dev);
            }
            for i in 0..n {
                for j in i + 1..n {
                    self.sync(i, j);
                }
            }
            let first = self.devices[0].file.as_ref().map(|f| f.write);
            let settled = self.devices.iter().all(|d| {
                d.file.as_ref().map(|f| f.write) == first
                    && d.seen_write == first
                    && d.conflicts.is_empty()
            });
            if settled {
                return;
            }
        }
        for (n, d) in self.devices.iter().enumerate() {
            eprintln!(
                "device {n}: file {:?} seen {:?} conflicts {}",
                d.file.as_ref().map(|f| f.write),
                d.seen_write,
                d.conflicts.len()
            );
        }
        let a = &self.devices[0].file.as_ref().unwrap().network;
        let b = &self.devices[1].file.as_ref().unwrap().network;
        eprintln!("{:?}\n{:?}", a.stamps(), b.stamps());
        panic!("seed {seed}: the devices never settled");
    }

    fn check(&self, seed: u64) {
        let first = &self.devices[0].local;
        for device in &self.devices {
            assert!(device.local == *first, "seed {seed}: networks differ");
            assert_eq!(
                device.local.stamps(),
                first.stamps(),
                "seed {seed}: stamps differ"
            );
        }
        for id in &self.expected.contacts {
            assert!(
                first.contact(*id).is_some(),
                "seed {seed}: contact {id} lost"
            );
        }
        for id in &self.expected.promises {
            assert!(
                first.promise(*id).is_some(),
                "seed {seed}: promise {id} lost"
            );
        }
        for id in &self.expected.touches {
            let present = first.touch(*id).is_some();
            let deleted = self.expected.deleted_touches.contains(id);
            assert_eq!(
                present, !deleted,
                "seed {seed}: touch {id} present={present}"
            );
        }
        for ((id, field), (_, _, value)) in &self.expected.fields {
            let contact = first.contact(*id).unwrap();
            let got = if *field == "notes" {
                &contact.notes
            } else {
                &contact.company
            };
            assert_eq!(got, value, "seed {seed}: {field} of {id}");
        }
        // Every tag is added once (values are unique), so a removal came after its add.
        for (id, tag) in &self.expected.tags_added {
            let removed = self.expected.tags_removed.contains(&(*id, tag.clone()));
            assert_eq!(
                first.contact(*id).unwrap().tags.contains(tag),
                !removed,
                "seed {seed}: tag {tag} of {id} (removed: {removed})"
            );
        }
    }
}

fn trace() -> bool {
    std::env::var("MERGE_TRACE").is_ok()
}

fn run(seed: u64) {
    let mut rng = Rng(seed ^ 0x5eed);
    let devices = 2 + rng.below(2);
    let mut world = World::new(seed, devices);
    let steps = 10 + rng.below(30);
    for _ in 0..steps {
        let dev = world.rng.below(devices);
        let step = world.rng.below(10);
        match step {
            0..=4 => world.edit(dev),
            5..=6 => world.save(dev),
            _ => {
                let other = world.rng.below(devices);
                world.sync(dev, other);
                if trace() {
                    eprintln!("sync {dev} {other}");
                }
            }
        }
        if trace() && step <= 6 {
            let d = &world.devices[dev];
            let tags: Vec<_> = d.local.contacts().map(|c| (c.id, c.tags.clone())).collect();
            eprintln!(
                "{} {dev}: {tags:?} {:?}",
                if step <= 4 { "edit" } else { "save" },
                d.local.stamps()
            );
        }
    }
    world.settle(seed);
    world.check(seed);
}

#[test]
fn random_schedules_on_two_or_three_devices_converge_holding_every_change() {
    let only: Option<u64> = std::env::var("MERGE_SEED")
        .ok()
        .and_then(|s| s.parse().ok());
    for seed in 0..2_000 {
        if only.is_some_and(|o| o != seed) {
            continue;
        }
        run(seed);
    }
}

#[test]
fn merge_is_commutative_and_idempotent_on_random_pairs() {
    for seed in 0..300 {
        let mut world = World::new(seed, 2);
        for _ in 0..15 {
            let dev = world.rng.below(2);
            world.edit(dev);
            if world.rng.below(3) == 0 {
                world.save(dev);
            }
            if world.rng.below(5) == 0 {
                world.sync(0, 1);
            }
        }
        world.save(0);
        world.save(1);
        let (a, b) = (&world.devices[0].local, &world.devices[1].local);
        let ab = merge(a, b).unwrap().network;
        let ba = merge(b, a).unwrap().network;
        assert!(ab == ba, "seed {seed}: merge(a, b) != merge(b, a)");
        assert_eq!(ab.stamps(), ba.stamps(), "seed {seed}: stamps");
        let aa = merge(a, a).unwrap();
        assert!(aa.network == *a, "seed {seed}: network");
        assert_eq!(aa.network.stamps(), a.stamps(), "seed {seed}");
        assert!(aa.report.is_empty());
    }
}

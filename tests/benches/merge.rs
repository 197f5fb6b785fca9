//! DESIGN §8: merging two versions of the network (DESIGN §10) within 30 ms (typical) and
//! 1 s (heavy). Both versions come from one network, each changed on its own device (a
//! thousand contacts edited, a thousand touches logged, some deleted), then written and
//! read back, so they share no memory (as when one comes from a synced file).
//! Run with `cargo bench --bench merge`.

#![allow(
    missing_docs,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing
)]

use std::hint::black_box;
use std::path::Path;

use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};
use dunbar::actions::{Action, History};
use dunbar::domain::{ContactId, Network, Touch, TouchId};
use dunbar::generate::{GenerateSpec, generate_network};
use dunbar::merge::{merge, stamp_changes};
use dunbar::storage::file_format::{from_text, to_text};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
}

/// One device's version: `edits` contacts changed, `edits` touches logged, `edits / 10`
/// touches deleted, all stamped on one save.
fn device_version(start: &Network, device: u64, edits: usize) -> Network {
    let mut network = start.clone();
    network.set_id_prefix(device);
    let mut history = History::new(1);
    let contacts: Vec<ContactId> = network.contacts().map(|c| c.id).collect();
    let touches: Vec<TouchId> = network.touches().map(|t| t.id).collect();
    let step = usize::try_from(device).unwrap() * 7 + 1;
    for n in 0..edits {
        let id = contacts[(n * step) % contacts.len()];
        let mut contact = network.contact(id).unwrap().clone();
        contact.notes = format!("edited on device {device} ({n})");
        contact.tags.insert(format!("device-{device}"));
        history
            .apply(&mut network, Action::ReplaceContact(Box::new(contact)))
            .unwrap();
        let touch = Touch {
            id: TouchId::new(network.fresh_id()),
            date: today(),
            contacts: vec![id],
            channel: dunbar::domain::Channel::Call,
            direction: dunbar::domain::Direction::Outbound,
            kind: dunbar::domain::TouchKind::Meaningful,
            note: String::new(),
            awaiting_reply: false,
            capture_key: String::new(),
        };
        history
            .apply(&mut network, Action::InsertTouch(Box::new(touch)))
            .unwrap();
    }
    for n in 0..edits / 10 {
        let id = touches[(n * step * 13) % touches.len()];
        let _ = history.apply(&mut network, Action::RemoveTouch(id));
    }
    let at = network
        .stamps()
        .clock()
        .tick(1_800_000_000_000 + device * 1000, device);
    stamp_changes(start, &mut network, at);
    // Written and read back: the two versions share nothing in memory.
    from_text(Path::new("network.ron"), &to_text(&network).unwrap()).unwrap()
}

fn bench_merge(c: &mut Criterion, name: &str, contacts: usize) {
    let mut start = generate_network(&GenerateSpec::new(contacts, 1), today()).unwrap();
    let before = Network::new();
    stamp_changes(
        &before,
        &mut start,
        dunbar::domain::Stamp(1_700_000_000_000, 0, 9),
    );
    let ours = device_version(&start, 1, 1000);
    let theirs = device_version(&start, 2, 1000);
    let merged = merge(&ours, &theirs).unwrap();
    assert!(merged.network.touch_count() > start.touch_count());
    let mut group = c.benchmark_group(name);
    group.sample_size(10);
    group.bench_function("merge two versions (1,000 edits and touches each)", |b| {
        b.iter(|| black_box(merge(&ours, &theirs).unwrap()));
    });
    group.finish();
}

fn budgets(c: &mut Criterion) {
    bench_merge(c, "typical", 1_500);
    bench_merge(c, "heavy", 30_000);
}

criterion_group!(benches, budgets);
criterion_main!(benches);

//! Budgets of DESIGN §8 for the core and the data file, on the reference networks:
//! "typical" (1,500 contacts, ~15,000 touches, 300 gifts) and "heavy" (30,000 contacts,
//! ~300,000 touches). Run with `cargo bench --bench core`.

#![allow(missing_docs, clippy::unwrap_used, clippy::expect_used)]

use std::hint::black_box;
use std::path::Path;

use chrono::{NaiveDate, NaiveDateTime};
use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use dunbar::domain::Network;
use dunbar::generate::{GenerateSpec, generate_network};
use dunbar::review::{gifts_for_contact, review_queue, who_would_value};
use dunbar::session::{Access, Session};
use dunbar::storage::DataFolder;
use dunbar::storage::file_format::{from_text, to_text};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
}

fn now() -> NaiveDateTime {
    today().and_hms_opt(12, 0, 0).unwrap()
}

fn network(contacts: usize) -> Network {
    generate_network(&GenerateSpec::new(contacts, 1), today()).unwrap()
}

/// A data folder holding `network`, with its open cache in the folder's `cache` sibling.
fn saved_folder(network: &Network) -> (tempfile::TempDir, DataFolder) {
    let holder = tempfile::tempdir().unwrap();
    let folder = DataFolder::new(holder.path().join("data"))
        .with_cache_root(Some(holder.path().join("cache")));
    let mut session = Session::create_with(folder.clone(), network.clone(), "bench").unwrap();
    session.save(now()).unwrap();
    (holder, folder)
}

fn bench_network(c: &mut Criterion, name: &str, contacts: usize) {
    let network = network(contacts);
    let (holder, folder) = saved_folder(&network);
    let text = to_text(&network).unwrap();
    let mut group = c.benchmark_group(name);
    group.sample_size(10);

    group.bench_function("open (parse + index, with the open cache)", |b| {
        b.iter(|| black_box(Session::open(folder.clone(), Access::ReadOnly, "bench").unwrap()));
    });
    group.bench_function("open (RON only, first open after a change)", |b| {
        b.iter(|| black_box(from_text(Path::new("network.ron"), &text).unwrap()));
    });
    group.bench_function("save (serialise + fsync + rename)", |b| {
        b.iter_batched(
            || folder.read().unwrap().unwrap().1,
            |stamp| black_box(folder.write(&network, Some(stamp), now()).unwrap()),
            BatchSize::PerIteration,
        );
    });
    // What a background save costs the UI thread: stamping one edit (DESIGN §10) and the
    // snapshot handed to the save thread (dropped outside the timing, as the save thread
    // drops it).
    let mut unsaved = Session::open(folder.clone(), Access::ReadWrite, "bench").unwrap();
    let mut edited = unsaved.network().contacts().next().unwrap().clone();
    edited.notes.push_str(" (edited)");
    unsaved
        .apply(dunbar::actions::Action::ReplaceContact(Box::new(edited)))
        .unwrap();
    group.bench_function("save snapshot on the UI thread (begin_save)", |b| {
        b.iter_with_large_drop(|| unsaved.begin_save(now()).unwrap());
    });
    drop(unsaved);
    drop(holder);
    group.bench_function("review queue", |b| {
        b.iter(|| black_box(review_queue(&network, today())));
    });
    let someone = network.contacts().next().unwrap().id;
    let item = network.library().next().unwrap().id;
    group.bench_function("gift suggestions for a contact", |b| {
        b.iter(|| black_box(gifts_for_contact(&network, someone, 5)));
    });
    group.bench_function("who would value an item", |b| {
        b.iter(|| black_box(who_would_value(&network, item, today(), 10)));
    });
    group.finish();
}

fn typical(c: &mut Criterion) {
    bench_network(c, "typical", 1_500);
}

fn heavy(c: &mut Criterion) {
    bench_network(c, "heavy", 30_000);
}

criterion_group!(benches, typical, heavy);
criterion_main!(benches);

//! Undo history memory (DESIGN §8: ≤ +10 % of the data's size for 100 steps), measured
//! rather than estimated: every allocation is counted, and the history's bytes are what
//! dropping it gives back. Prints one line per reference network.
//! Run with `cargo bench --bench undo_memory`.

#![allow(missing_docs, clippy::unwrap_used, clippy::expect_used)]
// Benchmark code: indexes are taken modulo the lengths; byte counts fit an f64.
#![allow(clippy::indexing_slicing, clippy::cast_precision_loss)]

use std::alloc::System;

use chrono::NaiveDate;
use dunbar::actions::{Action, History, LogEntry, edits};
use dunbar::domain::{Channel, Circle, ContactId, GiftKind, Network};
use dunbar::generate::{GenerateSpec, generate_network};
use dunbar::storage::file_format::to_text;
use stats_alloc::{INSTRUMENTED_SYSTEM, Region, StatsAlloc};

#[global_allocator]
static GLOBAL: &StatsAlloc<System> = &INSTRUMENTED_SYSTEM;

const STEPS: usize = 100;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
}

/// Bytes allocated and not freed since `region` began.
fn live(region: &Region<'_, System>) -> isize {
    let change = region.change();
    isize::try_from(change.bytes_allocated).unwrap()
        - isize::try_from(change.bytes_deallocated).unwrap()
        + change.bytes_reallocated
}

/// The `step`th of a round of everyday edits: log a call, move a contact to another
/// circle, tag three people, log a gift, edit a contact's company and notes.
fn edit(network: &Network, ids: &[ContactId], step: usize) -> Action {
    let id = ids[step * 7 % ids.len()];
    match step % 5 {
        0 => {
            let mut entry = LogEntry::new(vec![id], today(), Channel::Call);
            entry.note = "caught up about the new job and the move".to_owned();
            entry.to_action(network, today()).unwrap()
        }
        1 => edits::update_contacts(network, &[id], "move", |c| {
            c.circle = if c.circle == Circle::Known {
                Circle::Acquaintance
            } else {
                Circle::Known
            };
        })
        .unwrap(),
        2 => {
            let three: Vec<ContactId> = (0..3).map(|n| ids[(step + n * 11) % ids.len()]).collect();
            edits::update_contacts(network, &three, "tag", |c| {
                c.tags.insert(format!("batch-{step}"));
            })
            .unwrap()
        }
        3 => {
            let mut entry = LogEntry::new(vec![id], today(), Channel::Email);
            entry.gave = Some(GiftKind::Knowledge);
            entry.note = "sent the article about harbour cranes".to_owned();
            entry.to_action(network, today()).unwrap()
        }
        _ => edits::update_contacts(network, &[id], "edit", |c| {
            c.company = format!("{} & Partners", c.company);
            c.notes.push_str(" Met again at the conference.");
        })
        .unwrap(),
    }
}

fn measure(name: &str, contacts: usize) {
    let region = Region::new(GLOBAL);
    let mut network = generate_network(&GenerateSpec::new(contacts, 1), today()).unwrap();
    let network_bytes = live(&region);
    let data_size = to_text(&network).unwrap().len();
    let ids: Vec<ContactId> = network.contacts().map(|c| c.id).collect();

    let mut history = History::new(STEPS);
    for step in 0..STEPS {
        let action = edit(&network, &ids, step);
        history.apply(&mut network, action).unwrap();
    }
    let with_history = live(&region);
    let estimate = history.approximate_size();
    drop(history);
    let held = with_history - live(&region);
    let share = held as f64 / data_size as f64 * 100.0;
    println!(
        "undo_memory/{name}: {STEPS} steps hold {held} bytes (estimate {estimate}); data file \
         {data_size} bytes, network in memory {network_bytes} bytes; history = {share:.3} % \
         of the data (budget 10 %)"
    );
    assert!(share < 10.0, "over the budget");
}

fn main() {
    measure("typical", 1_500);
    measure("heavy", 30_000);
}

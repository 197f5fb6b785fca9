//! Import budget (DESIGN §8): a 30,000-row `LinkedIn` CSV parsed and planned in ≤ 300 ms;
//! and vCard files of the typical and heavy networks (as `dunbar export` writes them)
//! parsed and planned. Run with `cargo bench --bench import`.

#![allow(missing_docs)]
// Benchmark code: indexes are taken modulo the lengths.
#![allow(clippy::indexing_slicing)]

use std::fmt::Write as _;
use std::hint::black_box;

use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};
use dunbar::domain::Network;
use dunbar::generate::{GenerateSpec, generate_network};
use dunbar::interchange::{ExportFilter, ExportFormat, ImportOptions, export, parse, plan_import};

const ROWS: usize = 30_000;

const FIRST: [&str; 12] = [
    "Søren", "Mette", "Anna", "Jens", "Åse", "Per", "Karen", "Niels", "Zoë", "Bjørn", "Ida", "Lars",
];
const LAST: [&str; 10] = [
    "Æbelø",
    "Frederiksen",
    "Holm",
    "Kjær",
    "Lund",
    "Ørsted",
    "Blixen",
    "Bohr",
    "Müller",
    "Søndergaard",
];
const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// A `LinkedIn` export as the site writes it: the `Notes:` preamble, then one row per
/// connection; about a third share their e-mail, company names carry commas.
fn linkedin_csv(rows: usize) -> Vec<u8> {
    let mut text = String::from(
        "Notes:\r\n\"When exporting your connection data, you may notice that some of the email addresses are missing.\"\r\n\r\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n",
    );
    for i in 0..rows {
        let first = FIRST[i % FIRST.len()];
        let last = LAST[(i / FIRST.len()) % LAST.len()];
        let email = if i % 3 == 0 {
            format!("person{i}@example.dk")
        } else {
            String::new()
        };
        let _ = write!(
            text,
            "{first},{last},https://www.linkedin.com/in/{}-{}-{i},{email},\"Firma {}, ApS\",Konsulent,{:02} {} {}\r\n",
            first.to_lowercase(),
            last.to_lowercase(),
            i % 500,
            1 + i % 28,
            MONTHS[i % 12],
            2010 + i % 15
        );
    }
    text.into_bytes()
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).unwrap_or_default()
}

fn bench_import(c: &mut Criterion) {
    let bytes = linkedin_csv(ROWS);
    let options = ImportOptions::new("Connections.csv");
    let empty = Network::new();
    let mut group = c.benchmark_group("import");
    group.sample_size(10);
    group.bench_function("linkedin 30k rows: parse only", |b| {
        b.iter(|| parse(black_box(&bytes), "Connections.csv"));
    });
    group.bench_function("linkedin 30k rows: parse + plan (empty network)", |b| {
        b.iter(|| {
            let parsed = parse(black_box(&bytes), "Connections.csv");
            let plan = plan_import(&empty, &parsed, &options, today());
            assert_eq!(plan.added(), ROWS);
            plan
        });
    });
    // The same file again, into the network that already holds all 30,000.
    let mut full = Network::new();
    let parsed = parse(&bytes, "Connections.csv");
    let plan = plan_import(&full, &parsed, &options, today());
    if let Ok(Some(action)) = plan.to_action(&full) {
        let _ = action.apply(&mut full);
    }
    group.bench_function(
        "linkedin 30k rows: parse + plan (re-import, all known)",
        |b| {
            b.iter(|| {
                let parsed = parse(black_box(&bytes), "Connections.csv");
                let plan = plan_import(&full, &parsed, &options, today());
                assert_eq!(plan.skipped(), ROWS);
                plan
            });
        },
    );
    // While a file is previewed, the Import screen plans it again after every change: a
    // small file against the heavy network is what that frame pays.
    let heavy = generate_network(&GenerateSpec::new(30_000, 1), today()).unwrap_or_default();
    let small = parse(&linkedin_csv(100), "Connections.csv");
    group.bench_function(
        "100 rows planned again into the heavy network (a previewed file after a change)",
        |b| b.iter(|| plan_import(&heavy, black_box(&small), &options, today())),
    );
    group.finish();
}

/// vCard 4.0 files of the reference networks, written by the exporter (names with
/// diacritics, e-mails, phones, companies, birthdays, notes), imported into an empty network.
fn bench_vcard(c: &mut Criterion) {
    let mut group = c.benchmark_group("import vCard");
    group.sample_size(10);
    for (name, contacts) in [("typical", 1_500), ("heavy", 30_000)] {
        let network =
            generate_network(&GenerateSpec::new(contacts, 1), today()).unwrap_or_default();
        let text = export(
            &network,
            ExportFormat::VCard4,
            &ExportFilter::default(),
            today(),
        )
        .unwrap_or_default();
        let options = ImportOptions::new("contacts.vcf");
        let empty = Network::new();
        let cards = network.contacts().count();
        group.bench_function(
            format!(
                "{name}: {cards} cards, {} kB: parse + plan",
                text.len() / 1024
            ),
            |b| {
                b.iter(|| {
                    let parsed = parse(black_box(text.as_bytes()), "contacts.vcf");
                    let plan = plan_import(&empty, &parsed, &options, today());
                    assert_eq!(plan.added(), cards);
                    plan
                });
            },
        );
    }
    group.finish();
}

criterion_group!(benches, bench_import, bench_vcard);
criterion_main!(benches);

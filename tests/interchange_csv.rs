//! `LinkedIn`, Google (new and legacy) and Outlook CSV files written for this project from
//! the documented layouts (tests/fixtures/own): the right people with the right fields.

// Test code: a failed expectation is a failed test.
#![allow(
    clippy::expect_used,
    clippy::unwrap_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::path::PathBuf;

use chrono::NaiveDate;
use dunbar::domain::PartialDate;
use dunbar::interchange::{ImportFormat, ParsedFile, parse};

fn read(name: &str) -> ParsedFile {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/own")
        .join(name);
    let bytes = std::fs::read(path).expect("fixture exists");
    parse(&bytes, name)
}

fn day(year: i32, month: u32, day: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(year, month, day)
}

#[test]
fn linkedin_export_with_notes_preamble() {
    let parsed = read("linkedin_connections.csv");
    assert_eq!(parsed.format, ImportFormat::LinkedIn);
    let names: Vec<&str> = parsed
        .records
        .iter()
        .map(|r| r.display_name.as_str())
        .collect();
    // The all-empty row is ignored, not counted as a person.
    assert_eq!(
        names,
        [
            "Søren Æbelø",
            "Mette Frederiksen",
            "Anna 🚀 Holm",
            "Jens Kjær"
        ]
    );
    assert_eq!(parsed.rejected, 0);
    let soren = &parsed.records[0];
    assert_eq!(soren.line, 5);
    assert_eq!(soren.emails, ["soren@aebeloe.dk"]);
    assert_eq!(soren.company, "Æbelø Consulting, ApS");
    assert_eq!(soren.role, "Partner");
    assert_eq!(
        soren.linkedin_url.as_deref(),
        Some("https://www.linkedin.com/in/soeren-aebeloe")
    );
    assert!(soren.links.is_empty());
    assert_eq!(soren.connected_on, day(2024, 10, 9));
    let mette = &parsed.records[1];
    assert!(mette.emails.is_empty());
    assert_eq!(mette.role, "Chief, Strategy");
    assert_eq!(mette.connected_on, day(2023, 3, 15));
    let jens = &parsed.records[3];
    assert_eq!(jens.line, 9);
    assert_eq!(jens.company, "Kjær & Co, \"The\" Firm");
    assert_eq!(jens.connected_on, None);
    // The bad date is reported with its line; the person is still imported.
    assert_eq!(parsed.warnings.len(), 1, "{:?}", parsed.warnings);
    assert_eq!(parsed.warnings[0].line, 9);
    assert!(parsed.warnings[0].message.contains("not a date"));
}

#[test]
fn older_linkedin_export_without_url_and_us_dates() {
    let parsed = read("linkedin_old.csv");
    assert_eq!(parsed.format, ImportFormat::LinkedIn);
    assert_eq!(parsed.records.len(), 2);
    let aase = &parsed.records[0];
    assert_eq!(aase.display_name, "Åse Lund");
    assert_eq!(aase.linkedin_url, None);
    assert_eq!(aase.connected_on, day(2018, 1, 8));
    assert_eq!(parsed.records[1].connected_on, day(2017, 12, 24));
    assert_eq!(parsed.records[1].company, "Ørsted Energi");
    assert!(parsed.warnings.is_empty(), "{:?}", parsed.warnings);
}

#[test]
fn google_new_header_multi_values_and_labels() {
    let parsed = read("google_new.csv");
    assert_eq!(parsed.format, ImportFormat::Google);
    assert_eq!(parsed.records.len(), 2);
    let soren = &parsed.records[0];
    assert_eq!(soren.display_name, "Søren Æbelø");
    assert_eq!(
        soren.emails,
        [
            "soren@aebeloe.dk",
            "s.aebeloe@gmail.com",
            "private@aebeloe.dk"
        ]
    );
    assert_eq!(soren.phones, ["+45 12 34 56 78"]);
    assert_eq!(soren.company, "Æbelø Consulting");
    assert_eq!(soren.birthday, PartialDate::full(1975, 6, 1));
    // `* myContacts` is Google's own group, not a label the user made.
    assert_eq!(soren.tags.iter().collect::<Vec<_>>(), ["Friends", "Work"]);
    assert_eq!(soren.notes, "Met at \"Folkemødet\", Bornholm");
    assert!(soren.linkedin_url.is_some());
    let karen = &parsed.records[1];
    assert_eq!(karen.display_name, "Karen Marie Blixen");
    assert_eq!(karen.birthday, PartialDate::year_less(4, 17));
    assert_eq!(karen.tags.iter().collect::<Vec<_>>(), ["Authors"]);
    // The row with only a system group names nobody: skipped and reported with its line.
    assert_eq!(parsed.rejected, 1);
    assert_eq!(parsed.warnings.len(), 1);
    assert_eq!(parsed.warnings[0].line, 4);
}

#[test]
fn google_legacy_header() {
    let parsed = read("google_legacy.csv");
    assert_eq!(parsed.format, ImportFormat::GoogleLegacy);
    let niels = &parsed.records[0];
    assert_eq!(niels.display_name, "Niels Bohr");
    assert_eq!(niels.emails, ["niels@nbi.dk", "bohr@example.org"]);
    assert_eq!(niels.company, "Niels Bohr Institutet");
    assert_eq!(niels.role, "Director");
    assert_eq!(niels.tags.iter().collect::<Vec<_>>(), ["Physicists"]);
    assert_eq!(niels.birthday, PartialDate::full(1885, 10, 7));
}

#[test]
fn outlook_windows_1252_csv() {
    let bytes = std::fs::read(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/own/outlook.csv"),
    )
    .expect("fixture");
    assert!(
        std::str::from_utf8(&bytes).is_err(),
        "the fixture must not be UTF-8"
    );
    let parsed = read("outlook.csv");
    assert_eq!(parsed.format, ImportFormat::Outlook);
    assert_eq!(parsed.records.len(), 2);
    let bjorn = &parsed.records[0];
    assert_eq!(bjorn.display_name, "Bjørn Søndergaard");
    assert_eq!(bjorn.emails, ["bjorn@sondergaard.dk"]);
    assert_eq!(bjorn.company, "Søndergaard A/S");
    assert_eq!(bjorn.role, "Direktør");
    assert_eq!(bjorn.phones, ["+45 20 30 40 50"]);
    assert_eq!(bjorn.birthday, PartialDate::full(1980, 3, 22));
    assert_eq!(bjorn.anniversary, None);
    assert_eq!(bjorn.notes, "Kunde siden 2019 – «vigtig»");
    assert_eq!(bjorn.tags.iter().collect::<Vec<_>>(), ["Kunder", "VIP"]);
    assert_eq!(parsed.records[1].display_name, "Zoë Müller");
    // `0/0/00` is Outlook's "no date", not an error.
    assert!(parsed.warnings.is_empty(), "{:?}", parsed.warnings);
}

#[test]
fn text_that_is_no_contacts_file_is_reported() {
    let parsed = parse(b"hello\nworld\n", "notes.txt");
    assert_eq!(parsed.format, ImportFormat::Unknown);
    assert!(parsed.records.is_empty());
    assert_eq!(parsed.warnings.len(), 1);
}

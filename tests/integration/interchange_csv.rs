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

fn birthday_of(parsed: &ParsedFile, name: &str) -> Option<PartialDate> {
    parsed
        .records
        .iter()
        .find(|r| r.display_name == name)
        .unwrap_or_else(|| panic!("{name} imported: {:?}", parsed.records))
        .birthday
}

#[test]
fn danish_outlook_birthdays_are_day_first_by_the_header_language() {
    // Every date is ambiguous (day and month both at most 12): the Danish headers decide.
    let parsed = read("outlook_danish.csv");
    assert_eq!(
        birthday_of(&parsed, "Bjørn Søndergaard"),
        PartialDate::full(1979, 11, 5)
    );
    assert_eq!(
        birthday_of(&parsed, "Åse Kjær"),
        PartialDate::full(1985, 4, 3)
    );
    let aase = parsed
        .records
        .iter()
        .find(|r| r.display_name == "Åse Kjær")
        .expect("Åse");
    assert_eq!(aase.anniversary, PartialDate::full(2010, 6, 7));
    assert_eq!(aase.phones, ["+45 40 41 42 43"]);
    assert!(
        parsed.warnings.iter().all(|w| !w.message.contains("month")),
        "{:?}",
        parsed.warnings
    );
}

#[test]
fn german_outlook_dotted_birthdays_are_day_first() {
    let parsed = read("outlook_german.csv");
    assert_eq!(
        birthday_of(&parsed, "Jürgen Müller"),
        PartialDate::full(1979, 11, 5)
    );
    assert_eq!(
        birthday_of(&parsed, "Ulrike Weiß"),
        PartialDate::full(1990, 1, 12)
    );
    let juergen = &parsed.records[0];
    // "E-Mail-Typ" and "E-Mail: Angezeigter Name" are not addresses.
    assert_eq!(juergen.emails, ["juergen@mueller.de"]);
    assert_eq!(juergen.company, "Müller GmbH");
}

#[test]
fn uk_outlook_column_is_settled_by_a_day_above_twelve() {
    // English headers, but 23/04/1985 in the same column makes 05/11/1979 the 5th of November.
    let parsed = read("outlook_uk.csv");
    assert_eq!(
        birthday_of(&parsed, "Oliver Brown"),
        PartialDate::full(1979, 11, 5)
    );
    assert_eq!(
        birthday_of(&parsed, "Amelia Jones"),
        PartialDate::full(1985, 4, 23)
    );
    assert!(parsed.warnings.is_empty(), "{:?}", parsed.warnings);
}

#[test]
fn undecidable_date_column_warns_once_and_reads_month_first() {
    let text = "Name,E-mail,Birthday\r\n\
                Anna Holm,anna@holm.dk,05/11/1979\r\n\
                Bo Berg,bo@berg.dk,03/04/1985\r\n";
    let parsed = parse(text.as_bytes(), "friends.csv");
    assert_eq!(
        birthday_of(&parsed, "Anna Holm"),
        PartialDate::full(1979, 5, 11)
    );
    assert_eq!(
        birthday_of(&parsed, "Bo Berg"),
        PartialDate::full(1985, 3, 4)
    );
    let about_order: Vec<String> = parsed
        .warnings
        .iter()
        .map(ToString::to_string)
        .filter(|w| w.contains("month"))
        .collect();
    assert_eq!(about_order.len(), 1, "{:?}", parsed.warnings);
    assert!(about_order[0].contains("friends.csv"), "{}", about_order[0]);
    assert!(about_order[0].contains("Birthday"), "{}", about_order[0]);
    assert!(about_order[0].starts_with("2:"), "{}", about_order[0]);
}

#[test]
fn day_first_with_dashes_and_dots_decided_per_column() {
    // Birthday column: 14-02-1980 makes it day first. Anniversary column: 2/25/2001 makes
    // it month first, in the same file.
    let text = "First Name,Last Name,Birthday,Anniversary\n\
                Anna,Holm,05-11-1979,03/04/2005\n\
                Bo,Berg,14-02-1980,2/25/2001\n\
                Carl,Dahl,01.02.1970,\n";
    let parsed = parse(text.as_bytes(), "mixed.csv");
    assert_eq!(
        birthday_of(&parsed, "Anna Holm"),
        PartialDate::full(1979, 11, 5)
    );
    assert_eq!(
        birthday_of(&parsed, "Bo Berg"),
        PartialDate::full(1980, 2, 14)
    );
    assert_eq!(
        birthday_of(&parsed, "Carl Dahl"),
        PartialDate::full(1970, 2, 1)
    );
    assert_eq!(parsed.records[0].anniversary, PartialDate::full(2005, 3, 4));
    assert!(parsed.warnings.is_empty(), "{:?}", parsed.warnings);
}

#[test]
fn exchange_directory_address_is_not_an_email() {
    let parsed = read("outlook_danish.csv");
    let bjorn = &parsed.records[0];
    assert_eq!(bjorn.emails, ["bjorn@sondergaard.dk"]);
    let warning = parsed
        .warnings
        .iter()
        .find(|w| w.message.contains("/o=ExchangeLabs"))
        .unwrap_or_else(|| panic!("a warning about the X500 address: {:?}", parsed.warnings));
    assert_eq!(warning.line, 2);
}

#[test]
fn an_unclosed_quote_is_reported_and_later_rows_are_read() {
    let text = "First Name,Last Name,E-mail Address,Notes\n\
                Anna,Holm,anna@holm.dk,fine\n\
                Bo,\"Berg,bo@berg.dk,broken quote\n\
                Carl,Dahl,carl@dahl.dk,fine\n\
                Dorte,Ebbe,dorte@ebbe.dk,\"two\n\
                lines\"\n\
                Erik,Fisk,erik@fisk.dk,last\n";
    let parsed = parse(text.as_bytes(), "broken.csv");
    let names: Vec<&str> = parsed
        .records
        .iter()
        .map(|r| r.display_name.as_str())
        .collect();
    assert_eq!(names, ["Anna Holm", "Carl Dahl", "Dorte Ebbe", "Erik Fisk"]);
    assert_eq!(parsed.records[2].notes, "two\nlines");
    assert_eq!(parsed.records[3].line, 7);
    let warning = parsed
        .warnings
        .iter()
        .find(|w| w.message.contains("quote"))
        .unwrap_or_else(|| panic!("a warning about the quote: {:?}", parsed.warnings));
    assert_eq!(warning.line, 3);
    assert_eq!(parsed.rejected, 1);
}

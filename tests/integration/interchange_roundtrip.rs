//! Export, then import into an empty network: the same people come back. Exported vCards
//! pass the strict `vcard4` parser and keep every line within 75 octets; CSV cells cannot
//! run as spreadsheet formulas.

// Test code: a failed expectation is a failed test.
#![allow(
    clippy::expect_used,
    clippy::unwrap_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::collections::BTreeSet;

use chrono::NaiveDate;
use dunbar::actions::Action;
use dunbar::domain::{
    Circle, Contact, ContactId, ContactLabel, EmailAddress, Network, PartialDate, PhoneNumber,
    PostalAddress,
};
use dunbar::interchange::{
    ExportFilter, ExportFormat, ImportOptions, MAX_LINE_OCTETS, export, parse, plan_import,
};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).expect("date")
}

fn person(id: u64, name: &str) -> Contact {
    Contact::new(ContactId::new(id), name, Circle::Active, today())
}

fn tags(list: &[&str]) -> BTreeSet<String> {
    list.iter().map(|t| (*t).to_owned()).collect()
}

/// A small network with the awkward cases: Danish letters, an emoji, every vCard special
/// character, a year-less birthday, a note long enough to fold.
fn sample_network() -> Network {
    let mut soren = person(1, "Søren Æbelø");
    soren.emails = vec![
        EmailAddress::labelled("soren@aebeloe.dk", Some(ContactLabel::Work)),
        "s.aebeloe@gmail.com".into(),
    ];
    soren.phones = vec![PhoneNumber::labelled(
        "+45 12 34 56 78",
        Some(ContactLabel::Custom("Sommerhus".into())),
    )];
    soren.middle_name = "Peter".into();
    soren.given_name = "Søren".into();
    soren.family_name = "Æbelø".into();
    soren.anniversary = PartialDate::full(2001, 8, 18);
    soren.addresses = vec![PostalAddress {
        label: Some(ContactLabel::Home),
        street: "Strandvejen 12, 1. th.".into(),
        city: "Hellerup".into(),
        region: String::new(),
        postcode: "2900".into(),
        country: "Danmark".into(),
    }];
    soren.company = "Æbelø Consulting, ApS".into();
    soren.role = "Partner; founder".into();
    soren.birthday = PartialDate::full(1975, 6, 1);
    soren.tags = tags(&["Friends", "Work, Denmark"]);
    soren.notes = "Line one\nLine; two, with \\ a backslash".into();
    soren.linkedin_url = Some("https://www.linkedin.com/in/soeren-aebeloe".into());
    let mut karen = person(2, "Karen Blixen");
    karen.birthday = PartialDate::year_less(4, 17);
    karen.emails = vec!["karen@rungstedlund.dk".into()];
    karen.notes = "Ude i Afrika 🦁 ".repeat(20).trim().to_owned();
    karen.tags = tags(&["Authors"]);
    let mut anna = person(3, "Anna 🚀 Holm");
    anna.company = "Raket A/S".into();
    anna.phones = vec![
        PhoneNumber::labelled("+45 20 30 40 50", Some(ContactLabel::Mobile)),
        PhoneNumber::labelled("33 44 55 66", Some(ContactLabel::Fax)),
    ];
    anna.birthday = PartialDate::year_less(2, 29);
    let mut network = Network::new();
    for contact in [soren, karen, anna] {
        Action::InsertContact(Box::new(contact))
            .apply(&mut network)
            .expect("valid contact");
    }
    network
}

fn export_all(network: &Network, format: ExportFormat) -> String {
    export(network, format, &ExportFilter::default(), today()).expect("export")
}

fn import_into_empty(text: &str, file: &str) -> Network {
    let parsed = parse(text.as_bytes(), file);
    assert!(parsed.warnings.is_empty(), "{file}: {:?}", parsed.warnings);
    let mut network = Network::new();
    let plan = plan_import(&network, &parsed, &ImportOptions::new(file), today());
    let action = plan
        .to_action(&network)
        .expect("fresh plan")
        .expect("something to import");
    action.apply(&mut network).expect("import applies");
    network
}

fn by_name<'a>(network: &'a Network, name: &str) -> &'a Contact {
    network
        .contacts()
        .find(|c| c.display_name == name)
        .unwrap_or_else(|| panic!("{name} missing"))
}

fn assert_same_people(original: &Network, imported: &Network, with_notes: bool) {
    assert_eq!(original.contact_count(), imported.contact_count());
    for before in original.contacts() {
        let after = by_name(imported, &before.display_name);
        assert_eq!(after.emails, before.emails, "{}", before.display_name);
        assert_eq!(after.phones, before.phones, "{}", before.display_name);
        assert_eq!(after.company, before.company, "{}", before.display_name);
        assert_eq!(after.role, before.role, "{}", before.display_name);
        assert_eq!(after.birthday, before.birthday, "{}", before.display_name);
        assert_eq!(
            after.anniversary, before.anniversary,
            "{}",
            before.display_name
        );
        assert_eq!(after.addresses, before.addresses, "{}", before.display_name);
        assert_eq!(
            after.middle_name, before.middle_name,
            "{}",
            before.display_name
        );
        assert_eq!(after.circle, before.circle, "{}", before.display_name);
        assert_eq!(after.tags, before.tags, "{}", before.display_name);
        assert_eq!(
            after.linkedin_url, before.linkedin_url,
            "{}",
            before.display_name
        );
        if with_notes {
            assert_eq!(after.notes, before.notes, "{}", before.display_name);
        }
    }
}

fn assert_lines_short(text: &str) {
    assert!(text.ends_with("\r\n"));
    for line in text.split("\r\n") {
        assert!(!line.contains('\n'), "bare LF in {line:?}");
        assert!(
            line.len() <= MAX_LINE_OCTETS,
            "{} octets: {line:?}",
            line.len()
        );
    }
}

#[test]
fn vcard_3_round_trip() {
    let network = sample_network();
    let text = export_all(&network, ExportFormat::VCard3);
    assert!(text.contains("VERSION:3.0\r\n"));
    assert!(
        text.contains("BDAY;X-APPLE-OMIT-YEAR=1604:1604-04-17\r\n"),
        "year-less birthday as Apple writes it in 3.0"
    );
    assert!(text.contains("ORG:Æbelø Consulting\\, ApS\r\n"));
    assert_lines_short(&text);
    assert_same_people(&network, &import_into_empty(&text, "out.vcf"), true);
}

#[test]
fn vcard_4_round_trip_and_strict_parser_accepts_it() {
    let network = sample_network();
    let text = export_all(&network, ExportFormat::VCard4);
    assert!(text.contains("BDAY:19750601\r\n"));
    assert!(text.contains("BDAY:--0229\r\n"));
    assert_lines_short(&text);
    let cards = vcard4::parse(&text).expect("strict vcard4 parser accepts the export");
    assert_eq!(cards.len(), 3);
    let names: Vec<String> = cards
        .iter()
        .map(|card| card.formatted_name[0].value.clone())
        .collect();
    assert_eq!(names, ["Søren Æbelø", "Karen Blixen", "Anna 🚀 Holm"]);
    assert_same_people(&network, &import_into_empty(&text, "out.vcf"), true);
}

#[test]
fn csv_round_trip() {
    let network = sample_network();
    let text = export_all(&network, ExportFormat::Csv);
    assert!(text.starts_with("File As,Name Prefix,First Name,Middle Name,Last Name,"));
    assert!(text.contains(",+45 12 34 56 78,"));
    assert_same_people(&network, &import_into_empty(&text, "out.csv"), true);
}

#[test]
fn formulas_are_neutralised_in_csv() {
    let mut network = Network::new();
    let mut evil = person(1, "=HYPERLINK(\"http://x\")");
    evil.notes = "=HYPERLINK(\"http://x\")".into();
    evil.company = "@SUM(A1:A9)".into();
    evil.role = "-2+3".into();
    Action::InsertContact(Box::new(evil))
        .apply(&mut network)
        .expect("valid");
    let text = export_all(&network, ExportFormat::Csv);
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let row = reader.records().next().expect("a row").expect("valid csv");
    for cell in row.iter().filter(|cell| !cell.is_empty()) {
        assert!(
            !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
            "formula left live: {cell:?}"
        );
    }
    assert!(row.iter().any(|cell| cell == "'=HYPERLINK(\"http://x\")"));
    assert!(row.iter().any(|cell| cell == "'@SUM(A1:A9)"));
}

#[test]
fn filters_limit_the_export() {
    let network = sample_network();
    let authors = ExportFilter {
        tag: Some("authors".into()),
        ..ExportFilter::default()
    };
    let text = export(&network, ExportFormat::VCard4, &authors, today()).expect("export");
    assert_eq!(text.matches("BEGIN:VCARD").count(), 1);
    assert!(text.contains("FN:Karen Blixen"));
    let selection = ExportFilter {
        ids: Some([ContactId::new(1), ContactId::new(3)].into_iter().collect()),
        ..ExportFilter::default()
    };
    let text = export(&network, ExportFormat::Csv, &selection, today()).expect("export");
    let rows = csv::Reader::from_reader(text.as_bytes()).records().count();
    assert_eq!(rows, 2, "{text}");
    let inner = ExportFilter {
        circle: Some(Circle::Support),
        ..ExportFilter::default()
    };
    let text = export(&network, ExportFormat::VCard3, &inner, today()).expect("export");
    assert!(text.is_empty());
}

#[test]
fn ron_export_is_the_data_file() {
    let network = sample_network();
    let text = export_all(&network, ExportFormat::Ron);
    assert_eq!(
        text,
        dunbar::storage::file_format::to_text(&network).expect("serialises")
    );
}

#[test]
fn icalendar_has_follow_ups_and_yearly_birthdays_with_alarms() {
    let network = sample_network();
    let text = export_all(&network, ExportFormat::Ics);
    // Active circle: a yearly cadence from the day they were added.
    assert_eq!(text.matches("SUMMARY:Follow up with").count(), 3);
    assert!(text.contains("DTSTART;VALUE=DATE:20271122"));
    assert_eq!(text.matches("RRULE:FREQ=YEARLY").count(), 3);
    // Karen's year-less birthday comes next on 17 April 2027.
    assert!(text.contains("DTSTART;VALUE=DATE:20270417"));
    assert_eq!(text.matches("BEGIN:VALARM").count(), 6);
    // Every reminder shows at 09:00 on the day, birthdays included.
    assert_eq!(
        text.matches("TRIGGER;RELATED=START:PT32400S").count(),
        6,
        "{text}"
    );
    // Anna's 29 February birthday: on the last day of February, so 28 February in 2027.
    assert!(text.contains("RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1"));
    assert!(text.contains("DTSTART;VALUE=DATE:20270228"));
    // The same network and day give the same file (no clock, no random UIDs).
    let again = export_all(&network, ExportFormat::Ics);
    assert_eq!(text, again);
    let parsed: icalendar::Calendar = text.parse().expect("icalendar parses its own output");
    assert_eq!(parsed.components.len(), 6);
}

fn csv_row_of(text: &str, first_name: &str) -> Vec<(String, String)> {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let headers = reader.headers().expect("header").clone();
    let first = headers
        .iter()
        .position(|h| h == "First Name")
        .expect("First Name");
    for row in reader.records() {
        let row = row.expect("valid csv");
        if row.get(first) == Some(first_name) {
            return headers
                .iter()
                .zip(row.iter())
                .map(|(h, c)| (h.to_owned(), c.to_owned()))
                .collect();
        }
    }
    panic!("{first_name} not exported");
}

fn cell<'a>(row: &'a [(String, String)], column: &str) -> &'a str {
    row.iter()
        .find(|(h, _)| h == column)
        .map_or_else(|| panic!("no column {column}"), |(_, c)| c.as_str())
}

#[test]
fn csv_export_leaves_phone_numbers_and_dates_as_they_are() {
    let network = sample_network();
    let text = export_all(&network, ExportFormat::Csv);
    let soren = csv_row_of(&text, "Søren");
    assert_eq!(cell(&soren, "Phone 1 - Value"), "+45 12 34 56 78");
    assert_eq!(cell(&soren, "Birthday"), "1975-06-01");
    let anna = csv_row_of(&text, "Anna");
    assert_eq!(cell(&anna, "Phone 1 - Value"), "+45 20 30 40 50");
    assert_eq!(cell(&anna, "Phone 2 - Value"), "33 44 55 66");
    // A year-less birthday starts with `--` and is still a date, not a formula.
    assert_eq!(cell(&anna, "Birthday"), "--02-29");
}
#[test]
fn icalendar_birthdays_end_the_next_day_and_name_dunbar() {
    let mut network = sample_network();
    let mut note = person(4, "Ida Berg");
    note.display_name = "Ida\r\nBEGIN:VEVENT".into();
    note.birthday = PartialDate::full(1990, 12, 31);
    Action::InsertContact(Box::new(note))
        .apply(&mut network)
        .expect("valid");
    let text = export_all(&network, ExportFormat::Ics);
    // Karen's year-less birthday on 17 April 2027: all day, ending on the 18th.
    let karen = text
        .split("\r\nBEGIN:VEVENT\r\n")
        .find(|event| event.contains("DTSTART;VALUE=DATE:20270417"))
        .expect("Karen's birthday");
    assert!(karen.contains("DTEND;VALUE=DATE:20270418"), "{karen}");
    // 31 December ends on 1 January of the next year.
    let ida = text
        .split("\r\nBEGIN:VEVENT\r\n")
        .find(|event| event.contains("DTSTART;VALUE=DATE:20261231"))
        .expect("Ida's birthday");
    assert!(ida.contains("DTEND;VALUE=DATE:20270101"), "{ida}");
    let prodid = text
        .lines()
        .find(|line| line.starts_with("PRODID:"))
        .expect("a PRODID");
    assert!(prodid.contains("Dunbar"), "{prodid}");
    // The name's line break is escaped: no event begins inside a summary.
    assert_eq!(
        text.split("\r\n").filter(|l| *l == "BEGIN:VEVENT").count(),
        8
    );
    for line in text.split("\r\n") {
        assert!(
            !line.contains('\r') && !line.contains('\n'),
            "raw break in {line:?}"
        );
    }
    let parsed = calcard::icalendar::ICalendar::parse(&text).expect("calcard parses the file");
    assert_eq!(
        parsed
            .components
            .iter()
            .filter(|c| matches!(
                c.component_type,
                calcard::icalendar::ICalendarComponentType::VEvent
            ))
            .count(),
        8
    );
}

#[test]
fn vcards_carry_a_stable_uid_rev_and_prodid() {
    let network = sample_network();
    for format in [ExportFormat::VCard3, ExportFormat::VCard4] {
        let text = export_all(&network, format);
        assert_eq!(text.matches("\r\nUID:").count(), 3, "{text}");
        assert_eq!(text.matches("\r\nREV:").count(), 3, "{text}");
        assert_eq!(text.matches("\r\nPRODID:").count(), 3, "{text}");
        assert!(text.contains("PRODID:-//Dunbar//"), "{text}");
        let uids: BTreeSet<&str> = text
            .split("\r\n")
            .filter_map(|line| line.strip_prefix("UID:"))
            .collect();
        assert_eq!(uids.len(), 3, "one UID per contact");
        // Stable: the next export gives each contact the same UID.
        assert_eq!(text, export_all(&network, format));
    }
}

#[test]
fn an_imported_vcard_uid_is_written_back_unchanged() {
    let card = "BEGIN:VCARD\r\nVERSION:4.0\r\nUID:4f1c7a2e-0b7d-4c5e-9f3a-1d2e3f4a5b6c\r\n\
                FN:Mette Holm\r\nN:Holm;Mette;;;\r\nEND:VCARD\r\n\
                BEGIN:VCARD\r\nVERSION:3.0\r\nUID:urn:uuid:9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d\r\n\
                FN:Lars Berg\r\nN:Berg;Lars;;;\r\nEND:VCARD\r\n";
    let network = import_into_empty(card, "nextcloud.vcf");
    assert_eq!(
        by_name(&network, "Mette Holm").uid,
        "4f1c7a2e-0b7d-4c5e-9f3a-1d2e3f4a5b6c"
    );
    let v4 = export_all(&network, ExportFormat::VCard4);
    assert!(v4.contains("\r\nUID;VALUE=text:4f1c7a2e-0b7d-4c5e-9f3a-1d2e3f4a5b6c\r\n"));
    assert!(v4.contains("\r\nUID:urn:uuid:9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d\r\n"));
    assert_eq!(vcard4::parse(&v4).expect("strict parser").len(), 2);
    let v3 = export_all(&network, ExportFormat::VCard3);
    assert!(v3.contains("\r\nUID:4f1c7a2e-0b7d-4c5e-9f3a-1d2e3f4a5b6c\r\n"));
    for text in [v3, v4] {
        let again = import_into_empty(&text, "again.vcf");
        for name in ["Mette Holm", "Lars Berg"] {
            assert_eq!(by_name(&again, name).uid, by_name(&network, name).uid);
        }
    }
}

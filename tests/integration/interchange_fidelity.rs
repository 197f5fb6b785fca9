//! What each client's file says survives Dunbar: labels, postal addresses, organisations,
//! anniversaries, UIDs and the vCard properties Dunbar does not model, through import →
//! vCard 4 export → import again, for every corpus file and for faithful files of Google,
//! classic Outlook (Danish, semicolons, Windows-1252), iCloud 3.0, Android 2.1, Thunderbird
//! and Nextcloud. Plus `dunbar show --json`, the format migration and huge cards.

// Test code: a failed expectation is a failed test.
#![allow(
    clippy::expect_used,
    clippy::unwrap_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::path::{Path, PathBuf};
use std::process::Output;

use chrono::NaiveDate;
use dunbar::domain::{
    Contact, ContactKind, ContactLabel, EmailAddress, Network, PartialDate, PhoneNumber,
};
use dunbar::interchange::{
    ExportFilter, ExportFormat, ImportOptions, ParsedFile, export, parse, plan_import,
};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 2).expect("date")
}

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn read(path: &Path) -> ParsedFile {
    let bytes = std::fs::read(path).expect("fixture exists");
    parse(&bytes, &path.file_name().unwrap().to_string_lossy())
}

fn import(parsed: &ParsedFile) -> Network {
    let mut network = Network::new();
    let plan = plan_import(
        &network,
        parsed,
        &ImportOptions::new(&parsed.file_name),
        today(),
    );
    if let Some(action) = plan.to_action(&network).expect("fresh plan") {
        action.apply(&mut network).expect("import applies");
    }
    network
}

fn import_file(relative: &str) -> Network {
    import(&read(&fixtures().join(relative)))
}

fn contact<'a>(network: &'a Network, name: &str) -> &'a Contact {
    network
        .contacts()
        .find(|c| c.display_name == name)
        .unwrap_or_else(|| {
            let names: Vec<&str> = network
                .contacts()
                .map(|c| c.display_name.as_str())
                .collect();
            panic!("{name} missing; have {names:?}")
        })
}

fn labelled_emails(c: &Contact) -> Vec<(String, Option<String>)> {
    c.emails
        .iter()
        .map(|e| (e.address.clone(), e.label.as_ref().map(ToString::to_string)))
        .collect()
}

fn labelled_phones(c: &Contact) -> Vec<(String, Option<String>)> {
    c.phones
        .iter()
        .map(|p| (p.number.clone(), p.label.as_ref().map(ToString::to_string)))
        .collect()
}

fn pair(value: &str, label: Option<&str>) -> (String, Option<String>) {
    (value.to_owned(), label.map(str::to_owned))
}

/// Everything a file can carry, for comparing two imports of one person.
fn fields(c: &Contact) -> String {
    format!(
        "{:?}",
        (
            (
                &c.display_name,
                &c.given_name,
                &c.middle_name,
                &c.family_name,
                &c.name_prefix,
                &c.name_suffix,
                c.kind,
            ),
            (&c.emails, &c.phones, &c.addresses),
            // 4.0 needs a URI: `www.example.com` comes back as `http://www.example.com`.
            (
                &c.company,
                &c.role,
                c.links
                    .iter()
                    .map(|l| l.trim_start_matches("http://"))
                    .collect::<std::collections::BTreeSet<_>>(),
                &c.linkedin_url,
            ),
            (&c.tags, &c.notes, c.birthday, c.anniversary),
            &c.kept_properties,
        )
    )
}

/// Import → export vCard 4 (which the strict parser must accept) → import again: every
/// person comes back with the same fields, labels, addresses, kept properties and UID.
fn assert_lossless(path: &Path) {
    let first = import(&read(path));
    if first.contact_count() == 0 {
        return;
    }
    let text = export(
        &first,
        ExportFormat::VCard4,
        &ExportFilter::default(),
        today(),
    )
    .expect("export");
    let cards = vcard4::parse(&text)
        .unwrap_or_else(|e| panic!("{}: strict parser refused the export: {e}", path.display()));
    assert_eq!(cards.len(), first.contact_count(), "{}", path.display());
    let again = import(&parse(text.as_bytes(), "again.vcf"));
    assert_eq!(
        again.contact_count(),
        first.contact_count(),
        "{}",
        path.display()
    );
    let mut before: Vec<&Contact> = first.contacts().collect();
    let mut after: Vec<&Contact> = again.contacts().collect();
    before.sort_by_key(|c| c.id);
    after.sort_by_key(|c| c.id);
    for (b, a) in before.iter().zip(&after) {
        assert_eq!(fields(a), fields(b), "{}", path.display());
        assert_eq!(a.circle, b.circle, "{}", path.display());
        if b.uid.is_empty() {
            assert!(
                a.uid.starts_with("urn:uuid:"),
                "{}: {}",
                path.display(),
                a.uid
            );
        } else {
            assert_eq!(a.uid, b.uid, "{}", path.display());
        }
    }
}

#[test]
fn every_corpus_and_client_file_survives_a_vcard_4_round_trip() {
    let files = crate::common::contact_files(&["corpus", "own"]);
    for path in &files {
        assert_lossless(path);
    }
    let files = files.len();
    assert!(files >= 40, "only {files} files");
}

#[test]
fn icloud_labels_addresses_social_profiles_and_unmodelled_properties() {
    let network = import_file("own/icloud_30.vcf");
    let freja = contact(&network, "Freja Marie Holm");
    assert_eq!(freja.middle_name, "Marie");
    assert_eq!(
        labelled_emails(freja),
        [
            pair("freja@holm.dk", Some("other")),
            pair("fholm@novo.example", Some("work"))
        ]
    );
    assert_eq!(
        labelled_phones(freja),
        [
            pair("+45 40 50 60 70", Some("mobile")),
            pair("+45 70 70 70 70", Some("Sommerhus"))
        ]
    );
    let home = &freja.addresses[0];
    assert_eq!(home.label, Some(ContactLabel::Home));
    assert_eq!(
        (
            home.street.as_str(),
            home.postcode.as_str(),
            home.city.as_str()
        ),
        ("Strandvejen 100", "2900", "Hellerup")
    );
    assert_eq!(freja.birthday, PartialDate::year_less(8, 9));
    assert_eq!(
        freja.linkedin_url.as_deref(),
        Some("https://www.linkedin.com/in/frejaholm")
    );
    assert_eq!(freja.uid, "8D4F3C1A-2B7E-4C5D-9E0F-1A2B3C4D5E6F");
    assert_eq!(freja.notes, "Met at Folkemødet 2023.\nLikes sailing.");
    let kept = &freja.kept_properties;
    for line in [
        "item3.X-ABADR:dk",
        "IMPP;X-SERVICE-TYPE=Skype;type=HOME:skype:freja.holm",
        "item4.X-ABRELATEDNAMES:Jonas Holm",
        "item4.X-ABLabel:_$!<Spouse>!$_",
        "PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD/2wBD",
        "X-SOCIALPROFILE;type=linkedin;x-user=frejaholm:x-apple:frejaholm",
    ] {
        assert!(kept.iter().any(|k| k == line), "{line} not kept: {kept:?}");
    }
    // The labels of the modelled e-mail and phone are read, not kept twice.
    assert!(
        !kept
            .iter()
            .any(|k| k.starts_with("item1.") || k.starts_with("item2."))
    );
    // Written back: 3.0 with Apple's year-less birthday, the kept lines as they came.
    let text = export(
        &network,
        ExportFormat::VCard3,
        &ExportFilter::default(),
        today(),
    )
    .unwrap();
    let unfolded = text.replace("\r\n ", "");
    assert!(unfolded.contains("BDAY;X-APPLE-OMIT-YEAR=1604:1604-08-09\r\n"));
    assert!(unfolded.contains("item4.X-ABRELATEDNAMES:Jonas Holm\r\n"));
    assert!(unfolded.contains("ADR;TYPE=home:;;Strandvejen 100;Hellerup;;2900;Danmark\r\n"));
    assert!(unfolded.contains("X-ABLabel:Sommerhus\r\n"));
    assert!(unfolded.contains("CATEGORIES:Dunbar: known\r\n"));
    // 4.0 writes a year-less birthday as --MMDD.
    let v4 = export(
        &network,
        ExportFormat::VCard4,
        &ExportFilter::default(),
        today(),
    )
    .unwrap();
    assert!(v4.contains("BDAY:--0809\r\n"));
}

#[test]
fn android_2_1_labels_quoted_printable_and_anniversary_events() {
    let network = import_file("own/android_21.vcf");
    let mette = contact(&network, "Mette Kjær");
    assert_eq!(
        labelled_phones(mette),
        [
            pair("+45 20 11 22 33", Some("mobile")),
            pair("+45 33 11 22 34", Some("fax"))
        ]
    );
    assert_eq!(
        labelled_emails(mette),
        [pair("mette@kjaer.dk", Some("home"))]
    );
    assert_eq!(mette.addresses[0].city, "Aarhus C");
    assert_eq!(mette.anniversary, PartialDate::full(2009, 6, 20));
    assert_eq!(mette.birthday, PartialDate::full(1982, 3, 14));
    // The 2.1 line is kept in a form a 4.0 file may hold: decoded, parameters named.
    assert!(
        mette.kept_properties.iter().any(|k| k == "NICKNAME:Møtte"),
        "{:?}",
        mette.kept_properties
    );
    assert!(
        mette
            .kept_properties
            .iter()
            .any(|k| k.starts_with("X-ANDROID-CUSTOM:vnd.android.cursor.item/nickname")),
        "other Android rows are kept"
    );
    // A phone-only card is named by its number and gets no made-up first or last name.
    let phone_only = contact(&network, "+45 86 12 34 56");
    assert!(phone_only.given_name.is_empty() && phone_only.family_name.is_empty());
    assert_eq!(
        labelled_phones(phone_only),
        [pair("+45 86 12 34 56", Some("home"))]
    );
}

#[test]
fn google_labels_addresses_and_anniversary_events() {
    let network = import_file("own/google_events.csv");
    let ida = contact(&network, "Ida Bach");
    assert_eq!(labelled_emails(ida), [pair("ida@bach.dk", Some("home"))]);
    assert_eq!(
        labelled_phones(ida),
        [
            pair("+45 21 21 21 21", Some("mobile")),
            pair("+45 35 35 35 36", Some("fax"))
        ]
    );
    let address = &ida.addresses[0];
    assert_eq!(address.label, Some(ContactLabel::Home));
    assert_eq!(
        (
            address.street.as_str(),
            address.postcode.as_str(),
            address.country.as_str()
        ),
        ("Bredgade 3", "1260", "Danmark")
    );
    // Event 1 is labelled Anniversary; Event 2 ("Other") is no anniversary.
    assert_eq!(ida.anniversary, PartialDate::full(2010, 9, 4));
    assert_eq!(ida.birthday, PartialDate::year_less(4, 2));
    assert!(ida.tags.contains("Family"));
}

#[test]
fn thunderbird_addresses_and_phone_labels() {
    let network = import_file("own/thunderbird.csv");
    let lars = contact(&network, "Lars Ulrich");
    assert_eq!(
        labelled_phones(lars),
        [
            pair("+45 33 12 12 12", Some("work")),
            pair("+45 44 12 12 12", Some("home")),
            pair("+45 33 12 12 13", Some("fax")),
            pair("+45 22 12 12 12", Some("mobile")),
        ]
    );
    let labels: Vec<Option<ContactLabel>> =
        lars.addresses.iter().map(|a| a.label.clone()).collect();
    assert_eq!(labels, [Some(ContactLabel::Home), Some(ContactLabel::Work)]);
    assert_eq!(lars.addresses[0].street, "Vesterbrogade 1\n3. tv.");
    assert_eq!(lars.addresses[0].city, "København V");
    assert_eq!(lars.addresses[1].postcode, "1050");
    assert_eq!(lars.birthday, PartialDate::full(1963, 12, 26));
}

#[test]
fn danish_outlook_with_semicolons_and_windows_1252() {
    let parsed = read(&fixtures().join("own/outlook_danish_semicolon.csv"));
    assert!(parsed.warnings.is_empty(), "{:?}", parsed.warnings);
    let network = import(&parsed);
    let asger = contact(&network, "Asger Jørgensen");
    assert_eq!(asger.company, "Jørgensen A/S");
    assert_eq!(asger.birthday, PartialDate::full(1970, 4, 3));
    assert_eq!(asger.anniversary, PartialDate::full(1999, 6, 12));
    assert_eq!(
        labelled_phones(asger),
        [
            pair("+45 70 10 10 10", Some("work")),
            pair("+45 20 10 10 10", Some("mobile")),
            pair("+45 70 10 10 11", Some("fax")),
        ]
    );
    let work = &asger.addresses[0];
    assert_eq!(work.label, Some(ContactLabel::Work));
    assert_eq!(
        (
            work.street.as_str(),
            work.postcode.as_str(),
            work.city.as_str(),
            work.country.as_str()
        ),
        ("Havnegade 2", "5000", "Odense C", "Danmark")
    );
}

#[test]
fn organisation_cards_stay_organisations_in_every_export() {
    let network = import_file("own/icloud_companies.vcf");
    let organisations: Vec<&Contact> = network
        .contacts()
        .filter(|c| c.kind == ContactKind::Organisation)
        .collect();
    assert!(!organisations.is_empty());
    for org in &organisations {
        assert!(
            org.given_name.is_empty() && org.family_name.is_empty(),
            "{}",
            org.display_name
        );
    }
    let v4 = export(
        &network,
        ExportFormat::VCard4,
        &ExportFilter::default(),
        today(),
    )
    .unwrap();
    assert_eq!(v4.matches("KIND:org\r\n").count(), organisations.len());
    let v3 = export(
        &network,
        ExportFormat::VCard3,
        &ExportFilter::default(),
        today(),
    )
    .unwrap();
    assert_eq!(
        v3.matches("X-ABShowAs:COMPANY\r\n").count(),
        organisations.len()
    );
    let again = import(&parse(v3.as_bytes(), "again.vcf"));
    assert_eq!(
        again
            .contacts()
            .filter(|c| c.kind == ContactKind::Organisation)
            .count(),
        organisations.len()
    );
}

#[test]
fn dunbars_own_csv_keeps_labels_addresses_and_anniversaries() {
    let network = import_file("own/icloud_30.vcf");
    let csv = export(
        &network,
        ExportFormat::Csv,
        &ExportFilter::default(),
        today(),
    )
    .unwrap();
    let header = csv.lines().next().unwrap();
    for column in [
        "E-mail 2 - Label",
        "Phone 2 - Value",
        "Address 1 - Postal Code",
        "Middle Name",
    ] {
        assert!(header.contains(column), "{column} in {header}");
    }
    let again = import(&parse(csv.as_bytes(), "again.csv"));
    let before = contact(&network, "Freja Marie Holm");
    let after = contact(&again, "Freja Marie Holm");
    assert_eq!(after.emails, before.emails);
    assert_eq!(after.phones, before.phones);
    assert_eq!(after.addresses, before.addresses);
    assert_eq!(after.middle_name, before.middle_name);
    assert_eq!(after.birthday, before.birthday);
}

#[test]
fn no_export_carries_raw_control_characters() {
    let mut network = import_file("own/icloud_30.vcf");
    let id = network.contacts().next().unwrap().id;
    let mut edited = network.contact(id).unwrap().clone();
    edited.notes = "bell\u{7} escape\u{1b}[31m tab\there\r\nnext".into();
    edited.role = "Boss\u{0}".into();
    dunbar::actions::Action::ReplaceContact(Box::new(edited))
        .apply(&mut network)
        .unwrap();
    for format in [
        ExportFormat::Csv,
        ExportFormat::VCard3,
        ExportFormat::VCard4,
        ExportFormat::Ics,
    ] {
        let text = export(&network, format, &ExportFilter::default(), today()).unwrap();
        let bad: Vec<char> = text
            .chars()
            .filter(|c| c.is_control() && !matches!(c, '\r' | '\n'))
            .collect();
        assert!(bad.is_empty(), "{format:?}: {bad:?}");
    }
}

#[test]
fn a_card_with_200000_email_lines_is_refused_with_a_reason() {
    let mut text = String::from("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Spam\r\n");
    for n in 0..200_000 {
        text.push_str(&format!("EMAIL:spam{n}@example.com\r\n"));
    }
    text.push_str("END:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:Real Person\r\nEND:VCARD\r\n");
    let parsed = parse(text.as_bytes(), "huge.vcf");
    assert_eq!(parsed.records.len(), 1, "the next card is still read");
    assert_eq!(parsed.records[0].display_name, "Real Person");
    assert!(
        parsed
            .warnings
            .iter()
            .any(|w| w.line == 1 && w.message.contains("200004 properties")),
        "{:?}",
        parsed.warnings.first()
    );
}

#[test]
fn a_version_1_file_opens_with_unlabelled_emails_and_saves_as_version_2() {
    use dunbar::storage::file_format::{from_text, to_text};
    let path = fixtures().join("network-v1/network.ron");
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("format_version: 1"));
    let network = from_text(&path, &text).expect("version 1 opens");
    let with_email = network
        .contacts()
        .find(|c| !c.emails.is_empty())
        .expect("a contact with an e-mail");
    assert!(with_email.emails.iter().all(|e| e.label.is_none()));
    let saved = to_text(&network).unwrap();
    assert!(saved.contains("format_version: 3"));
    let reopened = from_text(&path, &saved).expect("version 2 opens");
    assert_eq!(reopened, network);
    // A version 2 file round-trips labels too.
    let mut labelled = network.clone();
    let id = with_email.id;
    let mut contact = labelled.contact(id).unwrap().clone();
    contact.emails = vec![EmailAddress::labelled(
        "a@example.com",
        Some(ContactLabel::Work),
    )];
    contact.phones = vec![PhoneNumber::labelled(
        "+45 1",
        Some(ContactLabel::Custom("Båd".into())),
    )];
    dunbar::actions::Action::ReplaceContact(Box::new(contact))
        .apply(&mut labelled)
        .unwrap();
    let text = to_text(&labelled).unwrap();
    assert_eq!(from_text(&path, &text).unwrap(), labelled);
}

fn dunbar(dir: &Path, args: &[&str]) -> Output {
    crate::common::dunbar_on(dir, args)
}

#[test]
fn show_json_has_every_field_and_the_timeline() {
    let dir = tempfile::tempdir().unwrap();
    let file = fixtures().join("own/icloud_30.vcf");
    assert!(
        dunbar(dir.path(), &["import", file.to_str().unwrap()])
            .status
            .success()
    );
    let logged = dunbar(
        dir.path(),
        &[
            "log",
            "Freja Marie Holm",
            "--channel",
            "email",
            "--note",
            "Sent the paper",
        ],
    );
    assert!(
        logged.status.success(),
        "{}",
        String::from_utf8_lossy(&logged.stderr)
    );
    let out = dunbar(dir.path(), &["show", "Freja Marie Holm", "--json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["name"], "Freja Marie Holm");
    assert_eq!(json["given_name"], "Freja");
    assert_eq!(json["family_name"], "Holm");
    assert_eq!(json["kind"], "person");
    assert_eq!(json["uid"], "8D4F3C1A-2B7E-4C5D-9E0F-1A2B3C4D5E6F");
    assert_eq!(json["emails"][1]["address"], "fholm@novo.example");
    assert_eq!(json["emails"][1]["label"], "work");
    assert_eq!(json["phones"][1]["label"], "sommerhus");
    assert_eq!(json["addresses"][0]["postcode"], "2900");
    assert_eq!(json["addresses"][0]["label"], "home");
    assert_eq!(json["company"], "Novo Nordisk");
    assert_eq!(json["birthday"], "--08-09");
    assert_eq!(json["anniversary"], serde_json::Value::Null);
    assert_eq!(
        json["linkedin_url"],
        "https://www.linkedin.com/in/frejaholm"
    );
    assert_eq!(json["circle"], "known");
    let timeline = json["timeline"].as_array().unwrap();
    assert_eq!(timeline.len(), 1);
    assert_eq!(timeline[0]["date"], "2026-12-02");
    assert_eq!(timeline[0]["type"], "touch");
    assert_eq!(timeline[0]["channel"], "email");
    assert_eq!(timeline[0]["note"], "Sent the paper");
    assert_eq!(timeline[0]["awaiting_reply"], false);
    for key in [
        "links",
        "tags",
        "interests",
        "notes",
        "role",
        "direction",
        "kind",
        "source",
    ] {
        assert!(
            json.get(key).is_some() || timeline[0].get(key).is_some(),
            "{key} missing"
        );
    }
    let text = dunbar(dir.path(), &["show", "Freja Marie Holm"]);
    let text = String::from_utf8(text.stdout).unwrap();
    assert!(
        text.contains("Phone: +45 70 70 70 70 (Sommerhus)"),
        "{text}"
    );
    assert!(
        text.contains("Address: Strandvejen 100, 2900 Hellerup, Danmark (home)"),
        "{text}"
    );
    let unknown = dunbar(dir.path(), &["show", "Nobody Here"]);
    assert!(!unknown.status.success());
    // A contact made here gets a UID of its own, a random UUID, never one made from its id
    // (two devices would give two people the same one).
    assert!(dunbar(dir.path(), &["add", "Bo Nielsen"]).status.success());
    assert!(dunbar(dir.path(), &["add", "Ea Nielsen"]).status.success());
    let uid = |name: &str| {
        let out = dunbar(dir.path(), &["show", name, "--json"]);
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        json["uid"].as_str().unwrap().to_owned()
    };
    let (bo, ea) = (uid("Bo Nielsen"), uid("Ea Nielsen"));
    assert!(
        bo.starts_with("urn:uuid:") && ea.starts_with("urn:uuid:"),
        "{bo} {ea}"
    );
    assert_ne!(bo, ea);
    assert!(!bo.starts_with("urn:uuid:00000000-0000-4000-8000-"), "{bo}");
}

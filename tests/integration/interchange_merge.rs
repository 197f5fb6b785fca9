//! Importing into a network that already knows people: matching, field-by-field merging
//! that never overwrites silently, idempotent re-imports, one undo step, and removing an
//! import later.

// Test code: a failed expectation is a failed test.
#![allow(
    clippy::expect_used,
    clippy::unwrap_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::path::PathBuf;

use chrono::NaiveDate;
use dunbar::actions::{Action, History, LogEntry};
use dunbar::domain::{Channel, Circle, Contact, ContactId, Network};
use dunbar::interchange::{
    ImportOptions, ParsedFile, PlanError, PlanOutcome, parse, plan_import, remove_import_action,
};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).expect("date")
}

fn fixture(path: &str) -> ParsedFile {
    let full = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(path);
    let bytes = std::fs::read(&full).expect("fixture exists");
    parse(
        &bytes,
        full.file_name().and_then(|n| n.to_str()).unwrap_or(path),
    )
}

fn options(name: &str) -> ImportOptions {
    ImportOptions {
        circle: Circle::Acquaintance,
        tag: Some("imported".into()),
        source_name: name.into(),
    }
}

/// Plans and applies one import; returns the batch's undo step (its inverse).
fn import(history: &mut History, network: &mut Network, file: &ParsedFile) {
    let plan = plan_import(network, file, &options(&file.file_name), today());
    if let Some(action) = plan.to_action(network).expect("fresh plan") {
        history.apply(network, action).expect("import applies");
    }
}

fn existing_soren() -> Network {
    let mut soren = Contact::new(ContactId::new(1), "Søren Æbelø", Circle::Sympathy, today());
    soren.emails = vec!["SOREN@aebeloe.dk".into()];
    soren.role = "Owner".into();
    let mut network = Network::new();
    Action::InsertContact(Box::new(soren))
        .apply(&mut network)
        .expect("valid");
    network
}

#[test]
fn reimporting_the_same_file_changes_nothing() {
    for file in [
        "own/linkedin_connections.csv",
        "own/google_new.csv",
        "own/outlook.csv",
        "corpus/calcard__009.vcf",
        "corpus/ez-vcard__John_Doe_ANDROID.vcf",
        "own/outlook_danish.csv",
        "own/nextcloud_groups.vcf",
        "own/icloud_companies.vcf",
    ] {
        let parsed = fixture(file);
        let mut network = Network::new();
        let mut history = History::new(100);
        import(&mut history, &mut network, &parsed);
        let after_first = network.clone();
        let plan = plan_import(&network, &parsed, &options(file), today());
        assert!(plan.is_empty(), "{file}: {:#?}", plan.entries);
        assert_eq!(plan.added(), 0, "{file}");
        assert_eq!(plan.merged(), 0, "{file}");
        assert_eq!(plan.skipped(), parsed.records.len(), "{file}");
        assert_eq!(plan.to_action(&network), Ok(None), "{file}");
        assert_eq!(network, after_first, "{file}");
    }
}

#[test]
fn duplicates_inside_one_file_become_one_contact() {
    // Three cards of calcard__009 share test-x@email.com.
    let parsed = fixture("corpus/calcard__009.vcf");
    let plan = plan_import(&Network::new(), &parsed, &options("009.vcf"), today());
    assert_eq!(parsed.records.len(), 10);
    assert_eq!(plan.added(), 8);
    // An in-file duplicate is merged into the record it repeats, not skipped.
    assert_eq!(plan.merged(), 2);
    assert_eq!(plan.skipped(), 0);
    let first_of = |line: usize| {
        plan.entries
            .iter()
            .find(|e| e.line == line)
            .map(|e| e.outcome.clone())
    };
    let Some(PlanOutcome::New(first)) = first_of(11) else {
        panic!("line 11 is new: {:?}", first_of(11));
    };
    let merged: Vec<(usize, ContactId)> = plan
        .entries
        .iter()
        .filter_map(|e| match &e.outcome {
            PlanOutcome::Merge { into, .. } => Some((e.line, *into)),
            _ => None,
        })
        .collect();
    assert_eq!(merged[0], (60, first));
}

#[test]
fn linkedin_row_fills_the_empty_company_and_keeps_the_conflicting_role() {
    let mut network = existing_soren();
    let parsed = fixture("own/linkedin_connections.csv");
    let plan = plan_import(&network, &parsed, &options("Connections.csv"), today());
    assert_eq!(plan.added(), 3);
    assert_eq!(plan.merged(), 1);
    let entry = &plan.entries[0];
    assert_eq!(entry.line, 5);
    match &entry.outcome {
        PlanOutcome::Merge { into, changed } => {
            assert_eq!(*into, ContactId::new(1));
            assert!(changed.contains(&"company"), "{changed:?}");
            assert!(changed.contains(&"LinkedIn URL"), "{changed:?}");
            assert!(changed.contains(&"connected on"), "{changed:?}");
            assert!(!changed.contains(&"e-mails"), "same address in other case");
        }
        other => panic!("expected a merge, got {other:?}"),
    }
    assert_eq!(entry.conflicts.len(), 1, "{:?}", entry.conflicts);
    assert_eq!(entry.conflicts[0].field, "role");
    assert_eq!(entry.conflicts[0].kept, "Owner");
    assert_eq!(entry.conflicts[0].offered, "Partner");
    let action = plan.to_action(&network).expect("fresh").expect("changes");
    action.apply(&mut network).expect("applies");
    let soren = network.contact(ContactId::new(1)).expect("still there");
    assert_eq!(soren.company, "Æbelø Consulting, ApS");
    assert_eq!(soren.role, "Owner");
    assert_eq!(
        soren.circle,
        Circle::Sympathy,
        "a merge never moves a circle"
    );
    assert_eq!(soren.emails, ["SOREN@aebeloe.dk"]);
    assert!(soren.tags.contains("imported"));
    assert_eq!(
        soren.import_batch, None,
        "merged contacts do not belong to the batch"
    );
    let new_ones: Vec<&Contact> = network
        .contacts()
        .filter(|c| c.import_batch.is_some())
        .collect();
    assert_eq!(new_ones.len(), 3);
    for contact in new_ones {
        assert_eq!(contact.circle, Circle::Acquaintance);
        assert_eq!(
            contact.source.as_deref(),
            Some("Connections.csv (2026-11-22)")
        );
    }
    let batch = network.imports().next().expect("batch recorded");
    assert_eq!((batch.added, batch.merged), (3, 1));
}

#[test]
fn matches_by_linkedin_url_and_by_name_and_company() {
    let mut network = Network::new();
    let mut mette = Contact::new(
        ContactId::new(1),
        "Mette Frederiksen",
        Circle::Active,
        today(),
    );
    mette.linkedin_url = Some("http://dk.linkedin.com/in/Mette-F-123/".into());
    let mut jens = Contact::new(ContactId::new(2), "jens kjaer", Circle::Active, today());
    jens.company = "Kjær & Co, \"The\" Firm".into();
    for contact in [mette, jens] {
        Action::InsertContact(Box::new(contact))
            .apply(&mut network)
            .expect("valid");
    }
    let parsed = fixture("own/linkedin_connections.csv");
    let plan = plan_import(&network, &parsed, &options("c.csv"), today());
    let into: Vec<Option<ContactId>> = plan
        .entries
        .iter()
        .map(|e| match e.outcome {
            PlanOutcome::Merge { into, .. } => Some(into),
            _ => None,
        })
        .collect();
    assert_eq!(
        into,
        [None, Some(ContactId::new(1)), None, Some(ContactId::new(2))]
    );
    assert_eq!(plan.added(), 2);
}

#[test]
fn undo_of_an_import_restores_the_network_exactly() {
    let mut network = existing_soren();
    let before = network.clone();
    let mut history = History::new(100);
    import(
        &mut history,
        &mut network,
        &fixture("own/linkedin_connections.csv"),
    );
    import(&mut history, &mut network, &fixture("own/google_new.csv"));
    assert_eq!(network.contact_count(), 5);
    history.undo(&mut network).expect("undo google");
    history.undo(&mut network).expect("undo linkedin");
    // Every record is back as it was; only the id counter stays ahead (ids are never
    // reused, by design).
    assert!(network.all_contacts().eq(before.all_contacts()));
    assert_eq!(network.imports().count(), 0);
    assert_eq!(network.touch_count(), 0);
}

#[test]
fn removing_an_import_removes_what_it_added_and_keeps_merges() {
    let mut network = existing_soren();
    let mut history = History::new(100);
    import(
        &mut history,
        &mut network,
        &fixture("own/linkedin_connections.csv"),
    );
    let batch = network.imports().next().expect("batch").id;
    // A touch shared by two imported people must not break the removal.
    let shared: Vec<ContactId> = network
        .contacts()
        .filter(|c| c.import_batch == Some(batch))
        .map(|c| c.id)
        .take(2)
        .collect();
    let touch = LogEntry::new(shared, today(), Channel::Call)
        .to_action(&network, today())
        .expect("touch");
    history.apply(&mut network, touch).expect("touch applies");
    let with_import = network.clone();
    let removal = remove_import_action(&network, batch).expect("batch exists");
    history
        .apply(&mut network, removal)
        .expect("removal applies");
    assert_eq!(network.contact_count(), 1);
    assert_eq!(network.touch_count(), 0);
    assert_eq!(network.imports().count(), 0);
    let soren = network
        .contact(ContactId::new(1))
        .expect("merged contact stays");
    assert_eq!(soren.company, "Æbelø Consulting, ApS");
    history.undo(&mut network).expect("undo removal");
    assert_eq!(network, with_import);
    assert!(remove_import_action(&network, dunbar::domain::ImportBatchId::new(999)).is_none());
}

#[test]
fn a_plan_for_a_network_that_changed_is_refused() {
    let mut network = existing_soren();
    let parsed = fixture("own/linkedin_connections.csv");
    let plan = plan_import(&network, &parsed, &options("c.csv"), today());
    let other = Contact::new(
        ContactId::new(network.fresh_id()),
        "Someone",
        Circle::Known,
        today(),
    );
    Action::InsertContact(Box::new(other))
        .apply(&mut network)
        .expect("valid");
    assert_eq!(plan.to_action(&network), Err(PlanError::Stale));
}

#[test]
fn same_name_with_different_linkedin_profiles_is_two_people() {
    let csv = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n\
               Anders,Jensen,https://www.linkedin.com/in/anders-jensen-1,,Novo,,01 Jan 2020\n\
               Anders,Jensen,https://www.linkedin.com/in/anders-jensen-2,,Novo,,01 Jan 2021\n\
               Anders,Jensen,,,Novo,Chemist,01 Jan 2022\n";
    let parsed = parse(csv.as_bytes(), "c.csv");
    let plan = plan_import(&Network::new(), &parsed, &options("c.csv"), today());
    // Two profiles, two people; the row without a profile joins the first by name.
    assert_eq!(plan.added(), 2);
    assert_eq!(plan.merged(), 1);
    assert_eq!(plan.new_contacts()[0].role, "Chemist");
}

#[test]
fn a_reimport_does_not_bring_back_someone_in_the_trash() {
    let mut network = Network::new();
    let mut history = History::new(100);
    let parsed = fixture("own/linkedin_old.csv");
    import(&mut history, &mut network, &parsed);
    let mut aase = network
        .contacts()
        .find(|c| c.display_name == "Åse Lund")
        .expect("imported")
        .clone();
    aase.trashed_on = Some(today());
    history
        .apply(&mut network, Action::ReplaceContact(Box::new(aase)))
        .expect("trash");
    let plan = plan_import(&network, &parsed, &options("again"), today());
    assert!(plan.is_empty());
    match &plan.entries[0].outcome {
        PlanOutcome::Skipped { reason } => assert!(reason.contains("trash"), "{reason}"),
        other => panic!("expected a skip, got {other:?}"),
    }
}

fn import_fresh(path: &str) -> (Network, ParsedFile) {
    let parsed = fixture(path);
    let mut network = Network::new();
    let mut history = History::default();
    import(&mut history, &mut network, &parsed);
    (network, parsed)
}

fn contact<'a>(network: &'a Network, name: &str) -> &'a Contact {
    network
        .contacts()
        .find(|c| c.display_name == name)
        .unwrap_or_else(|| panic!("{name} missing"))
}

#[test]
fn company_phone_and_email_only_cards_get_no_invented_names() {
    let (network, _) = import_fresh("own/icloud_companies.vcf");
    for name in [
        "Søndergaard Byg ApS",
        "+45 60 70 80 90",
        "info@kro.dk",
        "Kro og Kaffe",
    ] {
        let c = contact(&network, name);
        assert_eq!(
            (c.given_name.as_str(), c.family_name.as_str()),
            ("", ""),
            "{name}"
        );
    }
    assert_eq!(
        contact(&network, "Søndergaard Byg ApS").company,
        "Søndergaard Byg ApS"
    );
    let aase = contact(&network, "Åse Kjær");
    assert_eq!(
        (aase.given_name.as_str(), aase.family_name.as_str()),
        ("Åse", "Kjær")
    );
    let (network, _) = import_fresh("own/nextcloud_groups.vcf");
    let raket = contact(&network, "Raket A/S");
    assert_eq!(
        (raket.given_name.as_str(), raket.family_name.as_str()),
        ("", "")
    );
}

#[test]
fn group_cards_become_tags_on_their_members_not_people() {
    let (network, parsed) = import_fresh("own/nextcloud_groups.vcf");
    let mut names: Vec<&str> = network
        .contacts()
        .map(|c| c.display_name.as_str())
        .collect();
    names.sort_unstable();
    assert_eq!(names, ["Lars Berg", "Mette Holm", "Raket A/S"]);
    assert!(contact(&network, "Mette Holm").tags.contains("Book club"));
    assert!(contact(&network, "Lars Berg").tags.contains("Book club"));
    assert!(!contact(&network, "Raket A/S").tags.contains("Book club"));
    // A group whose members are not in the file is skipped with a reason at its line.
    let skipped = parsed
        .warnings
        .iter()
        .find(|w| w.message.contains("Old neighbours"))
        .unwrap_or_else(|| panic!("a reason: {:?}", parsed.warnings));
    assert_eq!(skipped.line, 30);
    // Apple's server groups are not people either.
    let (network, parsed) = import_fresh("own/icloud_companies.vcf");
    assert!(
        network
            .contacts()
            .all(|c| c.display_name != "Partner Group")
    );
    assert!(
        parsed
            .warnings
            .iter()
            .any(|w| w.message.contains("Partner Group"))
    );
}

fn network_with(contact: Contact) -> Network {
    let mut network = Network::new();
    Action::InsertContact(Box::new(contact))
        .apply(&mut network)
        .expect("valid");
    network
}

fn csv_file(text: &str, name: &str) -> ParsedFile {
    parse(text.as_bytes(), name)
}

#[test]
fn same_name_with_a_conflicting_phone_or_email_is_another_person() {
    let mut john = Contact::new(ContactId::new(1), "John Smith", Circle::Active, today());
    john.phones = vec!["+45 11 11 11 11".into()];
    john.emails = vec!["john@smith.dk".into()];
    let network = network_with(john);
    let file = csv_file(
        "Name,Phone,E-mail\n\
         John Smith,+45 22 22 22 22,\n\
         John Smith,,other.john@example.com\n",
        "people.csv",
    );
    let plan = plan_import(&network, &file, &options("people.csv"), today());
    assert_eq!(plan.added(), 2, "{:?}", plan.entries);
    assert_eq!(plan.merged(), 0);
}

#[test]
fn a_phone_number_written_differently_is_the_same_key() {
    let mut john = Contact::new(ContactId::new(1), "John Smith", Circle::Active, today());
    john.phones = vec!["+45 11 11 11 11".into()];
    let mut network = network_with(john);
    // Another name spelling, the same number with 00 and dashes: the same person.
    let file = csv_file(
        "Name,Phone,Company\nJ. Smith,0045 11-11-11-11,Smith ApS\n",
        "phone.csv",
    );
    let mut history = History::default();
    import(&mut history, &mut network, &file);
    assert_eq!(network.contact_count(), 1);
    let john = contact(&network, "John Smith");
    assert_eq!(john.company, "Smith ApS");
    assert_eq!(john.phones, ["+45 11 11 11 11"]);
}

#[test]
fn a_differing_note_is_appended_with_its_source() {
    let mut john = Contact::new(ContactId::new(1), "John Smith", Circle::Active, today());
    john.emails = vec!["john@smith.dk".into()];
    john.notes = "Met at the fair".into();
    let mut network = network_with(john);
    let file = csv_file(
        "Name,E-mail,Notes\nJohn Smith,john@smith.dk,Plays chess on Sundays\n",
        "crm.csv",
    );
    let mut history = History::default();
    import(&mut history, &mut network, &file);
    let notes = &contact(&network, "John Smith").notes;
    assert!(notes.starts_with("Met at the fair"), "{notes}");
    assert!(notes.contains("Plays chess on Sundays"), "{notes}");
    assert!(notes.contains("crm.csv"), "{notes}");
    // Importing the same file again changes nothing.
    let before = network.clone();
    import(&mut history, &mut network, &file);
    assert_eq!(network, before);
}

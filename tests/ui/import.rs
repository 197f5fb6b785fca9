//! Import and export in the window, driven by the labels a user reads: a dropped file is
//! previewed record by record, imported as one undo step, and can be taken back later;
//! an export of the table's selection holds exactly the selected people.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use crate::support::*;
use dunbar::domain::Circle;
use dunbar::ui::{DunbarApp, Screen};
use egui::Key;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

/// A file on disk, dropped on the window the way the platform hands it to egui.
#[derive(Debug)]
struct DiskFile(PathBuf);

impl egui::DroppedFile for DiskFile {
    fn path(&self) -> &Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

/// Two people, both new to the fixture's network.
const VCARD: &str = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada Lovelace\r\nN:Lovelace;Ada;;;\r\n\
EMAIL:ada@example.org\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:Grace Hopper\r\n\
N:Hopper;Grace;;;\r\nEMAIL:grace@example.org\r\nEND:VCARD\r\n";

/// After the vCard: Ada again with her company (a merge), three new people, and Linus a
/// second time on line 6 (skipped: the same profile as line 4).
const LINKEDIN: &str = "First Name,Last Name,URL,Email Address,Company,Position,Connected On
Ada,Lovelace,https://www.linkedin.com/in/ada,ada@example.org,Analytical Engines,Analyst,09 Oct 2024
Alan,Turing,https://www.linkedin.com/in/alan,,Bletchley Park,Cryptanalyst,15 Mar 2023
Linus,Torvalds,https://www.linkedin.com/in/linus,,Linux Foundation,Fellow,01 Jan 2020
Barbara,Liskov,https://www.linkedin.com/in/barbara,,MIT,Professor,02 Feb 2021
Linus,Torvalds,https://www.linkedin.com/in/linus,,Linux Foundation,Fellow,01 Jan 2020
";

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

/// Runs frames until `done`, giving the background job a moment between them.
fn wait_until(harness: &mut Harness<'_, DunbarApp>, done: impl Fn(&DunbarApp) -> bool) {
    assert!(
        step_until(harness, done),
        "the background job did not finish"
    );
    // Its thread wakes the window once more after handing over the result.
    settle_background(harness);
}

/// Presses "Read" on the capture part and waits for its preview (without `run`, which
/// would not settle while the reading thread's spinner turns).
fn read_for_capture(harness: &mut Harness<'_, DunbarApp>) {
    harness.get_by_role_and_label(Role::Button, "Read").click();
    wait_until(harness, |app| app.is_previewing_capture() && !app.is_busy());
}

/// Drops `path` on the window and waits for its preview.
fn drop_file(harness: &mut Harness<'_, DunbarApp>, path: &Path) {
    harness
        .input_mut()
        .dropped_files
        .push(Arc::new(DiskFile(path.to_path_buf())));
    wait_until(harness, |app| app.is_previewing_import() && !app.is_busy());
}

fn exists(harness: &Harness<'_, DunbarApp>, name: &str) -> bool {
    contact(harness.state(), name).is_some_and(|c| !c.is_trashed())
}

#[test]
fn a_dropped_file_is_previewed_imported_as_one_step_undone_and_redone() {
    let (dir, session) = fixture();
    let mut harness = app_harness(session);
    let before = harness.state().session().network().contact_count();

    drop_file(&mut harness, &write(dir.path(), "friends.vcf", VCARD));
    assert_eq!(harness.state().screen(), Screen::Import);
    assert!(shows(&harness, "friends.vcf \u{2014} vCard"));
    assert!(shows(&harness, "2 new, 0 merged, 0 skipped"));
    click(&mut harness, "Import now");
    assert!(shows(&harness, "Imported 2, merged 0, skipped 0"));
    assert!(exists(&harness, "Ada Lovelace") && exists(&harness, "Grace Hopper"));

    drop_file(
        &mut harness,
        &write(dir.path(), "Connections.csv", LINKEDIN),
    );
    assert!(shows(&harness, "LinkedIn connections CSV"));
    // Linus twice in the file: one contact, and the second row counts as merged.
    assert!(shows(&harness, "3 new, 2 merged, 0 skipped"));
    assert!(shows(&harness, "Merge into Ada Lovelace"));
    assert!(shows(&harness, "line 6"), "the merged record's line");
    assert!(shows(&harness, "Merge into Linus Torvalds"));
    assert!(shows(&harness, "same person as line 4 of this file"));
    click(&mut harness, "Import now");
    assert!(shows(&harness, "Imported 3, merged 2, skipped 0"));
    let network = harness.state().session().network();
    assert_eq!(network.contact_count(), before + 5);
    assert_eq!(
        contact(harness.state(), "Ada Lovelace").unwrap().company,
        "Analytical Engines"
    );

    // One undo takes back the whole file: the three new people and the merge.
    press_command(&mut harness, Key::Z);
    assert!(!exists(&harness, "Alan Turing"));
    assert!(!exists(&harness, "Linus Torvalds"));
    assert!(!exists(&harness, "Barbara Liskov"));
    assert!(
        contact(harness.state(), "Ada Lovelace")
            .unwrap()
            .company
            .is_empty()
    );
    assert!(exists(&harness, "Grace Hopper"), "the earlier import stays");

    press_command_shift(&mut harness, Key::Z);
    assert!(exists(&harness, "Alan Turing") && exists(&harness, "Barbara Liskov"));
    assert_eq!(
        harness.state().session().network().contact_count(),
        before + 5
    );
}

#[test]
fn a_previewed_file_leaves_the_window_idle() {
    let (dir, session) = fixture();
    let mut harness = app_harness(session);
    drop_file(&mut harness, &write(dir.path(), "friends.vcf", VCARD));
    for frame in 0..3 {
        harness.step();
        let delay = harness
            .output()
            .viewport_output
            .get(&egui::ViewportId::ROOT)
            .map(|v| v.repaint_delay);
        // Nothing before the midnight wake-up (the test clock stands at the start of a day).
        assert!(
            delay.is_some_and(|d| d >= Duration::from_hours(12)),
            "frame {frame} asked for a repaint ({delay:?})"
        );
    }
}

#[test]
fn a_typed_path_is_previewed_and_cancel_changes_nothing() {
    let (dir, session) = fixture();
    let mut harness = app_harness(session);
    let before = harness.state().session().network().contact_count();
    // A typed path works like a dropped file (for when there is no file dialog).
    press_command(&mut harness, Key::I);
    let path = write(dir.path(), "friends.vcf", VCARD);
    type_into(&mut harness, "File path", &path.display().to_string());
    harness
        .get_by_role_and_label(Role::Button, "Preview")
        .click();
    wait_until(&mut harness, |app| {
        app.is_previewing_import() && !app.is_busy()
    });
    assert!(shows(&harness, "2 new, 0 merged, 0 skipped"));
    click(&mut harness, "Cancel");
    assert!(!harness.state().is_previewing_import());
    assert!(!shows(&harness, "2 new"));
    assert_eq!(harness.state().session().network().contact_count(), before);
}

#[test]
fn the_default_circle_and_tag_decide_where_new_contacts_land() {
    let (dir, session) = fixture();
    let mut harness = app_harness(session);
    drop_file(&mut harness, &write(dir.path(), "friends.vcf", VCARD));
    harness
        .get_by_role_and_label(Role::ComboBox, "Default circle")
        .click();
    harness.run();
    harness.get_by_label("Sympathy group").click();
    harness.run();
    type_into(&mut harness, "Tag", "conference");
    assert!(shows(&harness, "2 new, 0 merged, 0 skipped"));
    click(&mut harness, "Import now");

    let ada = contact(harness.state(), "Ada Lovelace").unwrap();
    assert_eq!(ada.circle, Circle::Sympathy);
    assert!(ada.tags.contains("conference"), "{:?}", ada.tags);
}

#[test]
fn a_past_import_is_listed_and_removed_in_one_undoable_step() {
    let (dir, session) = fixture();
    let mut harness = app_harness(session);
    assert!(shows(&harness, "Import"));
    press_command(&mut harness, Key::I);
    assert_eq!(harness.state().screen(), Screen::Import);
    assert!(shows(&harness, "Nothing imported yet."));

    drop_file(&mut harness, &write(dir.path(), "friends.vcf", VCARD));
    click(&mut harness, "Import now");
    assert!(shows(&harness, "added 2"));

    click(&mut harness, "Remove friends.vcf");
    assert!(!exists(&harness, "Ada Lovelace"));
    assert!(!exists(&harness, "Grace Hopper"));
    assert!(shows(&harness, "Nothing imported yet."));

    press_command(&mut harness, Key::Z);
    assert!(exists(&harness, "Ada Lovelace") && exists(&harness, "Grace Hopper"));
    assert!(shows(&harness, "Remove friends.vcf"));
}

#[test]
fn an_unreadable_file_is_reported_in_the_banner() {
    let (dir, session) = fixture();
    let mut harness = app_harness(session);
    harness
        .input_mut()
        .dropped_files
        .push(Arc::new(DiskFile(dir.path().join("missing.csv"))));
    wait_until(&mut harness, |app| {
        !app.is_busy() && app.banner().message().is_some()
    });
    assert!(shows(&harness, "missing.csv could not be read"));
    assert!(!harness.state().is_previewing_import());
}

#[test]
fn export_of_the_selection_writes_exactly_the_selected_people() {
    let (dir, session) = fixture();
    let mut harness = app_harness(session);
    click(&mut harness, SOREN);
    click_with(&mut harness, PETRA, egui::Modifiers::COMMAND);
    assert!(shows(&harness, "2 selected"));

    press_command(&mut harness, Key::E);
    assert!(harness.state().is_export_open());
    assert!(shows(&harness, "Only the 2 selected contacts"));
    let path = dir.path().join("chosen.csv");
    type_into(&mut harness, "Save to", &path.display().to_string());
    // Not `click`: it settles the frames, and the spinner keeps repainting while writing.
    harness
        .get_by_role_and_label(Role::Button, "Export")
        .click();
    wait_until(&mut harness, |app| !app.is_busy());

    assert!(shows(&harness, "Exported 2 contacts to"));
    assert!(!harness.state().is_export_open(), "closes once written");
    let text = std::fs::read_to_string(&path).unwrap();
    // Google's CSV splits the name: "Søren,,Bøgh".
    assert!(
        text.contains("Søren,,Bøgh") && text.contains("Petra,,Novak"),
        "{text}"
    );
    assert!(!text.contains("Lund") && !text.contains("Müller"), "{text}");
    assert_eq!(text.lines().count(), 3, "a header and two people: {text}");
}

#[test]
fn import_and_export_are_in_the_file_menu() {
    let (_dir, session) = fixture();
    let mut harness = app_harness(session);
    click(&mut harness, "File");
    click(&mut harness, "Import\u{2026} Ctrl+I");
    assert_eq!(harness.state().screen(), Screen::Import);
    assert!(shows(&harness, "Drop a vCard or CSV file"));
    click(&mut harness, "File");
    click(&mut harness, "Export\u{2026} Ctrl+E");
    assert!(harness.state().is_export_open());
    assert!(shows(&harness, "Limit to circle"));
    click(&mut harness, "Close");
    assert!(!harness.state().is_export_open());
}

#[test]
fn the_export_window_refuses_to_write_over_the_data_file() {
    let (dir, session) = fixture();
    let before = std::fs::read(dir.path().join("network.ron")).unwrap();
    let mut harness = app_harness(session);
    press_command(&mut harness, Key::E);
    let target = dir.path().join("network.ron");
    type_into(&mut harness, "Save to", &target.display().to_string());
    click(&mut harness, "Export");
    assert!(shows(&harness, "belongs to Dunbar's data folder"));
    assert_eq!(
        std::fs::read(dir.path().join("network.ron")).unwrap(),
        before
    );
}

/// The mail part of the Import screen: a Takeout mbox read in the background, previewed,
/// captured as one undo step, and its source removed with its touches.
#[test]
fn mail_is_read_previewed_captured_and_its_source_removed() {
    use dunbar::actions::Action;
    use dunbar::domain::{EmailAddress, Profile};
    let (_dir, mut session) = fixture();
    session
        .apply(Action::SetProfile(Box::new(Profile {
            emails: vec!["alex@northwind.example".into()],
            ..Profile::default()
        })))
        .unwrap();
    for (name, address) in [(SOREN, "soren@example.dk"), (PETRA, "mette@example.dk")] {
        let mut contact = session
            .network()
            .contacts()
            .find(|c| c.display_name == name)
            .unwrap()
            .clone();
        contact.emails = vec![EmailAddress::new(address)];
        session
            .apply(Action::ReplaceContact(Box::new(contact)))
            .unwrap();
    }
    // The fixture's mail is from November 2026.
    let day = chrono::NaiveDate::from_ymd_opt(2026, 12, 2).unwrap();
    let mut harness = app_harness_with(DunbarApp::new(session, day));
    show_screen(&mut harness, Screen::Import);
    let mbox =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/capture/takeout.mbox");
    type_into(
        &mut harness,
        "File or folder to capture",
        mbox.to_str().unwrap(),
    );
    read_for_capture(&mut harness);
    assert!(
        shows(&harness, "2 touches with 2 contacts; 1 awaiting your reply"),
        "the preview says what capture would do"
    );
    assert!(shows(&harness, "Ole Hansen <ole@unknown.example>"));
    // Ole can be added from the preview; the preview then has one person fewer to list.
    pick(&mut harness, "Add them to", "Active network");
    click(&mut harness, "Add Ole Hansen");
    let ole = contact(harness.state(), "Ole Hansen").expect("added");
    assert_eq!(ole.circle, Circle::Active);
    assert_eq!(ole.emails, ["ole@unknown.example"]);
    assert!(
        harness
            .query_by_role_and_label(Role::Button, "Add Ole Hansen")
            .is_none(),
        "Ole is in Dunbar now"
    );
    let touches = |h: &Harness<'_, DunbarApp>| h.state().session().network().touches().count();
    let before = touches(&harness);
    // Ole, just added, has his two-way thread captured too (a day each way).
    assert!(shows(
        &harness,
        "4 touches with 3 contacts; 2 awaiting your reply"
    ));
    click(&mut harness, "Capture now");
    assert_eq!(touches(&harness), before + 4);
    assert!(shows(&harness, "Captured 4 touches with 3 contacts"));
    // The contact page says where a captured touch came from.
    show_screen(&mut harness, Screen::Contacts);
    open_contact(&mut harness, SOREN);
    assert!(shows(&harness, "from your mail) Draft of the report"));
    show_screen(&mut harness, Screen::Import);
    let source = harness
        .state()
        .session()
        .network()
        .sources()
        .next()
        .unwrap()
        .path
        .clone();
    click(&mut harness, &format!("Remove {source}"));
    assert_eq!(
        touches(&harness),
        before,
        "removing the source takes its touches back"
    );
    press_command(&mut harness, Key::Z);
    assert_eq!(
        touches(&harness),
        before + 4,
        "one undo step brings them back"
    );
    // A calendar goes the same way: Søren's Meet call, the eight past occurrences of the
    // weekly 1:1 with Petra (who has Mette's address here) and Ole's intro call.
    let calendar =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/capture/calendar");
    type_into(
        &mut harness,
        "File or folder to capture",
        calendar.to_str().unwrap(),
    );
    read_for_capture(&mut harness);
    assert!(
        shows(&harness, "10 touches with 3 contacts"),
        "the calendar's preview"
    );
    click(&mut harness, "Capture now");
    assert_eq!(touches(&harness), before + 4 + 10);
}

/// Without my addresses, the preview proposes the sender of my Sent mail; one click makes
/// it mine and the preview counts the touches.
#[test]
fn the_capture_preview_proposes_my_address() {
    use dunbar::actions::Action;
    use dunbar::domain::EmailAddress;
    let (_dir, mut session) = fixture();
    let mut soren = session
        .network()
        .contacts()
        .find(|c| c.display_name == SOREN)
        .unwrap()
        .clone();
    soren.emails = vec![EmailAddress::new("soren@example.dk")];
    session
        .apply(Action::ReplaceContact(Box::new(soren)))
        .unwrap();
    let day = chrono::NaiveDate::from_ymd_opt(2026, 12, 2).unwrap();
    let mut harness = app_harness_with(DunbarApp::new(session, day));
    show_screen(&mut harness, Screen::Import);
    let mbox =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/capture/takeout.mbox");
    type_into(
        &mut harness,
        "File or folder to capture",
        mbox.to_str().unwrap(),
    );
    read_for_capture(&mut harness);
    assert!(shows(
        &harness,
        "Your own messages come from alex@northwind.example."
    ));
    click(&mut harness, "That is me");
    assert_eq!(
        harness.state().session().network().profile().emails,
        ["alex@northwind.example"]
    );
    assert!(shows(
        &harness,
        "1 touch with 1 contact; 1 awaiting your reply"
    ));
}

/// A Danish window reads a file on its background thread and still tells what it skipped in
/// Danish: the reading thread speaks the window's language.
#[test]
fn a_danish_window_tells_the_files_warnings_in_danish() {
    let (dir, session) = fixture();
    let app = DunbarApp::new(session, today()).with_language(dunbar::i18n::Language::Danish);
    let mut harness = app_harness_with(app);
    let file = write(
        dir.path(),
        "people.csv",
        "First Name,Last Name,E-mail Address,Birthday\nMette,Holm,mette@example.dk,32/13/1990\n",
    );
    drop_file(&mut harness, &file);
    assert!(
        shows(&harness, "“32/13/1990” er ikke en dato; udeladt"),
        "the warning in Danish"
    );
    assert!(!shows(&harness, "is not a date"), "no English left");
}

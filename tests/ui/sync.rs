//! A synced folder in the window (DESIGN §10): when another device changes `network.ron`
//! while the window is open, the window merges it in, whether or not something here is
//! unsaved, says what came from where, and lists a field changed on both sides with one
//! click to take the other value. Nothing is overwritten and no copy is left to sort out.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)] // test code

use std::fs;
use std::time::{Duration, Instant};

use crate::support::{app_harness_with, click, fixture, today};
use dunbar::actions::{Action, History};
use dunbar::domain::{Circle, Contact, ContactId, Network, Stamp};
use dunbar::merge::stamp_changes;
use dunbar::session::{Access, Session};
use dunbar::storage::file_format::to_text;
use dunbar::ui::DunbarApp;
use egui_kittest::Harness;

/// Another device's version of the folder: the same network changed there (stamped as
/// that device's save would be) and written over the data file.
fn other_device_writes(dir: &std::path::Path, change: impl FnOnce(&mut Network)) -> String {
    let base = Session::open(dir, Access::ReadOnly, "other device")
        .unwrap()
        .network()
        .clone();
    let mut other = base.clone();
    other.set_id_prefix(77);
    change(&mut other);
    let at = other.stamps().clock().tick(4_000_000_000_000, 77);
    stamp_changes(&base, &mut other, at);
    let text = to_text(&other).unwrap();
    // Make sure the modification time moves even on coarse clocks.
    std::thread::sleep(Duration::from_millis(20));
    fs::write(dir.join("network.ron"), &text).unwrap();
    text
}

fn add_contact(network: &mut Network, name: &str) {
    let id = ContactId::new(network.fresh_id());
    History::new(1)
        .apply(
            network,
            Action::InsertContact(Box::new(Contact::new(id, name, Circle::Known, today()))),
        )
        .unwrap();
}

/// Runs frames (with real time passing, for the watcher thread) until `done` or 10 s.
fn run_until(harness: &mut Harness<'_, DunbarApp>, done: impl Fn(&DunbarApp) -> bool) {
    let deadline = Instant::now() + Duration::from_secs(10);
    while !done(harness.state()) {
        assert!(
            Instant::now() < deadline,
            "timed out; banner: {:?}",
            harness.state().banner().message()
        );
        std::thread::sleep(Duration::from_millis(20));
        harness.step();
    }
    harness.run();
}

fn no_conflict_copies(dir: &std::path::Path) -> bool {
    !fs::read_dir(dir).unwrap().flatten().any(|e| {
        e.file_name()
            .to_string_lossy()
            .starts_with("network.conflict-")
    })
}

#[test]
fn a_change_on_disk_is_merged_when_nothing_is_unsaved() {
    let (dir, session) = fixture();
    let app = DunbarApp::new(session, today()).with_disk_watch_interval(Duration::from_millis(50));
    let mut harness = app_harness_with(app);
    other_device_writes(dir.path(), |n| add_contact(n, "Written Elsewhere"));
    run_until(&mut harness, |app| {
        app.session()
            .network()
            .contacts()
            .any(|c| c.display_name == "Written Elsewhere")
    });
    let message = harness.state().banner().message().unwrap();
    assert!(message.text.contains("1 new contacts"), "{message:?}");
    assert!(no_conflict_copies(dir.path()));
}

#[test]
fn a_change_on_disk_with_unsaved_changes_keeps_both() {
    let (dir, session) = fixture();
    let app = DunbarApp::new(session, today()).with_disk_watch_interval(Duration::from_millis(50));
    let mut harness = app_harness_with(app);
    // An unsaved change here (the saver waits 1.5 s after the last change)...
    crate::support::open_contact(&mut harness, crate::support::PETRA);
    click(&mut harness, "Move to trash");
    assert!(harness.state().session().has_unsaved_changes());
    // ...meets another device's change on disk.
    other_device_writes(dir.path(), |n| add_contact(n, "Written Elsewhere"));
    run_until(&mut harness, |app| {
        !app.session().has_unsaved_changes()
            && app
                .session()
                .network()
                .contacts()
                .any(|c| c.display_name == "Written Elsewhere")
    });
    // Both changes are in the window and in the file; no copy to sort out.
    let on_disk = Session::open(dir.path(), Access::ReadOnly, "check").unwrap();
    let network = on_disk.network();
    assert!(
        network
            .contacts()
            .any(|c| c.display_name == "Written Elsewhere")
    );
    assert!(
        network
            .trashed_contacts()
            .any(|c| c.display_name == crate::support::PETRA),
        "our trashing is kept"
    );
    assert!(no_conflict_copies(dir.path()));
}

#[test]
fn a_field_changed_on_both_devices_is_listed_with_one_click_to_take_the_other() {
    let (dir, session) = fixture();
    let app = DunbarApp::new(session, today()).with_disk_watch_interval(Duration::from_millis(50));
    let mut harness = app_harness_with(app);
    crate::support::open_contact(&mut harness, crate::support::PETRA);
    click(&mut harness, "Edit details");
    crate::support::type_into(&mut harness, "Company", "Ours Ltd");
    click(&mut harness, "Save");
    // The other device changed the same field meanwhile (its clock is later).
    other_device_writes(dir.path(), |n| {
        let mut petra = n
            .contacts()
            .find(|c| c.display_name == crate::support::PETRA)
            .unwrap()
            .clone();
        petra.company = "Theirs AS".into();
        History::new(1)
            .apply(n, Action::ReplaceContact(Box::new(petra)))
            .unwrap();
    });
    let company = |app: &DunbarApp| {
        app.session()
            .network()
            .contacts()
            .find(|c| c.display_name == crate::support::PETRA)
            .unwrap()
            .company
            .clone()
    };
    run_until(&mut harness, |app| company(app) == "Theirs AS");
    // The later value is kept; ours is offered.
    click(&mut harness, "Take ‘Ours Ltd’ instead");
    assert_eq!(company(harness.state()), "Ours Ltd");
    let _ = Stamp::ZERO;
}

#[test]
fn settings_mirror_contacts_to_a_folder_writes_one_card_per_contact() {
    let (_dir, session) = fixture();
    let contacts = session.network().contact_count();
    let mirror = tempfile::tempdir().unwrap();
    let mut harness = crate::support::app_harness(session);
    crate::support::show_screen(&mut harness, dunbar::ui::Screen::Settings);
    crate::support::type_into(
        &mut harness,
        "Mirror contacts to a folder",
        mirror.path().to_str().unwrap(),
    );
    click(&mut harness, "Mirror now");
    let cards = fs::read_dir(mirror.path())
        .unwrap()
        .flatten()
        .filter(|e| e.path().extension().is_some_and(|x| x == "vcf"))
        .count();
    assert_eq!(cards, contacts);
    let message = harness.state().banner().message().unwrap();
    assert!(message.text.contains("cards written"), "{message:?}");
}

/// A card a phone adds to the mirrored folder (vdirsyncer writes it there) comes into the
/// window by itself: the folder is watched like the data file.
#[test]
fn a_card_added_to_the_mirrored_folder_comes_in_without_a_click() {
    let (_dir, session) = fixture();
    let mirror = tempfile::tempdir().unwrap();
    let app = DunbarApp::new(session, today()).with_disk_watch_interval(Duration::from_millis(50));
    let mut harness = crate::support::app_harness_with(app);
    crate::support::show_screen(&mut harness, dunbar::ui::Screen::Settings);
    crate::support::type_into(
        &mut harness,
        "Mirror contacts to a folder",
        mirror.path().to_str().unwrap(),
    );
    click(&mut harness, "Mirror now");
    let before = harness.state().session().network().contact_count();
    // Give the watcher a look at the folder as the round left it.
    for _ in 0..5 {
        std::thread::sleep(Duration::from_millis(60));
        harness.step();
    }
    fs::write(
        mirror.path().join("phone-card-1.vcf"),
        "BEGIN:VCARD\r\nVERSION:4.0\r\nUID:phone-card-1\r\nFN:Ida from the phone\r\n\
         N:phone;Ida;;;\r\nEMAIL:ida@example.org\r\nEND:VCARD\r\n",
    )
    .unwrap();
    run_until(&mut harness, |app| {
        app.session().network().contact_count() == before + 1
    });
    assert!(
        harness
            .state()
            .session()
            .network()
            .contacts()
            .any(|c| c.display_name == "Ida from the phone")
    );
}

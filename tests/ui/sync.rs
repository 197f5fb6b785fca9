//! A synced folder in the window: when another device changes `network.ron` while the
//! window is open, the window reloads it if nothing here is unsaved, and otherwise keeps
//! both versions (a conflict copy) and says so. Nothing is overwritten.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)] // test code

use std::fs;
use std::time::{Duration, Instant};

use crate::support::{app_harness_with, fixture, today};
use dunbar::actions::Action;
use dunbar::domain::{Circle, Contact, ContactId};
use dunbar::session::{Access, Session};
use dunbar::storage::file_format::to_text;
use dunbar::ui::DunbarApp;
use egui_kittest::Harness;

/// Another device's version of the folder: the same network plus one contact.
fn other_device_writes(dir: &std::path::Path, name: &str) -> String {
    let mut other = Session::open(dir, Access::ReadOnly, "other device")
        .unwrap()
        .network()
        .clone();
    let id = ContactId::new(other.fresh_id());
    Action::InsertContact(Box::new(Contact::new(id, name, Circle::Known, today())))
        .apply(&mut other)
        .unwrap();
    let text = to_text(&other).unwrap();
    // Make sure the modification time moves even on coarse clocks.
    std::thread::sleep(Duration::from_millis(20));
    fs::write(dir.join("network.ron"), &text).unwrap();
    text
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

#[test]
fn a_change_on_disk_is_reloaded_when_nothing_is_unsaved() {
    let (dir, session) = fixture();
    let app = DunbarApp::new(session, today()).with_disk_watch_interval(Duration::from_millis(50));
    let mut harness = app_harness_with(app);
    other_device_writes(dir.path(), "Written Elsewhere");
    run_until(&mut harness, |app| {
        app.session()
            .network()
            .contacts()
            .any(|c| c.display_name == "Written Elsewhere")
    });
    let message = harness.state().banner().message().unwrap();
    assert!(
        message.text.contains("changed on another device"),
        "{message:?}"
    );
}

#[test]
fn a_change_on_disk_with_unsaved_changes_keeps_both_versions() {
    let (dir, session) = fixture();
    let app = DunbarApp::new(session, today()).with_disk_watch_interval(Duration::from_millis(50));
    let mut harness = app_harness_with(app);
    // An unsaved change here (the saver waits 1.5 s after the last change)...
    crate::support::open_contact(&mut harness, crate::support::PETRA);
    crate::support::click(&mut harness, "Move to trash");
    assert!(harness.state().session().has_unsaved_changes());
    // ...meets another device's change on disk.
    let theirs = other_device_writes(dir.path(), "Written Elsewhere");
    run_until(&mut harness, |app| {
        app.banner()
            .message()
            .is_some_and(|m| m.text.contains("not overwritten"))
    });
    // Their file is untouched; ours is in a conflict copy beside it; the user was told where.
    assert_eq!(
        fs::read_to_string(dir.path().join("network.ron")).unwrap(),
        theirs
    );
    let copies: Vec<_> = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            p.file_name()
                .unwrap()
                .to_string_lossy()
                .starts_with("network.conflict-")
        })
        .collect();
    assert_eq!(copies.len(), 1);
    let ours = fs::read_to_string(&copies[0]).unwrap();
    assert!(ours.contains("trashed_on"), "our trashing is in the copy");
    let advice = &harness.state().banner().message().unwrap().advice;
    assert!(
        advice.contains(&copies[0].display().to_string()),
        "{advice}"
    );
}

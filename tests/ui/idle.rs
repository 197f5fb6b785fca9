//! An idle window draws nothing, and changes reach the disk a moment later without
//! blocking a frame.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::Duration;

use crate::support::*;
use dunbar::session::{Access, Session};
use dunbar::ui::DunbarApp;
use egui::ViewportId;
use egui_kittest::Harness;

/// How long egui was asked to wait before the next frame. An idle window wakes once, at
/// midnight, to show the new day; the tests' clock stands at the start of a day.
fn repaint_delay(harness: &Harness<'_, DunbarApp>) -> Duration {
    harness
        .output()
        .viewport_output
        .get(&ViewportId::ROOT)
        .map(|v| v.repaint_delay)
        .unwrap()
}

/// The soonest an idle window may wake (its next wake-up is the next midnight).
const IDLE_WAKE: Duration = Duration::from_hours(12);

fn assert_idle(harness: &mut Harness<'_, DunbarApp>) {
    settle_background(harness);
    for frame in 0..5 {
        harness.step();
        let delay = repaint_delay(harness);
        assert!(
            delay >= IDLE_WAKE,
            "frame {frame} after settling asked for another repaint in {delay:?}"
        );
    }
}

#[test]
fn an_idle_window_requests_no_repaints() {
    let (_dir, session) = fixture();
    let mut harness = app_harness(session);
    assert_idle(&mut harness);

    // Still idle after using it (search, open a page) as long as nothing is unsaved.
    type_into(&mut harness, "Search", "soren");
    open_contact(&mut harness, SOREN);
    harness.run();
    assert_idle(&mut harness);
}

#[test]
fn the_review_and_settings_screens_are_idle_too() {
    let (_dir, session) = fixture();
    let mut harness = app_harness(session);
    show_screen(&mut harness, dunbar::ui::Screen::Review);
    harness.key_press(egui::Key::J);
    harness.run();
    assert_idle(&mut harness);
    show_screen(&mut harness, dunbar::ui::Screen::Settings);
    assert_idle(&mut harness);
}

#[test]
fn a_change_is_saved_in_the_background_a_moment_later() {
    let (dir, session) = fixture();
    let mut harness = app_harness(session);
    open_contact(&mut harness, PETRA);
    click(&mut harness, "Edit details");
    type_into(&mut harness, "Company", "Novak Design");
    click(&mut harness, "Save");
    assert!(harness.state().session().has_unsaved_changes());
    assert!(harness.state().window_title().contains('\u{2022}'));
    // While a save is pending the window wakes itself up later, not continuously.
    let delay = repaint_delay(&harness);
    assert!(delay > Duration::ZERO && delay <= Duration::from_secs_f64(1.5));

    step_until(&mut harness, |app| !app.session().has_unsaved_changes());
    assert!(!harness.state().session().has_unsaved_changes());
    assert!(!harness.state().window_title().contains('\u{2022}'));
    harness.run();
    assert_idle(&mut harness);

    let on_disk = Session::open(dir.path(), Access::ReadOnly, "check").unwrap();
    assert_eq!(
        contact_named(&on_disk, PETRA).company,
        "Novak Design",
        "the file has the change"
    );
}

fn contact_named<'a>(session: &'a Session, name: &str) -> &'a dunbar::domain::Contact {
    let id = id_of(session.network(), name);
    session.network().contact(id).unwrap()
}

#[test]
fn a_failed_save_is_reported_keeps_the_changes_and_is_retried() {
    let (dir, session) = fixture();
    let mut harness = app_harness(session);
    open_contact(&mut harness, PETRA);
    click(&mut harness, "Edit details");
    type_into(&mut harness, "Company", "Novak Design");
    click(&mut harness, "Save");

    // The data folder disappears (an unplugged drive): saving cannot work.
    let path = dir.path().to_path_buf();
    std::fs::remove_dir_all(&path).unwrap();
    std::fs::write(&path, b"not a folder").unwrap();
    step_until(&mut harness, |app| {
        app.banner().message().is_some_and(|m| m.is_error)
    });
    let message = harness.state().banner().message().cloned().unwrap();
    assert!(message.is_error && message.text.starts_with("Saving failed"));
    assert!(message.advice.contains("kept in memory"));
    assert!(harness.state().session().has_unsaved_changes());
    assert_eq!(
        contact(harness.state(), PETRA).unwrap().company,
        "Novak Design",
        "the change is still there"
    );

    // The folder is back: the retry writes it.
    std::fs::remove_file(&path).unwrap();
    std::fs::create_dir(&path).unwrap();
    step_until(&mut harness, |app| !app.session().has_unsaved_changes());
    assert!(!harness.state().session().has_unsaved_changes());
    let on_disk = Session::open(dir.path(), Access::ReadOnly, "check").unwrap();
    assert_eq!(contact_named(&on_disk, PETRA).company, "Novak Design");
}

#[test]
fn an_idle_circles_screen_requests_no_repaints() {
    let (_dir, session) = fixture();
    let mut harness = app_harness(session);
    show_screen(&mut harness, dunbar::ui::Screen::Circles);
    assert_eq!(harness.state().screen(), dunbar::ui::Screen::Circles);
    assert_idle(&mut harness);
}

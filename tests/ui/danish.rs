//! The window in Danish (DESIGN §13): the main flows, driven by the Danish labels a Danish
//! user reads, and the language chosen in Settings applying at once and being remembered.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)] // test code

use crate::support::*;
use dunbar::i18n::Language;
use dunbar::ui::{DunbarApp, Screen};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

fn danish_harness() -> (tempfile::TempDir, Harness<'static, DunbarApp>) {
    let (dir, session) = fixture();
    let app = DunbarApp::new(session, today()).with_language(Language::Danish);
    (dir, app_harness_with(app))
}

#[test]
fn the_review_speaks_danish_and_its_keys_work() {
    let (_dir, mut harness) = danish_harness();
    show_screen(&mut harness, Screen::Review);
    assert!(shows(&harness, "Ugentlig gennemgang"));
    assert!(shows(&harness, "Over tid"), "the section heading");
    assert!(shows(&harness, "aldrig i kontakt"), "Søren's reason");
    assert!(shows(&harness, "Gennemgange i træk: 0 uger"));
    assert!(!shows(&harness, "Weekly review"), "no English left");
    let before = touch_count(harness.state(), SOREN);
    let line = format!("{SOREN} \u{2014} Sympatigruppen");
    harness.get_by_label_contains(&line).click();
    harness.run();
    harness.get_by_label("Registrér kontakt i dag").click();
    harness.run();
    assert_eq!(touch_count(harness.state(), SOREN), before + 1);
    assert!(shows(&harness, "Udført:"), "the banner says what happened");
}

#[test]
fn the_tabs_and_menus_are_danish() {
    let (_dir, mut harness) = danish_harness();
    for tab in [
        "Kontakter",
        "Gennemgang",
        "Kredse",
        "Gaver",
        "Indsigt",
        "Indstillinger",
    ] {
        assert!(shows(&harness, tab), "tab {tab}");
    }
    harness.get_by_label_contains("Indstillinger").click();
    harness.run();
    assert_eq!(harness.state().screen(), Screen::Settings);
    assert!(shows(&harness, "Kontakthyppighed pr. kreds"));
    assert!(shows(&harness, "Alle ændringer er gemt"), "the status line");
}

#[test]
fn settings_switch_the_language_at_once_and_remember_it() {
    let (_dir, session) = fixture();
    let mut harness = app_harness(session);
    show_screen(&mut harness, Screen::Settings);
    assert!(shows(&harness, "Cadence per circle"), "English by default");
    harness.get_by_label("Dansk").click();
    harness.run();
    assert!(
        shows(&harness, "Kontakthyppighed pr. kreds"),
        "Danish at once"
    );
    assert_eq!(
        harness.state().view_state().language,
        Some(Language::Danish)
    );
    harness.get_by_label("English").click();
    harness.run();
    assert!(shows(&harness, "Cadence per circle"));
    harness.get_by_label_contains("System").click();
    harness.run();
    assert_eq!(harness.state().view_state().language, None);
}

#[test]
fn a_window_speaks_its_own_language_whatever_the_thread_spoke_before() {
    dunbar::i18n::use_language(Language::Danish);
    let (_dir, session) = fixture();
    let mut harness = app_harness(session);
    show_screen(&mut harness, Screen::Review);
    assert!(shows(&harness, "Weekly review"), "tests default to English");
}

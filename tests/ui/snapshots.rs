//! Pictures of the Contacts, Circles, Review, Gifts and Insights screens and the composer,
//! rendered on the CPU (Mesa lavapipe).
//! Run with `cargo test --features snapshots`; `UPDATE_SNAPSHOTS=1` rewrites them.
#![cfg(feature = "snapshots")]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::support::*;
use dunbar::ui::DunbarApp;

fn contacts_screen(theme: egui::Theme, name: &str, with_page: bool) {
    let (_dir, session) = fixture();
    let mut harness = app_harness_with(DunbarApp::new(session, today()).with_theme(theme));
    if with_page {
        open_contact(&mut harness, SOREN);
    }
    harness.run();
    harness.snapshot(name);
}

#[test]
fn contacts_light() {
    contacts_screen(egui::Theme::Light, "contacts_light", false);
}

#[test]
fn contacts_dark() {
    contacts_screen(egui::Theme::Dark, "contacts_dark", false);
}

#[test]
fn contact_page_light() {
    contacts_screen(egui::Theme::Light, "contact_page_light", true);
}

#[test]
fn contact_page_dark() {
    contacts_screen(egui::Theme::Dark, "contact_page_dark", true);
}

#[test]
fn give_first_prompt_dark() {
    let (_dir, session) = fixture();
    let mut harness =
        app_harness_with(DunbarApp::new(session, today()).with_theme(egui::Theme::Dark));
    open_contact(&mut harness, SOREN);
    pick(&mut harness, "Asked", "Meeting");
    click(&mut harness, "Log");
    harness.snapshot("give_first_prompt_dark");
}

fn circles_screen(theme: egui::Theme, name: &str) {
    let (_dir, session) = crowded_support();
    let mut harness = app_harness_with(DunbarApp::new(session, today()).with_theme(theme));
    show_screen(&mut harness, dunbar::ui::Screen::Circles);
    harness.snapshot(name);
}

#[test]
fn circles_light() {
    circles_screen(egui::Theme::Light, "circles_light");
}

#[test]
fn circles_dark() {
    circles_screen(egui::Theme::Dark, "circles_dark");
}

#[test]
fn review_light() {
    screen(egui::Theme::Light, egui::Key::Num3, "review_light");
}

#[test]
fn review_dark() {
    screen(egui::Theme::Dark, egui::Key::Num3, "review_dark");
}

/// The screen `key` (Ctrl+`key`) shows, on the crowded fixture.
fn screen(theme: egui::Theme, key: egui::Key, name: &str) {
    let (_dir, session) = crowded_support();
    let mut harness = app_harness_with(DunbarApp::new(session, today()).with_theme(theme));
    press_command(&mut harness, key);
    harness.run();
    harness.snapshot(name);
}

#[test]
fn insights_light() {
    screen(egui::Theme::Light, egui::Key::Num7, "insights_light");
}

#[test]
fn gifts_dark() {
    let (_dir, session) = fixture();
    let mut harness =
        app_harness_with(DunbarApp::new(session, today()).with_theme(egui::Theme::Dark));
    show_screen(&mut harness, dunbar::ui::Screen::Gifts);
    click(&mut harness, "Ten knots of seamanship");
    harness.snapshot("gifts_dark");
}

#[test]
fn composer_light() {
    let (_dir, session) = fixture();
    let mut harness = app_harness(session);
    open_contact(&mut harness, SOREN);
    click(&mut harness, "Compose message\u{2026}");
    pick(&mut harness, "Asks for", "Meeting");
    harness.snapshot("composer_light");
}

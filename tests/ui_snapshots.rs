//! Pictures of the Contacts, Circles and Review screens in both themes, rendered on the CPU (Mesa lavapipe).
//! Run with `cargo test --features snapshots`; `UPDATE_SNAPSHOTS=1` rewrites them.
#![cfg(feature = "snapshots")]
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use dunbar::ui::DunbarApp;
use support::*;

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
    use egui::accesskit::Role;
    use egui_kittest::kittest::Queryable;

    let (_dir, session) = fixture();
    let mut harness =
        app_harness_with(DunbarApp::new(session, today()).with_theme(egui::Theme::Dark));
    open_contact(&mut harness, SOREN);
    harness
        .get_by_role_and_label(Role::ComboBox, "Asked")
        .click();
    harness.run();
    harness.get_by_label("Meeting").click();
    harness.run();
    click(&mut harness, "Log");
    harness.snapshot("give_first_prompt_dark");
}

fn circles_screen(theme: egui::Theme, name: &str) {
    let (_dir, session) = crowded_support();
    let mut harness = app_harness_with(DunbarApp::new(session, today()).with_theme(theme));
    press_command(&mut harness, egui::Key::Num5);
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

fn review_screen(theme: egui::Theme, name: &str) {
    let (_dir, session) = crowded_support();
    let mut harness = app_harness_with(DunbarApp::new(session, today()).with_theme(theme));
    press_command(&mut harness, egui::Key::Num3);
    harness.run();
    harness.snapshot(name);
}

#[test]
fn review_light() {
    review_screen(egui::Theme::Light, "review_light");
}

#[test]
fn review_dark() {
    review_screen(egui::Theme::Dark, "review_dark");
}

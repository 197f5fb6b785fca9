//! Pictures of every screen at 1024 × 640 and 1366 × 768 in both themes, plus the contact
//! page, the composer and the give-first prompt, rendered on the CPU (Mesa lavapipe).
//! Run with `cargo test --features snapshots --test ui`; `UPDATE_SNAPSHOTS=1` rewrites them.
#![cfg(feature = "snapshots")]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use dunbar::ui::{DunbarApp, Screen};
use egui_kittest::{Harness, SnapshotResults};

use crate::support::*;

/// The sizes every screen must fit (DESIGN §3a rule 5).
const SIZES: [(f32, f32); 2] = [(1024.0, 640.0), (1366.0, 768.0)];

fn harness_at(app: DunbarApp, (width, height): (f32, f32)) -> Harness<'static, DunbarApp> {
    let mut harness = Harness::builder()
        .with_size(egui::vec2(width, height))
        .with_max_steps(16)
        .build_eframe(move |_cc| app);
    harness.run();
    harness
}

fn theme_name(theme: egui::Theme) -> &'static str {
    match theme {
        egui::Theme::Light => "light",
        egui::Theme::Dark => "dark",
    }
}

/// A data folder whose path is the same at every run (Settings shows it), removed after.
fn fixed_dir(name: &str) -> tempfile::TempDir {
    let prefix = format!("dunbar-snapshot-{name}");
    let _ = std::fs::remove_dir_all(std::env::temp_dir().join(&prefix));
    tempfile::Builder::new()
        .prefix(&prefix)
        .rand_bytes(0)
        .tempdir()
        .unwrap()
}

/// Every screen of the crowded fixture at `size` in `theme`.
fn every_screen(theme: egui::Theme, size: (f32, f32)) {
    let mut results = SnapshotResults::new();
    for screen in Screen::ALL {
        let name = format!("{}-{}-{}", screen.label(), size.0, theme_name(theme));
        let (_dir, session) = crowded_support_in(fixed_dir(&name));
        let mut harness = harness_at(DunbarApp::new(session, today()).with_theme(theme), size);
        show_screen(&mut harness, screen);
        harness.run();
        harness.snapshot(format!(
            "{}_{}x{}_{}",
            screen.label().to_lowercase(),
            size.0,
            size.1,
            theme_name(theme)
        ));
        results.extend_harness(&mut harness);
    }
    results.unwrap();
}

#[test]
fn every_screen_small_light() {
    every_screen(egui::Theme::Light, SIZES[0]);
}

#[test]
fn every_screen_small_dark() {
    every_screen(egui::Theme::Dark, SIZES[0]);
}

#[test]
fn every_screen_large_light() {
    every_screen(egui::Theme::Light, SIZES[1]);
}

#[test]
fn every_screen_large_dark() {
    every_screen(egui::Theme::Dark, SIZES[1]);
}

#[test]
fn contact_page_and_dialogs() {
    let mut results = SnapshotResults::new();
    for size in SIZES {
        for theme in [egui::Theme::Light, egui::Theme::Dark] {
            let suffix = format!("{}x{}_{}", size.0, size.1, theme_name(theme));
            let (_dir, session) = fixture();
            let mut harness = harness_at(DunbarApp::new(session, today()).with_theme(theme), size);
            open_contact(&mut harness, SOREN);
            harness.snapshot(format!("contact_page_{suffix}"));
            pick(&mut harness, "Asked", "Meeting");
            click(&mut harness, "Log");
            harness.snapshot(format!("give_first_{suffix}"));
            click(&mut harness, "Cancel");
            press_command(&mut harness, egui::Key::M);
            harness.snapshot(format!("composer_{suffix}"));
            results.extend_harness(&mut harness);
        }
    }
    results.unwrap();
}

#[test]
fn start_page() {
    let mut results = SnapshotResults::new();
    for theme in [egui::Theme::Light, egui::Theme::Dark] {
        let dir = tempfile::tempdir().unwrap();
        let session =
            dunbar::session::Session::open(dir.path(), dunbar::session::Access::ReadWrite, "s")
                .unwrap();
        let mut harness = harness_at(DunbarApp::new(session, today()).with_theme(theme), SIZES[0]);
        harness.run();
        harness.snapshot(format!("start_1024x640_{}", theme_name(theme)));
        results.extend_harness(&mut harness);
    }
    results.unwrap();
}

/// Every screen, the contact page and the dialogs in Danish at 1024 × 640, the smallest
/// size, where Danish words, which run longer, would be cut first (DESIGN §13).
#[test]
fn every_screen_in_danish() {
    use dunbar::i18n::{Language, in_language};
    let mut results = SnapshotResults::new();
    let size = SIZES[0];
    for screen in Screen::ALL {
        let file = in_language(Language::English, || screen.label().to_lowercase());
        let (_dir, session) = crowded_support_in(fixed_dir(&format!("da-{file}")));
        let app = DunbarApp::new(session, today()).with_language(Language::Danish);
        let mut harness = harness_at(app, size);
        show_screen(&mut harness, screen);
        harness.run();
        harness.snapshot(format!("da_{file}_1024x640_light"));
        results.extend_harness(&mut harness);
    }
    let (_dir, session) = fixture();
    let app = DunbarApp::new(session, today()).with_language(Language::Danish);
    let mut harness = harness_at(app, size);
    open_contact(&mut harness, SOREN);
    harness.snapshot("da_contact_page_1024x640_light");
    pick(&mut harness, "Bad om", "Møde");
    click(&mut harness, "Registrér");
    harness.snapshot("da_give_first_1024x640_light");
    click(&mut harness, "Annullér");
    press_command(&mut harness, egui::Key::M);
    harness.snapshot("da_composer_1024x640_light");
    press_command(&mut harness, egui::Key::M);
    results.extend_harness(&mut harness);
    let dir = tempfile::tempdir().unwrap();
    let session =
        dunbar::session::Session::open(dir.path(), dunbar::session::Access::ReadWrite, "s")
            .unwrap();
    let app = DunbarApp::new(session, today()).with_language(Language::Danish);
    let mut harness = harness_at(app, size);
    harness.run();
    harness.snapshot("da_start_1024x640_light");
    results.extend_harness(&mut harness);
    results.unwrap();
}
